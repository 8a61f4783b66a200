import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Period, PeriodKind } from '../../api/types';
import { Button } from '../../components/button';
import { formatDateRange } from '../../lib/format';
import { periodGroupLabels, validateCustomRange } from '../../lib/period';
import { usePeriod } from './period-context';

const CUSTOM = '__custom';
// Arrow keys on a closed select change its value at every press: the figures load once the
// choice has rested this long (or at once on Enter or when the focus leaves).
const SETTLE_MS = 400;
const groupOrder = Object.keys(periodGroupLabels) as PeriodKind[];

export function PeriodPicker() {
  const { periods, term, selection, select, resolved } = usePeriod();
  const [customOpen, setCustomOpen] = useState(selection.kind === 'custom');
  const [from, setFrom] = useState(selection.kind === 'custom' ? selection.from : '');
  const [to, setTo] = useState(selection.kind === 'custom' ? selection.to : '');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const errorId = useId();
  const hintId = useId();
  const [pending, setPending] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  if (periods.status !== 'success' || !term) return null;
  const list: Period[] = periods.data.periods;

  function onSelect(value: string) {
    setError(null);
    if (value === CUSTOM) {
      setFrom(resolved?.range.from ?? term!.from);
      setTo(resolved?.range.to ?? term!.to);
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    select({ kind: 'named', key: value });
  }

  function settle(value: string) {
    // Opening the form for a custom range loads nothing, so it need not wait.
    if (value === CUSTOM) return commit(value);
    setPending(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => commit(value), SETTLE_MS);
  }

  function commit(value: string | null) {
    window.clearTimeout(timer.current);
    setPending(null);
    if (value !== null) onSelect(value);
  }

  function onApply(event: FormEvent) {
    event.preventDefault();
    const problem = validateCustomRange(from, to, term!);
    setError(problem);
    if (!problem) select({ kind: 'custom', from, to });
  }

  const namedKey = resolved && 'period' in resolved.query ? resolved.query.period : term.key;
  const selectValue = pending ?? (customOpen || selection.kind === 'custom' ? CUSTOM : namedKey);
  const inputClass =
    'rounded-tremor-small border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 shadow-tremor-input aria-[invalid=true]:border-rose-600';

  return (
    <div className="flex flex-wrap items-end gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-medium text-gray-700">
          Zeitraum
        </label>
        <select
          id={selectId}
          className="min-w-[14rem] rounded-tremor-small border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 shadow-tremor-input"
          value={selectValue}
          onChange={(event) => settle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(pending);
          }}
          onBlur={() => commit(pending)}
        >
          <option value={term.key}>{term.label}</option>
          {groupOrder.map((group) => {
            const options = list.filter((period) => period.kind === group);
            return options.length === 0 ? null : (
              <optgroup key={group} label={periodGroupLabels[group]}>
                {options.map((period) => (
                  <option key={period.key} value={period.key}>
                    {period.kind === 'project_year' ? `${period.label} (${formatDateRange(period.from, period.to)})` : period.label}
                  </option>
                ))}
              </optgroup>
            );
          })}
          <option value={CUSTOM}>Eigener Zeitraum …</option>
        </select>
      </div>
      {customOpen && (
        <form className="flex flex-wrap items-end gap-3" onSubmit={onApply} noValidate aria-label="Eigener Zeitraum">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${selectId}-from`} className="text-sm font-medium text-gray-700">
              Von
            </label>
            <input
              id={`${selectId}-from`}
              type="date"
              className={inputClass}
              min={term.from}
              max={term.to}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${selectId}-to`} className="text-sm font-medium text-gray-700">
              Bis
            </label>
            <input
              id={`${selectId}-to`}
              type="date"
              className={inputClass}
              min={term.from}
              max={term.to}
              value={to}
              onChange={(event) => setTo(event.target.value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            />
          </div>
          <Button type="submit" variant="primary">
            Übernehmen
          </Button>
          <p id={hintId} className="basis-full text-xs text-gray-600">
            Laufzeit: {formatDateRange(term.from, term.to)}
          </p>
          {error && (
            <p id={errorId} role="alert" className="basis-full text-sm font-medium text-rose-700">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
