import type { Core } from '@strapi/strapi';
import { uidOf } from '../constants';
import { formatBerlin } from '../services/embargo';
import { invalidFields } from '../validation/field-error';
import { findCurrent, type DocumentMiddleware } from './document-context';

const PRESS_RELEASE = uidOf('press-release');

const embargoMessage = (embargoUntil: string | Date) =>
  `Sperrfrist bis ${formatBerlin(new Date(embargoUntil))}: Die Pressemitteilung kann vorher nicht veröffentlicht werden. ` +
  'Sie ist vorgemerkt und wird zu diesem Zeitpunkt automatisch veröffentlicht.';

/** A press release under embargo is never published before its embargo ends: it is scheduled instead. */
export const embargoGuard =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== PRESS_RELEASE) return next();
    const embargo = strapi.plugin('verbund').service('embargo');

    if (context.action === 'publish') {
      const draft = await findCurrent(strapi, context);
      if (draft && embargo.isFuture(draft.embargoUntil)) {
        await embargo.schedule(context.params.documentId!, draft.embargoUntil as string);
        throw invalidFields([{ field: 'embargoUntil', message: embargoMessage(draft.embargoUntil as string) }]);
      }
      return next();
    }

    if (context.action !== 'create' && context.action !== 'update') return next();
    if (context.params.status !== 'published') return next();
    const current = context.action === 'create' ? null : await findCurrent(strapi, context);
    const embargoUntil = context.params.data?.embargoUntil ?? current?.embargoUntil;
    if (!embargo.isFuture(embargoUntil)) return next();
    // Saved as a draft and scheduled instead: publishing it now would break the embargo.
    delete context.params.status;
    const saved = (await next()) as { documentId: string };
    await embargo.schedule(saved.documentId, embargoUntil as string);
    return saved;
  };
