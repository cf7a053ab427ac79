import { PDFDocument, PDFHexString, PDFName, type PDFArray, type PDFDict } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { loadFonts } from '../../../src/io/files.js';
import { makeUtf8Pdf20 } from '../../helpers/make-pdf.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { makePlan, pdfPart, section } from './fixtures.js';

describe('PDF 2.0 inputs with UTF-8 text strings (audit 24 F5, F6)', async () => {
  const fonts = await loadFonts();
  const build = async (input: Uint8Array) => {
    const result = await assemble(makePlan([section('thesis', 'Thesis', [pdfPart('Thesis', 'thesis.pdf', input)])], { options: { cover: false, stamps: false, forms: 'flatten' }, fonts }));
    return { result, pdf: await readPdf(result.bytes) };
  };

  it('keeps UTF-8 bookmark titles as written (before: "ï»¿Thesis: Ð™Ð²ÐµÐ´ÐµÐ½Ð¸Ðµ")', async () => {
    const { pdf } = await build(await makeUtf8Pdf20());
    expect(pdf.outline[0]?.children.map((c) => [c.title, c.page])).toEqual([
      ['Thesis: Введение', 1],
      ['第二章 方法', 2],
      ['Résumé', 2],
    ]);
  });

  it('prints a UTF-8 form value as written when flattening (before: "ï»¿Aino MÃ¼ller-ÃŸdegÃ¥rd")', async () => {
    const { result, pdf } = await build(await makeUtf8Pdf20());
    expect(pdf.pages[0]?.text).toContain('Aino Müller-Ødegård');
    expect(pdf.pages[0]?.text).not.toContain('ï»¿');
    expect(result.copied[0]?.printed).toEqual(['Aino Müller-Ødegård']);
  });

  it('reads UTF-16LE text strings (with their mark, seen in the wild) too', async () => {
    const { pdf } = await build(await makeUtf8Pdf20({ utf16le: true }));
    expect(pdf.outline[0]?.children.map((c) => c.title)).toEqual(['Thesis: Введение', '第二章 方法', 'Résumé']);
    expect(pdf.pages[0]?.text).toContain('Aino Müller-Ødegård');
  });

  it('with forms kept, writes a UTF-8 value as UTF-16, which every reader of the packet (a PDF 1.7 file) knows', async () => {
    const input = await makeUtf8Pdf20();
    const result = await assemble(makePlan([section('thesis', 'Thesis', [pdfPart('Thesis', 'thesis.pdf', input)])], { options: { cover: false, stamps: false, forms: 'keep' }, fonts }));
    const out = await PDFDocument.load(result.bytes);
    const form = out.context.lookup(out.catalog.get(PDFName.of('AcroForm'))) as PDFDict;
    const fields = out.context.lookup(form.get(PDFName.of('Fields'))) as PDFArray;
    const field = out.context.lookup(fields.get(0)) as PDFDict;
    const value = field.get(PDFName.of('V'));
    expect(value).toBeInstanceOf(PDFHexString);
    expect(Buffer.from((value as PDFHexString).asBytes().subarray(0, 2)).toString('hex')).toBe('feff');
    expect((value as PDFHexString).decodeText()).toBe('Aino Müller-Ødegård');
    expect((await readPdf(result.bytes)).fieldNames).toEqual(['full_name']);
  });
});
