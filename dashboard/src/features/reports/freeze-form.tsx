import { REPORT_TITLE_MAX_LENGTH } from '@verbund/domain/contract';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, messages } from '../../api/client';
import { useApiClient } from '../../api/api-context';
import type { ReportVersion } from '../../api/types';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { formatDateRange } from '../../lib/format';
import { usePeriod } from '../period/period-context';


/**
 * Freezes the report of the period chosen in the period bar. A frozen version cannot be changed
 * or deleted, so the form asks once more before it sends.
 */
export function FreezeForm({ onFrozen }: { onFrozen: (version: ReportVersion) => void }) {
  const client = useApiClient();
  const { resolved } = usePeriod();
  const [title, setTitle] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  if (!resolved) return null;
  const period = 'period' in resolved.query ? resolved.query.period : `${resolved.range.from}..${resolved.range.to}`;
  const periodText = `${resolved.label} (${formatDateRange(resolved.range.from, resolved.range.to)})`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return setInvalid('Bitte geben Sie einen Titel ein, z. B. „Zwischennachweis 2022“.');
    if (trimmed.length > REPORT_TITLE_MAX_LENGTH) return setInvalid(`Der Titel darf höchstens ${REPORT_TITLE_MAX_LENGTH} Zeichen lang sein.`);
    setInvalid(null);
    setError(null);
    setConfirming(true);
  }

  async function freeze() {
    setConfirming(false);
    setPending(true);
    try {
      const version = await client.freezeReport(period, title.trim());
      setTitle('');
      onFrozen(version);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : messages.serverError);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-busy={pending}>
      <p className="text-sm text-gray-800">
        <span className="font-medium">Zeitraum:</span> {periodText}. Einen anderen Zeitraum wählen Sie oben.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <TextField
          label="Titel der Fassung"
          className="min-w-[16rem] flex-1"
          value={title}
          maxLength={REPORT_TITLE_MAX_LENGTH + 1}
          placeholder="z. B. Zwischennachweis 2022"
          onChange={(event) => setTitle(event.target.value)}
          errorId={invalid ? errorId : undefined}
          disabled={pending}
        />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Wird eingefroren …' : 'Fassung einfrieren'}
        </Button>
      </div>
      {invalid && (
        <p id={errorId} className="text-sm font-medium text-rose-700">
          {invalid}
        </p>
      )}
      <p role="status" className="text-sm text-gray-700">
        {pending && `„${title.trim()}“ wird eingefroren …`}
      </p>
      {error && (
        <p role="alert" className="text-sm font-medium text-rose-700">
          Die Fassung konnte nicht eingefroren werden. {error}
        </p>
      )}
      {confirming && (
        <Dialog title="Fassung endgültig einfrieren?" onClose={() => setConfirming(false)}>
          <div className="flex flex-col gap-4 text-sm text-gray-800">
            <p>
              „{title.trim()}“ hält die Kennzahlen für {periodText} mit dem heutigen Datenstand fest: Werte, Zielwerte,
              Definitionen, Aufschlüsselungen, Hinweise zur Datenqualität und die Datensätze hinter jedem Wert.
            </p>
            <p className="font-medium">Eine eingefrorene Fassung kann danach weder geändert noch gelöscht werden.</p>
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" onClick={freeze}>
                Endgültig einfrieren
              </Button>
              <Button onClick={() => setConfirming(false)}>Abbrechen</Button>
            </div>
          </div>
        </Dialog>
      )}
    </form>
  );
}
