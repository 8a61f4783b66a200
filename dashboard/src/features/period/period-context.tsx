import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { endpoints } from '../../api/client';
import { useApi, type Resource } from '../../api/api-context';
import type { Period, PeriodsResponse } from '../../api/types';
import { DEFAULT_SELECTION, findTerm, resolvePeriod, type PeriodSelection, type ResolvedPeriod } from '../../lib/period';

interface PeriodContextValue {
  periods: Resource<PeriodsResponse>;
  term: Period | null;
  selection: PeriodSelection;
  select(selection: PeriodSelection): void;
  /** The chosen period as query parameters; null until the periods are loaded. */
  resolved: ResolvedPeriod | null;
}

const PeriodContext = createContext<PeriodContextValue | null>(null);

// Kept for the tab's lifetime so that a reload shows the same period.
const KEY = 'verbund.dashboard.period';

function readSelection(): PeriodSelection {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PeriodSelection | null;
    if (stored?.kind === 'named' && typeof stored.key === 'string') return stored;
    if (stored?.kind === 'custom' && typeof stored.from === 'string' && typeof stored.to === 'string') return stored;
  } catch {
    // Unreadable storage falls back to the whole term.
  }
  return DEFAULT_SELECTION;
}

export function PeriodProvider({ children }: { children: ReactNode }) {
  const periods = useApi(endpoints.periods());
  const [selection, setSelection] = useState<PeriodSelection>(readSelection);

  const select = useCallback((next: PeriodSelection) => {
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setSelection(next);
  }, []);

  const list = periods.status === 'success' ? periods.data.periods : null;
  const value = useMemo<PeriodContextValue>(
    () => ({
      periods,
      term: list ? (findTerm(list) ?? null) : null,
      selection,
      select,
      resolved: list ? resolvePeriod(selection, list) : null,
    }),
    [periods, list, selection, select],
  );
  return <PeriodContext.Provider value={value}>{children}</PeriodContext.Provider>;
}

export function usePeriod(): PeriodContextValue {
  const context = useContext(PeriodContext);
  if (!context) throw new Error('usePeriod must be used inside <PeriodProvider>');
  return context;
}
