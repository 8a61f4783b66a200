import type { IndicatorKind } from '../api/types';
import { formatDelta, formatValue } from '../lib/format';

const arrows = { up: '▲', down: '▼', same: '▬' } as const;
const colours = { up: 'text-emerald-700', down: 'text-rose-700', same: 'text-gray-600' } as const;

/** Change against the previous period of the same length, with its wording for screen readers. */
export function DeltaText({
  kind,
  value,
  previous,
  compact = false,
}: {
  kind: IndicatorKind;
  value: number | null;
  previous: number | null;
  compact?: boolean;
}) {
  const delta = formatDelta(kind, value, previous);
  if (!delta) {
    return <span className="text-gray-600">{compact ? '–' : 'Kein Vergleichswert für den Vorzeitraum'}</span>;
  }
  return (
    <span>
      <span aria-hidden="true" className={`font-medium ${colours[delta.direction]}`}>
        {arrows[delta.direction]} {delta.text}
      </span>
      <span className="sr-only">{delta.spoken}</span>
      {!compact && <span className="text-gray-600"> gegenüber Vorzeitraum ({formatValue(kind, previous)})</span>}
    </span>
  );
}
