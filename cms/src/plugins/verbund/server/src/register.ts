import type { Core } from '@strapi/strapi';
import { buildComponents } from './components';
import { CUSTOM_FIELDS } from './custom-fields';
import { embargoGuard } from './middlewares/embargo-guard';
import { fillDisplayName } from './middlewares/fill-display-name';
import { fillSlug } from './middlewares/fill-slug';
import { guardPressPhotos } from './middlewares/guard-press-photos';
import { guardReferences } from './middlewares/guard-references';
import { recordAudit } from './middlewares/record-audit';
import { sealAuditTrail } from './middlewares/seal-audit-trail';
import { keepReportsImmutable } from './middlewares/immutable-reports';
import { trackChanges } from './middlewares/track-changes';
import { validateDocument } from './middlewares/validate-document';
import { MIGRATIONS } from './migrations';
import { AUDIT_PERMISSIONS } from './audit/permissions';
import { guardAccountRoutes } from './routes/account-routes';
import { adminActionProvider } from './utils/strapi-services';
import { filterRelationPickers } from './routes/relation-pickers';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('components').add(buildComponents());
  // Strapi turns the schemas' customField attributes into these fields' stored type right after register.
  strapi.customFields.register(CUSTOM_FIELDS.map((field) => ({ ...field })));
  for (const { name, up } of MIGRATIONS) {
    strapi.db.migrations.providers.internal.register({
      name,
      up,
      down: async () => {
        throw new Error(`${name} cannot be undone`);
      },
    });
  }
  // One document-service middleware per concern, in this order: nothing invalid gets a slug, and
  // nothing is scheduled or published that was not valid. Deletes only pass the reference guard.
  // The display name is computed around the write itself, from what was stored. Changes are counted
  // (for the public cache) once everything else has run. The audit trail is outermost: its
  // transaction holds the whole write, so the entry commits with it or not at all. Frozen report
  // versions are refused any change right inside it, before anything else looks at the write.
  strapi.documents.use(sealAuditTrail() as never);
  for (const middleware of [recordAudit, keepReportsImmutable, trackChanges, validateDocument, fillSlug, embargoGuard, guardReferences, fillDisplayName]) strapi.documents.use(middleware({ strapi }) as never);
  // Before the admin's bootstrap, which gives the Super Admin every registered action and drops
  // stored permissions of unknown ones.
  await adminActionProvider(strapi).registerMany(AUDIT_PERMISSIONS);
  guardPressPhotos({ strapi });
  guardAccountRoutes(strapi);
  filterRelationPickers(strapi);
};

export default register;
