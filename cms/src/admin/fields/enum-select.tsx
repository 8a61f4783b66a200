import { forwardRef } from 'react';
import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { vocabularyOf } from '@verbund/domain';
import type { CustomFieldProps } from './field-props';

/**
 * An enumeration as a select of its German labels; stores the key, as Strapi's own select does.
 * The content manager renders it for every enumeration with a domain vocabulary (see
 * ../enumeration-labels.tsx), the schema keeps the attribute a plain enumeration.
 */
const EnumSelect = forwardRef<HTMLDivElement, CustomFieldProps & { attribute: { enum?: string[] } }>(
  ({ name, label, hint, labelAction, required, disabled, value, error, onChange, attribute }, ref) => {
    const values = attribute.enum ?? [];
    const labels: Readonly<Record<string, string>> = vocabularyOf(values)?.labels ?? {};
    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <SingleSelect
          ref={ref}
          value={typeof value === 'string' ? value : ''}
          onChange={(next: string | number) => onChange(name, next === '' ? null : String(next))}
          disabled={disabled}
        >
          {/* As in Strapi's own select: an empty choice, which a required field cannot take. */}
          <SingleSelectOption value="" disabled={required} hidden={required}>
            Hier wählen
          </SingleSelectOption>
          {values.map((key) => (
            <SingleSelectOption key={key} value={key}>
              {labels[key] ?? key}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default EnumSelect;
