/** Small PDFs made on the fly for tests: no binary fixtures in the repository. */
import { PDFDocument, PDFRawStream, StandardFonts, type PDFPage, type SecurityOptions } from '@cantoo/pdf-lib';

export interface MakePdfOptions {
  /** Number of pages (default 1). */
  pages?: number;
  /** Text on each page; `{n}` is replaced by the 1-based page number. Default: "Page {n}". */
  text?: string;
  /** Words of filler text per page, to test word limits. */
  wordsPerPage?: number;
  /** Page size in points (default A4). */
  size?: [number, number];
  title?: string;
}

/** A simple valid PDF with selectable text on every page. */
export async function makePdf(options: MakePdfOptions = {}): Promise<Uint8Array> {
  const { pages = 1, text = 'Page {n}', wordsPerPage = 0, size = [595.28, 841.89], title } = options;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(size);
    page.drawText(text.replaceAll('{n}', String(n)), { x: 50, y: size[1] - 80, size: 14, font });
    if (wordsPerPage > 0) {
      const words = Array.from({ length: wordsPerPage }, (_, i) => `word${i}`);
      for (let line = 0; line * 10 < words.length; line++) {
        page.drawText(words.slice(line * 10, line * 10 + 10).join(' '), { x: 50, y: size[1] - 110 - line * 12, size: 9, font });
      }
    }
  }
  if (title) doc.setTitle(title);
  doc.setCreationDate(new Date(Date.UTC(2025, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2025, 0, 1)));
  return doc.save({ useObjectStreams: false });
}

/**
 * A tiny valid PNG (width x height, a grey checker: something is on it, as on a scan), made without an image
 * library. `flat` gives one flat grey instead, an image with nothing on it.
 */
export function makePng(width = 4, height = 3, flat = false): Uint8Array {
  // Built via pdf-lib's bundled UPNG would pull in more; a hand-made stored-deflate PNG is enough.
  const raw: number[] = [];
  for (let y = 0; y < height; y++) {
    raw.push(0);
    for (let x = 0; x < width; x++) {
      const v = flat || (x + y) % 2 === 0 ? 128 : 48;
      raw.push(v, v, v);
    }
  }
  const zlib = deflateStored(Uint8Array.from(raw));
  const chunks = [
    chunk('IHDR', [...u32(width), ...u32(height), 8, 2, 0, 0, 0]),
    chunk('IDAT', [...zlib]),
    chunk('IEND', []),
  ];
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunks.flat()]);
}

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function chunk(type: string, data: number[]): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat(data);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

function crc32(bytes: number[]): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function deflateStored(data: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  for (let i = 0; i < data.length || i === 0; i += 65535) {
    const block = data.subarray(i, i + 65535);
    const last = i + 65535 >= data.length ? 1 : 0;
    out.push(last, block.length & 255, block.length >> 8, ~block.length & 255, (~block.length >> 8) & 255, ...block);
    if (data.length === 0) break;
  }
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  out.push(...u32(((b << 16) | a) >>> 0));
  return Uint8Array.from(out);
}

/**
 * Adds to `page` the text layer OCR software lays over a scan: `lines` as invisible text (rendering mode 3,
 * Helvetica 10 pt from the top left down), in the page's own content or, with `form`, in a form the page draws
 * (as OCRmyPDF grafts its layer). `before` goes ahead of it in the same content (`q`, `0 Tr`, ...), `after` behind.
 */
