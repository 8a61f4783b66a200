import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ANALYTICS_TOKEN_NAME } from '../constants';
import { apiTokenService } from '../utils/strapi-services';

const bearer = (header: unknown) => (typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '');

/**
 * The export holds internal figures: only the analytics token (or a full-access token) may read it.
 * No or an unknown token is a 401; a valid token or user login of someone else is a 403.
 */
export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const token = bearer(policyContext.request.header.authorization);
  if (!token) throw new errors.UnauthorizedError('Missing API token');
  const apiTokens = apiTokenService(strapi);
  const apiToken = await apiTokens.getByAccessKey(apiTokens.hash(token));
  if (apiToken) {
    const expired = apiToken.expiresAt && new Date(apiToken.expiresAt).getTime() < Date.now();
    if (expired) throw new errors.UnauthorizedError('API token expired');
    if (apiToken.name === ANALYTICS_TOKEN_NAME || apiToken.type === 'full-access') return true;
    throw new errors.ForbiddenError('This API token may not read the export');
  }
  const isUserLogin = await strapi
    .plugin('users-permissions')
    .service('jwt')
    .verify(token)
    .then(() => true, () => false);
  if (isUserLogin) throw new errors.ForbiddenError('User logins may not read the export');
  throw new errors.UnauthorizedError('Invalid API token');
};
