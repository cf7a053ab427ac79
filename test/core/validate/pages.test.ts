/**
 * `pages:` in validation: a selection that does not fit the file is an error at its line:col that names the
 * file's page count; page caps, word counts, the size estimate and the repeat check use the selected pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, StandardFonts } from '@cantoo/pdf-lib';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { validate } from '../../../src/core/validate/validate.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { TEST_PROFILE, workspace } from '../../helpers/workspace.js';

const manifest = (cv: string, plan: string, extra = ''): string => `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
  cv: ${cv}
  bio: { text: "A short bio for the test, long enough to read like a real one." }
  research_plan: ${plan}
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: two@examples.fi${extra} }
`;

let cv: Uint8Array;
let plan7: Uint8Array;
let heavy: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan7 = await makePdf({ pages: 7, wordsPerPage: 10 });
  heavy = await heavyLastPage();
});

/** Three pages of text, the last also carrying 1.5 MB of data: the whole file is over the 1 MB packet cap. */
async function heavyLastPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) doc.addPage([595, 842]).drawText(`Page ${n}`, { x: 50, y: 760, size: 14, font });
  let seed = 7;
  const noise = Array.from({ length: 1_500_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + (seed % 26));
  }).join('');
  const page = doc.getPage(2);
  page.node.addContentStream(doc.context.register(doc.context.stream(`% ${noise}\n`)));
  return doc.save({ useObjectStreams: false });
}

/**
 * Three pages of text; pages 2 and 3 also draw one 1.5 MB form (a figure both show): page 1 shares only the font
 * with them. The whole file is over the 1 MB packet cap.
 */
async function sharedHeavyFigure(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) doc.addPage([595, 842]).drawText(`Page ${n}`, { x: 50, y: 760, size: 14, font });
  let seed = 11;
  const noise = Array.from({ length: 1_500_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(97 + (seed % 26));
  }).join('');
  const figure = doc.context.register(doc.context.stream(`% ${noise}\n`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 100, 100] }));
  for (const i of [1, 2]) {
    const page = doc.getPage(i);
    page.node.setXObject(PDFName.of('Fig'), figure);
    page.node.addContentStream(doc.context.register(doc.context.stream('q /Fig Do Q\n')));
  }
  return doc.save({ useObjectStreams: false });
}

async function run(text: string, files: Record<string, Uint8Array> = {}) {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan7, ...files, 'manifest.yaml': text });
  return checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
}

