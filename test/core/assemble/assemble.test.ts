import { PDFBool, PDFDocument, PDFName, type PDFDict } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import type { Plan } from '../../../src/core/plan/types.js';
import { loadFonts } from '../../../src/io/files.js';
import { makeFeaturePdf, makeLinkedPdf, makeNoAppearanceForm, makePdf, makePng, makeViewerForm } from '../../helpers/make-pdf.js';
import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import { flattenOutline, readPdf } from '../../helpers/read-pdf.js';
import { fonts, makePlan, pdfPart, section } from './fixtures.js';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

async function packet(): Promise<Plan> {
  return makePlan(
    [
      section('cv', 'Curriculum vitae', [pdfPart('CV', 'cv.pdf', await makePdf({ pages: 2, text: 'CV page {n}' }))]),
      section('transcripts', 'Transcripts', [
        pdfPart('Bachelor transcript', 'ba.pdf', await makePdf({ pages: 1, text: 'Bachelor grades' })),
        { kind: 'image', title: 'Master transcript (scan)', source: 'ma.png', bytes: makePng(40, 30), mime: 'image/png' },
      ]),
      section('statement', 'Research statement', [{ kind: 'text', title: 'Research statement', text: 'First paragraph.\n\nSecond paragraph.' }]),
      section('portfolio', 'Portfolio', [{ kind: 'link', title: 'Portfolio', url: 'https://examples.fi/portfolio?a=1&b=(2)', note: 'Selected projects.' }]),
      section('references', 'References', [
        {
          kind: 'referees',
          title: 'Referees',
          referees: [
            { name: 'Łukasz Wróbel', email: 'lukasz@examples.fi', position: 'Professor', affiliation: 'Uniwersytet Warszawski', relation: 'PhD advisor', phone: '+48 22 000 00 00', hasLetter: true },
            { name: 'Ελένη Παπαδοπούλου', email: 'eleni@examples.fi', hasLetter: false },
            { name: 'Дмитрий Иванов', email: 'dmitry@examples.fi', affiliation: 'МГУ', hasLetter: false },
            { name: 'Nguyễn Thị Minh', email: 'minh@examples.fi', hasLetter: false },
          ],
        },
      ]),
    ],
    {
      // Profile order: cv 0, transcripts 2, statement 3, portfolio 5, references 6; absent items at 1 and 4.
      sectionOrder: [0, 2, 3, 5, 6],
      absent: [
        { itemId: 'diploma', title: 'Diploma', status: 'later', note: 'after graduation in June', order: 1 },
        { itemId: 'teaching', title: 'Teaching statement', status: 'optional', order: 4 },
      ],
    },
  );
}

