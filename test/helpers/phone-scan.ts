/**
 * Phone scans of documents, made in the test: a text page drawn by pdf-lib, rendered by pdf.js onto a canvas
 * (@napi-rs/canvas) at a phone camera's resolution, given uneven light and sensor noise, and saved as a JPEG
 * with sharp. `ocrScanPdf` puts that photo on an A4 page with an invisible text layer over it, as OCR software
 * does, so text extraction has something to check after the picture is recompressed.
 */
import { PDFDocument, StandardFonts, TextRenderingMode, beginText, endText, setFontAndSize, setTextRenderingMode, moveText, showText, popGraphicsState, pushGraphicsState } from '@cantoo/pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { join } from 'node:path';
import { random } from './random.js';

/** pdf.js draws the standard 14 fonts from these files (Helvetica here is not embedded). */
export const STANDARD_FONTS = `${join(import.meta.dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'standard_fonts')}/`;

const A4: [number, number] = [595.28, 841.89];

export interface ScanText {
  /** Lines of the document, top to bottom. */
  lines: string[];
  /** Font size in points. */
  size: number;
}

/** The lines of a transcript of records, enough of them to fill most of a page. */
export function transcriptLines(name = 'Aino Virtanen'): string[] {
  const courses = ['Linear Algebra', 'Probability Theory', 'Machine Learning', 'Convex Optimization', 'Statistical Inference', 'Deep Learning', 'Information Theory', 'Algorithms and Data Structures', 'Numerical Methods', 'Bayesian Data Analysis', 'Differential Privacy', 'Research Methods'];
  return [
    'TAMPERE UNIVERSITY - TRANSCRIPT OF RECORDS',
    `Student: ${name}   Student number: 123456`,
    'Degree programme: Master of Science (Technology)',
    '',
    ...courses.map((c, i) => `${String(i + 1).padStart(2, '0')}  ${c.padEnd(34, '.')}  5 ECTS   grade ${1 + ((i * 7) % 5)}`),
    '',
    'Total credits: 120 ECTS   Weighted average: 4.31',
    'Issued at Tampere, 2 June 2025. This transcript is valid without a signature.',
  ];
}

/** Where line `i` sits on the A4 page, in points. */
function linePosition(i: number, size: number): { x: number; y: number } {
  return { x: 56, y: A4[1] - 90 - i * size * 1.9 };
}

/** An A4 PDF page with the text drawn as black Helvetica. */
async function textPage({ lines, size }: ScanText): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  lines.forEach((line, i) => page.drawText(line, { ...linePosition(i, size), size, font }));
  return doc.save();
}

export interface PhotoOptions {
  /** Pixel width of the photo (the height follows A4); 3024, a 12-megapixel phone's, by default. */
  width?: number;
  /** Standard deviation of the sensor noise, in 0-255 levels. */
  noise?: number;
  /** JPEG quality the "phone" saves at. */
  quality?: number;
  seed?: number;
}

/**
 * A phone photo of the text page: pdf.js renders the page, then light falls off towards the corners, the paper
 * is slightly warm, and every sample gets noise; saved as an RGB JPEG.
 *
 * @example
 * const jpeg = await phoneScanJpeg({ lines: transcriptLines(), size: 11 });
 */
export async function phoneScanJpeg(text: ScanText, options: PhotoOptions = {}): Promise<Uint8Array> {
  const { width = 3024, noise = 11, quality = 94, seed = 7 } = options;
  const scale = width / A4[0];
  const height = Math.round(A4[1] * scale);
  const pdf = await getDocument({ data: await textPage(text), verbosity: 0, standardFontDataUrl: STANDARD_FONTS }).promise;
  const page = await pdf.getPage(1);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  await page.render({ canvasContext: ctx as unknown as Parameters<typeof page.render>[0]['canvasContext'], viewport: page.getViewport({ scale }) }).promise;
  await pdf.destroy();
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const rgb = new Uint8Array(width * height * 3);
  const next = random(seed);
  const cx = width / 2;
  const cy = height / 2;
  const r2 = cx * cx + cy * cy;
  for (let y = 0, o = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 4, o += 3) {
      const light = 1 - 0.22 * (((x - cx) ** 2 + (y - cy) ** 2) / r2);
      // Roughly normal noise: the sum of three uniforms.
      const n = (next() + next() + next() - 1.5) * 2 * noise;
      const paper = [1, 0.97, 0.9];
      for (let c = 0; c < 3; c++) rgb[o + c] = Math.max(0, Math.min(255, Math.round((rgba[i + c] ?? 0) * light * paper[c]! + n)));
    }
  }
  const out = await sharp(rgb, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * An A4 PDF of a scanned page with an OCR text layer: the photo fills the page, the text is drawn over it
 * invisibly (rendering mode 3), line by line where the photo shows it.
 *
 * @example
 * const pdf = await ocrScanPdf(await phoneScanJpeg(text), text);
 */
export async function ocrScanPdf(jpeg: Uint8Array, { lines, size }: ScanText): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(A4);
  page.drawImage(await doc.embedJpg(jpeg), { x: 0, y: 0, width: A4[0], height: A4[1] });
  page.pushOperators(pushGraphicsState(), beginText(), setFontAndSize(page.node.newFontDictionary(font.name, font.ref), size), setTextRenderingMode(TextRenderingMode.Invisible));
  let last = { x: 0, y: 0 };
  lines.forEach((line, i) => {
    if (!line) return;
    const at = linePosition(i, size);
    page.pushOperators(moveText(at.x - last.x, at.y - last.y), showText(font.encodeText(line)));
    last = at;
  });
  page.pushOperators(endText(), popGraphicsState());
  doc.setCreationDate(new Date(Date.UTC(2025, 5, 2)));
  doc.setModificationDate(new Date(Date.UTC(2025, 5, 2)));
  return doc.save({ useObjectStreams: false });
}
