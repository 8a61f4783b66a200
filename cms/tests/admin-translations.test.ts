/**
 * Every English admin text of the plugins our staff uses has a German one (Strapi's de.json or
 * ours in src/admin/translations/de.ts), with the same placeholders. A Strapi upgrade that adds
 * English keys fails here instead of showing English in the admin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { GERMAN, UNLISTED } from '../src/admin/translations/de';

const STRAPI = path.resolve(__dirname, '..', '..', 'node_modules', '@strapi');

// Where each package keeps its translation files; review-workflows is Enterprise-only and not in use.
const TRANSLATION_DIRS: Record<string, string> = {
  admin: 'admin/dist/admin/admin/src/translations',
  'content-manager': 'content-manager/dist/admin/translations',
  upload: 'upload/dist/admin/translations',
  'content-releases': 'content-releases/dist/admin/translations',
  email: 'email/dist/admin/translations',
  'users-permissions': 'plugin-users-permissions/dist/admin/translations',
  'content-type-builder': 'content-type-builder/dist/admin/translations',
  i18n: 'i18n/dist/admin/translations',
};

const load = async (plugin: string, locale: string): Promise<Record<string, string>> => {
  const file = path.join(STRAPI, TRANSLATION_DIRS[plugin], `${locale}.json.mjs`);
  return existsSync(file) ? (await import(pathToFileURL(file).href)).default : {};
};

/**
 * The arguments ({name}, {count, plural, …}) and <tags> of an ICU message, parsed as the admin's
 * react-intl parses it, so a German text that is not valid ICU fails here too.
 */
const placeholders = (text: string): Set<string> => {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.type === TYPE.tag ? `<${element.value}>` : element.value);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.select || element.type === TYPE.plural) Object.values(element.options).forEach((option) => walk(option.value));
    }
  };
  walk(parse(text));
  return names;
};

describe.each(Object.keys(TRANSLATION_DIRS))('%s', (plugin) => {
  it('has a German text for every English key', async () => {
    const [english, shipped] = await Promise.all([load(plugin, 'en'), load(plugin, 'de')]);
    const german = { ...shipped, ...GERMAN[plugin] };
    expect(Object.keys(english).filter((key) => !(key in german))).toEqual([]);
  });

  it('translates only keys Strapi still has', async () => {
    const english = await load(plugin, 'en');
    expect(Object.keys(GERMAN[plugin] ?? {}).filter((key) => !(key in english))).toEqual([]);
  });

  it('keeps every placeholder of the English text in ours', async () => {
    const english = await load(plugin, 'en');
    const lost = Object.entries(GERMAN[plugin] ?? {}).flatMap(([key, text]) => {
      const missing = [...placeholders(english[key] ?? '')].filter((name) => !placeholders(text).has(name));
      return missing.length ? [`${key}: ${missing.join(', ')}`] : [];
    });
    expect(lost).toEqual([]);
  });
});

it('covers exactly the packages it checks', () => {
  expect(Object.keys(GERMAN).sort()).toEqual(Object.keys(TRANSLATION_DIRS).sort());
});

it('translates keys that Strapi\'s admin code uses without listing them, as long as it uses them', () => {
  const used = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.mjs')) for (const match of readFileSync(file, 'utf8').matchAll(/id: '([^']+)',\s*defaultMessage/g)) used.add(match[1]!);
    }
  };
  for (const dir of ['admin/dist/admin', 'content-manager/dist/admin/components']) visit(path.join(STRAPI, dir));
  expect(Object.keys(UNLISTED).filter((key) => !used.has(key))).toEqual([]);
});
