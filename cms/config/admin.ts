/**
 * Strapi's preview opens a draft press release, event or course offer on the public site's preview
 * page; on only when the site's address and the secret it shares with the plugin are set.
 */
const preview = (env) => {
  const siteUrl = env('VERBUND_SITE_URL', '');
  return {
    enabled: Boolean(siteUrl && env('VERBUND_PREVIEW_SECRET', '')),
    config: {
      allowedOrigins: siteUrl ? [new URL(siteUrl).origin] : [],
      handler: (uid: string, { documentId }: { documentId: string }) => strapi.plugin('verbund').service('preview').url(uid, documentId),
    },
  };
};

export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi's default: 5 sign-ins per account, path and address in 5 minutes. The browser-test stack
  // signs the same demo accounts in far more often than a person would, and raises it there only.
  rateLimit: { max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5) },
  autoOpen: false,
  preview: preview(env),
  watchIgnoreFiles: ['**/plugins/verbund/server/**', '**/.tmp/**'],
});
