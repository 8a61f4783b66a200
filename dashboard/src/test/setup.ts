import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// How long `findBy…` waits for the page to settle: parsing every answer against the contract
// takes longer than testing-library's default second on a busy machine. A bound, not a timing test.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

// recharts measures its container through ResizeObserver and element sizes, neither of which
// jsdom provides; without both it draws no SVG at all.
class ResizeObserverStandIn {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { width: 800, height: 300, top: 0, left: 0, right: 800, bottom: 300, x: 0, y: 0 } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStandIn as unknown as typeof ResizeObserver;

for (const [property, size] of [
  ['clientWidth', 800],
  ['clientHeight', 300],
  ['offsetWidth', 800],
  ['offsetHeight', 300],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => size });
}
