/**
 * A JPEG given as a file reaches the packet without what only describes it (EXIF with the GPS position and the
 * camera, XMP, IPTC, comments, a motion-photo trailer), and with all that changes how it draws (JFIF, the colour
 * profile, Adobe's colour transform). The page still shows it as the phone showed it.
 */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { jpegOrientation } from '../../../src/core/assemble/scans.js';
import { jpegWithoutMetadata } from '../../../src/core/inspect/sniff.js';
import { withExifOrientation, withPhoneMetadata } from '../../helpers/make-pdf.js';
import { makePlan, section } from './fixtures.js';

const ARTIST = 'Aino Virtanen home 12 Secret St';
const GPS = { lat: [60, 10, 1234], lon: [24, 56, 789] } as { lat: [number, number, number]; lon: [number, number, number] };
/** The GPS latitude as the EXIF stores it: 60/1, 10/1, 1234/100, big-endian. */
const LATITUDE = Uint8Array.from([0, 0, 0, 60, 0, 0, 0, 1, 0, 0, 0, 10, 0, 0, 0, 1, 0, 0, 4, 210, 0, 0, 0, 100]);

/** A 200 x 100 JPEG from sharp (no application segments of its own), made through `build` (a colour profile, CMYK). */
async function jpeg(build: (s: Sharp) => Sharp = (s) => s): Promise<Uint8Array> {
  const raw = Buffer.alloc(200 * 100 * 3, 230);
  for (let y = 0; y < 30; y++) for (let x = 0; x < 60; x++) raw.fill(20, (y * 200 + x) * 3, (y * 200 + x) * 3 + 3);
  return new Uint8Array(await build(sharp(raw, { raw: { width: 200, height: 100, channels: 3 } })).jpeg({ quality: 90 }).toBuffer());
}

