/**
 * "Ready to submit" means ready: each packet a reviewer would reject, as a new applicant wrote it, is not ready,
 * and every problem shows in one pass with a message that says what to do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { basename, join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { makeReport } from '../../../src/core/report/model.js';
import { renderMarkdown } from '../../../src/core/report/markdown.js';
import { describePosting, renderText } from '../../../src/core/report/text.js';
import { renderJson } from '../../../src/core/report/json.js';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { makePdf, makePng } from '../../helpers/make-pdf.js';
import { random } from '../../helpers/random.js';
import { sheetPhoto, textLines } from '../../helpers/sheet-photo.js';
import { cli, TEST_BIO, TEST_ITEMS, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

const manifest = (items: string, head = '') => `${head}profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
${items}`;

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3, wordsPerPage: 40 });
});

/** Sixty words of their own, in lines of ten: `seed` makes every line differ from another document's. */
const para = (seed: string): string => Array.from({ length: 60 }, (_, i) => `${seed.replace(/\s+/g, '-')}${i}`).join(' ');

/** A letterhead's lines of text: more of it than a short paragraph, but on every page of its documents. */
const LETTERHEAD = [
  'Department of Testing, School of Examples, Test University, P.O. Box 12300, FI-00076 Testville, Finland',
  'Visiting address: Examples Street 1 A, 00100 Testville. Telephone +358 00 000 0000, telefax +358 00 000 0001',
  'dept-testing@examples.fi, www.examples.fi/testing, business ID 0000000-0, VAT FI00000000, registered office Testville',
];

/** Pages of text set in lines, each with the letterhead (`logo` and an address line) when asked. */
async function paperPdf(pages: Array<{ text?: string; letterhead?: boolean }>, logo?: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const image = logo ? await doc.embedPng(logo) : undefined;
  for (const { text, letterhead } of pages) {
    const page = doc.addPage([595.28, 841.89]);
    if (letterhead && image) {
      page.drawImage(image, { x: 50, y: 760, width: 200, height: 60 });
      LETTERHEAD.forEach((line, i) => page.drawText(line, { x: 50, y: 745 - i * 10, size: 8, font }));
    }
    const words = text?.split(' ') ?? [];
    for (let line = 0; line * 10 < words.length; line++) page.drawText(words.slice(line * 10, line * 10 + 10).join(' '), { x: 50, y: 700 - line * 14, size: 10, font });
  }
  return doc.save({ useObjectStreams: false });
}

async function check(text: string, extra: Record<string, string | Uint8Array> = {}, today = '2025-10-01') {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, ...extra, 'manifest.yaml': text });
  const result = await checkManifest(join(dir, 'manifest.yaml'), { today });
  const report = makeReport({ manifest: 'manifest.yaml', ...(result.profile ? { profile: result.profile } : {}), ...(result.result ? { result: result.result } : {}), diagnostics: result.diagnostics, strict: false });
  return { ...result, report, dir };
}

