import { forwardRef, useId, type InputHTMLAttributes } from 'react';

/** A labelled input whose error (an element id) is announced with it and marks it invalid. */
export const TextField = forwardRef<HTMLInputElement, { label: string; errorId?: string | undefined } & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ label, errorId, className = '', ...props }, ref) {
    const id = useId();
    return (
      <div className={`flex flex-col gap-1 ${className}`}>
        <label htmlFor={id} className="text-sm font-medium text-gray-700">
          {label}
        </label>
        <input
          ref={ref}
          id={id}
          className="rounded-tremor-small border border-gray-300 px-3 py-2 text-sm text-gray-900 shadow-tremor-input aria-[invalid=true]:border-rose-600"
          aria-invalid={Boolean(errorId)}
          aria-describedby={errorId}
          {...props}
        />
      </div>
    );
  },
);
