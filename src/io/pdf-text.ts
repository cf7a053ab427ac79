/**
 * The text of a PDF's pages as pdf.js reads it: an independent parser (pdf-lib builds the packet), used to
 * count words and to check that a page with text before the build still has it after.
 *
 * pdf.js is loaded from vendor/pdfjs (scripts/vendor.mjs copies it unchanged from the pinned pdfjs-dist), the
 * same file in the tests and in an installed package.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextArea, TextReader } from '../core/inspect/text.js';
import { vendorDir } from './files.js';

type Pdfjs = typeof PdfjsModule;

let pdfjsOnce: Promise<Pdfjs> | undefined;

/**
 * pdf.js, loaded once. As it loads it looks for an optional native canvas that `packet` never draws with, and
 * says so on standard output ("Warning: Cannot polyfill `DOMMatrix`..."), whatever the verbosity asked for later:
 * those load-time lines are dropped, anything else printed meanwhile goes through.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsOnce ??= (async () => {
    const log = console.log;
    console.log = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && /^Warning: Cannot (?:load "@napi-rs\/canvas"|polyfill)/.test(args[0])) return;
      log(...args);
    };
    const natives = nativesPdfjsReplaces();
    try {
      const pdfjs = (await import(pathToFileURL(join(vendorDir, 'pdfjs', 'pdf.mjs')).href)) as Pdfjs;
      // Its parser, which pdf.js would import on the first document: loaded now, so the natives are put back after both.
      await import(pathToFileURL(join(vendorDir, 'pdfjs', 'pdf.worker.mjs')).href);
      return pdfjs;
    } finally {
      console.log = log;
      natives.restore();
    }
  })();
  return pdfjsOnce;
}

/**
 * The built-ins the legacy pdf.js replaces with its polyfills where Node's own fail a conformance test of theirs:
 * on Node 20, `Array.prototype.push` (every push in the process then ran in JavaScript: pdf-lib's parser, the
 * build after a letter was read) and `JSON.parse`. Put back once pdf.js is loaded; it reads text the same with them.
 */
function nativesPdfjsReplaces(): { restore: () => void } {
  const kept = [
    [Array.prototype, 'push'],
    [JSON, 'parse'],
  ].map(([owner, key]) => ({ owner: owner as object, key: key as string, was: Object.getOwnPropertyDescriptor(owner, key as string) }));
  return {
    restore: () => {
      for (const { owner, key, was } of kept) if (was) Object.defineProperty(owner, key, was);
    },
  };
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  /** Where it is drawn: the text matrix in the page's default user space (`[a, b, c, d, x, y]`), and its advance. */
  transform?: number[];
  width?: number;
  height?: number;
}

/**
 * Read the text of up to `maxPages` pages with pdf.js. Rejects when pdf.js cannot open the file; a page it
 * cannot read comes back as `undefined`.
 *
 * @example
 * const { pages, texts } = await readPdfText(bytes, 2000);
 */
export const readPdfText: TextReader = async (bytes, maxPages, areas = []) => {
  const wanted = Array.from({ length: maxPages }, (_, i) => i + 1);
  const { pages, texts, typed, under } = await readPages(bytes, (numPages) => wanted.slice(0, Math.min(numPages, maxPages)), areas);
  return { pages, texts, typed, ...(areas.length > 0 ? { under } : {}) };
};

/**
 * Read the text of the given pages (1-based) with pdf.js, and how many pages it sees; `undefined` for a page it
 * cannot read or that does not exist. Rejects when pdf.js cannot open the file.
 *
 * @example
 * const { pages, texts: [third, fifth] } = await readPdfPageTexts(bytes, [3, 5]);
 */
export async function readPdfPageTexts(bytes: Uint8Array, pages: readonly number[]): Promise<{ pages: number; texts: (string | undefined)[] }> {
  const { pages: count, texts } = await readPages(bytes, () => pages);
  return { pages: count, texts };
}