describe('assemble: a small packet', async () => {
  const plan = await packet();
  const result = await assemble(plan);
  const pdf = await readPdf(result.bytes);

  it('puts sections and parts in plan order after one cover page, and reports their ranges', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.pageCount).toBe(8);
    expect(pdf.pageCount).toBe(8);
    expect(result.ranges.map((r) => [r.itemId, r.firstPage, r.lastPage])).toEqual([
      ['cv', 2, 3],
      ['transcripts', 4, 5],
      ['statement', 6, 6],
      ['portfolio', 7, 7],
      ['references', 8, 8],
    ]);
    expect(result.ranges[1]?.parts).toEqual([
      { title: 'Bachelor transcript', firstPage: 4, lastPage: 4 },
      { title: 'Master transcript (scan)', firstPage: 5, lastPage: 5 },
    ]);
    expect(pdf.pages[1]?.text).toContain('CV page 1');
    expect(pdf.pages[2]?.text).toContain('CV page 2');
    expect(pdf.pages[3]?.text).toContain('Bachelor grades');
    expect(pdf.pages[5]?.text).toContain('Second paragraph.');
  });

  it('writes a cover with applicant, position, date and clickable contents in profile order', () => {
    const cover = pdf.pages[0];
    expect(cover?.text).toContain('Åsa Ødegård');
    expect(cover?.text).toContain('asa@examples.fi');
    expect(cover?.text).toContain('Postdoctoral Researcher in Computational Linguistics');
    expect(cover?.text).toContain('University of Examples');
    expect(cover?.text).toContain('REF-2026/17');
    expect(cover?.text).toContain('Compiled 2026-11-25');
    const text = cover?.text ?? '';
    const order = ['Curriculum vitae', 'Diploma', 'Transcripts', 'Research statement', 'Teaching statement', 'Portfolio', 'References'].map((t) => text.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('to be sent later: after graduation in June');
    expect(text).toContain('optional, not included');
    expect(text).toContain('pp. 2–3');
    // Contents links: one per section and per part of a multi-part section, each landing on its first page.
    const targets = cover?.links.filter((l) => l.destPage !== undefined).map((l) => l.destPage);
    expect(targets).toEqual([2, 4, 4, 5, 6, 7, 8]);
    expect(cover?.links.some((l) => l.url === 'mailto:asa@examples.fi')).toBe(true);
  });

  it('bookmarks each section, and each part when a section has several', () => {
    expect(pdf.outline.map((o) => [o.title, o.page])).toEqual([
      ['Curriculum vitae', 2],
      ['Transcripts', 4],
      ['Research statement', 6],
      ['Portfolio', 7],
      ['References', 8],
    ]);
    expect(pdf.outline[1]?.children.map((o) => [o.title, o.page])).toEqual([
      ['Bachelor transcript', 4],
      ['Master transcript (scan)', 5],
    ]);
  });

  it('labels pages per section and the cover as "Cover"', () => {
    expect(pdf.pageLabels).toEqual(['Cover', 'Curriculum vitae 1', 'Curriculum vitae 2', 'Transcripts 1', 'Transcripts 2', 'Research statement 1', 'Portfolio 1', 'References 1']);
  });

  it('stamps every page with name, item and page X of Y', () => {
    expect(pdf.pages[2]?.text).toContain('Åsa Ødegård · Curriculum vitae · page 3 of 8');
    expect(pdf.pages[7]?.text).toContain('page 8 of 8');
  });

  it('renders a link page with a clickable address, and referees with their details', () => {
    const link = pdf.pages[6];
    expect(link?.text).toContain('Selected projects.');
    expect(link?.links.map((l) => l.url)).toContain('https://examples.fi/portfolio?a=1&b=(2)');
    const refs = pdf.pages[7];
    for (const name of ['Łukasz Wróbel', 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов', 'Nguyễn Thị Minh', 'Uniwersytet Warszawski', 'PhD advisor', '+48 22 000 00 00', 'МГУ']) {
      expect(refs?.text).toContain(name);
    }
    expect(refs?.text).toContain('Letter follows in this packet.');
    expect(refs?.links.map((l) => l.url)).toContain('mailto:lukasz@examples.fi');
  });

  it('puts a scan on its own landscape page when the image is wider than tall', () => {
    const scan = pdf.pages[4];
    expect(scan?.width).toBeGreaterThan(scan?.height ?? 0);
    expect(Math.round(scan?.width ?? 0)).toBe(842);
  });

  it('sets the document metadata, with the build date as both dates', () => {
    expect(pdf.metadata).toMatchObject({
      title: plan.metadata.title,
      author: 'Åsa Ødegård',
      subject: 'Application for REF-2026/17',
      keywords: 'application, computational linguistics',
      creator: 'application-packet',
      producer: 'application-packet 0.1.0',
      creationDate: 'D:20261125120000Z',
      modDate: 'D:20261125120000Z',
      language: 'en',
    });
    expect(latin1(result.bytes)).toContain('/PageMode /UseOutlines');
    expect(pdf.xmp).toMatchObject({ 'dc:title': plan.metadata.title, 'dc:creator': ['Åsa Ødegård'], 'xmp:createdate': '2026-11-25T12:00:00Z' });
  });

  it('gives the same bytes for the same plan', async () => {
    const again = await assemble(await packet());
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });
});

describe('assemble: a long contents list', () => {
  it('continues the contents on more cover pages, labelled Cover, Cover 2..., with links still landing right', async () => {
    const many = Array.from({ length: 70 }, (_, i) => section(`item${i}`, `Item number ${i + 1} with a fairly long title`, [{ kind: 'text', title: `Item ${i + 1}`, text: `Body of item ${i + 1}.` }]));
    const plan = makePlan(many, { options: { cover: true, stamps: false, forms: 'flatten' } });
    const result = await assemble(plan);
    const covers = (result.ranges[0]?.firstPage ?? 1) - 1;
    expect(covers).toBeGreaterThan(1);
    expect(result.pageCount).toBe(covers + 70);
    const pdf = await readPdf(result.bytes);
    expect(pdf.pageLabels?.slice(0, covers)).toEqual(['Cover', ...Array.from({ length: covers - 1 }, (_, i) => `Cover ${i + 2}`)]);
    expect(pdf.pages[1]?.text).toContain('Contents (continued)');
    const targets = pdf.pages.slice(0, covers).flatMap((p) => p.links.filter((l) => l.destPage !== undefined).map((l) => l.destPage));
    expect(targets).toEqual(result.ranges.map((r) => r.firstPage));
    for (const [i, r] of result.ranges.entries()) expect(pdf.pages[r.firstPage - 1]?.text).toContain(`Body of item ${i + 1}.`);
    const again = await assemble(makePlan(many, { options: { cover: true, stamps: false, forms: 'flatten' } }));
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });
});

