import type { Core } from '@strapi/strapi';
import { AUDIT_ACTOR_KIND } from '@verbund/domain';
import type { AuditEntry } from '@verbund/domain/contract';

export type Actor = AuditEntry['actor'];

/** Whoever acts outside a request: the embargo cron, the start-up tasks, scripts. */
export const SYSTEM: Actor = { kind: 'system', id: null, name: AUDIT_ACTOR_KIND.labels.system };

interface RequestState {
  user?: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null; email?: string | null };
  auth?: { strategy?: { name?: string }; credentials?: { id?: number; name?: string } };
}

/**
 * Who makes the current change: the admin user of the request, the API token it came with, or the
 * system when no request is running (Strapi keeps the request context through the whole write).
 */
export const currentActor = (strapi: Core.Strapi): Actor => {
  const state = (strapi.requestContext.get() as { state?: RequestState } | undefined)?.state;
  const { auth, user } = state ?? {};
  if (auth?.strategy?.name === 'api-token' && auth.credentials) {
    return { kind: 'api_token', id: auth.credentials.id ?? null, name: `${AUDIT_ACTOR_KIND.labels.api_token} „${auth.credentials.name ?? ''}“` };
  }
  if (user) {
    const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `#${user.id}`;
    return { kind: 'admin', id: user.id, name };
  }
  return SYSTEM;
};
