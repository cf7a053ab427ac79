/**
 * Pages of scans that show nothing: every page draws only images of one flat colour. Anything else on a page, a
 * mask over an image, or an image that cannot be judged here means something may show, and no blank verdict.
 */
import { crc32, deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { blankScan } from '../../../src/core/inspect/blank-scan.js';
import { walkPageTree } from '../../../src/core/inspect/page-tree.js';
import { samplesAreFlat } from '../../../src/core/inspect/flat.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { coveredTextPdf, makePng } from '../../helpers/make-pdf.js';
import { rawPdf } from '../../helpers/raw-pdf.js';

async function scanOf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const tree = walkPageTree(doc.context, doc.catalog, { maxNodes: 1000, maxDepth: 50 });
  return blankScan(doc.context, tree.pages);
}

/** A PDF of one page drawing the PNG over the page, and what `draw` adds. */
async function pngPage(png: Uint8Array, draw?: (doc: PDFDocument) => Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([300, 400]).drawImage(await doc.embedPng(png), { x: 0, y: 0, width: 300, height: 400 });
  await draw?.(doc);
  return doc.save();
}

/** An RGBA PNG: one flat grey, fully opaque, except where `alpha` says (a stored, uncompressed PNG). */
function rgbaPng(width: number, height: number, alpha: (x: number, y: number) => number): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(0, 0, 0, alpha(x, y));
  }
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from(rows))), chunk('IEND', Buffer.alloc(0))]));
}