/** The packet built from one JPEG given as a file, with the image stream it holds and its first page's drawing. */
async function built(bytes: Uint8Array): Promise<{ pdf: Uint8Array; image: Uint8Array; content: string; size: [number, number] }> {
  const plan = makePlan([section('transcript', 'Transcript', [{ kind: 'image', title: 'MSc transcript', source: 'transcript.jpg', bytes, mime: 'image/jpeg' }])], {
    options: { cover: false, stamps: false, forms: 'flatten' },
  });
  const pdf = (await assemble(plan)).bytes;
  const doc = await PDFDocument.load(pdf);
  const images = doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
  expect(images).toHaveLength(1);
  const page = doc.getPage(0);
  const contents = doc.context.lookup(page.node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const content = streams.map((s) => Buffer.from(decodePDFRawStream(s as PDFRawStream).decode()).toString('latin1')).join('\n');
  return { pdf, image: images[0]!.contents, content, size: [page.getWidth(), page.getHeight()] };
}

const has = (haystack: Uint8Array, needle: string | Uint8Array): boolean => Buffer.from(haystack).includes(typeof needle === 'string' ? Buffer.from(needle, 'latin1') : Buffer.from(needle));

describe('a JPEG given as a file', () => {
  it('reaches the packet without its EXIF (GPS position, camera, Artist), XMP, IPTC, comment or trailer (before: embedded byte for byte with all of them)', async () => {
    const plain = await jpeg();
    const photo = withPhoneMetadata(plain, { artist: ARTIST, orientation: 6, gps: GPS });
    // The input holds them all, as the audit's phone photo did.
    for (const what of [ARTIST, 'iPhone 13', 'Exif\0\0', 'http://ns.adobe.com/xap/1.0/', 'Photoshop 3.0', 'ftypmp42', LATITUDE]) expect(has(photo, what)).toBe(true);
    expect(jpegOrientation(photo)).toBe(6);

    const { pdf, image } = await built(photo);
    for (const what of [ARTIST, 'iPhone 13', 'Apple', 'Exif', 'xap/1.0', 'Photoshop', '8BIM', 'ftypmp42', LATITUDE]) {
      expect(has(image, what), String(what)).toBe(false);
      expect(has(pdf, what), String(what)).toBe(false);
    }
    // Exactly the picture sharp wrote: every table, frame and scan, byte for byte.
    expect(Buffer.from(image).equals(Buffer.from(plain))).toBe(true);
  });

  it('is still shown as the phone showed it: the same page, drawn the same way, as with its orientation alone', async () => {
    const plain = await jpeg();
    for (const orientation of [1, 3, 6, 8]) {
      const photo = await built(withPhoneMetadata(plain, { artist: ARTIST, orientation, gps: GPS }));
      const bare = await built(withExifOrientation(plain, orientation));
      expect(photo.content).toBe(bare.content);
      expect(photo.size).toEqual(bare.size);
      // Turned a quarter (6, 8): the landscape picture stands on a portrait page; else on a landscape one.
      expect(photo.size[0] < photo.size[1]).toBe(orientation >= 5);
    }
    // Orientation 6 draws the picture turned: image x runs down the page.
    const turned = await built(withPhoneMetadata(plain, { artist: ARTIST, orientation: 6 }));
    expect(turned.content).toMatch(/^q\s+0 -[\d.]+ [\d.]+ 0 /m);
  });

  it('keeps what changes how it draws: the colour profile (APP2 ICC_PROFILE) and a CMYK file’s Adobe segment (APP14); a comment goes', async () => {
    for (const [name, make, marker] of [
      ['ICC profile', (s: Sharp) => s.withIccProfile('srgb'), 'ICC_PROFILE\0'],
      ['CMYK, Adobe', (s: Sharp) => s.toColourspace('cmyk'), 'Adobe'],
    ] as const) {
      const plain = await jpeg(make);
      expect(has(plain, marker), name).toBe(true);
      const commented = Uint8Array.from([0xff, 0xd8, 0xff, 0xfe, 0, 13, ...Buffer.from('note: a.v.', 'latin1'), 0, ...plain.subarray(2)]);
      const { image } = await built(commented);
      expect(has(image, 'note: a.v.'), name).toBe(false);
      expect(Buffer.from(image).equals(Buffer.from(plain)), name).toBe(true);
    }
  });
});

describe('jpegWithoutMetadata', () => {
  it('keeps JFIF, ICC_PROFILE and Adobe segments and drops other APP segments and comments, wherever they stand', () => {
    const seg = (marker: number, body: string): number[] => [0xff, marker, 0, body.length + 2, ...Buffer.from(body, 'latin1')];
    const frame = [0xff, 0xc0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0];
    const scan = [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
    const kept = [seg(0xe0, 'JFIF\0\x01\x02'), seg(0xe2, 'ICC_PROFILE\0\x01\x01'), seg(0xee, 'Adobe\0\x64'), seg(0xdb, 'q'.repeat(5)), frame, scan];
    const dropped = [seg(0xe0, 'JFXX\0thumb'), seg(0xe1, 'Exif\0\0MM'), seg(0xe2, 'MPF\0more'), seg(0xeb, 'JP\0hdr'), seg(0xed, 'Photoshop 3.0\0'), seg(0xee, 'NotAdobe'), seg(0xfe, 'comment')];
    const bytes = Uint8Array.from([0xff, 0xd8, ...dropped[0]!, ...kept[0]!, ...dropped[1]!, ...kept[1]!, ...dropped[2]!, ...kept[2]!, ...dropped[3]!, ...dropped[4]!, ...kept[3]!, ...dropped[5]!, ...kept[4]!, ...dropped[6]!, ...kept[5]!, 0xff, 0xd9, 1, 2, 3]);
    expect([...jpegWithoutMetadata(bytes)]).toEqual([0xff, 0xd8, ...kept.flat(), 0xff, 0xd9]);
  });

  it('gives back as they are a JPEG with nothing to leave out, and bytes that are no JPEG', () => {
    const bare = Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0, 3, 9, 0xff, 0xd9]);
    expect(jpegWithoutMetadata(bare)).toBe(bare);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47]);
    expect(jpegWithoutMetadata(png)).toBe(png);
  });
});