interface AnnotationLike {
  subtype?: string;
  /** The text pdf.js reads from its appearance, line by line. */
  textContent?: string[];
  contentsObj?: { str?: string };
}

async function readPages(
  bytes: Uint8Array,
  choose: (numPages: number) => readonly number[],
  areas: readonly TextArea[] = [],
): Promise<{ pages: number; texts: (string | undefined)[]; typed: string[]; under: string[] }> {
  const pdfjs = await loadPdfjs();
  // pdf.js may detach the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    password: '',
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    const texts: (string | undefined)[] = [];
    const typed: string[] = [];
    const under = areas.map(() => '');
    const wanted = choose(doc.numPages);
    // The pages with areas asked for are read too, their text kept only for the areas.
    const others = [...new Set(areas.filter((a) => a.boxes.length > 0).map((a) => a.page))].filter((n) => !wanted.includes(n) && n >= 1 && n <= doc.numPages);
    for (const [i, n] of [...wanted, ...others].entries()) {
      const kept = i < wanted.length;
      if (kept) typed.push('');
      try {
        if (n < 1 || n > doc.numPages) throw new RangeError('no such page');
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const items = content.items as TextItemLike[];
        for (const [j, area] of areas.entries()) if (area.page === n) under[j] = textInside(items, area.boxes);
        if (!kept) {
          page.cleanup();
          continue;
        }
        // pdf.js puts the spaces it infers into `str`; items within a word are adjacent.
        texts.push(items.map((it) => (it.str ?? '') + (it.hasEOL ? '\n' : '')).join(''));
        // Text typed onto the page (FreeText), as its appearance shows it; pdf.js gives only the annotations a viewer shows.
        const annotations = (await page.getAnnotations()) as AnnotationLike[];
        typed[typed.length - 1] = annotations.filter((a) => a.subtype === 'FreeText').map((a) => a.textContent?.join('\n') ?? a.contentsObj?.str ?? '').join('\n');
        page.cleanup();
      } catch {
        if (kept) texts.push(undefined);
      }
    }
    return { pages: doc.numPages, texts, typed, under };
  } finally {
    await task.destroy();
  }
}

/**
 * The text drawn inside the boxes, in reading order: of a line only partly inside, the words with a character whose
 * middle is inside (pdf.js gives a run's advance, not each glyph's: they are taken as equally wide).
 */
function textInside(items: readonly TextItemLike[], boxes: readonly [number, number, number, number][]): string {
  let text = '';
  let line: number | undefined;
  for (const it of items) {
    const [a = 1, b = 0, c = 0, , x = 0, y = 0] = it.transform ?? [];
    const str = it.str ?? '';
    if (str === '' || Math.abs(b) > 1e-3 * Math.abs(a) || Math.abs(c) > 1e-3 * Math.abs(a)) continue;
    const width = it.width ?? 0;
    // A glyph's body stands above its baseline: its middle is about a third of the font's height up.
    const middle = y + (it.height ?? Math.abs(a)) / 3;
    let taken = '';
    for (const box of boxes) {
      const [left, bottom, right, top] = box;
      if (middle < bottom || middle > top) continue;
      const chars = [...str];
      const step = width / Math.max(1, chars.length);
      const inside = chars.flatMap((_, k) => (x + step * (k + 0.5) >= left && x + step * (k + 0.5) <= right ? [k] : []));
      if (inside.length === 0) continue;
      // Widths are guessed: a word cut at either end is taken whole (redactions cover words).
      let from = inside[0]!;
      let to = inside[inside.length - 1]! + 1;
      while (from > 0 && /\S/u.test(chars[from - 1]!)) from--;
      while (to < chars.length && /\S/u.test(chars[to]!)) to++;
      taken += chars.slice(from, to).join('');
    }
    if (taken === '') continue;
    // pdf.js puts the spaces it infers into `str`: runs of one line join as they are, lines with a space.
    text += (line !== undefined && Math.abs(line - y) > Math.abs(a) / 2 ? ' ' : '') + taken;
    line = y;
  }
  return text.replace(/\s+/gu, ' ').trim();
}
