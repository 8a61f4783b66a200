import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, messages, type ApiClient, type Endpoint } from './client';

// Figures change only when the service loads a new snapshot; a short cache makes switching
// between pages instant without showing stale numbers for long.
const CACHE_MS = 60_000;

interface CacheEntry {
  promise: Promise<unknown>;
  value?: unknown;
  settled: boolean;
  expires: number;
}

interface ApiContextValue {
  client: ApiClient;
  load<T>(endpoint: Endpoint<T>): Promise<T>;
  peek<T>(endpoint: Endpoint<T>): { value: T } | undefined;
  forget(endpoint: Endpoint<unknown>): void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const value = useMemo<ApiContextValue>(() => {
    const cache = new Map<string, CacheEntry>();
    const fresh = (path: string) => {
      const entry = cache.get(path);
      if (entry && entry.expires > Date.now()) return entry;
      cache.delete(path);
      return undefined;
    };
    return {
      client,
      load<T>(endpoint: Endpoint<T>) {
        const cached = fresh(endpoint.path);
        if (cached) return cached.promise as Promise<T>;
        const entry: CacheEntry = { promise: client.get(endpoint), settled: false, expires: Date.now() + CACHE_MS };
        entry.promise.then(
          (result) => {
            entry.value = result;
            entry.settled = true;
          },
          () => cache.delete(endpoint.path),
        );
        cache.set(endpoint.path, entry);
        return entry.promise as Promise<T>;
      },
      peek<T>(endpoint: Endpoint<T>) {
        const cached = fresh(endpoint.path);
        return cached?.settled ? { value: cached.value as T } : undefined;
      },
      forget(endpoint) {
        cache.delete(endpoint.path);
      },
    };
  }, [client]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const context = useContext(ApiContext);
  if (!context) throw new Error('useApi must be used inside <ApiProvider>');
  return context;
}

export function useApiClient(): ApiClient {
  return useApiContext().client;
}

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError; retry: () => void }
  /** `reload` fetches again at once, past the cache, e.g. after the page changed what it lists. */
  | { status: 'success'; data: T; reload: () => void };

type Loaded = { path: string; status: 'success'; data: unknown } | { path: string; status: 'error'; error: ApiError };

/** Loads one route; `null` waits (e.g. until the period is known). */
export function useApi<T>(endpoint: Endpoint<T> | null): Resource<T> {
  const api = useApiContext();
  const path = endpoint?.path ?? null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!endpoint) return;
    let live = true;
    api.load(endpoint).then(
      (data) => live && setLoaded({ path: endpoint.path, status: 'success', data }),
      (error: unknown) =>
        live &&
        setLoaded({
          path: endpoint.path,
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError(0, messages.serverError),
        }),
    );
    return () => {
      live = false;
    };
    // The path identifies the request; the endpoint object is rebuilt on every render.
  }, [api, path, attempt]);

  const retry = useCallback(() => {
    if (endpoint) api.forget(endpoint);
    setLoaded(null);
    setAttempt((n) => n + 1);
  }, [api, endpoint]);

  if (!endpoint) return { status: 'loading' };
  if (loaded?.path === path) {
    return loaded.status === 'success'
      ? { status: 'success', data: loaded.data as T, reload: retry }
      : { status: 'error', error: loaded.error, retry };
  }
  const cached = api.peek(endpoint);
  return cached ? { status: 'success', data: cached.value, reload: retry } : { status: 'loading' };
}
