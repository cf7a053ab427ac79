/**
 * Pages rendered to pixels by pdf.js on a @napi-rs/canvas canvas, as a reviewer's viewer would draw them, so a
 * test can look at what recompression did to the picture.
 */
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { STANDARD_FONTS } from './phone-scan.js';

export interface RenderedPage {
  width: number;
  height: number;
  /** Gray levels 0-255, row by row. */
  gray: Uint8Array;
  /** The page as a PNG file. */
  png: Uint8Array;
}

/**
 * Render page `pageNumber` (1-based) at `dpi`.
 *
 * @example
 * const page = await renderPage(bytes, 2, 50);
 * darkShare(page) // 0.04: ink on 4% of the page
 */
export async function renderPage(bytes: Uint8Array, pageNumber: number, dpi = 50): Promise<RenderedPage> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, standardFontDataUrl: STANDARD_FONTS }).promise;
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: ctx as unknown as Parameters<typeof page.render>[0]['canvasContext'], viewport }).promise;
    const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const gray = new Uint8Array(canvas.width * canvas.height);
    for (let i = 0; i < gray.length; i++) gray[i] = Math.round(0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!);
    return { width: canvas.width, height: canvas.height, gray, png: new Uint8Array(canvas.toBuffer('image/png')) };
  } finally {
    await pdf.destroy();
  }
}

/** The share of pixels darker than `threshold` (ink, not paper). */
export function darkShare(page: RenderedPage, threshold = 110): number {
  let dark = 0;
  for (const g of page.gray) if (g < threshold) dark++;
  return dark / page.gray.length;
}

/** Mean absolute difference of two renderings of the same size, in gray levels. */
export function meanDifference(a: RenderedPage, b: RenderedPage): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`renderings differ in size: ${a.width}x${a.height} and ${b.width}x${b.height}`);
  let sum = 0;
  for (let i = 0; i < a.gray.length; i++) sum += Math.abs(a.gray[i]! - b.gray[i]!);
  return sum / a.gray.length;
}
