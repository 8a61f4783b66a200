import { PUBLIC_TYPES } from '../services/public-types';

const publicRoutes = Object.entries(PUBLIC_TYPES).flatMap(([routeKey, view]) =>
  view.kind === 'single'
    ? [{ method: 'GET', path: `/${routeKey}`, handler: `${routeKey}.find`, config: { policies: [] } }]
    : [
        { method: 'GET', path: `/${routeKey}`, handler: `${routeKey}.find`, config: { policies: [] } },
        { method: 'GET', path: `/${routeKey}/:id`, handler: `${routeKey}.findOne`, config: { policies: [] } },
      ]
);

export default {
  type: 'content-api',
  routes: [
    ...publicRoutes,
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
  ],
};
