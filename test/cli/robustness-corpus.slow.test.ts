/**
 * Every corpus file as a CV in the example's manifest: `validate` exits 0 or 1 without a stack trace, `build` agrees
 * with it, and a written packet has the pages it claims (slow: two runs per corpus file; `npm run test:slow`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'files');
const manifest = readFileSync(join(root, 'examples/aalto-tml/manifest.yaml'), 'utf8');
const STACK = /\n\s+at .+:\d+:\d+\)?\n/;

describe.skipIf(!existsSync(corpus))('a manifest pointing at any corpus file', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.pdf')).sort() : [];
  it.each(files)('%s: validate exits 0 or 1; a build says what it wrote', async (file) => {
    const dir = workspace({
      'manifest.yaml': manifest.replace('cv: docs/cv.pdf', `cv: ${JSON.stringify(join(corpus, file))}`).replace(/docs\//g, `${join(root, 'examples/aalto-tml/docs')}/`),
    });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect([0, 1], v.stdout + v.stderr).toContain(v.code);
    expect(v.stdout + v.stderr).not.toMatch(STACK);
    const out = join(dir, 'out.pdf');
    const b = await cli(['build', join(dir, 'manifest.yaml'), '-o', out, '--today', '2025-10-01']);
    expect([0, 1], b.stdout + b.stderr).toContain(b.code);
    expect(b.code === 0).toBe(v.code === 0);
    expect(existsSync(out)).toBe(b.code === 0);
    if (b.code === 0) {
      const claimed = Number(/: (\d+) pages/.exec(b.stdout)?.[1]);
      expect((await readPdf(readFileSync(out), { text: false })).pageCount).toBe(claimed);
    }
  });
});
