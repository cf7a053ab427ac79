import type { PDFContentStream, PDFObject, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, degrees, rgb } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedTrueTypeSubset } from '../../../src/core/assemble/embedder.js';
import { assemble } from '../../../src/core/assemble/index.js';
import { moveDestinations, shrinkCache, shrinkFor, shrinkPage } from '../../../src/core/assemble/stamp-room.js';
import { stampPage } from '../../../src/core/assemble/stamps.js';
import { makeLinkedPdf, makePdf } from '../../helpers/make-pdf.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { darkShare, renderPage, type RenderedPage } from '../../helpers/render.js';
import { fonts, makePlan, pdfPart, section } from './fixtures.js';

/** The text of the content streams a page gained, and its font resources. */
function drawn(doc: PDFDocument, before: number): { ops: string; fontNames: string[] } {
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray().slice(before) : [];
  const ops = refs.map((r: PDFObject) => Buffer.from((doc.context.lookup(r as PDFRef) as PDFRawStream).contents).toString('latin1')).join('');
  const font = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  return { ops, fontNames: font ? font.keys().map((k) => k.decodeText()) : [] };
}

describe('stampPage', () => {
  it('draws the stamp in a small stream of its own, grey and upright, with one font name per page', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = embedTrueTypeSubset(doc, fonts.regular, 'DejaVuSans');
    stampPage(page, 'Ann · CV · page 1 of 2', font);
    stampPage(page, 'again', font);
    const { ops, fontNames } = drawn(doc, 0);
    expect(fontNames).toEqual(['PacketStamp']);
    expect(page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).get(PDFName.of('PacketStamp'))).toBe(font.ref);
    const first = ops.split('Q\n')[0]!;
    const width = font.widthOfTextAtSize('Ann · CV · page 1 of 2', 7);
    expect(first).toBe(`q\nBT\n0.45 0.45 0.45 rg\n/PacketStamp 7 Tf\n1 0 0 1 ${Math.round(((595 - width) / 2) * 1000) / 1000} 14 Tm\n${font.encodeText('Ann · CV · page 1 of 2').toString()} Tj\nET\n`);
    // The glyphs drawn are in the subset written with the document, and the text extracts.
    const saved = await PDFDocument.load(await doc.save());
    expect(saved.getPageCount()).toBe(1);
  });

  it('turns with the page, and leaves a font the page already calls PacketStamp alone', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.setRotation(degrees(90));
    const other = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
    page.node.setFontDictionary(PDFName.of('PacketStamp'), other);
    const font = embedTrueTypeSubset(doc, fonts.regular, 'DejaVuSans');
    stampPage(page, 'turned', font);
    const { ops, fontNames } = drawn(doc, 0);
    expect(fontNames).toEqual(['PacketStamp', 'PacketStamp2']);
    expect(page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).get(PDFName.of('PacketStamp'))).toBe(other);
    // Rotated a quarter turn clockwise: the text runs up the right edge.
    expect(ops).toMatch(/\/PacketStamp2 7 Tf\n0 1 -1 0 581 [\d.]+ Tm\n/);
  });
});

describe('room for the stamp inside input pages (stamp-room.ts)', () => {
  it('scales by about 98%, keeping the visual top edge in place and the content centred', () => {
    const a4 = shrinkFor([0, 0, 595, 842], 0);
    expect(a4).toEqual({ s: 0.981, e: 5.6525, f: 15.998 });
    // The top edge and the middle stay; the bottom edge moves up by the band.
    expect(a4.s * 842 + a4.f).toBeCloseTo(842, 3);
    expect(a4.s * 297.5 + a4.e).toBeCloseTo(297.5, 3);
    expect(shrinkFor([0, 0, 612, 792], 0).s).toBe(0.9798);
    // Turned pages: the band is at the visual bottom (the right edge at 90°, the top at 180°, the left at 270°).
    const r90 = shrinkFor([0, 0, 595, 842], 90);
    expect(r90.s).toBe(0.9731);
    expect([r90.s * 0 + r90.e, r90.s * 595 + r90.e, r90.s * 421 + r90.f].map((v) => Math.round(v))).toEqual([0, 595 - 16, 421]);
    const r180 = shrinkFor([0, 0, 595, 842], 180);
    expect([r180.s * 0 + r180.f, r180.s * 842 + r180.f].map((v) => Math.round(v))).toEqual([0, 842 - 16]);
    const r270 = shrinkFor([0, 0, 595, 842], -90);
    expect([r270.s * 0 + r270.e, r270.s * 595 + r270.e].map((v) => Math.round(v))).toEqual([16, 595]);
    // A tiny page is scaled at most to 90%.
    expect(shrinkFor([0, 0, 100, 100], 0).s).toBe(0.9);
  });

  it('moves links, their destinations and bookmarks with the content, and keeps the page size', async () => {
    const doc = await PDFDocument.load(await makeLinkedPdf({ pages: 4 }));
    const page = doc.getPage(0);
    const target = doc.getPage(3);
    const before = { rect: page.node.lookup(PDFName.of('Annots'), PDFArray).asArray().map((r) => (doc.context.lookup(r) as PDFDict).lookup(PDFName.of('Rect'), PDFArray).asArray().map(String)) };
    const cache = shrinkCache();
    const moved = new Map([page, target].map((p) => [p.ref, shrinkPage(p, cache)]));
    moveDestinations(doc, moved);
    const m = moved.get(page.ref)!;
    const annots = page.node.lookup(PDFName.of('Annots'), PDFArray).asArray().map((r) => doc.context.lookup(r) as PDFDict);
    // The first link [50 700 200 714] to page 4's /XYZ 0 800.
    expect(before.rect[0]).toEqual(['50', '700', '200', '714']);
    const moveX = (x: number): number => Math.round((m.s * x + m.e) * 100) / 100;
    const moveY = (y: number): number => Math.round((m.s * y + m.f) * 100) / 100;
    expect(annots[0]!.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(String(n)))).toEqual([moveX(50), moveY(700), moveX(200), moveY(714)]);
    const dest = annots[0]!.lookup(PDFName.of('Dest'), PDFArray);
    expect(String(dest.get(3))).toBe(String(moveY(800)));
    // Bookmarks too: "Chapter 4" leads to page 4 at its moved top.
    const outline = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('Last'), PDFDict);
    expect(String(outline.lookup(PDFName.of('Dest'), PDFArray).get(3))).toBe(String(moveY(800)));
    expect([page.getMediaBox(), page.getRotation().angle]).toEqual([{ x: 0, y: 0, width: 595.28, height: 841.89 }, 0]);
    // The content is wrapped: scaled and clipped to the old crop box, then restored.
    const contents = page.node.Contents() as PDFArray;
    const open = Buffer.from((doc.context.lookup(contents.get(0)) as PDFRawStream).contents).toString('latin1');
    expect(open).toBe(`q ${m.s} 0 0 ${m.s} ${m.e} ${m.f} cm 0 0 595.28 841.89 re W n\n`);
    const close = doc.context.lookup(contents.get(contents.size() - 1)) as PDFContentStream;
    expect(Buffer.from(close.getUnencodedContents()).toString('latin1').trim()).toBe('Q');
  });
});

