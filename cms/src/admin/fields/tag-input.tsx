import { forwardRef, useState, type KeyboardEvent } from 'react';
import { Field, Flex, Tag, TextInput } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { storedList, type CustomFieldProps } from './field-props';

/** Tags as chips: type a word, Enter adds it (once), × removes it. Stores the list of words. */
const TagInput = forwardRef<HTMLInputElement, CustomFieldProps>(({ name, label, hint, labelAction, required, disabled, value, error, onChange }, ref) => {
  const [draft, setDraft] = useState('');
  const tags = storedList(value);

  const add = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter would otherwise submit the edit form.
    event.preventDefault();
    const tag = draft.trim();
    if (tag && !tags.includes(tag)) onChange(name, [...tags, tag]);
    setDraft('');
  };

  return (
    <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
      <Field.Label action={labelAction}>{label}</Field.Label>
      <TextInput ref={ref} value={draft} onChange={(event) => setDraft(event.target.value)} onKeyDown={add} placeholder="Schlagwort eingeben, Enter fügt es hinzu" disabled={disabled} />
      {tags.length > 0 && (
        <Flex gap={2} wrap="wrap" paddingTop={2}>
          {tags.map((tag) => (
            <Tag key={tag} icon={<Cross aria-hidden />} label={`Schlagwort „${tag}“ entfernen`} disabled={disabled} onClick={() => onChange(name, tags.filter((other) => other !== tag))}>
              {tag}
            </Tag>
          ))}
        </Flex>
      )}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
});

export default TagInput;
