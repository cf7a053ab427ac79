/**
 * Stamps keep page sizes: every page of every std input has exactly its size (media box, crop box, rotation) in
 * the output, as pdf-lib and pdf.js read it; the stamp's text extracts on each page, and the page's own text
 * extracts as before. Every corpus file that merges: page-size-corpus.slow.test.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { PDFArray, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { shrinkFor } from '../../../src/core/assemble/stamp-room.js';
import { darkShare, renderPage } from '../../helpers/render.js';
import { BENCH, bench, makePlan, section } from './fixtures.js';
import { expectSamePages } from '../../helpers/page-views.js';

describe.skipIf(!existsSync(BENCH))('the std benchmark packet, stamped', () => {
  const files = existsSync(BENCH) ? readdirSync(BENCH).filter((f) => f.endsWith('.pdf')).sort() : [];

  it('keeps the size of every page of every input, and its text, with the stamp on each', async () => {
    const plan = makePlan(files.map((f) => section(f, f.replace(/\.pdf$/, ''), [{ kind: 'pdf', title: f, source: f, bytes: bench(f) }])));
    const result = await assemble(plan);
    expect(result.pageCount).toBe(164);
    for (const range of result.ranges) {
      const name = `Åsa Ødegård · ${range.title}`;
      await expectSamePages(bench(range.itemId), result.bytes, range.firstPage, range.lastPage, (p) => `${name} · page ${p} of 164`, range.itemId);
    }
    // Text is read on a few pages of each input (pdf.js takes a second for a dozen); every page ends with the stamp's stream.
    const out = await PDFDocument.load(result.bytes, { updateMetadata: false });
    for (const [i, page] of out.getPages().entries()) {
      const contents = page.node.Contents();
      const last = contents instanceof PDFArray ? out.context.lookup(contents.get(contents.size() - 1)) : undefined;
      const ops = last instanceof PDFRawStream ? Buffer.from(last.contents).toString('latin1') : '';
      expect(ops, `page ${i + 1}`).toMatch(/^q\nBT\n0\.45 0\.45 0\.45 rg\n\/PacketStamp\d* 7 Tf\n/);
    }
  }, 120_000);
});

describe.skipIf(!existsSync(BENCH))('what the scaling looks like', () => {
  /** The output page, at `dpi`, against its input rendered at `dpi` × the scale, placed where the scaling puts it. */
  async function difference(input: Uint8Array, page: number, dpi: number): Promise<{ scale: number; difference: number; band: number; inkBefore: number; inkAfter: number }> {
    // Only that page is copied (`pages:`): it is page 1 of the output.
    const plan = makePlan([section('doc', 'Document', [{ kind: 'pdf', title: 'Document', source: 'doc.pdf', bytes: input, pages: [page - 1], selection: String(page) }])], {
      options: { cover: false, stamps: true, forms: 'flatten' },
    });
    const output = (await assemble(plan)).bytes;
    const doc = await PDFDocument.load(input, { updateMetadata: false });
    const p = doc.getPage(page - 1);
    const box = p.getCropBox();
    const m = shrinkFor([box.x, box.y, box.x + box.width, box.y + box.height], p.getRotation().angle);
    const after = await renderPage(output, 1, dpi);
    const before = await renderPage(input, page, dpi * m.s);
    // Unturned pages: the scaled input sits centred across, at the top (to the nearest pixel: the best of three).
    // Compared in blocks of 4 px (1 mm at 100 dpi): where things are and how dark, not how each glyph's edge is smoothed.
    const B = 4;
    const blocks = (page: typeof before, left: number): number[] => {
      const out: number[] = [];
      for (let by = 0; by + B <= before.height; by += B) {
        for (let bx = 0; bx + B <= before.width; bx += B) {
          let sum = 0;
          for (let y = by; y < by + B; y++) for (let x = bx; x < bx + B; x++) sum += page.gray[y * page.width + x + left] ?? 255;
          out.push(sum / (B * B));
        }
      }
      return out;
    };
    const reference = blocks(before, 0);
    const centre = Math.round((m.e * dpi) / 72);
    let best = Infinity;
    for (const left of [centre - 1, centre, centre + 1]) {
      const moved = blocks(after, left);
      best = Math.min(best, reference.reduce((n, v, i) => n + Math.abs(v - moved[i]!), 0) / reference.length);
    }
    const ink = (page: typeof before, rows: number): number => darkShare({ ...page, height: rows, gray: page.gray.subarray(0, rows * page.width) });
    return { scale: m.s, difference: best, band: after.height - before.height, inkBefore: darkShare(before), inkAfter: ink(after, before.height) * (after.width / before.width) };
  }

  it('is the input page, 2% smaller: the same picture within a few grey levels, millimetre by millimetre', async () => {
    const results: Record<string, Awaited<ReturnType<typeof difference>>> = {
      'thesis p. 10': await difference(bench('05-thesis.pdf'), 10, 100),
      'CV p. 1 (Letter)': await difference(bench('01-cv.pdf'), 1, 100),
      'transcript scan p. 1': await difference(bench('04-transcript-scan.pdf'), 1, 100),
    };
    for (const [what, r] of Object.entries(results)) {
      expect(r.scale, what).toBeGreaterThan(0.97);
      expect(r.difference, what).toBeLessThan(3);
    }
  });
});