const lines = (diags: Diagnostic[]) => diags.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}`);

describe('never ready when a reviewer would reject the packet', () => {
  it('the clean packet is ready', async () => {
    const r = await check(manifest(TEST_ITEMS));
    expect(lines(r.diagnostics)).toEqual([]);
    expect(r.report.verdict).toBe('Ready to submit (1 item to send later)');
  });

  it('ready with warnings: the verdict says to check them, since it is the line people read', async () => {
    const one = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, '{ text: "Researcher in machine learning." }')));
    expect(lines(one.diagnostics)).toEqual(['5:16 warning text.short']);
    expect(one.report.verdict).toBe('Ready to submit (1 item to send later; check the warning: short text in Short bio)');
    const two = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, '{ text: "Researcher in machine learning." }')), { 'profile.yaml': `${TEST_PROFILE}review: true\n` });
    expect(lines(two.diagnostics)).toEqual(['1:10 warning profile.unreviewed', '5:16 warning text.short']);
    // An unreviewed profile is named by the verdict itself, not counted among the warnings to check.
    expect(two.report.verdict).toBe('Ready, but by a profile not yet checked against the posting: it may miss a document the posting asks for (1 item to send later; check the warning: short text in Short bio)');
  });

  it('an empty text: an error, not "ok (0 words)"', async () => {
    const r = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, '{ text: "" }')));
    expect(lines(r.diagnostics)).toEqual(['5:16 error text.empty']);
    expect(r.diagnostics[0]!.message).toBe('The text of Short bio is empty.');
    expect(r.report.ready).toBe(false);
  });

  it('a text or a name of Hangul fillers or Braille blanks is empty or holds what no one can see (audit 12-06g #2; before: "ok (360 words)", a blank page and a blank name, Ready)', async () => {
    for (const [f, name] of [['\u3164', 'HANGUL FILLER'], ['\u115f\u1160', 'HANGUL CHOSEONG FILLER, U+1160 HANGUL JUNGSEONG FILLER'], ['\uffa0', 'HALFWIDTH HANGUL FILLER'], ['\u2800', 'BRAILLE PATTERN BLANK']] as const) {
      const letter = Array.from({ length: 30 }, () => f.repeat(3)).join(' ');
      const shown = (n: number) => [...f].map((c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase()}>`).join('').repeat(n);
      const r = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, `{ text: "${letter}" }`).replace('name: Ari Oja', `name: "${f.repeat(3)} ${f.repeat(4)}"`)).replace('Tiina Perho', `"${f.repeat(2)}"`));
      expect(lines(r.diagnostics)).toEqual(['2:20 error manifest.invalid', '5:16 error text.empty', '10:15 error manifest.invalid']);
      const chars = [...f].length === 1 ? `a character no one can see (U+${f.codePointAt(0)!.toString(16).toUpperCase()} ${name})` : `characters no one can see (U+115F ${name})`;
      expect(r.diagnostics.map((d) => d.message)).toEqual([
        `Your name "${shown(2)}" holds ${chars}: the cover and the page stamps would leave ${[...f].length === 1 ? 'it' : 'them'} out, the PDF's title and author would keep ${[...f].length === 1 ? 'it' : 'them'}.`,
        'The text of Short bio is empty.',
        `The referee's name "${shown(3)} ${shown(4)}" holds ${chars}: the referees page would leave ${[...f].length === 1 ? 'it' : 'them'} out.`,
      ]);
      expect(r.report.ready).toBe(false);
    }
    // A variation selector after the emoji or kanji it changes is drawn with it; Korean is counted as Korean.
    const fine = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, '{ text: "한국어 논문을 씁니다 ❤\ufe0f" }').replace('name: Ari Oja', 'name: "Ari Oja \u2764\ufe0f"')));
    expect(lines(fine.diagnostics)).toEqual(['5:16 warning text.short']);
    expect(fine.diagnostics[0]!.message).toBe('The text of Short bio has only 9 words: "한국어 논문을 씁니다 ❤\ufe0f".');
  });

  it('a near-empty text: a warning that quotes it', async () => {
    const r = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, '{ text: "More to follow soon" }')));
    expect(lines(r.diagnostics)).toEqual(['5:16 warning text.short']);
    expect(r.diagnostics[0]!.message).toBe('The text of Short bio has only 4 words: "More to follow soon".');
  });

  it('the same document in two items, by name or as a copy under another name', async () => {
    const same = await check(manifest(TEST_ITEMS.replace('research_plan: plan.pdf', 'research_plan: cv.pdf')));
    expect(lines(same.diagnostics)).toEqual(['6:18 error file.duplicate']);
    expect(same.diagnostics[0]!.message).toBe('cv.pdf is given twice: it is already used for CV (line 4).');
    const copy = await check(manifest(TEST_ITEMS.replace('research_plan: plan.pdf', 'research_plan: cv-copy.pdf')), { 'cv-copy.pdf': cv });
    expect(copy.diagnostics.map((d) => d.message)).toEqual(['cv-copy.pdf is the same document as cv.pdf, already used for CV (line 4).']);
    expect(copy.report.verdict).toBe('Not ready: 1 file given twice');
    expect(copy.report.items.find((i) => i.id === 'research_plan')!.status).toBe('invalid');
  });

  it('the same document saved again by another program, its pages copied into a new file, or bytes added after its end (before: Ready)', async () => {
    const again = await PDFDocument.load(cv);
    again.setProducer('Another program');
    const resaved = await again.save({ useObjectStreams: true });
    const copied = await PDFDocument.create();
    for (const p of await copied.copyPages(await PDFDocument.load(cv), [0, 1])) copied.addPage(p);
    const appended = new Uint8Array([...cv, ...new TextEncoder().encode('%one more line\n')]);
    for (const [name, bytes] of [['resaved.pdf', resaved], ['copied.pdf', await copied.save()], ['appended.pdf', appended]] as const) {
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(cv)), name).not.toBe(0);
      const r = await check(manifest(TEST_ITEMS.replace('research_plan: plan.pdf', `research_plan: ${name}`)), { [name]: bytes });
      expect(r.diagnostics.map((d) => `${lines([d])[0]} ${d.message}`), name).toEqual([`6:18 error file.duplicate ${name} is the same document as cv.pdf, already used for CV (line 4).`]);
    }
    // Two scans that differ only in their image are two documents, though their pages draw alike.
    const scanOf = async (png: Uint8Array) => {
      const d = await PDFDocument.create();
      // (Drawn over a corner: 8 pixels over the whole page would be an icon-sized scan, file.low-resolution.)
      d.addPage().drawImage(await d.embedPng(png), { x: 40, y: 600, width: 200, height: 200 });
      return d.save();
    };
    const two = await check(manifest(`${TEST_ITEMS}  diplomas: [a.pdf, b.pdf]
`), { 'a.pdf': await scanOf(makePng(8, 8)), 'b.pdf': await scanOf(makePng(9, 8)) });
    expect(lines(two.diagnostics)).toEqual(['11:3 warning item.asked-later', '11:13 info item.untitled']);
  });

  it('pages of one document inside another file, merged with other pages or in another order, are a repeat named page by page (audit 12-05c 2; before: Ready)', async () => {
    const long = await paperPdf([{ text: para('cv-a') }, { text: para('cv-b') }]);
    const own = await PDFDocument.load(long);
    const merged = await PDFDocument.create();
    for (const p of await merged.copyPages(own, [1])) merged.addPage(p);
    for (const p of await merged.copyPages(await PDFDocument.load(plan), [0, 1, 2])) merged.addPage(p);
    const reordered = await PDFDocument.create();
    for (const p of await reordered.copyPages(own, [1, 0])) reordered.addPage(p);
    const files = { 'long-cv.pdf': long, 'merged.pdf': await merged.save(), 'reordered.pdf': await reordered.save() };
    const shown = (r: Awaited<ReturnType<typeof check>>) => r.diagnostics.map((d) => `${lines([d])[0]} ${d.message}  hint: ${d.hint}`);
    const items = TEST_ITEMS.replace('cv: cv.pdf', 'cv: long-cv.pdf');

    const inside = await check(manifest(items.replace('research_plan: plan.pdf', 'research_plan: merged.pdf')), files);
    expect(shown(inside)).toEqual([
      '6:18 error file.duplicate Page 1 of merged.pdf is page 2 of long-cv.pdf, already used for CV (line 4).  hint: Take the repeated page out of merged.pdf, or give only its other pages: `{ file: merged.pdf, pages: "2-4" }`.',
    ]);
    expect(inside.report.verdict).toBe('Not ready: 1 file given twice');
    // As the hint says: the other pages alone are no repeat.
    const rest = await check(manifest(items.replace('research_plan: plan.pdf', 'research_plan: { file: merged.pdf, pages: "2-4" }')), files);
    expect(shown(rest)).toEqual([]);

    const swapped = await check(manifest(items.replace('research_plan: plan.pdf', 'research_plan: reordered.pdf')), files);
    expect(shown(swapped)).toEqual([
      '6:18 error file.duplicate Pages 1 and 2 of reordered.pdf are pages 2 and 1 of long-cv.pdf, already used for CV (line 4).  hint: Give each item its own document, or remove the repeat.',
    ]);

    // A scanned page (an image only it draws) inside another scan.
    const sharp = (await import('sharp')).default;
    const noise = (seed: number) => {
      const next = random(seed);
      const px = Buffer.alloc(120 * 160);
      for (let i = 0; i < px.length; i++) px[i] = Math.floor(next() * 256);
      return sharp(px, { raw: { width: 120, height: 160, channels: 1 } }).png().toBuffer();
    };
    const scans = async (...images: Buffer[]) => {
      const d = await PDFDocument.create();
      for (const png of images) d.addPage().drawImage(await d.embedPng(png), { x: 0, y: 0, width: 595, height: 842 });
      return d.save();
    };
    const [one, two, three] = await Promise.all([noise(1), noise(2), noise(3)]);
    const scanned = await check(manifest(`${TEST_ITEMS}  diplomas: [a.pdf, b.pdf]
`), { 'a.pdf': await scans(one!, two!), 'b.pdf': await scans(three!, two!) });
    expect(scanned.diagnostics.filter((d) => d.code === 'file.duplicate').map((d) => `${lines([d])[0]} ${d.message}`)).toEqual([
      '11:21 error file.duplicate Page 2 of b.pdf is page 2 of a.pdf, already used for Diplomas (line 11).',
    ]);
  });

  it('pages that are alike in any two documents are no repeat: a blank page, a letterhead alone, a cover sheet, a heading', async () => {
    const sharp = (await import('sharp')).default;
    const next = random(7);
    const px = Buffer.alloc(200 * 60 * 3);
    for (let i = 0; i < px.length; i++) px[i] = Math.floor(next() * 256);
    const logo = await sharp(px, { raw: { width: 200, height: 60, channels: 3 } }).png().toBuffer();
    // One portal's cover sheet before each, the department's letterhead on the first two pages, a blank page and a heading page at the end.
    const cover = { text: para('portal cover sheet for the application of Tiina Perho, uploaded documents') };
    const letter = (who: string) => paperPdf([cover, { text: para(who), letterhead: true }, { letterhead: true }, {}, { text: 'Appendix: publications' }], logo);
    const r = await check(manifest(TEST_ITEMS.replace('cv: cv.pdf', 'cv: a.pdf').replace('research_plan: plan.pdf', 'research_plan: b.pdf')), { 'a.pdf': await letter('first'), 'b.pdf': await letter('second') });
    expect(lines(r.diagnostics)).toEqual([]);
    expect(r.report.verdict).toBe('Ready to submit (1 item to send later)');
  });

  it('a blank PDF (nothing drawn on any page) is an error; a scan or a drawing is content', async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    blank.addPage();
    const drawing = await PDFDocument.create();
    drawing.addPage().drawRectangle({ x: 50, y: 50, width: 100, height: 20 });
    const scan = await PDFDocument.create();
    scan.addPage().drawImage(await scan.embedPng(makePng()), { x: 0, y: 0, width: 595, height: 842 });
    const items = TEST_ITEMS.replace('plan.pdf', 'blank.pdf').replace('{ link: "https://examples.fi/thesis.pdf" }', 'drawing.pdf');
    const r = await check(manifest(`${items}  diplomas: scan.pdf\n`), {
      'blank.pdf': await blank.save(),
      'scan.pdf': await scan.save(),
      'drawing.pdf': await drawing.save(),
    });
    expect(r.diagnostics.filter((d) => d.code === 'file.blank').map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}  hint: ${d.hint}`)).toEqual([
      '6:18 error blank.pdf is blank: nothing is drawn on any of its 2 pages.  hint: Check that this is the right file; if the content is missing, export or scan the document again.',
    ]);
    expect(r.report.verdict).not.toMatch(/^Ready/);
  });

  it('a scan of a blank sheet (every page an image of one flat colour) is an error; a scan with a line on it is not', async () => {
    const sharp = (await import('sharp')).default;
    // A sheet scanned face up: the lid, light grey with a little sensor noise, as a JPEG; and one with a dark rule.
    const lid = Buffer.alloc(300 * 400);
    for (let i = 0; i < lid.length; i++) lid[i] = 236 + ((i * 7919) % 3);
    const ruled = Buffer.from(lid);
    ruled.fill(20, 200 * 300, 203 * 300);
    const jpeg = (pixels: Buffer) => sharp(pixels, { raw: { width: 300, height: 400, channels: 1 } }).jpeg({ quality: 80 }).toBuffer();
    const scanPdf = async (images: Array<{ png?: Uint8Array; jpg?: Uint8Array }>) => {
      const doc = await PDFDocument.create();
      for (const image of images) {
        const embedded = image.png ? await doc.embedPng(image.png) : await doc.embedJpg(image.jpg!);
        doc.addPage().drawImage(embedded, { x: 0, y: 0, width: 595, height: 842 });
      }
      return doc.save();
    };
    const items = TEST_ITEMS.replace('plan.pdf', 'lid.pdf').replace('{ link: "https://examples.fi/thesis.pdf" }', 'flat.pdf');
    const r = await check(manifest(`${items}  diplomas: ruled.pdf\n`), {
      'lid.pdf': await scanPdf([{ jpg: await jpeg(lid) }, { jpg: await jpeg(lid) }]),
      'flat.pdf': await scanPdf([{ png: makePng(40, 30, true) }]),
      // Two pages: the first blank, the second with the rule. Something is on it.
      'ruled.pdf': await scanPdf([{ jpg: await jpeg(lid) }, { jpg: await jpeg(ruled) }]),
    });
    expect(r.diagnostics.filter((d) => d.code === 'file.blank').map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}`)).toEqual([
      '6:18 error lid.pdf is blank: each of its 2 pages is a scanned image of one flat colour, with nothing on it.',
      '7:11 error flat.pdf is blank: its page is a scanned image of one flat colour, with nothing on it.',
    ]);
    expect(r.diagnostics.find((d) => d.code === 'file.blank')!.hint).toBe('Check that this is the right file; if it is a scan, scan the document again with its printed side towards the glass.');
    expect(r.report.verdict).not.toMatch(/^Ready/);
  });

  it('a PDF of phone photos of an empty sheet, JPEG or lossless, is an error; the same photos with a line of text are not (before: Ready)', async () => {
    const sharp = (await import('sharp')).default;
    const photos = async (jpegs: Uint8Array[], lossless = false) => {
      const doc = await PDFDocument.create();
      for (const jpeg of jpegs) {
        const image = lossless ? await doc.embedPng(new Uint8Array(await sharp(jpeg).png().toBuffer())) : await doc.embedJpg(jpeg);
        doc.addPage().drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
      }
      return doc.save();
    };
    const blank = await sheetPhoto();
    const back = await sheetPhoto({ seed: 4, falloff: 0.45 });
    const small = await sheetPhoto({ width: 756, height: 1008, seed: 9 });
    const written = await sheetPhoto({ svg: textLines(['Transcript of records, page 2 of 2']) });
    const items = TEST_ITEMS.replace('plan.pdf', 'photos.pdf').replace('{ link: "https://examples.fi/thesis.pdf" }', 'png.pdf');
    const r = await check(manifest(`${items}  diplomas: written.pdf\n`), {
      'photos.pdf': await photos([blank, back]),
      'png.pdf': await photos([small], true),
      // The front and back of a transcript: the back is empty, the front is not.
      'written.pdf': await photos([written, blank]),
    });
    expect(r.diagnostics.filter((d) => d.code === 'file.blank').map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}`)).toEqual([
      '6:18 error photos.pdf is blank: each of its 2 pages is a scanned image of an empty sheet or one flat colour, with nothing on it.',
      '7:11 error png.pdf is blank: its page is a scanned image of an empty sheet or one flat colour, with nothing on it.',
    ]);
    expect(r.report.verdict).not.toMatch(/^Ready/);
  });

  it('a letter where the posting wants contact details only', async () => {
    const profile = TEST_PROFILE.replace('accepts: [referee, letter], min: 2', 'accepts: [referee], min: 2');
    const r = await check(manifest(TEST_ITEMS.replace('{ name: Ida Aho, email: one@examples.fi }', '{ name: Ida Aho, email: one@examples.fi, letter: plan.pdf }')), { 'profile.yaml': profile });
    expect(lines(r.diagnostics)).toEqual(['9:56 error referee.letter']);
    expect(r.diagnostics[0]!.message).toBe("A letter from Ida Aho is given, but for References the posting asks only for referees' contact details.");
  });

  it('an output that is one of the inputs: validate says so, not only build', async () => {
    const r = await check(manifest(TEST_ITEMS, 'output: cv.pdf\n'));
    expect(lines(r.diagnostics)).toEqual(['1:9 error build.output-is-input']);
    expect(r.report.verdict).toBe('Not ready: 1 problem with the output path');
  });

  it('an output that is a folder or a device: validate says what build says (audit 12-06h #5; before: Ready, and build refused)', async () => {
    const folder = await check(manifest(TEST_ITEMS, 'output: application\n'), { 'application/notes.txt': 'mine' });
    expect(folder.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}  ${d.hint}`)).toEqual([expect.stringMatching(/^1:9 error build\.write-failed {2}Cannot write \S*application: it is a folder\. {2}Give the path of a file, not of a folder\.$/)]);
    expect(folder.report.verdict).toBe('Not ready: 1 problem with the output path');
    const device = await check(manifest(TEST_ITEMS, 'output: /dev/null\n'));
    expect(lines(device.diagnostics)).toEqual(['1:9 error build.write-failed']);
    // "x.pdf.txt" is named "x.pdf" (before: "x.pdf.pdf").
    const twice = await check(manifest(TEST_ITEMS, 'output: out/packet.pdf.txt\n'));
    expect(twice.diagnostics[0]!.hint).toBe('Name it out/packet.pdf.');
  });

  it('an output that does not end in .pdf: a warning with the name to use (before: a PDF written as out/packet.txt, Ready)', async () => {
    const r = await check(manifest(TEST_ITEMS, 'output: out/packet.txt\n'));
    expect(lines(r.diagnostics)).toEqual(['1:9 warning build.output-not-pdf']);
    expect([r.diagnostics[0]!.message, r.diagnostics[0]!.hint]).toEqual([
      "The output out/packet.txt does not end in .pdf: upload forms may refuse it, and a reviewer's computer may not open it as a PDF.",
      'Name it out/packet.pdf.',
    ]);
    expect(r.report.verdict).toBe('Ready to submit (1 item to send later; check the warning: output name)');
    const bare = await check(manifest(TEST_ITEMS, 'output: out/Application.PDF\n'));
    expect(lines(bare.diagnostics)).toEqual([]);
  });

  it('an output path that starts with ~, ends in / or is empty is an error at its line (before: Ready, and a folder named "~" made)', async () => {
    for (const [output, message] of [
      ['"~/packet.pdf"', 'The output ~/packet.pdf starts with ~, which is not your home folder in a manifest: the build would make a folder named "~" beside it.'],
      ['out/', 'The output out/ names a folder; the packet is one PDF file.'],
      ['""', 'The output path is empty.'],
    ] as const) {
      const r = await check(manifest(TEST_ITEMS, `output: ${output}\n`));
      expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}`)).toEqual([`1:9 error build.output-path  ${message}`]);
      expect(r.report.verdict).toBe('Not ready: 1 problem with the output path');
    }
  });

  it('an output with a blank at either end, or named only .pdf, is an error with the value to write (audit 12-06h; before: Ready, and a folder named " out" or a hidden .pdf)', async () => {
    for (const [output, message, hint] of [
      ['" out/packet.pdf"', 'The output " out/packet.pdf" starts with a blank: the build would make a folder whose name holds it, which looks the same as one without.', 'Write `output: out/packet.pdf`.'],
      ['"out/packet.pdf "', 'The output "out/packet.pdf " ends with a blank: the build would make a file whose name holds it, which looks the same as one without.', 'Write `output: out/packet.pdf`.'],
      ['out/.pdf', 'The output out/.pdf is a file name with only the extension: the PDF would be a hidden file named ".pdf".', 'Write `output: out/packet.pdf`.'],
    ] as const) {
      const r = await check(manifest(TEST_ITEMS, `output: ${output}\n`));
      expect(r.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}  hint: ${d.hint}`)).toEqual([`1:9 error build.output-path  ${message}  hint: ${hint}`]);
      expect(r.report.verdict).toBe('Not ready: 1 problem with the output path');
    }
  });

  it('an item written with a typo in its only entry is invalid, not missing (before: "1 item missing (References)" over `mail:` for `email:`)', async () => {
    const r = await check(manifest(TEST_ITEMS.replace('    - { name: Ida Aho, email: one@examples.fi }\n    - { name: Ari Oja, email: two@examples.fi }', '    - { name: Ida Aho, mail: one@examples.fi }')));
    expect(r.result!.items.find((i) => i.id === 'references')?.status).toBe('invalid');
    expect(r.report.verdict).not.toMatch(/missing/);
    expect(lines(r.diagnostics)).toContain('9:24 error manifest.unknown-key');
  });

  it('a hard deadline that passed: not ready, unless --today says otherwise; open until filled: ready, but said', async () => {
    const late = await check(manifest(TEST_ITEMS), {}, '2026-10-01');
    expect(lines(late.diagnostics)).toEqual(['1:10 error deadline.passed']);
    expect(late.report.verdict).toBe('Not ready: the deadline passed on 2025-11-14');
    const open = await check(manifest(TEST_ITEMS), { 'profile.yaml': TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2025-11-14\nopen_until_filled: true') }, '2026-10-01');
    expect(open.report.verdict).toBe('Ready, but the deadline passed on 2025-11-14 (the posting says open until filled); 1 item to send later');
  });

  it('a count or an item the import guessed is "the profile asks", not "the posting asks"; the warning names the marked values (audit 17 #9)', async () => {
    // Before: "References has 2 referees; the posting asks for exactly 3." for an import's guess, and the warning named only `references`.
    const profile = TEST_PROFILE.replace('accepts: [referee, letter], min: 2, max: 3 }', 'accepts: [referee, letter], min: 3, max: 3, review: true }')
      .replace('title: Diplomas, stage: later, accepts: [file] }', 'title: Diplomas, stage: later, accepts: [file], review: true }')
      .replace('{ id: cv, kind: cv, title: CV, accepts: [file] }', '{ id: cv, kind: cv, title: CV, accepts: [file], condition: "if applicable", review: true }')
      .replace('title: Research plan, accepts: [file], max_pages: 5 }', 'title: Research plan, accepts: [file], max_pages: 5, review: true }');
    const r = await check(manifest(TEST_ITEMS.replace('  research_plan: plan.pdf\n', '')), { 'profile.yaml': profile });
    const said = (code: string) => r.diagnostics.find((d) => d.code === code)?.message;
    expect(said('profile.unreviewed')).toBe(
      'The profile still has values marked for review (`cv` (condition "if applicable"), `research_plan`, `references` (exactly 3), `diplomas` (stage later)): `packet profile import` guessed them from the posting, and it may have missed a document the posting asks for.',
    );
    expect(said('item.count')).toBe('References has 2 referees; the profile asks for exactly 3 (`packet profile import` guessed this and marked it for review: check it against the posting).');
    expect(said('item.missing')).toBe('Research plan is missing: the profile asks for it (`packet profile import` guessed this and marked it for review: check it against the posting).');
    // An item nobody marked keeps the posting's words.
    const plain = await check(manifest(TEST_ITEMS.replace('  research_plan: plan.pdf\n', '')));
    expect(plain.diagnostics.find((d) => d.code === 'item.missing')?.message).toBe('Research plan is missing: the posting asks for it.');
  });

  it('a profile with review flags from `profile import`: a warning until they are checked', async () => {
    const profile = TEST_PROFILE.replace('title: Research plan, accepts: [file], max_pages: 5 }', 'title: Research plan, accepts: [file], max_pages: 5, review: true }');
    const r = await check(manifest(TEST_ITEMS), { 'profile.yaml': profile });
    expect(lines(r.diagnostics)).toEqual(['1:10 warning profile.unreviewed']);
    expect(r.diagnostics[0]!.message).toBe('The profile still has values marked for review (`research_plan`): `packet profile import` guessed them from the posting, and it may have missed a document the posting asks for.');
    // Never a plain "Ready to submit" by a profile nobody checked (audit 12-06g: an import that missed the CV said Ready).
    expect(r.report.ready).toBe(true);
    expect(r.report.verdict).toBe('Ready, but by a profile not yet checked against the posting: it may miss a document the posting asks for (1 item to send later)');
    const late = await check(manifest(TEST_ITEMS), { 'profile.yaml': profile.replace('deadline: 2025-11-14', 'deadline: 2025-11-14\nopen_until_filled: true') }, '2026-10-01');
    expect(late.report.verdict).toBe('Ready, but the deadline passed on 2025-11-14 (the posting says open until filled); the profile is not yet checked against the posting; 1 item to send later');
    // A flag on the profile itself (a guessed deadline, documents the posting names that no item lists).
    const top = await check(manifest(TEST_ITEMS), { 'profile.yaml': `${TEST_PROFILE}\nreview: true\n` });
    expect(top.diagnostics[0]!.message).toMatch(/^The profile still has values marked for review \(its title, dates or list of items\)/);
    // The import's `# REVIEW:` comments say which of its own values: those are named (before: the same vague words).
    const marked = TEST_PROFILE.replace('title: Test Position', '# REVIEW: taken from the first line of the posting\ntitle: Test Position').replace('deadline: 2025-11-14', '# REVIEW: a date without a year\ndeadline: 2025-11-14').replace('items:', '# REVIEW: the posting also names a document no item lists\n# - "writing sample": "..."\nitems:');
    const named = await check(manifest(TEST_ITEMS), { 'profile.yaml': `${marked}\nreview: true\n` });
    expect(named.diagnostics[0]!.message).toMatch(/^The profile still has values marked for review \(`title`, `deadline`, the list of items\)/);
    // A guessed deadline is what makes a packet late (audit 12-06i: "Ready, but ..." a day after the real one): the verdict names it.
    expect(named.report.verdict).toBe('Ready, but by a profile not yet checked against the posting: its deadline (2025-11-14) is a guess, and it may miss a document the posting asks for (1 item to send later)');
    const sending = marked.replace('submission: {', '# REVIEW: the posting asks for a ZIP archive\nsubmission: {');
    const both = await check(manifest(TEST_ITEMS), { 'profile.yaml': `${sending}\nreview: true\n` });
    expect(both.report.verdict).toBe('Ready, but by a profile not yet checked against the posting: its deadline (2025-11-14) and how to send it are guesses, and it may miss a document the posting asks for (1 item to send later)');
    // `review: true` inside `submission` (no comment) counts as well; a marked title alone changes nothing in the verdict.
    const inside = await check(manifest(TEST_ITEMS), { 'profile.yaml': TEST_PROFILE.replace('max_pages: 30 }', 'max_pages: 30, review: true }') });
    expect(inside.report.verdict).toBe('Ready, but by a profile not yet checked against the posting: how to send it is a guess, and it may miss a document the posting asks for (1 item to send later)');
    const title = await check(manifest(TEST_ITEMS), { 'profile.yaml': `${TEST_PROFILE.replace('title: Test Position', '# REVIEW: taken from the first line\ntitle: Test Position')}\nreview: true\n` });
    expect(title.report.verdict).toBe('Ready, but by a profile not yet checked against the posting: it may miss a document the posting asks for (1 item to send later)');
    // The report's line about the posting says which of its values are guesses, where they are shown.
    expect(describePosting(both.report)).toBe('Deadline 2025-11-14 (guessed: check the posting) · one PDF (guessed: check the posting) · at most 1 MB · at most 30 pages');
    expect(describePosting(title.report)).toBe('Deadline 2025-11-14 · one PDF · at most 1 MB · at most 30 pages');
    expect(JSON.parse(renderJson(both.report)).profile.guessed).toEqual(['deadline', 'submission']);
  });

  it('an item asked only of some applicants (a condition from `profile import`) is a note when absent, not an error', async () => {
    const profile = TEST_PROFILE.replace('  - { id: diplomas,', '  - { id: language, kind: language_certificate, title: Language certificate, condition: non-native speakers of English }\n  - { id: diplomas,');
    const r = await check(manifest(TEST_ITEMS), { 'profile.yaml': profile });
    expect(lines(r.diagnostics)).toEqual(['3:1 info item.conditional']);
    expect(r.diagnostics[0]!.message).toBe('Language certificate is asked for only for non-native speakers of English; it is not given.');
    expect(r.report.verdict).toBe('Ready to submit (1 item to send later)');
    expect(r.report.items.find((i) => i.id === 'language')!.status).toBe('conditional');
  });

  it('control characters in a text are reported, not dropped silently', async () => {
    const r = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, `{ text: "${TEST_BIO} \\a" }`)));
    expect(lines(r.diagnostics)).toEqual(['5:16 warning text.control']);
    expect(r.diagnostics[0]!.message).toMatch(/control characters that cannot be printed: U\+0007/);
  });
});

