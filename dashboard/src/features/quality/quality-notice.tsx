import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import { formatNumber } from '../../lib/format';
import { hrefFor } from '../../lib/router';

/** Data-quality warnings next to the figures: the figures are computed as the data stand. */
export function QualityNotice() {
  const quality = useApi(endpoints.quality());
  if (quality.status !== 'success') return null;
  const open = quality.data.checks.filter((check) => check.findings.length > 0);
  if (open.length === 0) return null;
  return (
    <aside
      aria-labelledby="quality-notice-heading"
      className="quality-notice rounded-tremor-default border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="quality-notice-heading" className="font-semibold">
        Hinweise zur Datenqualität
      </h2>
      <p className="mt-1">Die Kennzahlen beruhen auf den Daten, wie sie erfasst sind. Folgende Prüfungen haben Auffälligkeiten gefunden:</p>
      <ul className="mt-2 list-disc pl-5">
        {open.map((check) => (
          <li key={check.id}>
            {check.title}: {formatNumber(check.findings.length)} {check.findings.length === 1 ? 'Fall' : 'Fälle'}
          </li>
        ))}
      </ul>
      <a className="no-print mt-2 inline-block font-medium text-amber-950 underline" href={hrefFor('quality')}>
        Alle Hinweise ansehen
      </a>
    </aside>
  );
}
