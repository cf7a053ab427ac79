/**
 * A page rendered to PNG with pdf.js and @napi-rs/canvas (a devDependency, for tests only), with its text items
 * and their boxes, to check that text is drawn with real glyphs where pdf.js reads it.
 */
import { createCanvas } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface RenderedItem {
  str: string;
  hasEOL: boolean;
  /** The item's box in the PNG's pixels: left, top, right, bottom. */
  box: [number, number, number, number];
}

export interface RenderedPage {
  png: Uint8Array;
  width: number;
  height: number;
  items: RenderedItem[];
  /** The page's text as pdf.js reads it: items in order, a line break after each line. */
  text: string;
  /** The share of dark pixels in a box (0 to 1). */
  ink(box: readonly [number, number, number, number]): number;
}

/**
 * Render page `pageNumber` (1-based) at `scale` (2 = 144 dpi). With PACKET_TEST_PNG set to a folder, the PNG is
 * also written there as `<name>-p<page>.png`, to look at.
 *
 * @example
 * const page = await renderPage(bytes, 1);
 * page.ink(page.items.find((i) => i.str === '王芳')!.box) // > 0.05
 */
export async function renderPage(bytes: Uint8Array, pageNumber: number, options: { scale?: number; name?: string } = {}): Promise<RenderedPage> {
  const { scale = 2, name = 'page' } = options;
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js's render parameters are typed for a DOM canvas; @napi-rs/canvas implements the same context.
    await page.render({ canvasContext: ctx as unknown as Parameters<typeof page.render>[0]['canvasContext'], viewport }).promise;
    const content = await page.getTextContent();
    const items: RenderedItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [a = 0, b = 0, , , e = 0, f = 0] = Util.transform(viewport.transform, item.transform) as number[];
      const size = Math.hypot(a, b);
      const width = item.width * scale;
      items.push({ str: item.str, hasEOL: item.hasEOL, box: [Math.floor(e), Math.floor(f - size), Math.ceil(e + width), Math.ceil(f + size * 0.25)] });
    }
    const png = new Uint8Array(canvas.toBuffer('image/png'));
    if (process.env.PACKET_TEST_PNG) writeFileSync(join(process.env.PACKET_TEST_PNG, `${name}-p${pageNumber}.png`), png);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const ink = ([x0, y0, x1, y1]: readonly [number, number, number, number]): number => {
      let dark = 0;
      let all = 0;
      for (let y = Math.max(0, y0); y < Math.min(canvas.height, y1); y++) {
        for (let x = Math.max(0, x0); x < Math.min(canvas.width, x1); x++) {
          const at = (y * canvas.width + x) * 4;
          const lum = ((pixels.data[at] ?? 255) + (pixels.data[at + 1] ?? 255) + (pixels.data[at + 2] ?? 255)) / 3;
          all++;
          if (lum < 160) dark++;
        }
      }
      return all === 0 ? 0 : dark / all;
    };
    page.cleanup();
    return { png, width: canvas.width, height: canvas.height, items, text: items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''), ink };
  } finally {
    await task.destroy();
  }
}
