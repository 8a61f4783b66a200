import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import colors from 'tailwindcss/colors';

const require = createRequire(import.meta.url);
// npm hoists @tremor/react to the repository root; a relative glob would silently miss it
// and Tremor's classes would vanish from the CSS.
const tremorDir = dirname(require.resolve('@tremor/react/package.json'));
const here = dirname(new URL(import.meta.url).pathname);

// Tremor composes colour classes at run time from the `colors` props used in this app.
const chartColours = '(?:blue|amber|emerald|gray|rose)';
const shades = '(?:50|100|200|300|400|500|600|700|800|900|950)';

/** @type {import('tailwindcss').Config} */
export default {
  content: [join(here, 'index.html'), join(here, 'src/**/*.{ts,tsx}'), join(tremorDir, 'dist/**/*.js')],
  // Light theme only: Tremor ships `dark:` classes that would half-apply under the OS setting.
  darkMode: 'class',
  theme: {
    transparent: 'transparent',
    current: 'currentColor',
    extend: {
      colors: {
        // Tremor's defaults (gray-400/-500 text, blue-500 buttons) fall below WCAG AA contrast on white.
        tremor: {
          brand: {
            faint: colors.blue[50],
            muted: colors.blue[200],
            subtle: colors.blue[500],
            DEFAULT: colors.blue[700],
            emphasis: colors.blue[800],
            inverted: colors.white,
          },
          background: {
            muted: colors.gray[50],
            subtle: colors.gray[100],
            DEFAULT: colors.white,
            emphasis: colors.gray[700],
          },
          border: { DEFAULT: colors.gray[200] },
          ring: { DEFAULT: colors.gray[200] },
          content: {
            subtle: colors.gray[500],
            DEFAULT: colors.gray[600],
            emphasis: colors.gray[700],
            strong: colors.gray[900],
            inverted: colors.white,
          },
        },
      },
      boxShadow: {
        'tremor-input': '0 1px 2px 0 rgb(0 0 0 / 0.05)',
        'tremor-card': '0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)',
        'tremor-dropdown': '0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)',
      },
      borderRadius: {
        'tremor-small': '0.375rem',
        'tremor-default': '0.5rem',
        'tremor-full': '9999px',
      },
      fontSize: {
        'tremor-label': ['0.75rem', { lineHeight: '1rem' }],
        'tremor-default': ['0.875rem', { lineHeight: '1.25rem' }],
        'tremor-title': ['1.125rem', { lineHeight: '1.75rem' }],
        'tremor-metric': ['1.875rem', { lineHeight: '2.25rem' }],
      },
    },
  },
  safelist: [
    {
      pattern: new RegExp(`^(?:bg|text|border|ring|stroke|fill)-${chartColours}-${shades}$`),
      variants: ['hover'],
    },
  ],
};
