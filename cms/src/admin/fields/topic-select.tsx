import { forwardRef } from 'react';
import { Field, MultiSelect, MultiSelectOption } from '@strapi/design-system';
import { TOPIC } from '@verbund/domain';
import { storedList, type CustomFieldProps } from './field-props';

/** Topics as a multi-select of their German labels; stores the list of topic keys. */
const TopicSelect = forwardRef<HTMLDivElement, CustomFieldProps>(({ name, label, hint, labelAction, required, disabled, value, error, onChange }, ref) => (
  <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
    <Field.Label action={labelAction}>{label}</Field.Label>
    <MultiSelect
      ref={ref}
      value={storedList(value)}
      onChange={(topics: string[]) => onChange(name, topics)}
      onClear={() => onChange(name, [])}
      clearLabel="Auswahl leeren"
      placeholder="Themen auswählen"
      disabled={disabled}
      withTags
    >
      {TOPIC.values.map((topic) => (
        <MultiSelectOption key={topic} value={topic}>
          {TOPIC.labels[topic]}
        </MultiSelectOption>
      ))}
    </MultiSelect>
    <Field.Hint />
    <Field.Error />
  </Field.Root>
));

export default TopicSelect;
