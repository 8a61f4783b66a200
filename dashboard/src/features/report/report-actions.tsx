import { useState } from 'react';
import { ApiError, messages } from '../../api/client';
import { useApiClient } from '../../api/api-context';
import type { ReportFormat } from '../../api/types';
import { Button } from '../../components/button';
import { saveBlob } from '../../lib/download';
import { usePeriod } from '../period/period-context';

/** The spreadsheets carry the figures for the funder's table, the Word file the Sachbericht. */
const formats: Record<ReportFormat, { button: string; name: string }> = {
  xlsx: { button: 'Bericht als Excel (XLSX)', name: 'Bericht als Excel (XLSX)' },
  csv: { button: 'Bericht als CSV', name: 'Bericht als CSV' },
  docx: { button: 'Word-Bericht (.docx)', name: 'Word-Bericht' },
};

export function ReportActions() {
  const client = useApiClient();
  const { resolved } = usePeriod();
  const [pending, setPending] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: ReportFormat) {
    if (!resolved) return;
    setPending(format);
    setError(null);
    try {
      const { blob, filename } = await client.report(format, resolved.range);
      saveBlob(blob, filename);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : messages.serverError);
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="no-print flex flex-col items-start gap-1">
      <div role="group" aria-label="Bericht für den gewählten Zeitraum" className="flex flex-wrap gap-2">
        {(['xlsx', 'csv', 'docx'] as const).map((format) => (
          <Button key={format} onClick={() => download(format)} disabled={!resolved || pending !== null}>
            {pending === format ? 'Wird erstellt …' : formats[format].button}
          </Button>
        ))}
        <Button onClick={() => window.print()}>Drucken</Button>
      </div>
      <p role="status" className="text-sm text-gray-700">
        {pending && `Der ${formats[pending].name} wird erstellt …`}
      </p>
      {error && (
        <p role="alert" className="text-sm font-medium text-rose-700">
          Der Bericht konnte nicht erstellt werden. {error}
        </p>
      )}
    </div>
  );
}