describe('invisible characters that change what a page shows (audit 12-05f #4, #6)', () => {
  it('a right-to-left override in a text, a link note or the cover note is an error at its line (before: Ready, the words printed backwards)', async () => {
    const items = TEST_ITEMS.replace(`bio: { text: "${TEST_BIO}" }`, `bio:\n    text: |\n      ${TEST_BIO}\n      I study \u202emembership inference\u202c attacks.`).replace(
      'thesis: { link: "https://examples.fi/thesis.pdf" }',
      'thesis: { link: "https://examples.fi/thesis.pdf", note: "Code \u202ehere\u202c and more." }',
    );
    const r = await check(manifest(items, 'options: { cover: { note: "Available from \u202e1 December\u202c." } }\n'));
    expect(lines(r.diagnostics)).toEqual(['1:27 error text.invisible', '9:7 error text.invisible', '11:59 error text.invisible']);
    expect(r.diagnostics[1]!.message).toBe(
      'The text of Short bio holds U+202E RIGHT-TO-LEFT OVERRIDE, a character no one can see: the words after it would be printed backwards ("...a real one. I study <U+202E>membership inference<U+202C> attacks.").',
    );
    expect(r.diagnostics[1]!.hint).toBe('Delete it and retype the words around it by hand: it came along when the text was copied (search for U+202E in your editor).');
    expect(r.diagnostics[0]!.message).toMatch(/^The cover note holds U\+202E RIGHT-TO-LEFT OVERRIDE, .*\("Available from <U\+202E>1 December<U\+202C>\."\)\.$/u);
    expect(r.report.verdict).toBe('Not ready: 3 texts to fix (Cover note, Short bio, MSc thesis)');
  });

  it('zero-width spaces for spaces: an error naming U+200B, and the words counted against the cap (before: "only 1 word", Ready)', async () => {
    const joined = Array.from({ length: 25 }, (_, i) => `word${i}`).join('\u200b');
    const r = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, `{ text: "${joined}" }`)));
    expect(lines(r.diagnostics)).toEqual(['5:8 error limit.words', '5:16 error text.invisible']);
    expect(r.diagnostics[0]!.message).toBe('Short bio has 25 words; the posting allows 20.');
    expect(r.diagnostics[1]!.message).toMatch(/^The text of Short bio holds U\+200B ZERO WIDTH SPACE \(24 times\), a character no one can see: the page would show the words on either side of it run together, as one \("word0<U\+200B>word1/u);
    expect(r.report.verdict).toBe('Not ready: 1 limit exceeded (Short bio), 1 text to fix (Short bio)');
  });

  it('direction marks in Hebrew and Arabic, and the Persian non-joiner, are what those texts need: ready', async () => {
    const text = 'מחקר בלמידת מכונה\u200f (machine learning) \u202bבאוניברסיטה 2025\u202c. البحث في التعلم الآلي\u200f، می\u200cخواهم.';
    const r = await check(manifest(TEST_ITEMS.replace(`{ text: "${TEST_BIO}" }`, `{ text: "${text}" }`), 'options: { cover: { note: "זמין מ-1 בדצמבר\u200f." } }\n'));
    expect(lines(r.diagnostics)).toEqual([]);
  });

  it("the posting's title or organization with an override is refused by validate at the profile's line (before: a cover reading \"ecneicS ataD\")", async () => {
    const profile = TEST_PROFILE.replace('title: Test Position', 'title: "Researcher in \u202eData Science\u202c"');
    const r = await check(manifest(TEST_ITEMS), { 'profile.yaml': profile });
    expect(r.diagnostics.map((d) => `${basename(d.file ?? '')}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`)).toEqual([
      'profile.yaml:2:8 error profile.invalid The posting\'s title "Researcher in <U+202E>Data Science<U+202C>" holds U+202E RIGHT-TO-LEFT OVERRIDE, a character no one can see: the words after it would be printed backwards.',
    ]);
  });

  it('a direction override is shown as its code point in every message and in the text, Markdown and JSON reports, never obeyed (audit 12-06g; before: text.glyph and the reports printed it raw, turning the rest of the line around)', async () => {
    const r = await check(manifest(TEST_ITEMS.replace('name: Ari Oja', 'name: "Dr. Ari \u202eOja \u{1F393}"')));
    const text = renderText(r.report, { color: false });
    const md = renderMarkdown(r.report);
    const json = renderJson(r.report);
    for (const out of [text, md, json]) expect(out).not.toContain('\u202e');
    expect(text.split('\n').filter((l) => l.includes('Oja'))).toEqual([
      '  invalid   References     Ida Aho, Dr. Ari <U+202E>Oja \u{1F393}',
      expect.stringMatching(/ error text\.glyph {2}The referee's name "Dr\. Ari <U\+202E>Oja \u{1F393}" contains a character none of the packet's fonts can draw/u),
      expect.stringMatching(/ error manifest\.invalid {2}The referee's name "Dr\. Ari <U\+202E>Oja \u{1F393}" holds a character no one can see \(U\+202E RIGHT-TO-LEFT OVERRIDE\)/u),
    ]);
    expect(md).toContain('- [ ] References — **invalid**: Ida Aho, Dr. Ari \\<U+202E\\>Oja \u{1F393}');
    // JSON keeps the value as given: the same string once parsed, written with its escape.
    expect(json).toContain('"name": "Dr. Ari \\u202eOja \u{1F393}"');
    expect(JSON.parse(json).items.find((i: { id: string }) => i.id === 'references').entries[1].referee.name).toBe('Dr. Ari \u202eOja \u{1F393}');
  });
});

