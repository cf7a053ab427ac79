import { readFileSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const [file, pagesArg, out, dpiArg] = process.argv.slice(2);
const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/' }).promise;
for (const n of pagesArg.split(',').map(Number)) {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: Number(dpiArg ?? 72) / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: ctx, viewport }).promise;
  writeFileSync(`${out}-p${n}.png`, canvas.toBuffer('image/png'));
}
