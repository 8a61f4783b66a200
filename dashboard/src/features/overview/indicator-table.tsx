import type { IndicatorValue } from '../../api/types';
import { DeltaText } from '../../components/delta-text';
import { EMPTY_VALUE, formatProgress, formatValue } from '../../lib/format';

/** The indicators without a card of their own, with the same figures the cards show. */
export function IndicatorTable({
  indicators,
  caption,
  against,
}: {
  indicators: IndicatorValue[];
  caption: string;
  against: string | null;
}) {
  return (
    <div className="overflow-x-auto rounded-tremor-default border border-gray-200 bg-white">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-left text-gray-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Kennzahl</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Wert</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Ziel</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Zielerreichung</th>
            {against !== null && (
              <>
                <th scope="col" className="px-4 py-2 text-right font-medium">{against}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">Veränderung</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.id} className="border-t border-gray-200">
              <th scope="row" className="px-4 py-2 text-left font-normal text-gray-900">
                {indicator.name}
              </th>
              <td className="px-4 py-2 text-right tabular-nums text-gray-900" data-indicator={indicator.id}>
                {formatValue(indicator.kind, indicator.value)}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{formatValue(indicator.kind, indicator.target)}</td>
              <td className="px-4 py-2 text-right tabular-nums">
                {indicator.progress === null ? EMPTY_VALUE : formatProgress(indicator.progress)}
              </td>
              {against !== null && (
                <>
                  <td className="px-4 py-2 text-right tabular-nums">{formatValue(indicator.kind, indicator.previousValue)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">
                    <DeltaText kind={indicator.kind} value={indicator.value} previous={indicator.previousValue} against={against} compact />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
