import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Every page is rendered per request from the CMS's public API, so the site shows what is
// published now (embargoes end, events are cancelled) without a rebuild.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'never',
  // The dev toolbar ships JavaScript; the site has none of its own.
  devToolbar: { enabled: false },
  // One stylesheet file, so the Content-Security-Policy can forbid inline styles.
  build: { inlineStylesheets: 'never' },
  server: { host: '127.0.0.1', port: 4321 },
  vite: { server: { fs: { allow: ['..'] } } },
});
