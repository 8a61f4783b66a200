import type { Core } from '@strapi/strapi';
import { uidOf } from '../constants';
import { formatBerlinDateTime } from '@verbund/domain';
import { findCurrent, type DocumentMiddleware } from './document-context';
import { getService } from '../utils/get-service';

const PRESS_RELEASE = uidOf('press-release');

/** Actions after which a release no longer has the draft its schedule was made for. */
const FORGETTING_ACTIONS: Record<string, string> = {
  delete: 'Die Pressemitteilung wurde gelöscht',
  unpublish: 'Die Veröffentlichung wurde zurückgezogen',
  discardDraft: 'Die Änderungen des Entwurfs wurden verworfen',
};

/** The admin user whose request asks for the publication, for the schedule row. */
const requestingUser = (strapi: Core.Strapi): string | null => {
  const user = (strapi.requestContext.get() as { state?: { user?: { email?: string } } } | undefined)?.state?.user;
  return user?.email ?? null;
};

/**
 * A press release under embargo is never published before its embargo ends. Asking to publish it
 * saves it as a draft and schedules it; the answer is the saved draft (a success, not an error):
 * the content manager runs save and publish in one transaction, so an error would roll the save back,
 * and on success the admin leaves the create form for the saved document, which shows „Entwurf“.
 */
export const embargoGuard =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== PRESS_RELEASE) return next();
    const embargo = getService(strapi, 'embargo');
    const documentId = context.params.documentId;

    if (context.action === 'publish') {
      const draft = await findCurrent(strapi, context);
      if (!draft || !embargo.isFuture(draft.embargoUntil)) return next();
      await embargo.schedule(documentId!, draft.embargoUntil as string, requestingUser(strapi));
      const saved = await strapi.documents(PRESS_RELEASE as never).findOne({ documentId, status: 'draft', populate: context.params.populate } as never);
      return { documentId, entries: [saved] };
    }

    if (FORGETTING_ACTIONS[context.action] && documentId) {
      const result = await next();
      await embargo.forget(documentId, FORGETTING_ACTIONS[context.action]);
      return result;
    }

    if (context.action !== 'create' && context.action !== 'update') return next();
    const data = context.params.data ?? {};
    if (context.params.status === 'published') {
      const current = context.action === 'create' ? null : await findCurrent(strapi, context);
      const embargoUntil = 'embargoUntil' in data ? data.embargoUntil : current?.embargoUntil;
      if (embargo.isFuture(embargoUntil)) {
        // Saved as a draft and scheduled instead: publishing it now would break the embargo.
        delete context.params.status;
        const saved = (await next()) as { documentId: string };
        await embargo.schedule(saved.documentId, embargoUntil, requestingUser(strapi));
        return saved;
      }
    }

    const result = await next();
    // A changed embargo of a scheduled draft moves its publication; without one it is no longer scheduled.
    const scheduled = context.action === 'update' && documentId && 'embargoUntil' in data ? await embargo.find(documentId) : null;
    if (scheduled?.state === 'pending') {
      const embargoUntil = data.embargoUntil;
      // The admin sends every field with each save: an unchanged embargo leaves the schedule alone.
      if (!embargo.isFuture(embargoUntil)) {
        await embargo.cancel(
          documentId!,
          embargoUntil
            ? `Die Sperrfrist endet bereits am ${formatBerlinDateTime(embargoUntil as string)}; zum Veröffentlichen bitte „Veröffentlichen“ wählen`
            : 'Die Sperrfrist wurde entfernt; zum Veröffentlichen bitte „Veröffentlichen“ wählen'
        );
      } else if (Date.parse(scheduled.publishAt) !== Date.parse(embargoUntil as string)) {
        await embargo.schedule(documentId!, embargoUntil, requestingUser(strapi));
      }
    }
    return result;
  };