describe('blankScan', () => {
  it('a page drawing one flat image is blank; a checkered one is not', async () => {
    expect(await scanOf(await pngPage(makePng(40, 30, true)))).toEqual({ jpegs: [], sheet: false });
    expect(await scanOf(await pngPage(makePng(40, 30)))).toBeUndefined();
  });

  it('a flat image with text or a drawing over it is not blank', async () => {
    const withText = await pngPage(makePng(40, 30, true), async (doc) => {
      doc.getPage(0).drawText('Transcript of records', { x: 20, y: 200, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    });
    const withRule = await pngPage(makePng(40, 30, true), async (doc) => {
      doc.getPage(0).drawLine({ start: { x: 20, y: 200 }, end: { x: 280, y: 200 } });
    });
    expect(await scanOf(withText)).toBeUndefined();
    expect(await scanOf(withRule)).toBeUndefined();
  });

  it('a flat black image under a soft mask shaped like a letter is not blank: the mask draws', async () => {
    const masked = rgbaPng(40, 30, (x, y) => (x > 10 && x < 14 && y > 5 && y < 25 ? 255 : 0));
    expect(await scanOf(await pngPage(masked))).toBeUndefined();
  });

  it('reads images through resources the page inherits from its parent, and gives up on a name it cannot find', async () => {
    const image = '5 0 obj << /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >> stream\n\xf0\xf0\xf0\xf0\nendstream endobj';
    const content = (name: string) => `4 0 obj << /Length ${`q 300 0 0 400 0 0 cm /${name} Do Q`.length} >> stream\nq 300 0 0 400 0 0 cm /${name} Do Q\nendstream endobj`;
    const pdf = (name: string) =>
      rawPdf([
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /XObject << /Im0 5 0 R >> >> >> endobj',
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 4 0 R >> endobj',
        content(name),
        image,
      ]);
    expect(await scanOf(pdf('Im0'))).toEqual({ jpegs: [], sheet: false });
    expect(await scanOf(pdf('Im9'))).toBeUndefined();
  });

  it('inspectInput says blank for a PDF of flat lossless scans, and hands the JPEGs on for judging', async () => {
    const facts = await inspectInput(await pngPage(makePng(40, 30, true)), { countWords: false, fileName: 'diploma.pdf' });
    expect(facts.findings.map((f) => [f.code, f.severity, f.message])).toEqual([['file.blank', 'error', 'diploma.pdf is blank: its page is a scanned image of one flat colour, with nothing on it.']]);
    expect(facts.scanJpegs).toBeUndefined();
  });
});

describe('samplesAreFlat', () => {
  it('takes a little noise as flat, a dark line or a grey gradient as content', () => {
    const noise = Uint8Array.from({ length: 3000 }, (_, i) => 240 + (i % 3));
    expect(samplesAreFlat(noise, 3)).toBe(true);
    const line = noise.slice();
    line.fill(30, 1500, 1530);
    expect(samplesAreFlat(line, 3)).toBe(false);
    expect(samplesAreFlat(Uint8Array.from({ length: 1000 }, (_, i) => 200 + Math.floor(i / 20)), 1)).toBe(false);
  });
});

describe('pages whose text cannot be seen', () => {
  /**
   * One page of text drawn by `ops` around the text operators (render mode, colour), and what `draw` adds; `text`
   * replaces the text object, `crop` gives the page a crop box, and the page has ExtGStates /Clear (opacity 0) and
   * /Half (0.5).
   */
  async function textPdf(before: string, draw?: (doc: PDFDocument) => Promise<void>, options: { text?: string; crop?: number[] } = {}): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([300, 400]);
    await draw?.(doc);
    // pdf-lib makes each resource name unique (`F1-7`): the content names them by their tags.
    const names = new Map([
      ['F1', page.node.newFontDictionary('F1', font.ref)],
      ['Clear', page.node.newExtGState('Clear', doc.context.obj({ ca: 0, CA: 0 }))],
      ['Half', page.node.newExtGState('Half', doc.context.obj({ ca: 0.5 }))],
      ['Im', page.node.newXObject('Im', (await doc.embedPng(makePng(40, 30))).ref)],
    ]);
    if (options.crop) page.setCropBox(options.crop[0]!, options.crop[1]!, options.crop[2]!, options.crop[3]!);
    const text = options.text ?? 'BT /F1 12 Tf 20 300 Td (Transcript of records, 120 ECTS) Tj ET';
    const ops = `q ${before} ${text} Q`.replace(/\/(F1|Clear|Half|Im)\b/g, (_, tag: string) => `/${names.get(tag)!.decodeText()}`);
    page.node.addContentStream(doc.context.register(doc.context.stream(ops)));
    return doc.save();
  }
  const blankOf = async (bytes: Uint8Array) => (await inspectInput(bytes, { countWords: false, fileName: 'transcript.pdf' })).findings.filter((f) => f.code === 'file.blank').map((f) => f.message);

  it('an OCR text layer whose scan is gone (render mode 3), or white text on the white page, is blank', async () => {
    const hidden = 'transcript.pdf is blank: nothing that can be seen is drawn on its page; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).';
    expect(await blankOf(await textPdf('3 Tr'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('1 g'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('1 1 1 rg'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('0 0 0 0 k'))).toEqual([hidden]);
  });

  it('the same text in black, in grey, outlined, or invisible over a scan that is still there, is not', async () => {
    expect(await blankOf(await textPdf(''))).toEqual([]);
    expect(await blankOf(await textPdf('0.5 g'))).toEqual([]);
    expect(await blankOf(await textPdf('1 g 1 Tr'))).toEqual([]);
    expect(await blankOf(await textPdf('q 3 Tr Q'))).toEqual([]);
    const overScan = await textPdf('3 Tr', async (doc) => {
      doc.getPage(0).drawImage(await doc.embedPng(makePng(40, 30)), { x: 0, y: 0, width: 300, height: 400 });
    });
    expect(await blankOf(overScan)).toEqual([]);
    const onDark = await textPdf('1 g', async (doc) => {
      doc.getPage(0).drawRectangle({ x: 0, y: 250, width: 300, height: 100 });
    });
    expect(await blankOf(onDark)).toEqual([]);
  });

  // The audit: each of these rendered pure white in poppler, yet the CV was Ready and built (12-05d #1).
  it('text drawn fully transparent, clipped by an empty clip, at size 0, under a zero matrix, off the page or outside the crop box is blank', async () => {
    const hidden = 'transcript.pdf is blank: nothing that can be seen is drawn on its page; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).';
    const line = (tf: string, td: string) => `BT /F1 ${tf} Tf ${td} Td 14 TL (Transcript of records) Tj T* [(120) -250 (ECTS)] TJ ET`;
    expect(await blankOf(await textPdf('/Clear gs'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('0 0 0 0 re W n'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('0 0 m 300 0 l 300 400 l h W n 0 0 0 0 re W n'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('0 0 0 0 0 0 cm'))).toEqual([hidden]);
    expect(await blankOf(await textPdf('', undefined, { text: line('0', '20 300') }))).toEqual([hidden]);
    expect(await blankOf(await textPdf('', undefined, { text: line('12', '2000 3000') }))).toEqual([hidden]);
    expect(await blankOf(await textPdf('', undefined, { text: line('12', '20 -200') }))).toEqual([hidden]);
    // The page is 300 x 400; what viewers show is its lower half, and the text is in the upper one.
    expect(await blankOf(await textPdf('', undefined, { crop: [0, 0, 300, 200] }))).toEqual([hidden]);
    // A clip far from the text, or a picture drawn transparent, shows nothing either.
    expect(await blankOf(await textPdf('10 10 50 50 re W n'))).toEqual([hidden]);
    const clearPicture = await textPdf('/Clear gs', async (doc) => {
      doc.getPage(0).drawImage(await doc.embedPng(makePng(40, 30)), { x: 0, y: 0, width: 300, height: 400 });
    });
    expect(await blankOf(await textPdf('/Clear gs', undefined, { text: 'q 300 0 0 400 0 0 cm /Im Do Q 0 0 300 400 re f' }))).toEqual([hidden]);
    expect(await blankOf(clearPicture)).toEqual([]);
  });

  it('the same text half transparent, inside its clip, starting off the page but running onto it, or inside the crop box, is not', async () => {
    const line = (td: string, show = '(Transcript of records, 120 ECTS) Tj') => `BT /F1 12 Tf ${td} Td ${show} ET`;
    expect(await blankOf(await textPdf('/Half gs'))).toEqual([]);
    expect(await blankOf(await textPdf('/Clear gs /Half gs'))).toEqual([]);
    expect(await blankOf(await textPdf('q /Clear gs Q'))).toEqual([]);
    expect(await blankOf(await textPdf('0 290 300 30 re W n'))).toEqual([]);
    expect(await blankOf(await textPdf('q 0 0 0 0 re W n Q'))).toEqual([]);
    expect(await blankOf(await textPdf('0.5 0 0 0.5 0 0 cm'))).toEqual([]);
    // A line begun left of the page whose end is on it; a word pushed onto the page by a TJ move or after long text.
    expect(await blankOf(await textPdf('', undefined, { text: line('-150 300') }))).toEqual([]);
    expect(await blankOf(await textPdf('', undefined, { text: line('-400 300', '[(a) -40000 (Transcript)] TJ') }))).toEqual([]);
    expect(await blankOf(await textPdf('', undefined, { text: line('-400 300', `(${'x'.repeat(60)}) Tj (Transcript) Tj`) }))).toEqual([]);
    expect(await blankOf(await textPdf('', undefined, { crop: [0, 250, 300, 400] }))).toEqual([]);
    // Hidden text on a page that also shows a visible line is not blank.
    expect(await blankOf(await textPdf('', undefined, { text: `q /Clear gs ${line('20 300')} Q ${line('20 100')}` }))).toEqual([]);
  });
});

// The audit: each of these rendered pure white in poppler, yet the CV was Ready and built blank (12-06h #2).
describe('pages whose text is painted over or in a hidden layer', () => {
  const TEXT = 'BT /F1 12 Tf 20 300 Td (Curriculum vitae of Maria Gonzalez) Tj ET';
  const hidden = 'cv.pdf is blank: nothing that can be seen is drawn on its page; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).';
  /**
   * One 300 x 400 page drawing `content`, with Helvetica as /F1, ExtGState /Half (opacity 0.5), layer /L1 (object 6,
   * hidden when `off`), the annotations `annots`, the extra objects `more` (an appearance is object 7), a form /Fm of `form` and a 2 x 2 grey image /Im of `image`.
   */
  function pdf(content: string, options: { off?: boolean; annots?: string; more?: string[]; form?: string; image?: number[] } = {}): Uint8Array {
    const layers = `/OCProperties << /OCGs [6 0 R] /D << ${options.off === false ? '' : '/OFF [6 0 R]'} /Order [6 0 R] >> >>`;
    return rawPdf([
      `1 0 obj << /Type /Catalog /Pages 2 0 R ${layers} >> endobj`,
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 5 0 R ${options.annots ? `/Annots [${options.annots}]` : ''} /Resources << /Font << /F1 9 0 R >> /ExtGState << /Half << /ca 0.5 >> >> /Properties << /L1 6 0 R >> /XObject << ${options.form === undefined ? '' : '/Fm 8 0 R'} ${options.image ? '/Im 10 0 R' : ''} >> >> >> endobj`,
      `5 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`,
      '6 0 obj << /Type /OCG /Name (Hidden) >> endobj',
      '9 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
      ...(options.more ?? []),
      ...(options.image ? [`10 0 obj << /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >> stream\n${String.fromCharCode(...options.image)}\nendstream endobj`] : []),
      ...(options.form === undefined ? [] : [`8 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 300 400] /Resources << /Font << /F1 9 0 R >> >> /Length ${options.form.length} >> stream\n${options.form}\nendstream endobj`]),
    ]);
  }
  /** An appearance (object 7) of `ops` in a box of 300 x 400. */
  const appearance = (ops: string) => `7 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 300 400] /Length ${ops.length} >> stream\n${ops}\nendstream endobj`;
  const annot = (subtype: string, rect = '0 0 300 400', extra = '/F 4') => `<< /Type /Annot /Subtype /${subtype} /Rect [${rect}] /AP << /N 7 0 R >> ${extra} >>`;
  const inspect = async (bytes: Uint8Array) => (await inspectInput(bytes, { countWords: false, fileName: 'cv.pdf' })).findings;
  const blankOf = async (bytes: Uint8Array) => (await inspect(bytes)).filter((f) => f.code === 'file.blank').map((f) => f.message);

  it('text only in a hidden layer is blank, and the layers warning says hidden layers stay hidden', async () => {
    expect(await blankOf(pdf(`/OC /L1 BDC ${TEXT} EMC`))).toEqual([hidden]);
    expect(await blankOf(pdf(`/OC /L1 BDC /Span << /MCID 0 >> BDC ${TEXT} EMC EMC`))).toEqual([hidden]);
    const layers = (await inspect(pdf(`/OC /L1 BDC ${TEXT} EMC`))).filter((f) => f.code === 'file.layers').map((f) => `${f.message}  ${f.hint}`);
    expect(layers).toEqual(['cv.pdf has 1 layer, 1 of them hidden; hidden layers stay hidden in the combined PDF, so what only they hold will not show.  Check that nothing you need is only in a hidden layer; if it is, show that layer in your PDF viewer and print or save it as a new PDF.']);
  });

  it('the same text in a shown layer, or also outside the hidden one, is not blank', async () => {
    expect(await blankOf(pdf(`/OC /L1 BDC ${TEXT} EMC`, { off: false }))).toEqual([]);
    expect(await blankOf(pdf(`/OC /L1 BDC ${TEXT} EMC ${TEXT}`))).toEqual([]);
    expect(await blankOf(pdf(`/Span << /MCID 0 >> BDC ${TEXT} EMC`))).toEqual([]);
  });

  it('text painted over by an opaque white rectangle, on the whole page or over the text, is blank', async () => {
    expect(await blankOf(pdf(`${TEXT} 1 1 1 rg 0 0 300 400 re f`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 1 g 0 250 300 100 re f`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} q 2 0 0 2 0 0 cm 0 0 0 0 k 0 0 150 200 re f Q`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} q 0 0 300 400 re W n 1 g -10 -10 320 420 re f Q`))).toEqual([hidden]);
  });

  it('text painted over by a white box filled and outlined in white (`B`, `b*`) is blank as by `f`; one with a black border shows the border (prod35c, audit 12-07a #3; before: content)', async () => {
    expect(await blankOf(pdf(`${TEXT} 1 g 1 G 0 250 300 100 re B`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 1 g 1 G 0 0 300 400 re b*`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 1 g 0 250 300 100 re B`))).toEqual([]);
  });

  it('text painted over by a white line or curve as wide as a white box that hides it, or a rectangle stroked white with a line wider than it is tall, is blank as under the box (prod36c; before: content)', async () => {
    expect(await blankOf(pdf(`${TEXT} 1 G 100 w 0 300 m 300 300 l S`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 1 G 100 w -20 300 m 100 302 200 298 320 300 c S`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 1 G 60 w 0 280 300 40 re S`))).toEqual([hidden]);
    // A thin white line, one beside the text, or a black one shows the text or itself.
    expect(await blankOf(pdf(`${TEXT} 1 G 2 w 0 300 m 300 300 l S`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 1 G 100 w 0 100 m 300 100 l S`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 0 G 100 w 0 300 m 300 300 l S`))).toEqual([]);
  });

  it('a white box behind the text, a white frame, a white box over part of it, see-through or under a shaped clip, or text after it, is not blank', async () => {
    expect(await blankOf(pdf(`1 g 0 0 300 400 re f 0 g ${TEXT}`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 1 G 10 w 0 0 300 400 re S`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 1 g 0 0 300 200 re f`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} /Half gs 1 g 0 0 300 400 re f`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 0 0 m 300 0 l 300 400 l h W n 1 g 0 0 300 400 re f`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 1 g 0 0 m 300 0 l 300 400 l h f`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} q 1 g 0 0 300 400 re f Q ${TEXT}`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 0.9 g 0 0 300 200 re f`))).toEqual([]);
  });

  // Before: each of these was content (Ready), though a viewer shows an empty page (prod19b).
  it('text painted over by two rectangles together, by a dark page of its own colour, or by a fill inside a form, is blank', async () => {
    expect(await blankOf(pdf(`${TEXT} 1 g 0 0 300 320 re f 0 300 300 100 re f`))).toEqual([hidden]);
    expect(await blankOf(pdf(`0 0 0 rg 0 0 300 400 re f 0 g ${TEXT}`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 0.2 0.2 0.5 rg 0 0 300 400 re f 0.2 0.2 0.5 rg ${TEXT}`))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} /Fm Do`, { form: '1 1 1 rg 0 0 300 400 re f' }))).toEqual([hidden]);
    expect(await blankOf(pdf(`${TEXT} 0.9 g 0 0 300 400 re f`))).toEqual([hidden]);
  });

  it('text under an opaque white image over the page is a blank scan; under a scan that shows something, or a see-through or partial image, it is not', async () => {
    expect(await blankOf(pdf(`0 g ${TEXT} q 300 0 0 400 0 0 cm /Im Do Q`, { image: [255, 255, 255, 255] }))).toEqual(['cv.pdf is blank: its page is a scanned image of one flat colour, with nothing on it.']);
    expect(await blankOf(pdf(`0 g ${TEXT} q 300 0 0 400 0 0 cm /Im Do Q`, { image: [0, 255, 255, 0] }))).toEqual([]);
    expect(await blankOf(pdf(`0 g ${TEXT} q /Half gs 300 0 0 400 0 0 cm /Im Do Q`, { image: [255, 255, 255, 255] }))).toEqual([]);
    expect(await blankOf(pdf(`0 g ${TEXT} q 300 0 0 200 0 0 cm /Im Do Q`, { image: [255, 255, 255, 255] }))).toEqual([]);
    // An image, or a shading, has colours of its own: a white fill colour set before it hides nothing (before: blank).
    expect(await blankOf(pdf('1 g q 300 0 0 400 0 0 cm /Im Do Q', { image: [0, 255, 255, 0] }))).toEqual([]);
  });

  it('a dark page with text in another colour, rectangles leaving a gap, or a form that draws text after its fill, is not blank', async () => {
    expect(await blankOf(pdf(`0 0 0 rg 0 0 300 400 re f 1 g ${TEXT}`))).toEqual([]);
    expect(await blankOf(pdf(`0 0 0 rg 0 0 300 200 re f 0 g ${TEXT} 0 g 0 0 300 200 re f`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 1 g 0 0 300 290 re f 0 310 300 90 re f`))).toEqual([]);
    expect(await blankOf(pdf(`1 g 0 0 300 310 re f 0 g ${TEXT} 1 g 0 310 300 90 re f`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} /Fm Do`, { form: `1 1 1 rg 0 0 300 400 re f 0 g ${TEXT}` }))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} q 0 0 300 100 re W n /Fm Do Q`, { form: '1 1 1 rg 0 0 300 400 re f' }))).toEqual([]);
  });

  // Before: each was content (Ready), though a viewer shows an empty page (prod21b).
  it('text under a flat image drawn in a form, a white ellipse, a white rounded box, many white strips, or a box of the page\'s own colour, is blank', async () => {
    const blankOfFile = async (bytes: Uint8Array) => (await inspect(bytes)).filter((f) => f.code === 'file.blank').map((f) => f.message);
    expect(await blankOfFile(await coveredTextPdf('form-image'))).toEqual(['cv.pdf is blank: its page is a scanned image of one flat colour, with nothing on it.']);
    for (const cover of ['ellipse', 'rounded', 'strips', 'strips-path', 'background'] as const) expect(await blankOfFile(await coveredTextPdf(cover)), cover).toEqual([hidden]);
  });

  it('text under a scan in a form that shows something, a box of the page\'s colour over part of it, or shapes that leave it uncovered, is not blank', async () => {
    expect(await blankOf(await coveredTextPdf('form-scan'))).toEqual([]);
    expect(await blankOf(await coveredTextPdf('background-part'))).toEqual([]);
    // A white ellipse inside the page, whose curve passes over the text's line.
    expect(await blankOf(pdf(`${TEXT} 1 g 150 50 m 250 50 300 150 300 200 c 300 300 250 350 150 350 c 50 350 0 300 0 200 c 0 150 50 50 150 50 c f`))).toEqual([]);
    // Even-odd strips that overlap cancel each other out where they meet, and strips with a gap over the text.
    expect(await blankOf(pdf(`${TEXT} 1 g 0 0 300 320 re 0 280 300 120 re f*`))).toEqual([]);
    expect(await blankOf(pdf(`${TEXT} 1 g ${Array.from({ length: 40 }, (_, i) => (i === 30 ? '' : `0 ${i * 10} 300 10 re f`)).join(' ')}`))).toEqual([]);
    // A white shape with a hole where the text is.
    expect(await blankOf(pdf(`${TEXT} 1 g 0 0 m 300 0 l 300 400 l 0 400 l h 10 280 m 10 330 l 290 330 l 290 280 l h f*`))).toEqual([]);
  });

  it('text under an annotation whose opaque white appearance covers the page is blank', async () => {
    expect(await blankOf(pdf(TEXT, { annots: annot('Square', '0 0 300 400', '/F 4 /IC [1 1 1]'), more: [appearance('1 1 1 rg 0 0 300 400 re f')] }))).toEqual([hidden]);
  });

  // Before: file.blank, though viewers draw its words and pdftotext reads them in the packet (prod21b).
  it('a page whose only words are typed in a text box without an appearance of its own (FreeText /Contents) is not blank; an empty or hidden one is', async () => {
    const box = (extra: string) => `<< /Type /Annot /Subtype /FreeText /Rect [20 200 280 300] /DA (/Helv 11 Tf 0 g) ${extra} >>`;
    expect(await blankOf(pdf('', { annots: box('/F 4 /Contents (I recommend Maria Gonzalez without reservation.)') }))).toEqual([]);
    expect(await blankOf(pdf('', { annots: box('/F 4 /Contents ( )') }))).toHaveLength(1);
    expect(await blankOf(pdf('', { annots: box('/F 2 /Contents (A note hidden from view.)') }))).toHaveLength(1);
  });

  it('an annotation over part of the text, see-through, with a visible border, or a form field, is not blank', async () => {
    const white = appearance('1 1 1 rg 0 0 300 400 re f');
    expect(await blankOf(pdf(TEXT, { annots: annot('Square', '0 0 300 100'), more: [white] }))).toEqual([]);
    expect(await blankOf(pdf(TEXT, { annots: annot('Square', '0 0 300 400', '/CA 0.5'), more: [white] }))).toEqual([]);
    expect(await blankOf(pdf(TEXT, { annots: annot('Square'), more: [appearance('1 1 1 rg 0 0 300 400 re f 0 G 2 w 1 1 298 398 re S')] }))).toEqual([]);
    expect(await blankOf(pdf(TEXT, { annots: annot('Square'), more: [appearance('1 1 1 rg 0 0 300 200 re f')] }))).toEqual([]);
    expect(await blankOf(pdf(TEXT, { annots: annot('Widget', '0 0 300 400', '/FT /Tx /T (name)'), more: [white] }))).toEqual([]);
    // Flagged hidden: viewers do not draw it.
    expect(await blankOf(pdf(TEXT, { annots: annot('Square', '0 0 300 400', '/F 2'), more: [white] }))).toEqual([]);
  });
});
