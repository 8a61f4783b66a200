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
      path: '/export',
      handler: 'export.find',
      config: { auth: false, policies: ['plugin::verbund.is-analytics-client'] },
    },
  ],
};
