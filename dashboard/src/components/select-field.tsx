import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';

export function SelectField({
  label,
  children,
  className = '',
  ...props
}: { label: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-gray-700">
        {label}
      </label>
      <select
        id={id}
        className="rounded-tremor-small border border-gray-300 bg-white px-3 py-2 text-sm text-gray-900 shadow-tremor-input"
        {...props}
      >
        {children}
      </select>
    </div>
  );
}
