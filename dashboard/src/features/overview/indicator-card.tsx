import { Card } from '@tremor/react';
import type { IndicatorValue } from '../../api/types';
import { Button } from '../../components/button';
import { hrefFor } from '../../lib/router';
import { IndicatorFigure } from './indicator-figure';

export function IndicatorCard({
  primary,
  secondary,
  against,
  onOpenDetails,
}: {
  primary: IndicatorValue;
  secondary?: IndicatorValue;
  /** The comparison period's label, null where there is none. */
  against: string | null;
  onOpenDetails: () => void;
}) {
  return (
    <Card className="indicator-card flex h-full flex-col gap-4 p-5">
      <IndicatorFigure indicator={primary} main against={against} />
      {secondary && (
        <div className="indicator-secondary border-t border-gray-200 pt-3">
          <IndicatorFigure indicator={secondary} main={false} against={against} />
        </div>
      )}
      <div className="no-print mt-auto flex flex-wrap gap-2 pt-1">
        {/* aria-label: flex layout drops the space before a visually hidden span from the name. */}
        <Button variant="secondary" onClick={onOpenDetails} aria-label={`Definition und Aufschlüsselung zu ${primary.name}`}>
          Definition und Aufschlüsselung
        </Button>
        <a
          className="inline-flex items-center rounded-tremor-small px-3 py-2 text-sm font-medium text-blue-800 hover:bg-blue-50"
          href={hrefFor('development', { kennzahl: primary.id })}
          aria-label={`Verlauf von ${primary.name}`}
        >
          Verlauf
        </a>
      </div>
    </Card>
  );
}
