import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { endpoints } from '../../api/client';
import { useApi, type Resource } from '../../api/api-context';
import type { Period, PeriodsResponse } from '../../api/types';
import {
  DEFAULT_SELECTION,
  findTerm,
  paramsFor,
  PERIOD_PARAMS,
  resolvePeriod,
  sameSelection,
  selectionFromParams,
  type PeriodSelection,
  type ResolvedPeriod,
} from '../../lib/period';
import { parseHash, replaceParams, useLocation } from '../../lib/router';

interface PeriodContextValue {
  periods: Resource<PeriodsResponse>;
  term: Period | null;
  selection: PeriodSelection;
  select(selection: PeriodSelection): void;
  /** The chosen period as query parameters; null until the periods are loaded. */
  resolved: ResolvedPeriod | null;
}

const PeriodContext = createContext<PeriodContextValue | null>(null);

// The address names the period; the tab remembers the last one for addresses that do not.
const KEY = 'verbund.dashboard.period';

function readStored(): PeriodSelection {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as PeriodSelection | null;
    if (stored?.kind === 'named' && typeof stored.key === 'string') return stored;
    if (stored?.kind === 'custom' && typeof stored.from === 'string' && typeof stored.to === 'string') return stored;
  } catch {
    // Unreadable storage falls back to the whole term.
  }
  return DEFAULT_SELECTION;
}

const writeUrl = (selection: PeriodSelection) => replaceParams(paramsFor(selection), PERIOD_PARAMS);

export function PeriodProvider({ children }: { children: ReactNode }) {
  const periods = useApi(endpoints.periods());
  const { params } = useLocation();
  const [selection, setSelection] = useState<PeriodSelection>(
    () => selectionFromParams(parseHash(window.location.hash).params) ?? readStored(),
  );

  const select = useCallback((next: PeriodSelection) => {
    sessionStorage.setItem(KEY, JSON.stringify(next));
    setSelection(next);
    writeUrl(next);
  }, []);

  // A link without a period gets the current one; a pasted or edited address sets it.
  useEffect(() => {
    const fromUrl = selectionFromParams(params);
    if (!fromUrl) writeUrl(selection);
    else if (!sameSelection(fromUrl, selection)) {
      sessionStorage.setItem(KEY, JSON.stringify(fromUrl));
      setSelection(fromUrl);
    }
  }, [params, selection]);

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