describe('every problem in one pass', () => {
  it('an unknown key does not hide the email typo beside it', async () => {
    const r = await check(manifest(TEST_ITEMS.replace('{ name: Ida Aho, email: one@examples.fi }', '{ name: Ida Aho, email: one-at-examples.fi, affilation: Aalto }')));
    expect(lines(r.diagnostics)).toEqual(['9:31 error referee.email', '9:51 error manifest.unknown-key']);
    expect(r.diagnostics[1]!.hint).toBe('Did you mean `affiliation`?');
  });

  it('a YAML syntax error does not hide a missing file elsewhere', async () => {
    const broken = TEST_ITEMS.replace('research_plan: plan.pdf', 'research_plan: [plan.pdf').replace('cv: cv.pdf', 'cv: missing.pdf');
    const r = await check(manifest(broken));
    expect(lines(r.diagnostics)).toContain('4:7 error file.not-found');
    expect(r.diagnostics.some((d) => d.code === 'yaml.syntax')).toBe(true);
  });

  it('a profile that cannot be found does not hide the files that are missing', async () => {
    const r = await check(manifest(TEST_ITEMS.replace('cv: cv.pdf', 'cv: missing.pdf')).replace('./profile.yaml', './nope.yaml'));
    expect(lines(r.diagnostics)).toEqual(['1:10 error profile.not-found', '4:7 error file.not-found']);
  });
});