const where = (diags: Diagnostic[]): string[] => diags.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}`);

describe('file.pages-range', () => {
  it('a page past the end: at the pages value, naming the file’s page count, with the syntax in the hint', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "1-30" }'));
    expect(where(check.diagnostics)).toEqual(['6:43 error file.pages-range']);
    const d = check.diagnostics[0]!;
    expect(d.message).toBe('`pages: "1-30"` asks for page 30, but plan.pdf has only 7 pages.');
    expect(d.hint).toBe('Write pages as in `pages: "1-3, 7, 10-last"`: single pages, ranges, `last` or -1 for the last page, "5-" for page 5 to the end; plan.pdf has pages 1 to 7.');
    expect(d.path).toBe('items.research_plan.pages');
    expect(check.result!.items.find((i) => i.id === 'research_plan')!.status).toBe('invalid');
  });

  it('a malformed term, in a YAML list: at that element', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: [1-2, "4..5"] }'));
    expect(where(check.diagnostics)).toEqual(['6:49 error file.pages-range']);
    expect(check.diagnostics[0]!.message).toBe('`pages: "1-2, 4..5"` of plan.pdf: "4..5" is not a page number or a range of pages. plan.pdf has 7 pages.');
  });

  it('a page taken twice, page 0, nothing selected', async () => {
    const twice = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "1-3, 2" }'));
    expect(twice.diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ['`pages: "1-3, 2"` takes page 2 of plan.pdf twice ("2" repeats it). plan.pdf has 7 pages.', 'Take each page once: the same page twice looks like a mistake to a reviewer.'],
    ]);
    const zero = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: 0 }'));
    expect(zero.diagnostics.map((d) => d.message)).toEqual(['`pages: "0"` of plan.pdf asks for page 0: pages count from 1. plan.pdf has 7 pages.']);
    const empty = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: " " }'));
    expect(empty.diagnostics.map((d) => d.message)).toEqual(['`pages: ""` of plan.pdf selects no pages. plan.pdf has 7 pages.']);
  });

  it('is checked for its syntax even when the file is missing (every problem in one pass)', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plam.pdf, pages: "1-x" }'));
    expect(where(check.diagnostics)).toEqual(['6:26 error file.not-found', '6:43 error file.pages-range']);
    expect(check.diagnostics[1]!.message).toBe('`pages: "1-x"` of plam.pdf: "1-x" is not a page number or a range of pages.');
    expect(check.diagnostics[1]!.hint).toBe('Write pages as in `pages: "1-3, 7, 10-last"`: single pages, ranges, `last` or -1 for the last page, "5-" for page 5 to the end.');
  });

  it('works on a referee’s letter given as { file, pages }', async () => {
    const letter = await makePdf({ pages: 2, text: 'Letter, page {n}' });
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: 1-5 }', ', letter: { file: letter.pdf, pages: 3 }'), { 'letter.pdf': letter });
    expect(where(check.diagnostics)).toEqual(['10:83 error file.pages-range']);
    expect(check.diagnostics[0]!.message).toBe('`pages: "3"` asks for page 3, but letter.pdf has only 2 pages.');
    const ok = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: 1-5 }', ', letter: { file: letter.pdf, pages: -1 }'), { 'letter.pdf': letter });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.result!.items.find((i) => i.id === 'references')!.entries[1]).toMatchObject({ file: 'letter.pdf', pages: 1, selection: '-1', filePages: 2, referee: { letter: 'letter.pdf' } });
    expect(check.diagnostics[0]!.path).toBe('items.references[1].letter.pages');
  });
});

describe('pages: without quotes inside { }', () => {
  it('says to quote it, at the stray key, and still checks the selection meant', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: 1-2, 9 }'));
    expect(where(check.diagnostics)).toEqual(['6:43 error file.pages-range', '6:48 error manifest.invalid']);
    expect(check.diagnostics[1]!.message).toBe('Inside { } a comma ends a value: `pages: 1-2, 9` is read as `pages: 1-2` and a key `9`.');
    expect(check.diagnostics[1]!.hint).toBe('Put the pages in quotes: `pages: "1-2, 9"`.');
    expect(check.diagnostics[0]!.message).toBe('`pages: "1-2, 9"` asks for page 9, but plan.pdf has only 7 pages.');
  });
});

describe('what the selected pages count for', () => {
  it('the page cap: 5 of 7 pages fit a 5-page cap, and the report shows the selection', async () => {
    const whole = await run(manifest('cv.pdf', 'plan.pdf'));
    expect(where(whole.diagnostics)).toEqual(['6:18 error limit.pages']);
    expect(whole.diagnostics[0]!.hint).toBe('Shorten it to 5 pages or fewer, or give only the pages that matter: `pages: "1-5"` on its file.');
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "1-4, last" }'));
    expect(check.diagnostics).toEqual([]);
    const item = check.result!.items.find((i) => i.id === 'research_plan')!;
    expect(item.pages).toBe(5);
    expect(item.entries[0]).toMatchObject({ file: 'plan.pdf', pages: 5, selection: '1-4, last', filePages: 7 });
    expect(check.result!.totals.filePages).toBe(2 + 5);
    // The packet's pages: the cover, the CV's 2, the bio's typeset page, the plan's 5 selected, the thesis link's page
    // and the referees' page.
    expect(check.result!.totals).toMatchObject({ pages: 1 + 2 + 1 + 5 + 1 + 1, estimatedPages: 11, pagesExact: true });
  });

  it('the cover: exact only once laid out with the build\'s fonts; counted as one page and not exact otherwise (audit 12-06g #1)', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "1-4, last" }'));
    expect(check.result!.coverLayout).toMatchObject({ pages: 1, entries: 7 });
    // The library's `validate` without a pager cannot lay out the cover: the count is not exact.
    const pure = validate({ manifest: check.manifest!, source: check.source!, profile: check.profile!, files: check.files, today: '2025-10-01' });
    expect(pure.totals).toMatchObject({ pages: 11, pagesExact: false, cover: true });
    expect(pure.coverLayout).toBeUndefined();
    // Without a cover there is nothing to lay out.
    const bare = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "1-4, last" }').replace('items:', 'options: { cover: false }\nitems:'));
    expect(bare.result!.totals).toMatchObject({ pages: 10, pagesExact: true, cover: false });
  });

  it('words: only the selected pages are counted against a word cap', async () => {
    // The bio allows 20 words; each page has 12 ("Page n" and 10 filler words).
    const bio = (pages: string) => manifest('cv.pdf', 'plan.pdf').replace('{ text: "A short bio for the test, long enough to read like a real one." }', `{ file: bio.pdf${pages} }`).replace('research_plan: plan.pdf', 'research_plan: { file: plan.pdf, pages: 1-5 }');
    const files = { 'bio.pdf': await makePdf({ pages: 3, wordsPerPage: 10 }) };
    const whole = await run(bio(''), files);
    expect(whole.diagnostics.map((d) => d.message)).toEqual(['Short bio has 36 words; the posting allows 20.']);
    const one = await run(bio(', pages: 2'), files);
    expect(one.diagnostics).toEqual([]);
    expect(one.result!.items.find((i) => i.id === 'bio')!.words).toBe(12);
  });

  it('the size estimate: leaving out a heavy page brings the packet under its MB cap', async () => {
    const whole = await run(manifest('cv.pdf', '{ file: heavy.pdf }'), { 'heavy.pdf': heavy });
    expect(where(whole.diagnostics)).toEqual(['3:1 error limit.size']);
    const two = await run(manifest('cv.pdf', '{ file: heavy.pdf, pages: 1-2 }'), { 'heavy.pdf': heavy });
    expect(two.diagnostics).toEqual([]);
    const entry = two.result!.items.find((i) => i.id === 'research_plan')!.entries[0]!;
    expect(entry.bytes).toBeLessThan(heavy.length / 20);
    const last = await run(manifest('cv.pdf', '{ file: heavy.pdf, pages: last }'), { 'heavy.pdf': heavy });
    expect(where(last.diagnostics)).toEqual(['3:1 error limit.size']);
  });

  it('the size estimate: a page counts what it draws, not what only the other pages share (audit 12-05c 4: one page of a book was its shared fonts, 2.11 MB)', async () => {
    const files = { 'figure.pdf': await sharedHeavyFigure() };
    const one = await run(manifest('cv.pdf', '{ file: figure.pdf, pages: 1 }'), files);
    expect(one.diagnostics).toEqual([]);
    expect(one.result!.items.find((i) => i.id === 'research_plan')!.entries[0]!.bytes).toBeLessThan(files['figure.pdf'].length / 20);
    // The figure's pages carry it, once for both.
    const two = await run(manifest('cv.pdf', '{ file: figure.pdf, pages: 2 }'), files);
    expect(where(two.diagnostics)).toEqual(['3:1 error limit.size']);
    const both = await run(manifest('cv.pdf', '{ file: figure.pdf, pages: 2-3 }'), files);
    expect(both.result!.items.find((i) => i.id === 'research_plan')!.entries[0]!.bytes).toBeLessThan(files['figure.pdf'].length * 1.01);
  });

  it('one file in two items is no repeat when they take different pages, and is when they share one', async () => {
    const split = manifest('{ file: plan.pdf, pages: 6-7 }', '{ file: plan.pdf, pages: 1-5 }');
    expect((await run(split)).diagnostics).toEqual([]);
    const shared = await run(manifest('{ file: plan.pdf, pages: 5-7 }', '{ file: plan.pdf, pages: 1-5 }'));
    expect(where(shared.diagnostics)).toEqual(['6:26 error file.duplicate']);
  });
});

describe('a selection of empty pages', () => {
  /** Four pages: text, nothing, nothing, text (a blank back page and a separator page). */
  async function withEmptyPages(): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Research plan, part 1', { x: 50, y: 760, size: 14, font });
    doc.addPage([595, 842]);
    doc.addPage([595, 842]);
    doc.addPage([595, 842]).drawText('Research plan, part 2', { x: 50, y: 760, size: 14, font });
    return doc.save();
  }

  it('is file.blank at the pages value when every page taken is empty; one empty page among others is fine', async () => {
    const files = { 'gaps.pdf': await withEmptyPages() };
    const empty = await run(manifest('cv.pdf', '{ file: gaps.pdf, pages: "2-3" }'), files);
    expect(where(empty.diagnostics)).toEqual(['6:43 error file.blank']);
    expect(empty.diagnostics[0]!.message).toBe('gaps.pdf: the 2 pages that `pages: "2-3"` takes are blank: nothing on them can be seen.');
    expect(empty.diagnostics[0]!.hint).toBe('Check the page numbers against the file as a PDF viewer shows them (the first page is 1), and select the pages with content.');
    const mixed = await run(manifest('cv.pdf', '{ file: gaps.pdf, pages: "1-2" }'), files);
    expect(where(mixed.diagnostics)).toEqual([]);
  });

  it("a page whose one field holds only its template's prompt is blank: flattening draws it empty (closing note 12-06: before, it showed text and passed)", async () => {
    const doc = await PDFDocument.load(await withEmptyPages());
    const field = doc.getForm().createTextField('statement');
    field.addToPage(doc.getPage(1), { x: 50, y: 700, width: 400, height: 24 });
    field.setText('Click or tap here to enter text.');
    const files = { 'gaps.pdf': await doc.save() };
    const prompt = await run(manifest('cv.pdf', '{ file: gaps.pdf, pages: "2" }'), files);
    expect(prompt.diagnostics.filter((d) => d.code === 'file.blank').map((d) => `${where([d])[0]} ${d.message}`)).toEqual(['6:43 error file.blank gaps.pdf: the page that `pages: "2"` takes is blank: nothing on it can be seen.']);
    // Filled in, the page shows the answer.
    field.setText('I study soft robots.');
    const answered = await run(manifest('cv.pdf', '{ file: gaps.pdf, pages: "2" }'), { 'gaps.pdf': await doc.save() });
    expect(answered.diagnostics.filter((d) => d.code === 'file.blank')).toEqual([]);
  });

  // Said at `pages:`, which its message quotes, as `file.blank` is (before: at the file, 5:16).
  it('pages without text are counted among the pages taken (audit 12-05c 4: "9 pages of 137" for one page)', async () => {
    const files = { 'gaps.pdf': await withEmptyPages() };
    // Words are read for the bio, which has a word cap.
    const bio = (value: string) => manifest('cv.pdf', '{ file: plan.pdf, pages: 1-5 }').replace('{ text: "A short bio for the test, long enough to read like a real one." }', value);
    const whole = await run(bio('gaps.pdf'), files);
    expect(whole.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual(['5:8 info file.no-text gaps.pdf has 2 pages of 4 without selectable text (blank, scanned or picture-only pages); any words on them are not counted.']);
    const some = await run(bio('{ file: gaps.pdf, pages: "1-3" }'), files);
    expect(some.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual(['5:33 info file.no-text gaps.pdf: 2 of the 3 pages that `pages: "1-3"` takes have no selectable text (blank, scanned or picture-only pages); any words on them are not counted.']);
    const text = await run(bio('{ file: gaps.pdf, pages: "1, 4" }'), files);
    expect(text.diagnostics).toEqual([]);
  });
});

describe('file.pages-reversed (audit 12-06g #6: "last-1" put a thesis in back to front without a word)', () => {
  const said = (d: Diagnostic) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}  hint: ${d.hint}`;
  it('"last-1": an info at the pages value naming the order, the page before the last, and the whole file', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "last-1" }'));
    expect(check.diagnostics.map(said)).toEqual([
      '6:18 error limit.pages  Research plan has 7 pages; the posting allows 5.  hint: Shorten it to 5 pages or fewer, or give only the pages that matter: `pages: "1-5"` on its file.',
      '6:43 info file.pages-reversed  `pages: "last-1"` takes pages 7 to 1 of plan.pdf in reverse order (7, 6, 5, ..., 1).  hint: If that is what you want, nothing to do. For them in order write "1-last"; for the page before the last alone, "6"; for the whole file, leave `pages:` out.',
    ]);
    // "last-3" may mean other things than "the page before the last": only the order is said.
    const three = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "last-3" }'));
    expect(three.diagnostics.map(said)).toEqual([
      '6:43 info file.pages-reversed  `pages: "last-3"` takes pages 7 to 3 of plan.pdf in reverse order (7, 6, 5, 4, 3).  hint: If that is what you want, nothing to do. For them in order write "3-last".',
    ]);
    // Still taken as written: the documented meaning of a descending range.
    expect(three.result!.items.find((i) => i.id === 'research_plan')!.status).toBe('ok');
  });
  it('"3-1" and a list element: said at that element, short runs in full', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: [7, "3-1"] }'));
    expect(check.diagnostics.map(said)).toEqual([
      '6:47 info file.pages-reversed  `pages: "7, 3-1"` takes pages 3 to 1 of plan.pdf in reverse order (3, 2, 1).  hint: If that is what you want, nothing to do. For them in order write "1-3".',
    ]);
  });
  it('ranges in order say nothing', async () => {
    const check = await run(manifest('cv.pdf', '{ file: plan.pdf, pages: "1-2, 5-last" }'));
    expect(check.diagnostics).toEqual([]);
  });
});
