import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Slow tests (many cases over real files) run apart: `npm run test:slow` (vitest.slow.config.ts).
    exclude: ['**/node_modules/**', 'test/**/*.slow.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/helpers/built.ts'],
    // vendor/ (pdf.js) is loaded by Node itself, as in an installed package, not transformed by Vite.
    server: { deps: { external: [/\/vendor\//] } },
  },
});