export async function addOcrLayer(doc: PDFDocument, page: PDFPage, lines: readonly string[], options: { form?: boolean; before?: string; after?: string } = {}): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const [width, height] = [page.getWidth(), page.getHeight()];
  const text = (name: string) => `BT 3 Tr /${name} 10 Tf ${lines.map((line, i) => `1 0 0 1 50 ${height - 60 - 14 * i} Tm ${font.encodeText(line).toString()} Tj`).join(' ')} ET`;
  const wrap = (content: string) => `${options.before ?? ''} ${content} ${options.after ?? ''}`;
  if (!options.form) {
    const name = page.node.newFontDictionary('Ocr', font.ref).decodeText();
    page.node.addContentStream(doc.context.register(doc.context.stream(wrap(text(name)))));
    return;
  }
  const data = Uint8Array.from(text('F1'), (c) => c.charCodeAt(0));
  const form = PDFRawStream.of(doc.context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Resources: { Font: { F1: font.ref } }, Length: data.length }), data);
  const name = page.node.newXObject('TextLayer', doc.context.register(form)).decodeText();
  page.node.addContentStream(doc.context.register(doc.context.stream(wrap(`q /${name} Do Q`))));
}

/** Options for `makeEncryptedPdf`: an empty `userPassword` gives an owner-password-only (restrictions) file. */
export interface MakeEncryptedPdfOptions extends MakePdfOptions {
  userPassword?: string;
  ownerPassword?: string;
  algorithm?: 'AES-256' | 'AES-128' | 'RC4-128' | 'RC4-40';
  /** What the user password allows (default: everything). */
  permissions?: SecurityOptions['permissions'];
}

/** Encrypt an existing PDF (made by `makePdf` or read from disk) with the fork's `encrypt`. */
export async function encryptPdf(bytes: Uint8Array, options: Omit<MakeEncryptedPdfOptions, keyof MakePdfOptions> = {}): Promise<Uint8Array> {
  const { userPassword = 'secret', ownerPassword = 'owner', algorithm = 'AES-256', permissions } = options;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.encrypt({ userPassword, ownerPassword, algorithm, allowWeakCryptography: algorithm.startsWith('RC4'), ...(permissions ? { permissions } : {}) });
  return doc.save({ useObjectStreams: false });
}

/** A password-protected PDF (default: AES-256, user password "secret"). */
export async function makeEncryptedPdf(options: MakeEncryptedPdfOptions = {}): Promise<Uint8Array> {
  const { userPassword, ownerPassword, algorithm, ...pdf } = options;
  return encryptPdf(await makePdf(pdf), { userPassword, ownerPassword, algorithm });
}

/** A one-page PDF with text fields (`filled` of them filled in), a document script and an attached file, as asked. */
export async function makeFeaturePdf(
  options: { fields?: number; filled?: number; script?: boolean; attachment?: boolean; viewerDraws?: boolean } = {},
): Promise<Uint8Array> {
  const { fields = 0, filled = 0, script = false, attachment = false, viewerDraws = false } = options;
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Form page', { x: 50, y: 780, size: 14, font });
  if (fields > 0) {
    const form = doc.getForm();
    for (let i = 0; i < fields; i++) {
      const field = form.createTextField(`field${i}`);
      if (i < filled) field.setText(`value ${i}`);
      field.addToPage(page, { x: 50, y: 700 - i * 30, width: 200, height: 20, font });
    }
    // As LibreOffice writes filled forms: appearances that paint nothing, and NeedAppearances asking the viewer to draw the values.
    if (viewerDraws) {
      for (const w of form.getFields().flatMap((f) => f.acroField.getWidgets())) {
        const empty = doc.context.stream('/Tx BMC\nEMC', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 200, 20] });
        w.setNormalAppearance(doc.context.register(empty));
      }
      form.acroForm.dict.set(PDFName.of('NeedAppearances'), PDFBool.True);
    }
  }
  if (script) doc.addJavaScript('hello', 'app.alert("hello");');
  if (attachment) await doc.attach(new TextEncoder().encode('notes'), 'notes.txt', { mimeType: 'text/plain' });
  doc.setCreationDate(new Date(Date.UTC(2025, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2025, 0, 1)));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: !viewerDraws });
}

// Imports for the makers below (module imports are hoisted; kept here so the makers above stay untouched).
import { PDFBool, PDFHexString, PDFName, PDFNumber, PDFString, degrees, rgb, type PDFArray, type PDFDict, type PDFRef } from '@cantoo/pdf-lib';

