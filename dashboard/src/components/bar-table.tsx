export interface BarRow {
  /** The stored key; null for the row of records without a value („Ohne Angabe“), of which there is one. */
  key: string | null;
  label: string;
  value: number | null;
  /** The value as the user reads it (formatting depends on the indicator's kind). */
  display: string;
}

/**
 * A table whose value cells carry a proportional bar: the bars are decoration for sighted
 * users, the table is what screen readers and print get.
 */
export function BarTable({
  caption,
  labelHeader,
  valueHeader,
  rows,
}: {
  caption: string;
  labelHeader: string;
  valueHeader: string;
  rows: BarRow[];
}) {
  const max = Math.max(0, ...rows.map((row) => row.value ?? 0));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-gray-200 text-left text-gray-600">
          <th scope="col" className="py-2 pr-3 font-medium">
            {labelHeader}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key ?? ''} className="border-b border-gray-100 last:border-0">
            <th scope="row" className="relative w-3/4 py-1.5 pr-3 text-left font-normal text-gray-800">
              <span
                aria-hidden="true"
                className="bar absolute inset-y-1 left-0 rounded-tremor-small bg-blue-100"
                style={{ width: max > 0 ? `${((row.value ?? 0) / max) * 100}%` : '0%' }}
              />
              <span className="relative px-2">{row.label}</span>
            </th>
            <td className="py-1.5 text-right tabular-nums text-gray-900">{row.display}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
