import agendaItem from './agenda-item.json';
import pressPhoto from './press-photo.json';
import steeringMember from './steering-member.json';
import venue from './venue.json';

import type { Schema } from '../utils/schema';

const CATEGORY = 'verbund';

const definitions: Record<string, Schema> = {
  'agenda-item': agendaItem,
  'press-photo': pressPhoto,
  'steering-member': steeringMember,
  venue,
};

const pascalCase = (value: string) =>
  value
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');

/**
 * Strapi 5 loads components only from the host app's `src/components`; a plugin that wants to be
 * installable on its own registers its components the way the loader would have built them.
 */
export const buildComponents = () =>
  Object.fromEntries(
    Object.entries(definitions).map(([name, schema]) => {
      const uid = `${CATEGORY}.${name}`;
      return [
        uid,
        {
          ...structuredClone(schema),
          __schema__: structuredClone(schema),
          uid,
          category: CATEGORY,
          modelType: 'component',
          modelName: name,
          globalId: `Component${pascalCase(CATEGORY)}${pascalCase(name)}`,
        },
      ];
    })
  );
