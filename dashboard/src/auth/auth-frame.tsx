import { useEffect, type ReactNode } from 'react';

/** The frame of every page shown before login: header, a card with the page's heading. */
export function AuthFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} – Steuerkreis-Dashboard`;
  }, [title]);
  return (
    <div className="flex min-h-screen flex-col bg-gray-50">
      <header className="border-b border-gray-200 bg-white px-6 py-4">
        <p className="text-sm font-semibold text-gray-900">Weiterbildungsverbund · Steuerkreis-Dashboard</p>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="w-full max-w-sm rounded-tremor-default border border-gray-200 bg-white p-6 shadow-tremor-card">
          <h1 className="text-xl font-semibold text-gray-900">{title}</h1>
          <p className="mt-1 text-sm text-gray-600">{intro}</p>
          {children}
        </div>
      </main>
    </div>
  );
}

export const authLinkClass = 'text-sm font-medium text-blue-800 underline-offset-2 hover:underline';
