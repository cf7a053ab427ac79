/**
 * What readers other than pdf.js copy from shaped lines. Noto Sans Arabic draws some dots as glyphs of their own,
 * which stand for no character: they are drawn after their run's letters, in marked content whose /ActualText is
 * empty, so poppler (Evince, Okular, pdftotext) and Acrobat skip them instead of putting a word joiner
 * (U+2060) into the word. The poppler check runs only where `pdftotext` is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { actualText } from '../../../src/core/assemble/text-ops.js';
import { loadFonts } from '../../../src/io/files.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { workspace } from '../../helpers/workspace.js';
import { makePlan, pdfPart, section } from './fixtures.js';

const ARABIC = 'نبيل بن-ثابت';
const EMPTY_SPAN = '/Span <</ActualText <FEFF>>> BDC';

/** A two-page packet (cover, one CV page) for an applicant named `name`. */
async function packet(name: string): Promise<Uint8Array> {
  const cv = await PDFDocument.create();
  cv.addPage([595, 842]);
  const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', await cv.save())])], { applicant: { name }, fonts: await loadFonts() });
  const result = await assemble(plan);
  expect(result.diagnostics).toEqual([]);
  return result.bytes;
}

/** The decoded content streams of each page, in order. */
async function contents(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const c = page.node.Contents();
    const refs = c instanceof PDFArray ? c.asArray() : c ? [c] : [];
    return refs.map((ref) => {
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      return stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '';
    });
  });
}

/** The operators of a content stream that open or close text objects and marked content, in order. */
const nesting = (stream: string): string[] => stream.match(/\b(BT|ET|BDC|EMC)\b/g) ?? [];

const normalize = (s: string): string => s.replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();

const pdftotext = spawnSync('pdftotext', ['-v']).error ? 'pdftotext (poppler-utils) is not installed' : undefined;

describe('text-ops: glyphs that stand for no character', () => {
  it('writes marked content as UTF-16BE /ActualText with its byte order mark', () => {
    expect(actualText('').begin.toString()).toBe(EMPTY_SPAN);
    expect(actualText('בת').begin.toString()).toBe('/Span <</ActualText <FEFF05D105EA>>> BDC');
    expect(actualText('').end.toString()).toBe('EMC');
  });

  it('draws the dots of an Arabic name apart, in marked content with an empty /ActualText, inside BT ... ET (before: in the word, extracting as U+2060)', async () => {
    const bytes = await packet(ARABIC);
    const pages = await contents(bytes);
    // The stamp on the CV page is a content stream of its own: one text object, the dots' span inside it.
    const stamp = pages[1]?.find((s) => s.includes('BT')) ?? '';
    expect(stamp).toContain(EMPTY_SPAN);
    expect(nesting(stamp)).toEqual(['BT', 'BDC', 'EMC', 'ET']);
    // The cover's name and stamp too, each span closed before its text object ends.
    const cover = pages[0]?.join('\n') ?? '';
    const ops = nesting(cover);
    expect(ops.filter((o) => o === 'BDC').length).toBeGreaterThanOrEqual(2);
    ops.forEach((op, i) => {
      if (op === 'BDC') expect([ops[i - 1], ops[i + 1], ops[i + 2]]).toEqual(['BT', 'EMC', 'ET']);
    });
    // pdf.js reads the name as before.
    const pdf = await readPdf(bytes);
    expect(normalize(pdf.pages[1]?.text ?? '')).toBe(`${ARABIC} · CV · page 2 of 2`);
    expect(normalize(pdf.pages[0]?.text ?? '')).toContain(ARABIC);
  });

  it('adds no marked content where every glyph stands for its characters (Latin, Chinese, Hebrew)', async () => {
    for (const name of ['Åsa Ødegård', '王芳 Wang', 'נועה בת-שבע כהן']) {
      const pages = await contents(await packet(name));
      expect(pages.flat().some((s) => /\bBDC\b/.test(s)), name).toBe(false);
    }
  });

  it.skipIf(pdftotext !== undefined)(`pdftotext gives each word of the Arabic name whole, with no word joiner (before: "ن⁠ ب⁠ي⁠ل ب") ${pdftotext ? `(skipped: ${pdftotext})` : ''}`, async () => {
    const file = join(workspace({}), 'packet.pdf');
    writeFileSync(file, await packet(ARABIC));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('\u2060');
    // Poppler still orders the parts around the hyphen by its own guess (README, "Copying and searching").
    const words = text.split(/[\s\u202a-\u202e-]+/u);
    for (const word of ['نبيل', 'بن', 'ثابت']) expect(words, word).toContain(word);
  });
});
