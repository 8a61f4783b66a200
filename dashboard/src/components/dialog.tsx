import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button } from './button';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Elements Tab stops at, in order: a radio group is one stop (its checked radio). */
function tabStops(panel: HTMLElement): HTMLElement[] {
  return Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => {
    if (element.closest('details:not([open])') && element.tagName !== 'SUMMARY') return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.checked) return true;
    const group = panel.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`);
    return !Array.from(group).some((radio) => radio.checked);
  });
}

/**
 * Modal dialog: everything outside is made inert, Tab stays inside, Esc and the close button
 * close it, and focus returns to the element that opened it.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const [host] = useState(() => document.createElement('div'));
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.body.appendChild(host);
    const outside = Array.from(document.body.children).filter(
      (element) => element !== host && !element.hasAttribute('inert'),
    );
    outside.forEach((element) => element.setAttribute('inert', ''));
    return () => {
      outside.forEach((element) => element.removeAttribute('inert'));
      host.remove();
      opener?.focus();
    };
  }, [host]);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, []);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      closeRef.current();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const focusable = tabStops(panelRef.current);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = document.activeElement;
    const outsideList = !focusable.includes(active as HTMLElement);
    if (event.shiftKey && (active === first || outsideList)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || outsideList)) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="dialog-backdrop fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-gray-900/50 p-4 sm:p-8">
      <div className="fixed inset-0" aria-hidden="true" onClick={() => closeRef.current()} />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className="relative w-full max-w-3xl rounded-tremor-default bg-white p-6 shadow-tremor-dropdown"
      >
        <div className="mb-4 flex items-start justify-between gap-4">
          <h2 id={titleId} tabIndex={-1} className="text-lg font-semibold text-gray-900 focus:outline-none">
            {title}
          </h2>
          <Button variant="ghost" onClick={() => closeRef.current()}>
            Schließen
          </Button>
        </div>
        {children}
      </div>
    </div>,
    host,
  );
}
