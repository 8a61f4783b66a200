import type { Core } from '@strapi/strapi';
import type { VerbundConfig } from '../config';

/** Subject of users-permissions' own English reset template: while it is unchanged, the German one replaces it. */
const STRAPI_RESET_SUBJECT = 'Reset password';

const RESET_PASSWORD_TEMPLATE = {
  // No sender and no reply address of its own: the email plugin's EMAIL_FROM and EMAIL_REPLY_TO apply.
  from: { name: '', email: '' },
  object: 'Passwort zurücksetzen – Kennzahlen-Dashboard des Weiterbildungsverbunds',
  message: `<p>Guten Tag,</p>

<p>für Ihr Konto beim Kennzahlen-Dashboard des Weiterbildungsverbunds wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:</p>
<p><a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>

<p>Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail; Ihr bisheriges Passwort bleibt gültig.</p>`,
};

/**
 * Settings of the users-permissions accounts (Steuerkreis logins) that the platform relies on,
 * applied on every start: nobody registers themselves (the coordination creates the accounts), and
 * the reset email is German and links to the configured reset page. An edited reset template is kept.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async applyDefaults(config: VerbundConfig) {
    const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    await store.set({
      key: 'advanced',
      value: { ...advanced, allow_register: false, ...(config.passwordResetUrl ? { email_reset_password: config.passwordResetUrl } : {}) },
    });
    const email = ((await store.get({ key: 'email' })) ?? {}) as { reset_password?: { options?: Record<string, unknown> } };
    const options = email.reset_password?.options;
    if (options && options.object === STRAPI_RESET_SUBJECT) {
      const { response_email: _strapiDefaultReplyTo, ...kept } = options;
      email.reset_password!.options = { ...kept, ...RESET_PASSWORD_TEMPLATE };
      await store.set({ key: 'email', value: email });
    }
  },
});
