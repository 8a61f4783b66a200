import type { IndicatorKind } from '../api/types';
import { formatDelta, formatValue } from '../lib/format';

const arrows = { up: '▲', down: '▼', same: '▬' } as const;
const colours = { up: 'text-emerald-700', down: 'text-rose-700', same: 'text-gray-600' } as const;

/** Change against the comparison period named by `against` (e.g. "Projektjahr 1"), with its wording for screen readers. */
export function DeltaText({
  kind,
  value,
  previous,
  against,
  compact = false,
}: {
  kind: IndicatorKind;
  value: number | null;
  previous: number | null;
  against: string;
  compact?: boolean;
}) {
  const delta = formatDelta(kind, value, previous);
  if (!delta) {
    if (compact) return <span className="text-gray-600">–</span>;
    return <span className="text-gray-600">Kein Vergleichswert für {against}</span>;
  }
  return (
    <span>
      <span aria-hidden="true" className={`font-medium ${colours[delta.direction]}`}>
        {arrows[delta.direction]} {delta.text}
      </span>
      <span className="sr-only">{delta.spoken}</span>
      {!compact && (
        <span className="text-gray-600">
          {' '}
          gegenüber {against} ({formatValue(kind, previous)})
        </span>
      )}
    </span>
  );
}
