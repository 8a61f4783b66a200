import { BarChart, LineChart } from '@tremor/react';
import type { IndicatorKind, SeriesResponse } from '../../api/types';
import { formatValue } from '../../lib/format';

export type SeriesMode = 'cumulative' | 'per_bucket';

/**
 * Stocks and shares are drawn as values, flows either per bucket or summed up; the target is a
 * flat line where it compares with what is drawn (a period's target fits the cumulative sum, not
 * one month's count). The chart is hidden from screen readers: the table below carries the data.
 */
export function SeriesChart({
  series,
  name,
  kind,
  mode,
  bucketLabel,
}: {
  series: SeriesResponse;
  name: string;
  kind: IndicatorKind;
  mode: SeriesMode;
  bucketLabel: string;
}) {
  const { target, points } = series;
  const cumulative = kind === 'flow' && mode === 'cumulative';
  const showTarget = target !== null && (kind !== 'flow' || cumulative);
  const valueKey = cumulative ? `${name} (kumuliert)` : name;
  const data = points.map((point) => ({
    [bucketLabel]: point.label,
    [valueKey]: cumulative ? point.cumulative : point.value,
    ...(showTarget ? { Ziel: target } : {}),
  }));
  const categories = showTarget ? [valueKey, 'Ziel'] : [valueKey];
  const format = (value: number) => formatValue(kind, value);
  const common = {
    data,
    index: bucketLabel,
    categories,
    valueFormatter: format,
    yAxisWidth: 64,
    className: 'h-72',
    noDataText: 'Keine Werte',
    // Tremor's legend is focusable, which is not allowed inside the aria-hidden chart.
    showLegend: false,
  };
  const swatches = ['bg-blue-500', 'bg-amber-500'];

  return (
    <figure className="flex flex-col gap-4">
      <div aria-hidden="true" className="chart">
        <ul className="mb-2 flex flex-wrap justify-end gap-4 text-sm text-gray-700">
          {categories.map((category, index) => (
            <li key={category} className="inline-flex items-center gap-1.5">
              <span className={`h-2.5 w-2.5 rounded-full ${swatches[index]}`} />
              {category}
            </li>
          ))}
        </ul>
        {kind === 'flow' && !cumulative ? (
          <BarChart {...common} colors={['blue']} />
        ) : (
          <LineChart {...common} colors={['blue', 'amber']} connectNulls={false} />
        )}
      </div>
      <figcaption className="sr-only">
        {valueKey} je {bucketLabel}
        {showTarget ? `, Ziel ${format(target)}` : ''}. Die Werte stehen in der Tabelle.
      </figcaption>
      <details className="series-table rounded-tremor-small border border-gray-200 bg-white" open={points.length <= 4}>
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-blue-800">Werte als Tabelle</summary>
        <div className="overflow-x-auto px-4 pb-3">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">
              {name} je {bucketLabel}
            </caption>
            <thead>
              <tr className="border-b border-gray-200 text-left text-gray-700">
                <th scope="col" className="py-2 pr-3 font-medium">{bucketLabel}</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Wert</th>
                {kind === 'flow' && <th scope="col" className="py-2 pr-3 text-right font-medium">Kumuliert</th>}
                {target !== null && <th scope="col" className="py-2 text-right font-medium">Ziel</th>}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.key} className="border-b border-gray-100 last:border-0">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal text-gray-800">{point.label}</th>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatValue(kind, point.value)}</td>
                  {kind === 'flow' && <td className="py-1.5 pr-3 text-right tabular-nums">{formatValue(kind, point.cumulative)}</td>}
                  {target !== null && <td className="py-1.5 text-right tabular-nums">{format(target)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
