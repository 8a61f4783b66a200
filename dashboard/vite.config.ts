import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the same build is served by the analytics service or from any static host path.
  base: './',
  server: {
    proxy: { '/api': 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // @tremor/react does not declare `sideEffects: false`, so without this every component
        // (and recharts with it) lands in the initial bundle. Its modules only export components.
        moduleSideEffects: (id: string) =>
          /[\\/]node_modules[\\/]@tremor[\\/]react[\\/]/.test(id) ? false : undefined,
      },
    },
  },
});
