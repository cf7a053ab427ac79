/**
 * Links in input PDFs that lead off the web (a file on the author's computer or network, another program, an
 * intranet address) are left out of the packet and reported as what they are, by validate as by build; the
 * authoring program's page-level metadata, private data and thumbnails stay out too.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { inspectInput } from '../../../src/core/inspect/index.js';
import { offWebLink } from '../../../src/core/text/urls.js';
import { makeLinksPdf } from '../../helpers/make-pdf.js';
import { makePlan, pdfPart, section } from './fixtures.js';

/** The audit's addresses (finding 6), and more of their kinds. */
const OFF_WEB = [
  'C:\\Users\\aino\\Documents\\thesis.pdf',
  '/Users/aino/Documents/thesis.pdf',
  '\\\\evil.example.com\\share\\x.pdf',
  'smb://fileserver/share/x',
  'file:///C:/Users/aino/Documents/secret.pdf',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'thesis/chapter2.pdf',
  'http://192.168.1.10/intranet/cv',
  'http://10.0.0.5/cv.pdf',
  'https://localhost:8080/draft',
  'http://intranet/cv',
  'http://[::1]/x',
];
const WEB = ['https://trepo.tuni.fi/handle/10024/123456', 'http://www.examples.fi/cv', 'mailto:aino.virtanen@examples.fi', 'www.examples.fi/thesis'];

async function build(bytes: Uint8Array) {
  const plan = makePlan([section('research_plan', 'Research plan', [pdfPart('Research plan', 'plan.pdf', bytes)])], { options: { cover: false, stamps: false, forms: 'flatten' } });
  const result = await assemble(plan);
  const doc = await PDFDocument.load(result.bytes);
  const uris: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dicts = obj instanceof PDFDict ? [obj, ...obj.values().map((v) => doc.context.lookup(v)).filter((v) => v instanceof PDFDict)] : [];
    for (const d of dicts as PDFDict[]) {
      const u = d.get(PDFName.of('URI'));
      if (d.get(PDFName.of('S')) === PDFName.of('URI') && u instanceof PDFString) uris.push(u.decodeText());
      else if (d.get(PDFName.of('S')) === PDFName.of('URI')) uris.push(String((u as { decodeText?: () => string } | undefined)?.decodeText?.() ?? u));
    }
  }
  return { result, doc, uris: [...new Set(uris)].sort(), text: Buffer.from(result.bytes).toString('latin1') };
}

const said = (d: { severity: string; code: string; message: string; hint?: string }) => [d.severity, d.code, d.message, d.hint];

describe('links in an input PDF that lead off the web', () => {
  it('are left out, web and mail links and internal links kept (before: every one but file:// survived, clickable)', async () => {
    const { result, doc, uris } = await build(await makeLinksPdf([...OFF_WEB, ...WEB]));
    expect(uris).toEqual(['http://www.examples.fi/cv', 'https://trepo.tuni.fi/handle/10024/123456', 'mailto:aino.virtanen@examples.fi', 'www.examples.fi/thesis']);
    const annots = doc.context.lookup(doc.getPage(0).node.get(PDFName.of('Annots')), PDFArray);
    // The four web and mail links and the internal one.
    expect(annots.size()).toBe(WEB.length + 1);
    expect(result.diagnostics.map(said)).toEqual([
      [
        'info',
        'file.actions',
        'plan.pdf contains links to files on a computer or network; the packet leaves them out.',
        'A link to a file on your computer or network opens nothing for a reviewer: if it matters, put the document on the web and link there, or add it to the packet as an item of its own.',
      ],
    ]);
  });

  for (const uri of OFF_WEB) {
    it(`${uri}: gone from the built PDF${uri.startsWith('file:') ? '' : ' (before: kept, clickable)'}`, async () => {
      const { text, uris } = await build(await makeLinksPdf([uri]));
      expect(uris).toEqual([]);
      const tail = uri.replace(/^.*[\\/]/u, '');
      if (tail.length > 3) expect(text.includes(tail), tail).toBe(false);
    });
  }

  it('a file:// link alone is reported as a link, not as a script (before: "contains scripts (JavaScript)")', async () => {
    const { result } = await build(await makeLinksPdf(['file:///C:/Users/aino/Documents/secret.pdf']));
    expect(result.diagnostics.map((d) => d.message)).toEqual(['plan.pdf contains links to files on a computer or network; the packet leaves them out.']);
  });

  it('validate says what build says, word for word (before: nothing, the link kept)', async () => {
    for (const [bytes, severity] of [
      [await makeLinksPdf(OFF_WEB), 'info'],
      [await makeLinksPdf(['smb://fileserver/share/x'], { script: true }), 'warning'],
    ] as const) {
      const facts = await inspectInput(bytes, { fileName: 'plan.pdf' });
      const built = (await build(bytes)).result.diagnostics.filter((d) => d.code === 'file.actions');
      const checked = facts.findings.filter((f) => f.code === 'file.actions');
      expect(checked.map(said)).toEqual(built.map(said));
      expect(checked.map((f) => f.severity)).toEqual([severity]);
    }
    // With a script beside them: a warning naming both, and both hints.
    const mixed = (await build(await makeLinksPdf(['smb://fileserver/share/x'], { script: true }))).result.diagnostics.find((d) => d.code === 'file.actions')!;
    expect(mixed.message).toBe('plan.pdf contains scripts (JavaScript), links to files on a computer or network; the packet leaves them out.');
    expect(mixed.hint).toMatch(/^Nothing to do, unless the document relies on them .* A link to a file on your computer or network opens nothing/u);
  });

  it('a javascript: link: validate names it as build does, scripts (before: validate said nothing)', async () => {
    const bytes = await makeLinksPdf(['javascript:app.alert(1)', 'https://trepo.tuni.fi/handle/10024/123456']);
    const checked = (await inspectInput(bytes, { fileName: 'plan.pdf' })).findings.filter((f) => f.code === 'file.actions');
    const built = (await build(bytes)).result.diagnostics.filter((d) => d.code === 'file.actions');
    expect(checked.map(said)).toEqual(built.map(said));
    expect(checked.map((f) => f.message)).toEqual(['plan.pdf contains scripts (JavaScript); the packet leaves them out.']);
  });

  it('a PDF with only web, mail and internal links has nothing to report, in validate or build', async () => {
    const bytes = await makeLinksPdf(WEB);
    expect((await inspectInput(bytes, { fileName: 'plan.pdf' })).findings.filter((f) => f.code === 'file.actions')).toEqual([]);
    const { result, uris } = await build(bytes);
    expect(result.diagnostics).toEqual([]);
    expect(uris).toHaveLength(WEB.length);
  });

  it('bookmarks that open such a link are left out too, and counted', async () => {
    const { result, uris } = await build(await makeLinksPdf([], { bookmarks: ['smb://fileserver/share/x', 'https://trepo.tuni.fi/handle/10024/123456'] }));
    expect(uris).toEqual(['https://trepo.tuni.fi/handle/10024/123456']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['file.actions']);
  });
});

