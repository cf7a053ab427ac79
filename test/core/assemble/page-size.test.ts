/**
 * Stamps keep page sizes: every page of every std input and of every corpus file that merges has exactly its
 * size (media box, crop box, rotation) in the output, as pdf-lib and pdf.js read it; the stamp's text extracts
 * on each page, and the page's own text extracts as before.
 */
import { existsSync, readdirSync } from 'node:fs';
import { PDFArray, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import type { PlanPart } from '../../../src/core/plan/types.js';
import { CORPUS, corpusMissing, readCorpus } from '../../helpers/corpus.js';
import { shrinkFor } from '../../../src/core/assemble/stamp-room.js';
import { darkShare, renderPage } from '../../helpers/render.js';
import { BENCH, bench, makePlan, section } from './fixtures.js';

interface PageView {
  /** pdf-lib: media box, crop box (x, y, width, height) and /Rotate; undefined when pdf-lib cannot read the file. */
  media?: number[];
  crop?: number[];
  rotate?: number;
  /** pdf.js: the displayed size and rotation, and the text with whitespace removed (on sampled pages). */
  width: number;
  height: number;
  rotation: number;
  text?: string;
}

/** Whether the i-th of n pages (0-based) has its text read (the slow part): all of a short file, first, middle and last of a long one. */
const sampled = (i: number, n: number): boolean => n <= 12 || i === 0 || i === Math.floor(n / 2) || i === n - 1;

/** Every page's boxes (pdf-lib) and view and text (pdf.js); `pages`: 1-based numbers, default all. */
async function views(bytes: Uint8Array, pages?: readonly number[]): Promise<PageView[]> {
  let boxes: { media: number[]; crop: number[]; rotate: number }[] | undefined;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, password: '' } as Parameters<typeof PDFDocument.load>[1]);
    boxes = doc.getPages().map((p) => {
      const m = p.getMediaBox();
      const c = p.getCropBox();
      return { media: [m.x, m.y, m.width, m.height], crop: [c.x, c.y, c.width, c.height], rotate: p.getRotation().angle };
    });
  } catch {
    boxes = undefined;
  }
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, password: '' });
  try {
    const doc = await task.promise;
    const out: PageView[] = [];
    for (const n of pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1)) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const list = pages ?? [];
      const k = pages ? list.indexOf(n) : n - 1;
      const text = sampled(k, pages ? list.length : doc.numPages)
        ? (await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join('').replace(/\s+/g, '')
        : undefined;
      out.push({ ...(boxes?.[n - 1] ?? {}), width: viewport.width, height: viewport.height, rotation: page.rotate, ...(text !== undefined ? { text } : {}) });
      page.cleanup();
    }
    return out;
  } finally {
    await task.destroy();
  }
}

/** The output's pages `first`..`last` (1-based) hold the input's pages, same size, same text, plus the stamp. */
async function expectSamePages(input: Uint8Array, output: Uint8Array, first: number, last: number, stampOf: (page: number) => string, label: string, withText = true): Promise<void> {
  const before = await views(input);
  const after = await views(output, Array.from({ length: last - first + 1 }, (_, i) => first + i));
  expect(after.length, label).toBe(before.length);
  for (const [i, b] of before.entries()) {
    const a = after[i]!;
    const where = `${label} page ${i + 1}`;
    if (b.media) {
      expect(a.media, where).toEqual(b.media);
      expect(a.crop, where).toEqual(b.crop);
      expect(a.rotate, where).toBe(b.rotate);
    }
    expect([a.width, a.height, a.rotation], where).toEqual([b.width, b.height, b.rotation]);
    if (a.text === undefined || b.text === undefined) continue;
    const stamp = stampOf(first + i).replace(/\s+/g, '');
    expect(a.text.endsWith(stamp), `${where}: the stamp extracts`).toBe(true);
    if (withText) expect(a.text.slice(0, a.text.length - stamp.length), `${where}: its own text`).toBe(b.text);
  }
}

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

const missing = corpusMissing();

describe.skipIf(missing !== undefined)('every corpus file that merges, stamped', () => {
  const mergeable = Object.entries(CORPUS).filter(([, e]) => e.merges && e.type === 'pdf');

  /** Text pdf.js reads differently, and why. */
  const textDiffers: Record<string, string> = {
    // "image gray-tiff.img" runs past the right edge of page 4; scaled, its last letter comes within the page
    // (clipped, not shown), and pdf.js, which reads text without clipping, then extracts it.
    'img-fax-ccitt.pdf': 'a word past the page edge',
  };

  it.each(mergeable.map(([file]) => file))('%s keeps its page sizes, its text, and gets the stamp', async (file) => {
    const bytes = readCorpus(file);
    const facts = await inspectInput(bytes, { fileName: file });
    const part: PlanPart = { kind: 'pdf', title: 'Document', source: file, bytes, ...(facts.loaded ? { loaded: facts.loaded } : {}) };
    // Form fields kept: flattened ones would add their values to the page's text.
    const result = await assemble(makePlan([section('doc', 'Document', [part])], { options: { cover: true, stamps: true, forms: 'keep' } }));
    const range = result.ranges[0]!;
    const stamp = (p: number): string => `Åsa Ødegård · Document · page ${p} of ${result.pageCount}`;
    const readable = await views(bytes).then(
      () => true,
      () => false,
    );
    if (readable) {
      await expectSamePages(bytes, result.bytes, range.firstPage, range.lastPage, stamp, file, !textDiffers[file]);
      return;
    }
    // pdf.js cannot open this damaged input at all (a viewer that can shows it at the size pdf-lib reads).
    expect(file).toBe('trunc-missing-xref-trailer.pdf');
    const before = (await PDFDocument.load(bytes, { updateMetadata: false })).getPages().map((p) => [p.getMediaBox(), p.getCropBox(), p.getRotation().angle]);
    const after = (await PDFDocument.load(result.bytes, { updateMetadata: false })).getPages().slice(range.firstPage - 1, range.lastPage).map((p) => [p.getMediaBox(), p.getCropBox(), p.getRotation().angle]);
    expect(after).toEqual(before);
  });
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
