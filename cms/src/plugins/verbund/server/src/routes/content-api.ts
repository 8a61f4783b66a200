import { PUBLIC_TYPES } from '../services/public-types';

/**
 * Public answers come from the instance's response cache when it has them (middlewares/public-cache.ts).
 * A new object per route: Strapi writes each route's permission scope into its `config.auth`, and
 * one shared object would give every public route the scope of the first (revoking the public
 * role's permission for any other route would then change nothing).
 */
const publicConfig = () => ({ policies: [], middlewares: ['plugin::verbund.public-cache'] });

/** Internal figures for the analytics service only (policies/is-analytics-client.ts). */
const ANALYTICS_CLIENT = { auth: false, policies: ['plugin::verbund.is-analytics-client'] };

const publicRoutes = Object.entries(PUBLIC_TYPES).flatMap(([routeKey, view]) =>
  view.kind === 'single'
    ? [{ method: 'GET', path: `/${routeKey}`, handler: `${routeKey}.find`, config: publicConfig() }]
    : [
        { method: 'GET', path: `/${routeKey}`, handler: `${routeKey}.find`, config: publicConfig() },
        { method: 'GET', path: `/${routeKey}/:id`, handler: `${routeKey}.findOne`, config: publicConfig() },
      ]
);

export default {
  type: 'content-api',
  routes: [
    ...publicRoutes,
    { method: 'GET', path: '/search', handler: 'search.find', config: publicConfig() },
    { method: 'GET', path: '/session', handler: 'session.me', config: { policies: [] } },
    {
      method: 'GET',
      path: '/preview/:routeKey/:id',
      handler: 'preview.find',
      // The secret is checked by the controller: a policy's 401 loses its message.
      config: { auth: false, policies: [] },
    },
    { method: 'GET', path: '/export', handler: 'export.find', config: ANALYTICS_CLIENT },
    // Frozen report versions: created and read by the analytics service; no route changes or deletes one.
    { method: 'POST', path: '/report-versions', handler: 'report-versions.create', config: ANALYTICS_CLIENT },
    { method: 'GET', path: '/report-versions', handler: 'report-versions.find', config: ANALYTICS_CLIENT },
    { method: 'GET', path: '/report-versions/:id', handler: 'report-versions.findOne', config: ANALYTICS_CLIENT },
    // The audit trail of given records (the report diff); not public, so never through the public cache.
    { method: 'GET', path: '/audit-entries', handler: 'audit-entries.find', config: ANALYTICS_CLIENT },
  ],
};
