import type { ReactNode } from 'react';

export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-tremor-small bg-gray-200 ${className}`} />;
}

/** Wraps placeholder shapes so that screen readers hear one loading message instead of nothing. */
export function LoadingRegion({ label = 'Daten werden geladen …', children }: { label?: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
