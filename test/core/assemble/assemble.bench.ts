/**
 * Speed of the assembler alone on the std benchmark packet (163 pages), inputs parsed beforehand as the build
 * does: `npx vitest bench --run test/core/assemble`.
 */
import { readdirSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { loadPdf } from '../../../src/core/assemble/source.js';
import { BENCH, bench as benchFile, makePlan, section } from './fixtures.js';

const files = readdirSync(BENCH).filter((f) => f.endsWith('.pdf')).sort();
const sections = await Promise.all(
  files.map(async (f) => {
    const bytes = benchFile(f);
    return section(f, f, [{ kind: 'pdf', title: f, source: f, bytes, loaded: { doc: await loadPdf(bytes) } }]);
  }),
);

describe('std packet, 163 pages + cover', () => {
  bench('assemble: cover, bookmarks, links, labels, stamps', async () => {
    await assemble(makePlan(sections));
  });
  bench('assemble: bare merge (no cover, no stamps)', async () => {
    await assemble(makePlan(sections, { options: { cover: false, stamps: false, forms: 'flatten' } }));
  });
});
