/**
 * The value a JSON field's text stands for. The admin's JSON editor sends what was typed into it
 * as a string (`'["data_and_ai"]'`), not the parsed value; the database would store that text
 * as is. Every JSON field of the plugin holds a list, never a bare string, so text that parses is
 * unambiguous: it is the value meant. Text that does not parse stays text, and the field's shape
 * refuses it with its German message.
 */
export const jsonValueOf = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};
