import type { IndicatorValue } from '../../api/types';
import { DeltaText } from '../../components/delta-text';
import { ProgressBar } from '../../components/progress-bar';
import { formatProgress, formatValue } from '../../lib/format';
import { emptyShareReason } from '@verbund/domain';

/** One indicator's value with its target, progress and change; `main` sets the large type. */
export function IndicatorFigure({ indicator, main, against }: { indicator: IndicatorValue; main: boolean; against: string | null }) {
  const { id, name, kind, value, target, progress, previousValue } = indicator;
  const Heading = main ? 'h3' : 'h4';
  return (
    <div className="figure flex flex-col gap-2">
      <Heading className={main ? 'figure-name text-sm font-medium text-gray-700' : 'figure-name text-sm text-gray-700'}>
        {name}
      </Heading>
      <p
        className={`figure-value font-semibold tabular-nums text-gray-900 ${main ? 'text-3xl' : 'text-xl'}`}
        data-indicator={id}
      >
        {formatValue(kind, value)}
      </p>
      {value === null && kind === 'share' && <p className="figure-note text-sm text-gray-600">{emptyShareReason(id)}</p>}
      <div className="figure-target flex flex-col gap-1 text-sm text-gray-700">
        {target === null ? (
          <span className="text-gray-600">Kein Ziel für diesen Zeitraum festgelegt</span>
        ) : (
          <>
            <span>
              Ziel: <span className="tabular-nums">{formatValue(kind, target)}</span>
              {progress !== null && (
                <>
                  {' · '}
                  <span className="tabular-nums">{formatProgress(progress)}</span> erreicht
                </>
              )}
            </span>
            {progress !== null && <ProgressBar progress={progress} label={`Zielerreichung ${name}`} />}
          </>
        )}
      </div>
      {/* Without a comparison period the sentence above the cards says why; no line per card. */}
      {against !== null && (
        <p className="figure-delta text-sm">
          <DeltaText kind={kind} value={value} previous={previousValue} against={against} />
        </p>
      )}
    </div>
  );
}
