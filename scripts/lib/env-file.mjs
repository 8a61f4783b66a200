import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const secret = () => randomBytes(24).toString('base64');

/** Secrets a fresh clone lacks; generated once into cms/.env so that no manual step is needed. */
export const REQUIRED_SECRETS = {
  APP_KEYS: () => [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  ANALYTICS_WEBHOOK_SECRET: () => randomBytes(24).toString('hex'),
  ANALYTICS_ADMIN_TOKEN: () => randomBytes(24).toString('hex'),
  // Shared by the CMS and the site's preview page (drafts in the admin's preview).
  VERBUND_PREVIEW_SECRET: () => randomBytes(24).toString('hex'),
};

export const parseEnv = (text) =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => {
        const index = line.indexOf('=');
        return [line.slice(0, index).trim(), line.slice(index + 1).trim().replace(/^"(.*)"$/, '$1')];
      })
  );

/** Adds missing secrets to the env file (written to a temp file and renamed) and returns all its values. */
export const ensureEnvFile = (file) => {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const values = parseEnv(text);
  const missing = Object.entries(REQUIRED_SECRETS).filter(([name]) => !values[name]);
  if (missing.length > 0) {
    const added = missing.map(([name, make]) => `${name}=${make()}`);
    const header = text ? '' : '# Generated on first start. Keep it secret; delete a line to regenerate that value.\n';
    const next = `${header}${text}${text && !text.endsWith('\n') ? '\n' : ''}${added.join('\n')}\n`;
    writeFileSync(`${file}.tmp`, next, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
    return { values: parseEnv(next), generated: missing.map(([name]) => name) };
  }
  return { values, generated: [] };
};
