import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isVerbundUid, typeNameOf, uidOf, type TypeName } from '../constants';
import { germanList } from '../utils/german-list';
import { REQUIRED_RELATIONS } from '../validation/record-rules';
import type { DocumentMiddleware } from './document-context';
import { schemaOf } from '../utils/schema';

/** German plural of each type that holds a required reference, for "hat noch 3 Kursteilnahmen". */
const PLURALS: Partial<Record<TypeName, string>> = {
  'event-participation': 'Veranstaltungsteilnahmen',
  'course-participation': 'Kursteilnahmen',
  consultation: 'Beratungen',
  'training-need': 'Weiterbildungsbedarfe',
};

interface Referrer {
  type: TypeName;
  field: string;
}

const displayName = (strapi: Core.Strapi, type: TypeName) => schemaOf(strapi, uidOf(type)).info.displayName;

const countPhrase = (strapi: Core.Strapi, type: TypeName, count: number) =>
  `${count} ${count === 1 ? displayName(strapi, type) : (PLURALS[type] ?? displayName(strapi, type))}`;

/** For every type, the required relations (REQUIRED_RELATIONS) of other types that point to it. */
const referrersByTarget = (strapi: Core.Strapi) => {
  const byTarget = new Map<string, Referrer[]>();
  for (const [type, fields] of Object.entries(REQUIRED_RELATIONS) as Array<[TypeName, Record<string, string>]>) {
    const attributes = schemaOf(strapi, uidOf(type)).attributes;
    for (const field of Object.keys(fields)) {
      const target = attributes[field].target!;
      byTarget.set(target, [...(byTarget.get(target) ?? []), { type, field }]);
    }
  }
  return byTarget;
};

/**
 * A document that records still require (a participation's course run, event or organisation, a
 * consultation's organisation …) cannot be deleted: the delete would leave those records pointing
 * at nothing. The admin shows the 400 with what still refers to it; bulk deletes run in one
 * transaction, so one refused document keeps all of them.
 */
export const guardReferences = ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware => {
  let referrers: Map<string, Referrer[]> | undefined;
  return async (context, next) => {
    if (context.action !== 'delete' || !isVerbundUid(context.uid) || !context.params.documentId) return next();
    referrers ??= referrersByTarget(strapi);
    const documentId = context.params.documentId;
    const counts = new Map<TypeName, number>();
    for (const { type, field } of referrers.get(context.uid) ?? []) {
      const count = await strapi.db.query(uidOf(type) as never).count({ where: { [field]: { documentId } } } as never);
      if (count > 0) counts.set(type, (counts.get(type) ?? 0) + count);
    }
    if (counts.size === 0) return next();
    const phrases = [...counts].map(([type, count]) => countPhrase(strapi, type, count));
    // Every type a required reference points to (Organisation, Veranstaltung, Kursdurchführung) is feminine.
    throw new errors.ValidationError(
      `Diese ${displayName(strapi, typeNameOf(context.uid))} hat noch ${germanList(phrases)}. Bitte diese zuerst löschen oder umhängen.`
    );
  };
};