describe('assemble: input navigation', async () => {
  const linked = await makeLinkedPdf({ pages: 4 });

  it('nests the input outline under its section and re-points bookmarks, links and labels', async () => {
    const plan = makePlan([
      section('cv', 'CV', [pdfPart('CV', 'cv.pdf', await makePdf({ pages: 1 }))]),
      section('thesis', 'Thesis', [pdfPart('Thesis', 'thesis.pdf', linked)]),
    ]);
    const result = await assemble(plan);
    const pdf = await readPdf(result.bytes);
    // Cover 1, CV 2, thesis 3..6.
    const thesis = pdf.outline[1];
    expect(thesis).toMatchObject({ title: 'Thesis', page: 3 });
    expect(thesis?.children.map((c) => [c.title, c.page])).toEqual([
      ['Chapter 1', 3],
      ['Chapter 2', 4],
      ['Chapter 3', 5],
      ['Chapter 4', 6],
    ]);
    expect(thesis?.children[0]?.children).toEqual([{ title: 'Section 1.1', page: 4, children: [] }]);
    const links = pdf.pages[2]?.links ?? [];
    expect(links.map((l) => l.destPage ?? l.url)).toEqual([6, 4, 5, 'https://examples.fi/']);
    expect(pdf.pageLabels?.slice(2)).toEqual(['Thesis i', 'Thesis ii', 'Thesis 1', 'Thesis 2']);
    // No copy of a page is left behind as an orphan: every page object of the output is in the page tree.
    expect(latin1(result.bytes).match(/\/Type \/Page\b/g)?.length).toBe(6);
  });

  it('nests an input outline under its part bookmark when the section has several parts', async () => {
    const plan = makePlan(
      [section('pubs', 'Publications', [pdfPart('Paper A', 'a.pdf', linked), pdfPart('Paper B', 'b.pdf', linked)])],
      { options: { cover: false, stamps: false, forms: 'flatten' } },
    );
    const pdf = await readPdf((await assemble(plan)).bytes);
    expect(pdf.outline).toHaveLength(1);
    const [a, b] = pdf.outline[0]?.children ?? [];
    expect([a?.title, a?.page, b?.title, b?.page]).toEqual(['Paper A', 1, 'Paper B', 5]);
    expect(b?.children.map((c) => c.page)).toEqual([5, 6, 7, 8]);
    expect(pdf.pages[4]?.links.map((l) => l.destPage ?? l.url)).toEqual([8, 6, 7, 'https://examples.fi/']);
    // Several parts: each keeps its own labels behind its title (audit 12-06b #4; before: "Publications 1" to "8").
    expect(pdf.pageLabels).toEqual(['Paper A i', 'Paper A ii', 'Paper A 1', 'Paper A 2', 'Paper B i', 'Paper B ii', 'Paper B 1', 'Paper B 2']);
  });

  it('a file with labels of its own among files without keeps them; the others count on in the item (audit 12-06b #4)', async () => {
    const plan = makePlan(
      [section('certs', 'Certificates', [pdfPart('Diploma', 'd.pdf', await makePdf({ pages: 2 })), pdfPart('Thesis', 't.pdf', linked), pdfPart('Transcript', 'tr.pdf', await makePdf({ pages: 1 }))])],
      { options: { cover: false, stamps: false, forms: 'flatten' } },
    );
    const pdf = await readPdf((await assemble(plan)).bytes);
    expect(pdf.pageLabels).toEqual(['Certificates 1', 'Certificates 2', 'Thesis i', 'Thesis ii', 'Thesis 1', 'Thesis 2', 'Certificates 7']);
    // Files without labels of their own: the item numbers its pages straight through, as before.
    const plain = makePlan(
      [section('certs', 'Certificates', [pdfPart('Diploma', 'd.pdf', await makePdf({ pages: 2 })), pdfPart('Transcript', 'tr.pdf', await makePdf({ pages: 1 }))])],
      { options: { cover: false, stamps: false, forms: 'flatten' } },
    );
    expect((await readPdf((await assemble(plain)).bytes)).pageLabels).toEqual(['Certificates 1', 'Certificates 2', 'Certificates 3']);
  });

  it('keeps page rotation and draws the stamp upright at the visual bottom of rotated pages', async () => {
    for (const rotate of [90, 180, 270]) {
      const plan = makePlan([section('slides', 'Slides', [pdfPart('Slides', 's.pdf', await makeLinkedPdf({ pages: 3, rotate }))])], {
        options: { cover: false, stamps: true, forms: 'flatten' },
      });
      const pdf = await readPdf((await assemble(plan)).bytes);
      const page = pdf.pages[0];
      expect(page?.rotation).toBe(rotate);
      const stamp = page?.items.find((i) => i.str.includes('page 1 of 3'));
      expect(stamp?.upright, `rotation ${rotate}`).toBe(true);
      // The page keeps its size; its content leaves a 16 pt band at the visual bottom for the stamp (viewer y grows downwards).
      expect(Math.round(page?.height ?? 0)).toBe(rotate === 180 ? 842 : 595);
      expect(stamp?.y).toBeGreaterThan((page?.height ?? 0) - 16);
    }
  });
});

