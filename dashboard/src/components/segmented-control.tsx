import { useId } from 'react';

export interface SegmentOption<T extends string> {
  value: T;
  label: string;
}

/** A set of radio buttons that looks like a toggle: arrow keys move between the options. */
export function SegmentedControl<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: SegmentOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-gray-700">{legend}</legend>
      <div className="inline-flex rounded-tremor-small border border-gray-300 bg-white p-0.5">
        {options.map((option) => (
          <label
            key={option.value}
            className="cursor-pointer rounded-[0.25rem] px-3 py-1.5 text-sm text-gray-700 has-[:checked]:bg-blue-700 has-[:checked]:text-white has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700"
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
