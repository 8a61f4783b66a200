import { fileURLToPath } from 'node:url';

// Explicit path: Tailwind otherwise looks for its config in the working directory,
// which is the repository root when the build runs from there.
export default {
  plugins: {
    tailwindcss: { config: fileURLToPath(new URL('./tailwind.config.js', import.meta.url)) },
    autoprefixer: {},
  },
};
