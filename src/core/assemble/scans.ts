/**
 * Scans (PNG/JPEG) as pages. Each becomes one A4 page, the image fitted inside a 1 cm margin keeping its aspect
 * ratio; an image wider than tall (as displayed) gets a landscape A4 page, so it is not shrunk to half size.
 * Phone cameras store JPEGs sideways with an EXIF orientation tag; the tag is honoured, mirrored ones included,
 * so the page shows the document the way the phone showed it.
 */
import { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFDocument } from '@cantoo/pdf-lib';
import type { ScanImage } from './png.js';
import { scanPlacement } from './layout.js';


/**
 * The EXIF orientation of a JPEG (1 to 8; 1 when absent or unreadable).
 *
 * @example
 * jpegOrientation(phoneScanBytes) // 6: stored rotated, to be shown turned 90° clockwise
 */
export function jpegOrientation(bytes: Uint8Array): number {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return 1;
    const marker = bytes[at + 1] ?? 0;
    // Start of scan or end of image: no EXIF before the picture data.
    if (marker === 0xda || marker === 0xd9) return 1;
    const length = view.getUint16(at + 2);
    if (marker === 0xe1 && at + 10 <= bytes.length && String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'Exif') {
      return tiffOrientation(view, at + 10, Math.min(bytes.length, at + 2 + length));
    }
    at += 2 + length;
  }
  return 1;
}

function tiffOrientation(view: DataView, start: number, end: number): number {
  if (start + 8 > end) return 1;
  const little = view.getUint16(start) === 0x4949;
  const u16 = (o: number): number => view.getUint16(o, little);
  const u32 = (o: number): number => view.getUint32(o, little);
  const ifd = start + u32(start + 4);
  if (ifd + 2 > end) return 1;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > end) return 1;
    if (u16(e) === 0x0112) {
      const value = u16(e + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/**
 * Where the corners of an image stored with this EXIF orientation go when shown: the image's unit square
 * (s right, t up) as [x, y] of the shown one, for s and t, each a function `[coefficient of s, of t, constant]`.
 * 2, 4, 5 and 7 are mirrored (a selfie camera, a scanner app's flip), the others turned.
 */
const SHOWN: Record<number, { x: [number, number, number]; y: [number, number, number] }> = {
  1: { x: [1, 0, 0], y: [0, 1, 0] },
  2: { x: [-1, 0, 1], y: [0, 1, 0] },
  3: { x: [-1, 0, 1], y: [0, -1, 1] },
  4: { x: [1, 0, 0], y: [0, -1, 1] },
  5: { x: [0, -1, 1], y: [-1, 0, 1] },
  6: { x: [0, 1, 0], y: [-1, 0, 1] },
  7: { x: [0, 1, 0], y: [1, 0, 0] },
  8: { x: [0, -1, 1], y: [1, 0, 0] },
};

/**
 * Add a page showing `image` as its EXIF `orientation` says (1 = as stored; 5 to 8 swap width and height).
 *
 * @example
 * placeScan(doc, await doc.embedJpg(bytes), jpegOrientation(bytes));
 */
export function placeScan(doc: PDFDocument, image: ScanImage, orientation = 1): void {
  const shown = SHOWN[orientation] ?? SHOWN[1]!;
  const swapped = orientation >= 5 && orientation <= 8;
  const shownW = swapped ? image.height : image.width;
  const shownH = swapped ? image.width : image.height;
  const { size, scale } = scanPlacement(shownW, shownH);
  const page = doc.addPage(size);
  const w = shownW * scale;
  const h = shownH * scale;
  const x0 = (size[0] - w) / 2;
  const y0 = (size[1] - h) / 2;
  // The image space (the unit square) straight onto the shown rectangle: x = x0 + w * (a s + c t + e), likewise y.
  const name = page.node.newXObject('Image', image.ref);
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(w * shown.x[0], h * shown.y[0], w * shown.x[1], h * shown.y[1], x0 + w * shown.x[2], y0 + h * shown.y[2]),
    drawObject(name),
    popGraphicsState(),
  );
}
