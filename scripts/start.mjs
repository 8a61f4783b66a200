#!/usr/bin/env node
// `npm start`: builds what is missing, then runs CMS (with demo data), analytics, dashboard and website.
// `npm start -- --empty` starts with an empty database and no demo logins.
import { buildIfNeeded, startStack } from './lib/stack.mjs';

const DEMO_LOGINS = [
  ['Super-Admin (CMS)', 'http://127.0.0.1:1337/admin', 'admin@verbund.example'],
  ['Kommunikation (CMS)', 'http://127.0.0.1:1337/admin', 'presse@verbund.example'],
  ['Koordination (CMS)', 'http://127.0.0.1:1337/admin', 'koordination@verbund.example'],
  ['Steuerkreis (Dashboard)', 'http://127.0.0.1:4000/', 'steuerkreis@verbund.example'],
];
const DEMO_PASSWORD = 'Verbund-Demo-2024';

const demo = !process.argv.includes('--empty');
if (demo && process.env.NODE_ENV === 'production') {
  console.error('[start] Demo data is never created with NODE_ENV=production. Use `npm start -- --empty`.');
  process.exit(1);
}

try {
  await buildIfNeeded((message) => console.log(`[start] ${message}`));
  const stack = await startStack({ demo });
  console.log(`
  Weiterbildungsverbund läuft:
    Website:           ${stack.siteUrl}/
    CMS (Admin):       ${stack.cmsUrl}/admin
    Öffentliche API:   ${stack.cmsUrl}/api/verbund/press-releases
    Dashboard:         ${stack.analyticsUrl}/
    Auswertungs-API:   ${stack.analyticsUrl}/api/status
`);
  if (demo) {
    console.log('  Demo-Zugänge (Passwort jeweils ' + DEMO_PASSWORD + '):');
    for (const [role, url, login] of DEMO_LOGINS) console.log(`    ${role.padEnd(26)} ${login.padEnd(32)} ${url}`);
  }
  console.log('\n  Beenden mit Strg+C.\n');
  const shutdown = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  console.error(`[start] ${error.message}`);
  process.exit(1);
}
