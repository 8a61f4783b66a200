import { errors } from '@strapi/utils';

/** Checks of query-string parameters shared by the plugin's routes; every problem is a German 400 naming the parameter. */

export const bad = (message: string) => new errors.ValidationError(message);

/** Every value of a repeatable parameter (`?topic=a&topic=b` or `?topic=a,b`). */
export const many = (name: string, value: unknown): string[] => {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  if (items.some((item) => typeof item !== 'string')) throw bad(`„${name}“ muss ein einfacher Wert sein, z. B. ${name}=wert (mehrere durch Wiederholen).`);
  return [...new Set((items as string[]).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean))];
};

export const one = (name: string, value: unknown): string | null => {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw bad(`„${name}“ darf nur einmal und als einfacher Wert angegeben werden.`);
  return value.trim() === '' ? null : value.trim();
};

export const fromList = (name: string, value: unknown, allowed: readonly string[]) => {
  const values = many(name, value);
  const unknown = values.find((item) => !allowed.includes(item));
  if (unknown !== undefined) throw bad(`„${name}“: Der Wert „${unknown.slice(0, 40)}“ ist unbekannt. Erlaubt sind: ${allowed.join(', ')}.`);
  return values;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const day = (name: string, value: unknown) => {
  const text = one(name, value);
  if (text === null) return null;
  const match = DAY.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) throw bad(`„${name}“ muss ein gültiges Datum im Format JJJJ-MM-TT sein, z. B. 2026-03-01.`);
  return text;
};

export const WHOLE = /^\d{1,9}$/;
export const whole = (name: string, value: unknown, fallback: number, max: number) => {
  const text = one(name, value);
  if (text === null) return fallback;
  const number = WHOLE.test(text) ? Number(text) : NaN;
  if (!(number >= 1 && number <= max)) throw bad(`„${name}“ muss eine ganze Zahl von 1 bis ${max.toLocaleString('de-DE')} sein.`);
  return number;
};

