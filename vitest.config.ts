import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vendor/ (pdf.js) is loaded by Node itself, as in an installed package, not transformed by Vite.
    server: { deps: { external: [/\/vendor\//] } },
  },
});
