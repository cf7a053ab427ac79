/**
 * Vitest global setup: the tests run the built CLI (dist/) and load pdf.js and the fonts from vendor/, both made
 * by `npm run build` (which `npm run check` runs first). Without them, one clear line instead of hundreds of failures.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const missing = ['dist/cli/main.js', 'vendor/pdfjs', 'vendor/fonts'].filter((p) => !existsSync(join(root, p)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first (\`npm run check\` builds, then tests).`);
}
