import { PUBLIC_TYPES } from '../services/public-types';

/** Public answers come from the instance's response cache when it has them (middlewares/public-cache.ts). */
const PUBLIC = { policies: [], middlewares: ['plugin::verbund.public-cache'] };

const publicRoutes = Object.entries(PUBLIC_TYPES).flatMap(([routeKey, view]) =>
  view.kind === 'single'
    ? [{ method: 'GET', path: `/${routeKey}`, handler: `${routeKey}.find`, config: PUBLIC }]
    : [
        { method: 'GET', path: `/${routeKey}`, handler: `${routeKey}.find`, config: PUBLIC },
        { method: 'GET', path: `/${routeKey}/:id`, handler: `${routeKey}.findOne`, config: PUBLIC },
      ]
);

export default {
  type: 'content-api',
  routes: [
    ...publicRoutes,
    { method: 'GET', path: '/search', handler: 'search.find', config: PUBLIC },
    { method: 'GET', path: '/session', handler: 'session.me', config: { policies: [] } },
    {
      method: 'GET',
      path: '/preview/:routeKey/:id',
      handler: 'preview.find',
      // The secret is checked by the controller: a policy's 401 loses its message.
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/export',
      handler: 'export.find',
      config: { auth: false, policies: ['plugin::verbund.is-analytics-client'] },
    },
    {
      // The audit trail of given records (the report diff); not public, so never through the public cache.
      method: 'GET',
      path: '/audit-entries',
      handler: 'audit-entries.find',
      config: { auth: false, policies: ['plugin::verbund.is-analytics-client'] },
    },
  ],
};