describe('stamped packets, rendered', () => {
  /** A page painted black to its edges, turned by `rotate`. */
  async function blackPages(rotations: number[]): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    for (const r of rotations) {
      const page = doc.addPage([595, 842]);
      page.drawRectangle({ x: 0, y: 0, width: 595, height: 842, color: rgb(0, 0, 0) });
      page.setRotation(degrees(r));
    }
    return doc.save();
  }

  it('puts the stamp in a blank band at the visual bottom of full-bleed pages, at any rotation, at their own size', async () => {
    const rotations = [0, 90, 180, 270];
    const plan = makePlan([section('slides', 'Slides', [pdfPart('Slides', 'slides.pdf', await blackPages(rotations))])], { options: { cover: false, stamps: true, forms: 'flatten' } });
    const bytes = (await assemble(plan)).bytes;
    for (const [i, r] of rotations.entries()) {
      const page = await renderPage(bytes, i + 1, 72);
      expect([page.width, page.height], `rotation ${r}`).toEqual(r % 180 === 0 ? [595, 842] : [842, 595]);
      const row = (y: number): RenderedPage => ({ ...page, height: 1, gray: page.gray.subarray(y * page.width, (y + 1) * page.width) });
      // Black to the visual top edge (less the thin side margins), white in the bottom 15 px but for the grey stamp.
      expect(darkShare(row(1)), `rotation ${r}, top`).toBeGreaterThan(0.97);
      for (let y = page.height - 15; y < page.height; y++) expect(darkShare(row(y)), `rotation ${r}, row ${y}`).toBe(0);
      expect(darkShare(row(page.height - 18)), `rotation ${r}, above the band`).toBeGreaterThan(0.97);
    }
  });
});

describe('the stamp on small pages (audit 12-05b L)', () => {
  const name = 'Maria Fernanda de los Ángeles Rodríguez-Hernández y Castellanos';
  const title = 'Copies of certificates of language proficiency and official translations of degree certificates';

  it('stays at least 6 pt, shortens the item\'s title then the name, and keeps "page X of Y" whole inside the page', async () => {
    const sizes: [number, number][] = [[595.28, 841.89], [297.64, 419.53], [200, 100], [50, 40]];
    const parts = await Promise.all(sizes.map(async (size, i) => pdfPart(`Part ${i + 1}`, `p${i + 1}.pdf`, await makePdf({ size }))));
    const plan = makePlan([section('certificates', title, parts)], { applicant: { name }, options: { cover: false, stamps: true, forms: 'flatten' } });
    const pdf = await readPdf((await assemble(plan)).bytes);
    const stamps = pdf.pages.map((page) => {
      const items = page.items.filter((it) => it.y > page.height - 12);
      for (const it of items) {
        expect(it.x, `page ${page.width}x${page.height}: ${it.str}`).toBeGreaterThanOrEqual(0);
        expect(it.x + it.width, `page ${page.width}x${page.height}: ${it.str}`).toBeLessThanOrEqual(page.width);
      }
      return { text: items.map((it) => it.str).join(''), size: Math.min(...items.map((it) => it.size)) };
    });
    expect(stamps.map((s) => s.text)).toEqual([
      `${name} · ${title} · page 1 of 4`,
      `${name} · Copies… · page 2 of 4`,
      'Maria Fernanda de los Ángeles Rodríguez-H… · page 3 of 4',
      'page 4 of 4',
    ]);
    // A4 a little under the usual 7 pt, whole; A6 and the 200 x 100 pt page at 6 pt (before: 3 pt, and off the page);
    // the 50 x 40 pt page as large as "page 4 of 4" fits.
    expect(stamps.map((s) => Math.round(s.size * 10) / 10)).toEqual([6.6, 6, 6, 5.3]);
  });
});
