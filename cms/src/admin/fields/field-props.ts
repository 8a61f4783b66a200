import type { ReactNode } from 'react';

/**
 * What the content manager hands a custom field's input: the field's layout (German label and
 * help text from the plugin's admin configuration) merged with its form state (`useField`).
 */
export interface CustomFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  labelAction?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  error?: string;
  onChange: (name: string, value: unknown) => void;
}

/** The stored list of a JSON field; anything else (empty, or not yet a list) counts as no entries. */
export const storedList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);
