import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'dashboard',
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Rendering the whole app in jsdom takes seconds on a busy machine; the default 5 s bound is too tight.
    testTimeout: 15_000,
  },
});
