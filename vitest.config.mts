import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'cms',
          root: './cms',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          // Each file boots its own Strapi; running them one after another keeps memory and the
          // shared compile output in cms/dist predictable on two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // the plugin's pure functions, tested beside them without booting Strapi
          name: 'plugin',
          root: './cms/src/plugins/verbund',
          include: ['server/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'domain',
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'demo-data',
          root: './scripts/demo-data',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          root: './site',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
        },
      },
      './analytics/vitest.config.ts',
      './dashboard/vitest.config.ts',
    ],
  },
});