/** Options for `makeLinkedPdf`. */
export interface MakeLinkedPdfOptions {
  /** Number of pages (default 4); page n shows "Chapter n". */
  pages?: number;
  /** Rotation of every page in degrees (default 0). */
  rotate?: number;
}

/**
 * A PDF with navigation that a naive merge loses: an outline (one bookmark per page, the first with a child
 * pointing at page 2 through a named destination), page labels (roman, then arabic from page 3), and on page 1
 * four links: to the last page (explicit /Dest), to page 2 (named destination via a GoTo action), to page 3
 * (name in the catalog's /Dests), and to https://examples.fi/.
 *
 * @example
 * const bytes = await makeLinkedPdf({ pages: 4 });
 */
export async function makeLinkedPdf(options: MakeLinkedPdfOptions = {}): Promise<Uint8Array> {
  const { pages = 4, rotate = 0 } = options;
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const ctx = doc.context;
  const refs: PDFRef[] = [];
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Chapter ${n}`, { x: 50, y: 780, size: 14, font });
    if (rotate) page.setRotation(degrees(rotate));
    refs.push(page.ref);
  }
  const dest = (i: number): PDFArray => ctx.obj([refs[i] as PDFRef, PDFName.of('XYZ'), 0, 800, null]) as PDFArray;
  // Named destinations: "chap.2" in the /Names tree, "chap.3" in the catalog's /Dests.
  const nameTree = ctx.obj({ Names: [PDFString.of('chap.2'), dest(Math.min(1, pages - 1))] });
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: ctx.register(nameTree) }));
  doc.catalog.set(PDFName.of('Dests'), ctx.obj({ 'chap.3': ctx.obj({ D: dest(Math.min(2, pages - 1)) }) }));
  const link = (y: number, target: Record<string, unknown>): PDFRef => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, y, 200, y + 14], Border: [0, 0, 0], ...target } as never));
  const first = doc.getPages()[0];
  first?.node.set(
    PDFName.of('Annots'),
    ctx.obj([
      link(700, { Dest: dest(pages - 1) }),
      link(680, { A: ctx.obj({ S: 'GoTo', D: PDFString.of('chap.2') }) }),
      link(660, { Dest: PDFName.of('chap.3') }),
      link(640, { A: ctx.obj({ S: 'URI', URI: PDFString.of('https://examples.fi/') }) }),
    ]),
  );
  // Outline: "Chapter n" -> page n; "Chapter 1" has a child "Section 1.1" -> named dest chap.2.
  const outlineRef = ctx.nextRef();
  const itemRefs = refs.map(() => ctx.nextRef());
  const childRef = ctx.nextRef();
  itemRefs.forEach((ref, i) => {
    const item = ctx.obj({ Title: PDFHexString.fromText(`Chapter ${i + 1}`), Parent: outlineRef, Dest: dest(i) }) as PDFDict;
    if (i > 0) item.set(PDFName.of('Prev'), itemRefs[i - 1] as PDFRef);
    if (i < itemRefs.length - 1) item.set(PDFName.of('Next'), itemRefs[i + 1] as PDFRef);
    if (i === 0) {
      item.set(PDFName.of('First'), childRef);
      item.set(PDFName.of('Last'), childRef);
      item.set(PDFName.of('Count'), PDFNumber.of(1));
    }
    ctx.assign(ref, item);
  });
  ctx.assign(childRef, ctx.obj({ Title: PDFHexString.fromText('Section 1.1'), Parent: itemRefs[0] as PDFRef, A: ctx.obj({ S: 'GoTo', D: PDFString.of('chap.2') }) }));
  ctx.assign(outlineRef, ctx.obj({ Type: 'Outlines', First: itemRefs[0] as PDFRef, Last: itemRefs[itemRefs.length - 1] as PDFRef, Count: pages + 1 }));
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
  doc.catalog.set(PDFName.of('PageLabels'), ctx.obj({ Nums: [0, ctx.obj({ S: 'r' }), Math.min(2, pages - 1), ctx.obj({ S: 'D' })] }));
  doc.setCreationDate(new Date(Date.UTC(2025, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2025, 0, 1)));
  return doc.save({ useObjectStreams: false });
}

/**
 * A copy of a JPEG with an EXIF APP1 segment saying `orientation` (1-8), as phone cameras write it.
 *
 * @example
 * const sideways = withExifOrientation(jpegBytes, 6); // viewers show it turned 90° clockwise
 */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  // Big-endian TIFF header, one IFD entry: tag 0x0112 (Orientation), type SHORT, count 1, value.
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [...'Exif'].map((c) => c.charCodeAt(0)).concat([0, 0], tiff);
  const length = body.length + 2;
  const app1 = [0xff, 0xe1, length >> 8, length & 255, ...body];
  return Uint8Array.from([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

/** What `withPhoneMetadata` writes into a JPEG, as a phone camera and a photo app would. */
export interface PhoneMetadata {
  /** IFD0 Artist (the phone owner's name, often with more). */
  artist: string;
  /** EXIF orientation 1-8. */
  orientation?: number;
  /** GPS latitude and longitude (degrees, minutes, seconds x 100), north and east. */
  gps?: { lat: [number, number, number]; lon: [number, number, number] };
}

/**
 * A copy of a JPEG with a phone's metadata segments after its start: EXIF (Make "Apple", Model "iPhone 13", the
 * Artist, the orientation and a GPS IFD), XMP (APP1), Photoshop IPTC (APP13) and a comment (COM), and a
 * motion-photo trailer after its end marker.
 *
 * @example
 * const photo = withPhoneMetadata(jpegBytes, { artist: 'Aino Virtanen, 12 Secret St', gps: { lat: [60, 10, 1234], lon: [24, 56, 789] } });
 */
export function withPhoneMetadata(jpeg: Uint8Array, meta: PhoneMetadata): Uint8Array {
  const bytes = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
  const u16 = (n: number): number[] => [n >> 8, n & 255];
  const u32 = (n: number): number[] => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Big-endian TIFF. IFD0 at 8, its values after it, then the GPS IFD and its rationals.
  const ascii = [
    [0x010f, 'Apple'],
    [0x0110, 'iPhone 13'],
    [0x013b, meta.artist],
  ] as const;
  const ifd0Count = ascii.length + (meta.orientation ? 1 : 0) + (meta.gps ? 1 : 0);
  const dataAt = 8 + 2 + ifd0Count * 12 + 4;
  const entries: number[] = [];
  const data: number[] = [];
  for (const [tag, text] of ascii) {
    const value = [...bytes(text), 0];
    entries.push(...u16(tag), ...u16(2), ...u32(value.length), ...u32(dataAt + data.length));
    data.push(...value);
  }
  if (meta.orientation) entries.push(...u16(0x0112), ...u16(3), ...u32(1), ...u16(meta.orientation), 0, 0);
  const gpsAt = dataAt + data.length;
  const gps: number[] = [];
  if (meta.gps) {
    entries.push(...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsAt));
    const rationalsAt = gpsAt + 2 + 4 * 12 + 4;
    const rational = (d: [number, number, number]): number[] => [...u32(d[0]), ...u32(1), ...u32(d[1]), ...u32(1), ...u32(d[2]), ...u32(100)];
    gps.push(...u16(4));
    gps.push(...u16(1), ...u16(2), ...u32(2), ...bytes('N'), 0, 0, 0);
    gps.push(...u16(2), ...u16(5), ...u32(3), ...u32(rationalsAt));
    gps.push(...u16(3), ...u16(2), ...u32(2), ...bytes('E'), 0, 0, 0);
    gps.push(...u16(4), ...u16(5), ...u32(3), ...u32(rationalsAt + 24));
    gps.push(...u32(0), ...rational(meta.gps.lat), ...rational(meta.gps.lon));
  }
  const tiff = [...bytes('MM'), 0, 42, ...u32(8), ...u16(ifd0Count), ...entries, ...u32(0), ...data, ...gps];
  const segment = (marker: number, body: number[]): number[] => [0xff, marker, ...u16(body.length + 2), ...body];
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${meta.artist}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;
  const iptcBy = bytes(`${meta.artist} (IPTC)`);
  const segments = [
    ...segment(0xe1, [...bytes('Exif'), 0, 0, ...tiff]),
    ...segment(0xe1, [...bytes('http://ns.adobe.com/xap/1.0/'), 0, ...bytes(xmp)]),
    // Photoshop's resource 0x0404 (IPTC), holding one IPTC By-line (2:80).
    ...segment(0xed, [...bytes('Photoshop 3.0'), 0, ...bytes('8BIM'), 4, 4, 0, 0, ...u32(5 + iptcBy.length), 0x1c, 2, 80, ...u16(iptcBy.length), ...iptcBy]),
    ...segment(0xfe, bytes(`Taken by ${meta.artist}`)),
  ];
  const trailer = bytes('ftypmp42 motion photo of the kitchen');
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segments, ...jpeg.subarray(2), ...trailer]);
}

/**
 * A two-page PDF whose first page has a link to each of `uris` (literal strings, backslashes escaped) and one
 * internal link, a bookmark opening each of `bookmarks`, and with `script` a link that runs JavaScript.
 *
 * @example
 * const bytes = await makeLinksPdf(['smb://fileserver/share/x', 'https://trepo.tuni.fi/']);
 */
export async function makeLinksPdf(uris: readonly string[], extra: { bookmarks?: readonly string[]; script?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const ctx = doc.context;
  const pages = [doc.addPage([595.28, 841.89]), doc.addPage([595.28, 841.89])];
  pages.forEach((p, i) => p.drawText(`Research plan, page ${i + 1}`, { x: 50, y: 780, size: 14, font }));
  const link = (y: number, a: Record<string, unknown>): PDFRef => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, y, 300, y + 14], Border: [0, 0, 0], ...a } as never));
  // A literal string, its backslashes escaped as the audit's file has them (`C:\\Users`; `\t` would be a tab).
  const literal = (uri: string): PDFString => PDFString.of(uri.replace(/[\\()]/gu, (c) => `\\${c}`));
  const annots = uris.map((uri, i) => link(700 - i * 20, { A: ctx.obj({ S: 'URI', URI: literal(uri) }) }));
  annots.push(link(100, { Dest: ctx.obj([pages[1]!.ref, PDFName.of('Fit')]) }));
  if (extra.script) annots.push(link(80, { A: ctx.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }) }));
  pages[0]!.node.set(PDFName.of('Annots'), ctx.obj(annots));
  if (extra.bookmarks) {
    const outline = ctx.nextRef();
    const items = extra.bookmarks.map(() => ctx.nextRef());
    extra.bookmarks.forEach((uri, i) => {
      const item = ctx.obj({ Title: PDFString.of(`Link ${i + 1}`), Parent: outline, A: ctx.obj({ S: 'URI', URI: literal(uri) }) }) as PDFDict;
      if (i > 0) item.set(PDFName.of('Prev'), items[i - 1]!);
      if (i < items.length - 1) item.set(PDFName.of('Next'), items[i + 1]!);
      ctx.assign(items[i]!, item);
    });
    ctx.assign(outline, ctx.obj({ Type: 'Outlines', First: items[0]!, Last: items.at(-1)!, Count: items.length }));
    doc.catalog.set(PDFName.of('Outlines'), outline);
  }
  return doc.save({ useObjectStreams: false });
}

/**
 * A document of one A4 page per entry, each line drawn on its own, as a word processor lays out a letter or a CV.
 *
 * @example
 * await linesPdf(['Dear committee,', 'I recommend ...'], ['Yours,', 'Prof. Ida Aho']); // two pages
 */
export async function linesPdf(...pages: (readonly string[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595.28, 841.89]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 16, size: 11, font }));
  }
  return doc.save({ useObjectStreams: false });
}

/** How `coveredTextPdf` paints over its text. */
export type TextCover = 'form-image' | 'form-scan' | 'ellipse' | 'rounded' | 'strips' | 'strips-path' | 'background' | 'background-part';

/**
 * A 300 x 400 page of black text, then painted over as an editor or a whiteout tool leaves it (with pdf-lib's own
 * drawing calls): `form-image` a flat PNG over the page inside a form (`embedPage`), `form-scan` the same with a
 * PNG that shows something, `ellipse` a white ellipse over the page, `rounded` a white rounded box drawn with curves
 * (an SVG path), `strips` 40 white strips 10 pt high, `strips-path` the same as one path, `background` a cream page
 * with a cream box over the text, `background-part` the same box over only half the text's line.
 */
export async function coveredTextPdf(cover: TextCover): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([300, 400]);
  const cream = rgb(0.98, 0.95, 0.85);
  if (cover.startsWith('background')) page.drawRectangle({ x: 0, y: 0, width: 300, height: 400, color: cream });
  page.drawText('Curriculum vitae of Maria Gonzalez', { x: 20, y: 300, size: 12, font, color: rgb(0, 0, 0) });
  const white = rgb(1, 1, 1);
  if (cover === 'form-image' || cover === 'form-scan') {
    const scan = await PDFDocument.create();
    scan.addPage([300, 400]).drawImage(await scan.embedPng(makePng(4, 3, cover === 'form-image')), { x: 0, y: 0, width: 300, height: 400 });
    const [embedded] = await doc.embedPdf(await scan.save());
    page.drawPage(embedded!, { x: 0, y: 0 });
  }
  else if (cover === 'ellipse') page.drawEllipse({ x: 150, y: 200, xScale: 220, yScale: 290, color: white });
  else if (cover === 'rounded') page.drawSvgPath('M 10 0 L 290 0 C 296 0 300 4 300 10 L 300 390 C 300 396 296 400 290 400 L 10 400 C 4 400 0 396 0 390 L 0 10 C 0 4 4 0 10 0 Z', { x: 0, y: 400, color: white });
  else if (cover === 'strips') for (let y = 0; y < 400; y += 10) page.drawRectangle({ x: 0, y, width: 300, height: 10, color: white });
  else if (cover === 'strips-path') page.drawSvgPath(Array.from({ length: 40 }, (_, i) => `M 0 ${i * 10} L 300 ${i * 10} L 300 ${i * 10 + 10} L 0 ${i * 10 + 10} Z`).join(' '), { x: 0, y: 400, color: white });
  else if (cover === 'background') page.drawRectangle({ x: 0, y: 260, width: 300, height: 80, color: cream });
  else page.drawRectangle({ x: 0, y: 260, width: 120, height: 80, color: cream });
  return doc.save({ useObjectStreams: false });
}

/**
 * A one-page form as fillers that rely on NeedAppearances save it: no widget has an appearance stream. It has a
 * ticked check box (`/V /Yes /AS /Yes`, `/MK /CA (4)`), a radio group whose second button is chosen, a text field
 * with `name` (default a Chinese name) and a multi-line field with two lines. `needAppearances: false` leaves the flag out.
 */
export async function makeNoAppearanceForm(options: { name?: string; needAppearances?: boolean } = {}): Promise<Uint8Array> {
  const { name = '王小明', needAppearances = true } = options;
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Declaration of the applicant', { x: 72, y: 780, size: 11, font });
  const ctx = doc.context;
  const widget = (extra: Record<string, unknown>): PDFRef => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', F: 4, P: page.ref, ...extra }));
  const check = widget({ FT: 'Btn', T: PDFString.of('nonnative'), V: 'Yes', AS: 'Yes', MK: { CA: PDFString.of('4') }, DA: PDFString.of('/ZaDb 12 Tf 0 g'), Rect: [330, 697, 346, 713] });
  const group = ctx.register(ctx.obj({ FT: 'Btn', Ff: 1 << 15, T: PDFString.of('degree'), V: 'PhD' }));
  const kids = ['MSc', 'PhD'].map((state, i) => widget({ Parent: group, AS: state === 'PhD' ? 'PhD' : 'Off', MK: { CA: PDFString.of('l') }, DA: PDFString.of('/ZaDb 0 Tf 0 g'), Rect: [330, 657 - i * 20, 342, 669 - i * 20] }));
  (ctx.lookup(group) as PDFDict).set(PDFName.of('Kids'), ctx.obj(kids));
  const text = widget({ FT: 'Tx', T: PDFString.of('name_native'), V: PDFHexString.fromText(name), DA: PDFString.of('/Helv 11 Tf 0 g'), Rect: [200, 600, 500, 616] });
  const lines = widget({ FT: 'Tx', Ff: 1 << 12, T: PDFString.of('address'), V: PDFString.of('Maria Keller\rHeidelberg, 1 December 2026'), DA: PDFString.of('/Helv 11 Tf 0 g'), Rect: [200, 500, 500, 560] });
  page.node.set(PDFName.of('Annots'), ctx.obj([check, ...kids, text, lines]));
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  const zadb = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [check, group, text, lines], NeedAppearances: needAppearances, DR: { Font: { Helv: helv, ZaDb: zadb } } }));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * A one-page form whose fields have no appearance streams (a viewer is to draw them): each entry of `fields` is a
 * widget field's dictionary (FT, T, V, Rect, ...); `radio` adds a radio group "degree" (/V `value`) with a kid per
 * entry of `kids` (each kid's extra keys; `states: ['PhD', 'Off']` gives it appearances for those states).
 */
export async function makeViewerForm(options: { fields?: Record<string, unknown>[]; radio?: { value: string; kids: Record<string, unknown>[]; opt?: string[] } }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Application form', { x: 72, y: 780, size: 11, font: await doc.embedFont(StandardFonts.Helvetica) });
  const ctx = doc.context;
  const widget = (extra: Record<string, unknown>): PDFRef => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', F: 4, P: page.ref, DA: PDFString.of('/Helv 11 Tf 0 g'), ...extra }));
  const fields = (options.fields ?? []).map((f) => widget(f));
  const annots = [...fields];
  if (options.radio) {
    const { value, kids, opt } = options.radio;
    const group = ctx.register(ctx.obj({ FT: 'Btn', Ff: 1 << 15, T: PDFString.of('degree'), V: value, ...(opt ? { Opt: opt.map((o) => PDFString.of(o)) } : {}) }));
    const zadbFont = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
    // `states`: the kid's appearances, its on-state drawing the dot "l", its Off state nothing.
    const looks = (states: string[]) => ({
      N: Object.fromEntries(states.map((st) => [st, ctx.register(ctx.stream(st === 'Off' ? '' : 'BT /ZaDb 10 Tf 1 2 Td (l) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 12, 12], Resources: { Font: { ZaDb: zadbFont } } }))])),
    });
    const refs = kids.map(({ states, ...extra }, i) =>
      widget({ Parent: group, MK: { CA: PDFString.of('l') }, DA: PDFString.of('/ZaDb 0 Tf 0 g'), Rect: [330, 657 - i * 20, 342, 669 - i * 20], ...(Array.isArray(states) ? { AP: looks(states as string[]) } : {}), ...extra }),
    );
    (ctx.lookup(group) as PDFDict).set(PDFName.of('Kids'), ctx.obj(refs));
    fields.push(group);
    annots.push(...refs);
  }
  page.node.set(PDFName.of('Annots'), ctx.obj(annots));
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  const zadb = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: fields, NeedAppearances: true, DR: { Font: { Helv: helv, ZaDb: zadb } } }));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** A PDF text string in UTF-8 behind its byte-order mark (EF BB BF), as PDF 2.0 writers may store one. */
export function utf8TextString(text: string): PDFHexString {
  return PDFHexString.of(`efbbbf${Buffer.from(text, 'utf8').toString('hex')}`);
}

/**
 * A two-page PDF 2.0 whose text strings are UTF-8 (ISO 32000-2, 7.9.2.2): bookmarks `titles` (to page 1, 2, 2...)
 * and a text field without an appearance whose value is `value`. `utf16le` writes them as UTF-16LE with its mark instead.
 */
export async function makeUtf8Pdf20(options: { titles?: readonly string[]; value?: string; utf16le?: boolean } = {}): Promise<Uint8Array> {
  const { titles = ['Thesis: Введение', '第二章 方法', 'Résumé'], value = 'Aino Müller-Ødegård', utf16le = false } = options;
  const str = (text: string): PDFHexString => (utf16le ? PDFHexString.of(`fffe${Buffer.from(text, 'utf16le').toString('hex')}`) : utf8TextString(text));
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [1, 2].map((n) => {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Chapter page ${n}`, { x: 72, y: 780, size: 11, font });
    return page;
  });
  const ctx = doc.context;
  const field = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', F: 4, P: pages[0]!.ref, FT: 'Tx', T: PDFString.of('full_name'), V: str(value), DA: PDFString.of('/Helv 11 Tf 0 g'), Rect: [200, 600, 500, 616] }));
  pages[0]!.node.set(PDFName.of('Annots'), ctx.obj([field]));
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [field], NeedAppearances: true, DR: { Font: { Helv: helv } } }));
  const outlines = ctx.nextRef();
  const refs = titles.map(() => ctx.nextRef());
  refs.forEach((ref, i) => {
    const page = pages[Math.min(i, 1)]!;
    ctx.assign(ref, ctx.obj({ Title: str(titles[i]!), Parent: outlines, Dest: [page.ref, 'Fit'], ...(i > 0 ? { Prev: refs[i - 1] } : {}), ...(i < refs.length - 1 ? { Next: refs[i + 1] } : {}) }));
  });
  ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false });
  // Same length, so the cross-reference offsets stay right.
  bytes.set(Buffer.from('%PDF-2.0'), 0);
  return bytes;
}

