import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:slow`: only the slow tests (property tests over many mutated real PDFs). */
export default defineConfig({ ...base, test: { ...base.test, include: ['test/**/*.slow.test.ts'], exclude: ['**/node_modules/**'] } });
