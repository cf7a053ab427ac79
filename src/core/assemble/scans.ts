/**
 * Scans (PNG/JPEG) as pages. Each becomes one A4 page, the image fitted inside a 1 cm margin keeping its aspect
 * ratio; an image wider than tall (as displayed) gets a landscape A4 page, so it is not shrunk to half size.
 * Phone cameras store JPEGs sideways with an EXIF orientation tag; the tag is honoured, so the page shows the
 * document the way the phone showed it.
 */
import { degrees, type PDFDocument, type PDFImage } from '@cantoo/pdf-lib';
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

/** Clockwise quarter turns needed to show an image stored with this EXIF orientation (mirroring ignored). */
function quarterTurns(orientation: number): number {
  if (orientation === 3 || orientation === 4) return 2;
  if (orientation === 5 || orientation === 6) return 1;
  if (orientation === 7 || orientation === 8) return 3;
  return 0;
}

/**
 * Add a page showing `image`, turned by `orientation` (EXIF, 1 = as stored).
 *
 * @example
 * placeScan(doc, await doc.embedJpg(bytes), jpegOrientation(bytes));
 */
export function placeScan(doc: PDFDocument, image: PDFImage, orientation = 1): void {
  const turns = quarterTurns(orientation);
  const shownW = turns % 2 === 1 ? image.height : image.width;
  const shownH = turns % 2 === 1 ? image.width : image.height;
  const { size, scale } = scanPlacement(shownW, shownH);
  const page = doc.addPage(size);
  const dispW = shownW * scale;
  const dispH = shownH * scale;
  const x0 = (size[0] - dispW) / 2;
  const y0 = (size[1] - dispH) / 2;
  // Drawn size along the image's own axes; pdf-lib rotates counter-clockwise about the given corner.
  const width = image.width * scale;
  const height = image.height * scale;
  if (turns === 1) page.drawImage(image, { x: x0, y: y0 + dispH, width, height, rotate: degrees(-90) });
  else if (turns === 2) page.drawImage(image, { x: x0 + dispW, y: y0 + dispH, width, height, rotate: degrees(180) });
  else if (turns === 3) page.drawImage(image, { x: x0 + dispW, y: y0, width, height, rotate: degrees(90) });
  else page.drawImage(image, { x: x0, y: y0, width, height });
}
