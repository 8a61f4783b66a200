// users-permissions comes first: the verbund plugin's bootstrap grants rights on its roles.
export default ({ env }) => ({
  'users-permissions': {
    config: { jwt: { expiresIn: env('USERS_JWT_EXPIRES_IN', '7d') } },
  },
  verbund: {
    enabled: true,
    resolve: './src/plugins/verbund',
    config: {
      embargoCronRule: env('VERBUND_EMBARGO_CRON', '*/30 * * * * *'),
      analyticsTokenFile: env('VERBUND_ANALYTICS_TOKEN_FILE', ''),
      analyticsUrl: env('VERBUND_ANALYTICS_URL', ''),
      analyticsWebhookSecret: env('VERBUND_ANALYTICS_WEBHOOK_SECRET', ''),
    },
  },
});
