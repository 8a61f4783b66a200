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
  autoOpen: false,
  preview: preview(env),
  watchIgnoreFiles: ['**/plugins/verbund/server/**', '**/.tmp/**'],
});
