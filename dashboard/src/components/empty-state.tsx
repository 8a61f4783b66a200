import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 rounded-tremor-default border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 fill-none stroke-gray-500" strokeWidth={1.5}>
        <path d="M3 3v18h18M7 15l4-4 3 3 5-6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="font-medium text-gray-900">{title}</p>
      {children && <div className="max-w-prose text-sm text-gray-600">{children}</div>}
    </div>
  );
}
