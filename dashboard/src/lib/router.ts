import { useEffect, useState } from 'react';

// Hash routes: the same static build then works behind the analytics service, on a CDN path
// or from the bench script's file server, without a server-side fallback.
export type RouteId = 'overview' | 'development' | 'breakdown' | 'quality' | 'reports';

export interface Route {
  id: RouteId;
  path: string;
  title: string;
}

export const routes: Route[] = [
  { id: 'overview', path: '/', title: 'Übersicht' },
  { id: 'development', path: '/entwicklung', title: 'Entwicklung' },
  { id: 'breakdown', path: '/aufschluesselung', title: 'Aufschlüsselung' },
  { id: 'quality', path: '/datenqualitaet', title: 'Datenqualität' },
  { id: 'reports', path: '/berichte', title: 'Berichte' },
];

export interface Location {
  route: Route;
  params: URLSearchParams;
}

function splitHash(hash: string): { path: string; params: URLSearchParams } {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

export function parseHash(hash: string): Location {
  const { path, params } = splitHash(hash);
  const route = routes.find((candidate) => candidate.path === path) ?? routes[0];
  return { route, params };
}

export function hrefFor(id: RouteId, params?: Record<string, string>): string {
  const route = routes.find((candidate) => candidate.id === id) ?? routes[0];
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  return `#${route.path}${query}`;
}

/** The raw hash path and its parameters, also for paths that are not one of the pages. */
export function useHashPath(): { path: string; params: URLSearchParams } {
  const read = () => splitHash(window.location.hash);
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return state;
}

export function useLocation(): Location {
  const [location, setLocation] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return location;
}

/**
 * Replaces query parameters of the current route without adding a history entry per click;
 * `remove` names parameters to drop.
 */
export function replaceParams(params: Record<string, string>, remove: string[] = []): void {
  const { route, params: current } = parseHash(window.location.hash);
  const next = new URLSearchParams(current);
  remove.forEach((key) => next.delete(key));
  Object.entries(params).forEach(([key, value]) => next.set(key, value));
  window.history.replaceState(null, '', `#${route.path}?${next.toString()}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