describe('assemble: text and glyphs', () => {
  it('reports characters DejaVu lacks as text.glyph errors naming them and where, without tofu', async () => {
    const at = { file: 'manifest.yaml', line: 30, col: 11, path: 'items.statement.text' };
    const plan = makePlan([section('statement', 'Statement', [{ kind: 'text', title: 'Research statement', text: 'Inspired by 王 and 🎓.', at }])]);
    const result = await assemble(plan);
    const glyph = result.diagnostics.filter((d) => d.code === 'text.glyph');
    expect(glyph).toHaveLength(1);
    expect(glyph[0]).toMatchObject({ severity: 'error', ...at });
    expect(glyph[0]?.message).toContain('"Research statement"');
    expect(glyph[0]?.message).toContain('"王" (U+738B)');
    expect(glyph[0]?.message).toContain('U+1F393');
    expect(glyph[0]?.hint).toBeTruthy();
    const pdf = await readPdf(result.bytes);
    expect(pdf.pages[1]?.text).toContain('Inspired by ? and ?.');
  });

  it('warns that right-to-left text is printed unshaped', async () => {
    const plan = makePlan([section('bio', 'Bio', [{ kind: 'text', title: 'Short bio', text: 'Born in حلب.' }])]);
    const result = await assemble(plan);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['text.direction', 'warning']]);
  });

  it('flows long text over several pages with a continuation heading', async () => {
    const para = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const text = Array.from({ length: 12 }, () => para).join('\n\n');
    const plan = makePlan([section('statement', 'Statement', [{ kind: 'text', title: 'Long statement', text }])], { options: { cover: false, stamps: false, forms: 'flatten' } });
    const result = await assemble(plan);
    expect(result.pageCount).toBeGreaterThan(2);
    const pdf = await readPdf(result.bytes);
    expect(pdf.pages[1]?.text).toContain('Long statement (continued)');
    // Nothing runs past the right margin (A4 width minus 64 pt), as measured by the viewer.
    for (const page of pdf.pages) for (const item of page.items) expect(item.x).toBeLessThan(595 - 64);
  });

  it('keeps hostile strings as text: parentheses, backslashes and PDF syntax never become PDF objects', async () => {
    const evil = 'Eve) /JS (app.alert(1)) \\) >> /OpenAction << /S /JavaScript';
    const plan = makePlan([section('cv', evil, [{ kind: 'text', title: evil, text: evil }])], {
      applicant: { name: evil, email: 'eve@examples.fi' },
      metadata: { title: evil, author: evil, subject: evil, keywords: [evil], creator: evil, producer: evil, language: 'en) /JS (x' },
    });
    const result = await assemble(plan);
    const raw = latin1(result.bytes);
    expect(raw).not.toMatch(/\/JS\b|\/JavaScript|\/OpenAction/);
    const pdf = await readPdf(result.bytes);
    expect(pdf.metadata.title).toBe(evil);
    expect(pdf.outline[0]?.title).toBe(evil);
    expect(pdf.pages[1]?.text).toContain('/OpenAction << /S /JavaScript');
  });
});

