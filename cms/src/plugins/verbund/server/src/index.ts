import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import { anonymousCache, publicCache } from './middlewares/public-cache';
import { requestBody } from './middlewares/request-body';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  controllers,
  routes,
  services,
  policies,
  // Used by the host app's config/middlewares.ts as 'plugin::verbund.request-body' and
  // 'plugin::verbund.anonymous-cache'; 'public-cache' is a route middleware of the public routes
  // (routes/content-api.ts).
  middlewares: { 'request-body': requestBody, 'public-cache': publicCache, 'anonymous-cache': anonymousCache },
};
