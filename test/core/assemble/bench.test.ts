import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { BENCH, bench, makePlan, pdfPart, section } from './fixtures.js';

describe('bench', () => {
  it('std', async () => {
    const files = readdirSync(BENCH).filter((f) => f.endsWith('.pdf')).sort();
    const plan = makePlan(files.map((f) => section(f, f.replace('.pdf', ''), [pdfPart(f, f, bench(f))])));
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await assemble(plan);
      console.log('ms', (performance.now() - t).toFixed(0), r.pageCount, r.bytes.length, r.diagnostics.map((d) => d.code + ' ' + d.message));
      expect(r.pageCount).toBe(164);
    }
  });
});
