import { formatBerlinDateTime } from '@verbund/domain';
import { useState } from 'react';
import { ApiError, messages } from '../../api/client';
import { useApiClient } from '../../api/api-context';
import type { ReportFormat, ReportSummary } from '../../api/types';
import { Button } from '../../components/button';
import { formatDateRange } from '../../lib/format';
import { saveBlob } from '../../lib/download';

const FORMAT_LABELS: Record<ReportFormat, string> = { xlsx: 'Excel (XLSX)', csv: 'CSV', docx: 'Word (.docx)' };

/** The frozen versions, newest first, each with its files and the way to its differences. */
export function ReportList({ reports, selected, onSelect }: { reports: ReportSummary[]; selected: number | null; onSelect: (id: number) => void }) {
  const client = useApiClient();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sorted = [...reports].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function download(report: ReportSummary, format: ReportFormat) {
    setPending(`${report.id}.${format}`);
    setError(null);
    try {
      const { blob, filename } = await client.frozenReport(report.id, format);
      saveBlob(blob, filename);
    } catch (caught) {
      setError(`„${report.title}“ als ${FORMAT_LABELS[format]}: ${caught instanceof ApiError ? caught.message : messages.serverError}`);
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="overflow-x-auto rounded-tremor-default border border-gray-200 bg-white">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Eingefrorene Fassungen</caption>
          <thead>
            <tr className="border-b border-gray-200 text-left text-gray-700">
              <th scope="col" className="px-4 py-2 font-medium">Titel</th>
              <th scope="col" className="px-4 py-2 font-medium">Zeitraum</th>
              <th scope="col" className="px-4 py-2 font-medium">Datenstand</th>
              <th scope="col" className="px-4 py-2 font-medium">Eingefroren</th>
              <th scope="col" className="px-4 py-2 font-medium">Dateien und Abweichungen</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((report) => (
              <tr key={report.id} className="border-b border-gray-100 align-top last:border-0" aria-current={report.id === selected ? 'true' : undefined}>
                <th scope="row" className="px-4 py-3 text-left font-medium text-gray-900">
                  {report.title}
                </th>
                <td className="px-4 py-3 text-gray-800">
                  {report.period.label}
                  <br />
                  <span className="text-gray-600">{formatDateRange(report.period.from, report.period.to)}</span>
                </td>
                <td className="px-4 py-3 text-gray-800">{formatBerlinDateTime(report.snapshotAt)}</td>
                <td className="px-4 py-3 text-gray-800">
                  am {formatBerlinDateTime(report.createdAt)}
                  <br />
                  <span className="text-gray-600">von {report.createdBy}</span>
                </td>
                <td className="px-4 py-3">
                  <div role="group" aria-label={`Fassung „${report.title}“`} className="flex flex-wrap gap-2">
                    {(['xlsx', 'csv', 'docx'] as const).map((format) => (
                      <Button key={format} onClick={() => download(report, format)} disabled={pending !== null}>
                        {pending === `${report.id}.${format}` ? 'Wird geladen …' : FORMAT_LABELS[format]}
                      </Button>
                    ))}
                    <Button variant={report.id === selected ? 'primary' : 'secondary'} onClick={() => onSelect(report.id)} aria-pressed={report.id === selected}>
                      Abweichungen
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p role="alert" className="text-sm font-medium text-rose-700">
          Die Datei konnte nicht geladen werden. {error}
        </p>
      )}
    </div>
  );
}
