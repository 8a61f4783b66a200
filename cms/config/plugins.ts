/**
 * Email leaves the CMS only through the SMTP server named by SMTP_HOST. Without it the email plugin
 * keeps Strapi's default provider, which cannot deliver here, and the verbund plugin answers
 * password-reset requests with a German 503 instead of trying.
 */
const email = (env) =>
  env('SMTP_HOST', '')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', env.int('SMTP_PORT', 587) === 465),
              ...(env('SMTP_USER', '') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASS', '') } } : {}),
            },
            settings: {
              defaultFrom: env('EMAIL_FROM', 'Weiterbildungsverbund <no-reply@verbund.example>'),
              ...(env('EMAIL_REPLY_TO', '') ? { defaultReplyTo: env('EMAIL_REPLY_TO') } : {}),
            },
          },
        },
      }
    : {};

// users-permissions comes first: the verbund plugin's bootstrap grants rights on its roles.
export default ({ env }) => ({
  'users-permissions': {
    config: { jwt: { expiresIn: env('USERS_JWT_EXPIRES_IN', '7d') } },
  },
  ...email(env),
  verbund: {
    enabled: true,
    resolve: './src/plugins/verbund',
    config: {
      embargoCronRule: env('VERBUND_EMBARGO_CRON', '*/30 * * * * *'),
      analyticsTokenFile: env('VERBUND_ANALYTICS_TOKEN_FILE', ''),
      analyticsUrl: env('VERBUND_ANALYTICS_URL', ''),
      analyticsWebhookSecret: env('VERBUND_ANALYTICS_WEBHOOK_SECRET', ''),
      // The dashboard's page for a new password (hash route); the reset email appends ?code=….
      passwordResetUrl: env('PASSWORD_RESET_URL', 'http://127.0.0.1:4000/#/passwort-zuruecksetzen'),
      // The public site and the secret its preview page fetches drafts with (config/admin.ts).
      siteUrl: env('VERBUND_SITE_URL', ''),
      previewSecret: env('VERBUND_PREVIEW_SECRET', ''),
      // How often (ms) this instance checks whether another one changed content (public cache, search).
      changePollMs: env.int('VERBUND_CHANGE_POLL_MS', 1000),
      // Years the audit trail (Änderungsprotokoll) keeps an entry before the nightly clean-up deletes it.
      auditRetentionYears: env.int('VERBUND_AUDIT_RETENTION_YEARS', 10),
    },
  },
});
