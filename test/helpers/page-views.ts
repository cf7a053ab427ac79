/** Page sizes and text of a PDF as pdf-lib and pdf.js read them, and the check that a stamped output kept them. */
import { PDFDocument } from '@cantoo/pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';

/**
 * Inputs whose text pdf.js reads differently once the page is scaled for the stamp, and why: the output may show
 * the input's text and a little more.
 */
export const TEXT_READ_DIFFERENTLY_SCALED: Readonly<Record<string, string>> = {
  // "image gray-tiff.img" runs past the right edge of page 4; scaled, its last letter comes within the page
  // (clipped, not shown), and pdf.js, which reads text without clipping, then extracts it.
  'img-fax-ccitt.pdf': 'a word past the page edge',
};

export interface PageView {
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
export async function views(bytes: Uint8Array, pages?: readonly number[]): Promise<PageView[]> {
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
export async function expectSamePages(input: Uint8Array, output: Uint8Array, first: number, last: number, stampOf: (page: number) => string, label: string, withText = true): Promise<void> {
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