describe('offWebLink', () => {
  it('names where each kind leads', () => {
    expect(OFF_WEB.map((u) => [u, offWebLink(u)])).toEqual(OFF_WEB.map((u) => [u, /^https?:/u.test(u) ? 'intranet' : 'file']));
    expect(WEB.map((u) => offWebLink(u))).toEqual(WEB.map(() => undefined));
    expect(offWebLink('')).toBeUndefined();
    // Bytes that are no address (a string the file's encryption garbled) lead nowhere: a dead link.
    expect(offWebLink('\u00e3\u0011x', Uint8Array.from([0xe3, 0x11, 0x78]))).toBe('unreadable');
    expect(offWebLink('C:\\Users\\Äino', new TextEncoder().encode('C:\\Users\\Äino'))).toBe('file');
  });
});

describe('what the authoring program left on a page', () => {
  it('page-level XMP, private data and thumbnails, and an image’s XMP, stay out of the packet (before: copied along)', async () => {
    const doc = await PDFDocument.create();
    const ctx = doc.context;
    const page = doc.addPage([595.28, 841.89]);
    const xmp = (what: string) => ctx.register(ctx.stream(`<x:xmpmeta><xmpMM:DerivedFrom stRef:filePath="file:///C:/Users/aino.virtanen/Desktop/${what}.indd"/></x:xmpmeta>`, { Type: 'Metadata', Subtype: 'XML' }));
    page.node.set(PDFName.of('Metadata'), xmp('plan'));
    page.node.set(PDFName.of('PieceInfo'), ctx.obj({ InDesign: { LastModified: PDFString.of('D:20261201'), Private: PDFString.of('PIECEINFO-PRIVATE-aino') } }));
    page.node.set(PDFName.of('Thumb'), ctx.register(ctx.stream(new Uint8Array(12).fill(200), { Width: 2, Height: 2, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 })));
    const image = ctx.register(ctx.stream(new Uint8Array(12).fill(90), { Type: 'XObject', Subtype: 'Image', Width: 2, Height: 2, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, Metadata: xmp('photo') }));
    page.node.setXObject(PDFName.of('Im1'), image);
    page.drawText('Research plan', { x: 50, y: 780, size: 14 });
    page.pushOperators();
    const input = await doc.save({ useObjectStreams: false });
    for (const what of ['plan.indd', 'photo.indd', 'PIECEINFO-PRIVATE', '/Thumb']) expect(Buffer.from(input).toString('latin1')).toContain(what);

    const { doc: out, text } = await build(input);
    for (const what of ['.indd', 'DerivedFrom', 'PIECEINFO-PRIVATE', '/Thumb', '/PieceInfo']) expect(text, what).not.toContain(what);
    const leaf = out.getPage(0).node;
    expect([leaf.has(PDFName.of('Metadata')), leaf.has(PDFName.of('PieceInfo')), leaf.has(PDFName.of('Thumb'))]).toEqual([false, false, false]);
    // The image itself came along.
    const images = out.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(1);
  });
});