describe('messages that say what to do', () => {
  it('a comma in an unquoted title: the hint says to quote it', async () => {
    const r = await check(manifest(TEST_ITEMS.replace('cv: cv.pdf', 'cv: { file: cv.pdf, title: BSc (TCD, scan) }')));
    const d = r.diagnostics.find((x) => x.code === 'manifest.unknown-key')!;
    expect(d.message).toBe('Unknown key `scan)` in `items.cv`.');
    expect(d.hint).toBe('A comma inside a value ends it in `{ ... }`: put the whole value in quotes, title: "BSc (TCD, scan)".');
  });

  it('a comma typed for a dot in an email: the hint gives the address with the dot (before: quote it, which stays invalid)', async () => {
    const r = await check(manifest(TEST_ITEMS.replace('one@examples.fi', 'one@examples,fi')));
    const d = r.diagnostics.find((x) => x.code === 'manifest.unknown-key')!;
    expect(d.message).toBe('Unknown key `fi` in the referee Ida Aho.');
    expect(d.hint).toBe('An email address has no comma: write email: one@examples.fi (a dot where the comma is).');
  });

  // "conditional" is 11 letters: its row's title started 3 columns right of every other row's.
  it('the text report keeps its columns for every status, a conditional item left out too', async () => {
    const profile = TEST_PROFILE.replace('items:\n', 'items:\n  - { id: language, kind: language_certificate, title: Language test, condition: "non-native speakers of English", accepts: [file] }\n');
    const r = await check(manifest(TEST_ITEMS.replace('research_plan: plan.pdf', 'research_plan: missing.pdf').replace('  thesis: { link: "https://examples.fi/thesis.pdf" }\n', '')), { 'profile.yaml': profile });
    const rows = renderText(r.report, { color: false }).split('\n').slice(3, 12);
    expect(rows).toEqual([
      '  conditional  Language test  not included: needed only for non-native speakers of English',
      '  ok           CV             cv.pdf (2 pages)',
      '  ok           Short bio      text (14 words)',
      '  invalid      Research plan  missing.pdf',
      '  missing      MSc thesis     needed: file or link',
      '  ok           References     Ida Aho, Ari Oja',
      '  later        Diplomas       to be sent later',
      '  optional     Portfolio      optional, not included',
      '',
    ]);
  });

  it('a size just over the cap shows enough digits and names the largest files', async () => {
    const pad = (n: number) => new Uint8Array([...cv, ...new TextEncoder().encode(`%${'x'.repeat(n - cv.length - 2)}\n`)]);
    const r = await check(manifest(TEST_ITEMS.replace('cv: cv.pdf', 'cv: big.pdf')), { 'big.pdf': pad(1_002_870 - plan.length) });
    const d = r.diagnostics.find((x) => x.code === 'limit.size')!;
    expect(d.message).toBe(`Your files add up to 1.003 MB (1,002,870 bytes); the posting accepts at most 1 MB in one PDF. The largest: big.pdf (${((1_002_870 - plan.length) / 1e6).toFixed(2)} MB), plan.pdf (0.00 MB).`);
  });

  it('Markdown does not repeat the status of an item to come later, and a link counts as the page it becomes', async () => {
    const r = await check(manifest(`${TEST_ITEMS}  diplomas: { later: "by post after the interview" }\n`));
    expect(renderMarkdown(r.report)).toContain('- [ ] Diplomas — **later**: by post after the interview');
    expect(r.report.items.find((i) => i.id === 'thesis')!.pages).toBe(1);
  });

  it('a `later:` note written as a `|` block stays on its item\'s line in the Markdown and text reports, as given in JSON (audit 12-05b D)', async () => {
    const note = 'Sent after shortlisting.\n\n## Ready to submit\n- [x] every document checked\n';
    const r = await check(manifest(`${TEST_ITEMS}  diplomas:\n    later: |\n${note.trimEnd().split('\n').map((l) => (l ? `      ${l}` : '')).join('\n')}\n`));
    expect(r.report.items.find((i) => i.id === 'diplomas')!.later).toBe(note);
    const md = renderMarkdown(r.report).split('\n');
    expect(md.filter((l) => l.includes('Diplomas'))).toEqual(['- [ ] Diplomas — **later**: Sent after shortlisting. ## Ready to submit - \\[x\\] every document checked']);
    expect(md.filter((l) => /^#/.test(l))).toEqual(['# Application checklist: Test Position']);
    const text = renderText(r.report, { color: false }).split('\n');
    expect(text.filter((l) => l.includes('shortlisting') || l.includes('every document'))).toEqual([
      '  later     Diplomas       later: Sent after shortlisting. ## Ready to submit - [x] every document checked',
    ]);
  });

  it('the verdict names what is missing and counts the rest in words', async () => {
    const r = await check(manifest(TEST_ITEMS.replace(`  bio: { text: "${TEST_BIO}" }\n`, '').replace('  research_plan: plan.pdf\n', '').replace('cv: cv.pdf', 'cv: missing.pdf')));
    expect(r.report.verdict).toBe('Not ready: 2 items missing (Short bio, Research plan), 1 file not found');
  });

  it('the CLI prints the verdict last and exits 1', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest(TEST_ITEMS.replace('research_plan: plan.pdf', 'research_plan: cv.pdf')) });
    const run = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Not ready: 1 file given twice');
  });
});