describe('assemble: forms, scripts, attachments, broken input', () => {
  it('flattens form fields by default: values stay visible, nothing is fillable', async () => {
    const form = await makeFeaturePdf({ fields: 2, filled: 2 });
    const result = await assemble(makePlan([section('form', 'Application form', [pdfPart('Form', 'form.pdf', form)])]));
    const pdf = await readPdf(result.bytes);
    expect(pdf.fieldNames).toEqual([]);
    expect(pdf.pages[1]?.annotationTypes).not.toContain('Widget');
    expect(pdf.pages[1]?.text).toContain('value 0');
  });

  it('flattens a form whose appearances paint nothing (LibreOffice, NeedAppearances): the values are written, not lost', async () => {
    const form = await makeFeaturePdf({ fields: 2, filled: 2, viewerDraws: true });
    const before = await readPdf(form);
    expect(before.pages[0]?.text).not.toContain('value 0');
    const pdf = await readPdf((await assemble(makePlan([section('form', 'Application form', [pdfPart('Form', 'form.pdf', form)])]))).bytes);
    expect(pdf.pages[1]?.annotationTypes).not.toContain('Widget');
    expect(pdf.pages[1]?.text).toContain('value 0');
    expect(pdf.pages[1]?.text).toContain('value 1');
  });

  it('does not print a field no viewer shows: a 0 x 0 widget, one off the page, a hidden one (audit 12-06l #4; before: their words printed and counted)', async () => {
    const field = (name: string, value: string, extra: Record<string, unknown>) => ({ FT: 'Tx', T: PDFString.of(name), V: PDFString.of(value), Rect: [72, 600, 400, 616], ...extra });
    const form = await makeViewerForm({
      fields: [
        field('shown', 'Aino Virtanen', {}),
        field('calc_helper', 'zero sized helper words', { Rect: [0, 0, 0, 0] }),
        field('pdflib_zero', 'one point helper words', { Rect: [-0.5, -0.5, 0.5, 0.5] }),
        field('old_answer', 'dragged off the page', { Rect: [700, 900, 900, 920] }),
        field('draft_copy', 'hidden draft words', { F: 6 }),
      ],
    });
    const result = await assemble(makePlan([section('form', 'Application form', [pdfPart('Form', 'form.pdf', form)])], { options: { cover: false, stamps: false, forms: 'flatten' }, fonts: await loadFonts() }));
    const text = (await readPdf(result.bytes)).pages[0]?.text ?? '';
    expect(text).toContain('Aino Virtanen');
    for (const unseen of ['zero sized', 'one point', 'dragged off', 'hidden draft']) expect(text).not.toContain(unseen);
    expect(result.copied[0]?.printed).toEqual(['Aino Virtanen']);
  });

  describe('flattens fields without appearances as viewers draw them (NeedAppearances forms, audit 12-06j #2, #3)', () => {
    const build = async (name?: string) => {
      const form = await makeNoAppearanceForm(name === undefined ? {} : { name });
      const result = await assemble(makePlan([section('form', 'Declaration', [pdfPart('Declaration', 'form.pdf', form)])], { options: { cover: false, stamps: false, forms: 'flatten' }, fonts: await loadFonts() }));
      return { result, pdf: await readPdf(result.bytes) };
    };

    it('draws the ticked check box and the chosen radio button from /MK /CA in ZapfDingbats (before: dropped)', async () => {
      const { pdf } = await build();
      const page = pdf.pages[0];
      expect(page?.annotationTypes).not.toContain('Widget');
      // ZapfDingbats' "4" is the tick and "l" the dot (pdf.js reads the codes as they are).
      const marks = (page?.items ?? []).filter((it) => it.str === '4' || it.str === 'l').map((it) => ({ str: it.str, x: it.x, top: it.y }));
      expect(marks.map((m) => m.str)).toEqual(['4', 'l']);
      // The tick inside the check box (x 330..346, 129..145 pt from the top); one dot, in the PhD button (193..205 from the top).
      expect(marks[0]?.x).toBeGreaterThanOrEqual(330);
      expect(marks[0]?.x).toBeLessThan(346);
      expect(marks[0]?.top).toBeGreaterThan(129);
      expect(marks[0]?.top).toBeLessThanOrEqual(145);
      expect(marks[1]?.top).toBeGreaterThan(193);
      expect(marks[1]?.top).toBeLessThanOrEqual(205);
    });

    it('prints a Chinese value in the packet\'s CJK font, not "???", and a multi-line value on its lines', async () => {
      const { result, pdf } = await build();
      const page = pdf.pages[0];
      expect(page?.text).toContain('王小明');
      expect(page?.text).not.toContain('???');
      const lines = (page?.items ?? []).filter((it) => it.str === 'Maria Keller' || it.str === 'Heidelberg, 1 December 2026');
      expect(lines.map((it) => it.str)).toEqual(['Maria Keller', 'Heidelberg, 1 December 2026']);
      // From the top of the box (282 pt from the top of the page), one under the other.
      expect((lines[1]?.y ?? 0) - (lines[0]?.y ?? 0)).toBeGreaterThan(10);
      expect(lines[0]?.y).toBeLessThan(300);
      expect(result.diagnostics.map((d) => d.code)).not.toContain('file.forms-kept');
    });

    it('asks viewers to draw a kept field that has no look of its own, though its input did not (NeedAppearances)', async () => {
      const form = await makeNoAppearanceForm({ name: 'Wang \u{13000}', needAppearances: false });
      const result = await assemble(makePlan([section('form', 'Declaration', [pdfPart('Declaration', 'form.pdf', form)])], { options: { cover: false, stamps: false, forms: 'flatten' }, fonts: await loadFonts() }));
      const out = await PDFDocument.load(result.bytes);
      const acroForm = out.context.lookup(out.catalog.get(PDFName.of('AcroForm'))) as PDFDict;
      expect(out.context.lookup(acroForm.get(PDFName.of('NeedAppearances')))).toBe(PDFBool.True);
    });

    it('shapes an Arabic value (the shaping engine is loaded for it though nothing else in the packet is Arabic)', async () => {
      const loaded = await loadFonts();
      let loads = 0;
      const engine = loaded.engine as NonNullable<typeof loaded.engine>;
      const fonts = { ...loaded, engine: async () => (loads++, engine()) };
      const form = await makeNoAppearanceForm({ name: 'محمد عبد الله' });
      const result = await assemble(makePlan([section('form', 'Declaration', [pdfPart('Declaration', 'form.pdf', form)])], { options: { cover: false, stamps: false, forms: 'flatten' }, fonts }));
      expect(loads).toBe(1);
      expect((await readPdf(result.bytes)).pages[0]?.text).toContain('محمد عبد الله');
      expect(result.diagnostics.map((d) => d.code)).not.toContain('text.direction');
    });

    it('keeps a field whose value has characters no font of the packet has as a field, and says so', async () => {
      const { result, pdf } = await build('Wang \u{13000}');
      expect(pdf.fieldNames).toEqual(['name_native']);
      expect(pdf.pages[0]?.text).not.toContain('?');
      expect(pdf.pages[0]?.text).toContain('Maria Keller');
      const kept = result.diagnostics.find((d) => d.code === 'file.forms-kept');
      expect(kept?.message).toBe(
        'form.pdf: the form field "name_native" is kept as a field, not printed on the page: its value has characters no font of the packet has (\u{13000}), which would be printed as question marks.',
      );
    });
  });

  describe('flattens radio groups without /AS, choices, comb and password fields, and /MK colours as viewers draw them (task prod24a)', () => {
    const build = async (options: Parameters<typeof makeViewerForm>[0]) => {
      const form = await makeViewerForm(options);
      const result = await assemble(makePlan([section('form', 'Declaration', [pdfPart('Declaration', 'form.pdf', form)])], { options: { cover: false, stamps: false, forms: 'flatten' }, fonts: await loadFonts() }));
      const out = await PDFDocument.load(result.bytes);
      const content = out.getPages()[0]!.node.Contents();
      const streams = content ? (content instanceof (await import('@cantoo/pdf-lib')).PDFArray ? content.asArray() : [content]) : [];
      const { decodePDFRawStream, PDFRawStream } = await import('@cantoo/pdf-lib');
      const ops = streams
        .map((r) => out.context.lookup(r))
        .map((st) => (st instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(st).decode()).toString('latin1') : ''))
        .join('\n');
      return { result, pdf: await readPdf(result.bytes), ops };
    };
    const dots = (pdf: Awaited<ReturnType<typeof readPdf>>) => (pdf.pages[0]?.items ?? []).filter((it) => it.str === 'l').map((it) => Math.round(it.y));

    it('draws the chosen radio button named by the group /V through its /Opt export value (before: nothing drawn)', async () => {
      const { pdf, result } = await build({ radio: { value: '1', opt: ['MSc', 'PhD'], kids: [{}, {}] } });
      // The second button (173..185 pt from the top... its box is 657-20..669-20 from the bottom).
      expect(dots(pdf)).toHaveLength(1);
      expect(dots(pdf)[0]).toBeGreaterThan(841.89 - 649);
      expect(dots(pdf)[0]).toBeLessThanOrEqual(841.89 - 637);
      expect(pdf.fieldNames).toEqual([]);
      expect(result.diagnostics.map((d) => d.code)).not.toContain('file.forms-kept');
    });

    it("draws the chosen radio button's own on-state look when no kid has /AS (before: nothing drawn)", async () => {
      const { pdf } = await build({ radio: { value: 'PhD', kids: [{ states: ['MSc', 'Off'] }, { states: ['PhD', 'Off'] }] } });
      expect(dots(pdf)).toHaveLength(1);
      expect(dots(pdf)[0]).toBeGreaterThan(841.89 - 649);
      expect(pdf.fieldNames).toEqual([]);
      // A button with only its on-state look, not the one chosen, shows nothing (before: its one look was drawn).
      const other = await build({ radio: { value: 'MSc', kids: [{ states: ['PhD'] }, { states: ['MSc', 'Off'] }] } });
      expect(dots(other.pdf)).toHaveLength(1);
      expect(dots(other.pdf)[0]).toBeGreaterThan(841.89 - 649);
    });

    it('keeps a radio group whose chosen button nothing tells, and says so (before: the answer was erased silently)', async () => {
      const { pdf, result } = await build({ radio: { value: 'PhD', kids: [{}, {}] } });
      expect(pdf.fieldNames).toEqual(['degree']);
      expect(result.diagnostics.find((d) => d.code === 'file.forms-kept')?.message).toBe(
        'form.pdf: the radio buttons "degree" are kept as fields, not printed on the page: the file does not say which button shows the chosen answer, and printing none would erase it.',
      );
    });

    it("prints a combo box's shown text (its /Opt pair) right-aligned by /Q, and a list box's chosen rows one under the other", async () => {
      const { pdf } = await build({
        fields: [
          { FT: 'Ch', Ff: 1 << 17, T: PDFString.of('country'), V: PDFString.of('de'), Q: 2, Opt: [[PDFString.of('de'), PDFString.of('Germany')], [PDFString.of('fi'), PDFString.of('Finland')]], Rect: [100, 700, 400, 716] },
          { FT: 'Ch', T: PDFString.of('languages'), V: [PDFString.of('English'), PDFString.of('German')], Opt: [PDFString.of('English'), PDFString.of('French'), PDFString.of('German')], Rect: [100, 560, 400, 640] },
        ],
      });
      const items = pdf.pages[0]?.items ?? [];
      const germany = items.find((it) => it.str === 'Germany');
      expect(items.map((it) => it.str)).not.toContain('de');
      // Right-aligned: it ends near the box's right edge (400), not at its left (100).
      expect((germany?.x ?? 0) + (germany?.width ?? 0)).toBeGreaterThan(390);
      const rows = items.filter((it) => it.str === 'English' || it.str === 'German');
      expect(rows.map((it) => it.str)).toEqual(['English', 'German']);
      expect((rows[1]?.y ?? 0) - (rows[0]?.y ?? 0)).toBeGreaterThan(10);
      // From the top of the list box (201.89 pt from the top of the page).
      expect(rows[0]?.y).toBeLessThan(220);
    });

    it('prints a comb field one character a cell, and never a password (asterisks, as viewers show it)', async () => {
      const { pdf } = await build({
        fields: [
          { FT: 'Tx', Ff: 1 << 24, MaxLen: 5, T: PDFString.of('postcode'), V: PDFString.of('69117'), Rect: [100, 700, 200, 716] },
          { FT: 'Tx', Ff: 1 << 13, T: PDFString.of('pin'), V: PDFHexString.fromText('secret'), Rect: [100, 600, 300, 616] },
        ],
      });
      const items = pdf.pages[0]?.items ?? [];
      const digits = items.filter((it) => /^\d$/u.test(it.str));
      expect(digits.map((it) => it.str)).toEqual(['6', '9', '1', '1', '7']);
      // Each centred in its 20 pt cell: 100..120, 120..140, ...
      digits.forEach((it, i) => {
        const mid = it.x + it.width / 2;
        expect(Math.abs(mid - (110 + 20 * i))).toBeLessThan(1);
      });
      expect(pdf.pages[0]?.text).not.toContain('secret');
      expect(pdf.pages[0]?.text).toContain('******');
    });

    it('fills the /MK /BG background and strokes the /BC border around the value (an empty field\'s too)', async () => {
      const { ops, pdf } = await build({
        fields: [
          { FT: 'Tx', T: PDFString.of('name'), V: PDFString.of('Maria'), MK: { BG: [0.9, 0.9, 1], BC: [1, 0, 0] }, BS: { W: 2 }, Rect: [100, 700, 300, 716] },
          { FT: 'Tx', T: PDFString.of('empty'), MK: { BG: [0.5] }, Rect: [100, 650, 300, 666] },
        ],
      });
      expect(pdf.pages[0]?.text).toContain('Maria');
      expect(ops).toContain('0.9 0.9 1 rg\n100 700 200 16 re f\n1 0 0 RG 2 w\n101 701 198 14 re S\n');
      expect(ops).toContain('0.5 g\n100 650 200 16 re f\n');
      // Behind the value: the fill comes before the text.
      const fill = ops.indexOf('0.9 0.9 1 rg');
      expect(ops.indexOf('BT', fill)).toBeGreaterThan(fill);
      expect(ops.lastIndexOf('BT', fill)).toBeLessThan(ops.lastIndexOf('re W n', fill));
    });
  });

  it("keeps form fields working with forms: 'keep', renaming clashes between inputs", async () => {
    const form = await makeFeaturePdf({ fields: 2, filled: 1 });
    const plan = makePlan([section('form', 'Forms', [pdfPart('Form A', 'a.pdf', form), pdfPart('Form B', 'b.pdf', form)])], {
      options: { cover: true, stamps: true, forms: 'keep' },
    });
    const pdf = await readPdf((await assemble(plan)).bytes);
    expect(pdf.fieldNames.sort()).toEqual(['field0', 'field0_2', 'field1', 'field1_2']);
    expect(pdf.pages[1]?.annotationTypes.filter((t) => t === 'Widget')).toHaveLength(2);
    expect(pdf.pages[2]?.annotationTypes.filter((t) => t === 'Widget')).toHaveLength(2);
  });

  it("flattens widgets that belong to no form field even with forms: 'keep' (they would look fillable but be dead)", async () => {
    const { PDFDocument, PDFName } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 1, filled: 1 }), { updateMetadata: false });
    doc.catalog.delete(PDFName.of('AcroForm'));
    const orphans = await doc.save({ useObjectStreams: false });
    const plan = makePlan([section('form', 'Form', [pdfPart('Form', 'form.pdf', orphans)])], { options: { cover: false, stamps: false, forms: 'keep' } });
    const pdf = await readPdf((await assemble(plan)).bytes);
    expect(pdf.pages[0]?.annotationTypes).not.toContain('Widget');
    expect(pdf.pages[0]?.text).toContain('value 0');
  });

  it('drops document scripts and attachments, with warnings', async () => {
    const bytes = await makeFeaturePdf({ script: true, attachment: true });
    const result = await assemble(makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', bytes)])]));
    const raw = latin1(result.bytes);
    expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/EmbeddedFiles|\/Launch|\/AA\b/);
    expect(result.pageCount).toBe(2);
    const codes = result.diagnostics.map((d) => [d.code, d.severity]);
    expect(codes).toContainEqual(['file.actions', 'warning']);
    expect(codes).toContainEqual(['file.attachments', 'warning']);
    expect(result.diagnostics.find((d) => d.code === 'file.actions')?.message).toMatch(/^cv\.pdf contains /);
  });

  it('reports an unreadable input as file.corrupt and still builds the rest', async () => {
    const plan = makePlan([
      section('cv', 'CV', [{ ...pdfPart('CV', 'cv.pdf', new TextEncoder().encode('%PDF-1.7 garbage')), at: { file: 'manifest.yaml', line: 12, col: 9, path: 'items.cv.file' } }]),
      section('statement', 'Statement', [{ kind: 'text', title: 'Statement', text: 'Hello.' }]),
      section('scan', 'Scan', [{ kind: 'image', title: 'Scan', source: 'scan.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0]), mime: 'image/jpeg' }]),
    ]);
    const result = await assemble(plan);
    expect(result.diagnostics.filter((d) => d.code === 'file.corrupt').map((d) => d.severity)).toEqual(['error', 'error']);
    expect(result.diagnostics[0]?.message).toMatch(/^cv\.pdf is damaged/);
    // Located in the manifest when the plan says where the part comes from.
    expect(result.diagnostics[0]).toMatchObject({ file: 'manifest.yaml', line: 12, col: 9, path: 'items.cv.file' });
    expect(result.pageCount).toBe(2);
    expect(result.ranges[0]).toMatchObject({ firstPage: 0, lastPage: 0 });
    expect(result.ranges[1]).toMatchObject({ firstPage: 2, lastPage: 2 });
  });

  it('gives a page without a usable media box the size viewers assume (US Letter) instead of crashing', async () => {
    const { PDFDocument, PDFName } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(await makePdf({ pages: 2 }), { updateMetadata: false });
    doc.getPages()[0]?.node.delete(PDFName.of('MediaBox'));
    doc.getPages()[1]?.node.set(PDFName.of('MediaBox'), doc.context.obj([0, 0, 'oops']));
    const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', await doc.save({ useObjectStreams: false }))])]);
    const pdf = await readPdf((await assemble(plan)).bytes);
    expect(pdf.pages.slice(1).map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([
      [612, 792],
      [612, 792],
    ]);
  });

  it('clips a crop box to the media box, and drops one wholly outside it (poppler showed a page of no size)', async () => {
    const { PDFDocument, PDFName, PDFArray, PDFNumber } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(await makePdf({ pages: 3 }), { updateMetadata: false });
    const [outside, across, inside] = doc.getPages();
    outside?.setCropBox(1000, 1000, 595, 842);
    across?.setCropBox(-50, 100, 300, 1000);
    inside?.setCropBox(10, 20, 300, 400);
    const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', await doc.save({ useObjectStreams: false }))])]);
    const out = await PDFDocument.load((await assemble(plan)).bytes, { updateMetadata: false });
    const crops = out.getPages().slice(1).map((p) => {
      const box = p.node.get(PDFName.of('CropBox'));
      return box instanceof PDFArray ? box.asArray().map((v) => (v instanceof PDFNumber ? Math.round(v.asNumber()) : NaN)) : undefined;
    });
    expect(crops).toEqual([undefined, [0, 100, 250, 842], [10, 20, 310, 420]]);
  });

  it('still writes a valid one-page PDF, with an error, when nothing could be included', async () => {
    const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', new Uint8Array(0))])], { options: { cover: false, stamps: true, forms: 'flatten' } });
    const result = await assemble(plan);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['file.corrupt', 'packet.empty']);
    expect((await readPdf(result.bytes)).pageCount).toBe(1);
  });

  it('reuses an already loaded document instead of parsing the bytes again', async () => {
    const { PDFDocument } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(await makePdf({ pages: 3 }), { updateMetadata: false });
    // Bytes that would not parse: only the loaded document can give the 3 pages.
    const plan = makePlan([section('cv', 'CV', [{ kind: 'pdf', title: 'CV', source: 'cv.pdf', bytes: new Uint8Array(0), loaded: { doc } }])]);
    expect((await assemble(plan)).pageCount).toBe(4);
  });

  it('builds without cover and stamps when asked', async () => {
    const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', await makePdf({ pages: 2, text: 'Only {n}' }))])], {
      options: { cover: false, stamps: false, forms: 'flatten' },
    });
    const result = await assemble(plan);
    const pdf = await readPdf(result.bytes);
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages[0]?.text.trim()).toBe('Only 1');
    expect(flattenOutline(pdf.outline).map((o) => o.title)).toEqual(['CV']);
    expect(fonts.regular.length).toBeGreaterThan(0);
  });
});