/**
 * A one-page e-transcript as a registrar's signing tool saves it: a visible signature field (/FT /Sig) whose value
 * is a signature dictionary (/ByteRange, /Contents) and whose look says "Digitally signed by Registrar", and a
 * filled-in text field "notes" (`notes`), for `--forms keep`.
 */
export async function makeSignedPdf(options: { notes?: string } = {}): Promise<Uint8Array> {
  const { notes = 'Exchange term in Uppsala' } = options;
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Official transcript of records', { x: 72, y: 780, size: 11, font });
  const ctx = doc.context;
  const helv = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  const look = ctx.register(ctx.stream('BT /Helv 9 Tf 4 8 Td (Digitally signed by Registrar) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 200, 24], Resources: { Font: { Helv: helv } } }));
  const value = ctx.register(ctx.obj({ Type: 'Sig', Filter: 'Adobe.PPKLite', SubFilter: 'adbe.pkcs7.detached', ByteRange: [0, 100, 8292, 400], Contents: PDFHexString.of('3082'.padEnd(64, '0')) }));
  const sig = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', F: 132, P: page.ref, FT: 'Sig', T: PDFString.of('Registrar'), V: value, Rect: [360, 60, 560, 84], AP: { N: look } }));
  const text = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', F: 4, P: page.ref, FT: 'Tx', T: PDFString.of('notes'), V: PDFHexString.fromText(notes), DA: PDFString.of('/Helv 11 Tf 0 g'), Rect: [72, 600, 400, 616] }));
  page.node.set(PDFName.of('Annots'), ctx.obj([sig, text]));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [sig, text], SigFlags: 3, NeedAppearances: true, DR: { Font: { Helv: helv } } }));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
