import { readPdfText } from '../../../src/io/pdf-text.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { sniffType } from '../../../src/core/inspect/sniff.js';
import type { InputFacts } from '../../../src/core/inspect/types.js';
import { benchStdDir } from '../../helpers/corpus.js';
import { inflationBomb } from '../../helpers/corpus-bombs.js';
import { encryptPdf, makeEncryptedPdf, makeFeaturePdf, makePdf, makePng } from '../../helpers/make-pdf.js';

const codes = (facts: InputFacts): string[] => facts.findings.map((f) => `${f.severity} ${f.code}`).sort();
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);

/** A structurally complete baseline JPEG header (SOI, SOF0 with the size, EOI): enough for sniffing. */
function jpegHeader(width: number, height: number, end = true): Uint8Array {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, ...sof, ...(end ? [0xff, 0xd9] : [])]);
}

describe('inspectInput: types by content', () => {
  it('reports an empty file', async () => {
    expect(codes(await inspectInput(new Uint8Array(0)))).toEqual(['error file.empty']);
  });

  it('names what a non-PDF is', async () => {
    const facts = await inspectInput(latin1('<!DOCTYPE html><html><body>Login</body></html>'));
    expect(facts.type).toBe('invalid');
    expect(facts.findings[0]).toMatchObject({ code: 'file.not-pdf', message: 'The file is an HTML page, not a PDF.' });
    expect((await inspectInput(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).findings[0]?.message).toContain('ZIP');
  });

  it('accepts a PNG named .pdf as a scanned page, with a note', async () => {
    const facts = await inspectInput(makePng(40, 30), { fileName: 'transcript.pdf' });
    expect(facts).toMatchObject({ type: 'png', pages: 1, width: 40, height: 30 });
    expect(codes(facts)).toEqual(['info file.type-mismatch']);
    expect(codes(await inspectInput(makePng(), { fileName: 'scan.png' }))).toEqual([]);
  });

  it('reads a JPEG size, and flags a cut-off JPEG or PNG', async () => {
    expect(await inspectInput(jpegHeader(1200, 1700), { fileName: 'a.jpg' })).toMatchObject({ type: 'jpeg', width: 1200, height: 1700, findings: [] });
    expect(codes(await inspectInput(jpegHeader(10, 10, false)))).toEqual(['error file.truncated']);
    const png = makePng(10, 10);
    expect(codes(await inspectInput(png.subarray(0, png.length - 12)))).toEqual(['error file.truncated']);
    expect(sniffType(png)).toBe('png');
  });
});

describe('inspectInput: PDFs', () => {
  it('counts pages and words of a clean PDF, and hands on the parsed document', async () => {
    const facts = await inspectInput(await makePdf({ pages: 3, wordsPerPage: 20 }), { countWords: true }, readPdfText);
    expect(facts).toMatchObject({ type: 'pdf', pages: 3, findings: [] });
    // "Page n" (2 words) + 20 filler words per page.
    expect(facts.words).toBe(66);
    expect(facts.chars).toBeGreaterThan(100);
    expect(facts.loaded?.doc).toBeInstanceOf(PDFDocument);
  });

  it("counts the words written into form fields as the page's, and a page holding only a filled field is not blank (audit 12-06k #2; before: 0 words, file.blank)", async () => {
    /** A page drawing `text` (nothing at all when '') and one text field holding `value`, with no appearance (as online form builders write it). */
    const form = async (text: string, value: string, extra: Record<string, unknown> = {}): Promise<Uint8Array> => {
      const doc = text === '' ? await PDFDocument.create() : await PDFDocument.load(await makePdf({ text }));
      if (text === '') doc.addPage([595, 842]);
      const ctx = doc.context;
      const field = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Tx', Ff: 4096, T: PDFString.of('motivation'), V: PDFString.of(value), Rect: [72, 80, 523, 720], DA: PDFString.of('/Helv 11 Tf 0 g'), F: 4, ...extra }));
      doc.getPage(0).node.set(PDFName.of('Annots'), ctx.obj([field]));
      doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [field], DA: PDFString.of('/Helv 0 Tf 0 g') }));
      return doc.save();
    };
    const letter = 'I am strongly motivated to join the group because my research fits the project well.';
    const filled = await inspectInput(await form('Motivation form', letter), { countWords: true }, readPdfText);
    expect(filled.words).toBe(2 + 15);
    const only = await inspectInput(await form('', letter), { countWords: true, keepText: true }, readPdfText);
    expect(codes(only)).toEqual(['info file.forms']);
    expect(only.words).toBe(15);
    expect(only.pageTexts?.[0]).toContain('strongly motivated');
    // A hidden field and a password are not printed: not counted, and a page holding only them is blank.
    expect(codes(await inspectInput(await form('', letter, { F: 6 }), { countWords: true }, readPdfText))).toContain('error file.blank');
    // Nor a field no viewer shows, whose words the applicant cannot see to cut: a 0 x 0 widget (pdf-lib writes it 1 x 1), one off the page (audit 12-06l #4; before: counted, limit.words).
    for (const Rect of [[0, 0, 0, 0], [-0.5, -0.5, 0.5, 0.5], [700, 900, 900, 920], [72, -40, 523, 0]]) {
      const unseen = await inspectInput(await form('Motivation form', letter, { Rect }), { countWords: true }, readPdfText);
      expect(unseen.words, JSON.stringify(Rect)).toBe(2);
    }
    expect((await inspectInput(await form('Form', 'secret words here', { Ff: 8192 }), { countWords: true }, readPdfText)).words).toBe(1);
  });

  it('notes scans: no text at all, or some pages without text', async () => {
    const blank = await inspectInput(await makePdf({ pages: 2, text: '' }), { countWords: true }, readPdfText);
    expect(codes(blank)).toEqual(['info file.no-text']);
    expect(blank.words).toBe(0);
    const doc = await PDFDocument.load(await makePdf({ pages: 2 }));
    doc.addPage();
    const mixed = await inspectInput(await doc.save(), { countWords: true }, readPdfText);
    expect(mixed.findings.map((f) => f.message)).toEqual([
      'The file has 1 page of 3 without selectable text (blank, scanned or picture-only pages); any words on them are not counted.',
    ]);
    // Without word counting nothing is extracted, so nothing is said.
    expect(codes(await inspectInput(await makePdf({ pages: 2, text: '' })))).toEqual([]);
  });

  it('refuses a PDF that needs a password, for every cipher the fork writes', async () => {
    for (const algorithm of ['AES-256', 'AES-128', 'RC4-128', 'RC4-40'] as const) {
      const facts = await inspectInput(await makeEncryptedPdf({ userPassword: 'open', ownerPassword: 'owner', algorithm }));
      expect(codes(facts), algorithm).toEqual(['error file.encrypted']);
      expect(facts.findings[0]?.message).toBe('The file needs a password to open.');
      expect(facts.loaded).toBeUndefined();
    }
  });

  it('says so when the protection is not a password (certificates) or an unknown method', async () => {
    const protect = async (encrypt: Record<string, unknown>): Promise<Uint8Array> => {
      const doc = await PDFDocument.load(await makePdf());
      doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj(encrypt as never));
      doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of('00112233'), PDFHexString.of('00112233')]);
      return doc.save({ useObjectStreams: false });
    };
    const cert = await inspectInput(await protect({ Filter: 'Adobe.PubSec', V: 4, SubFilter: 'adbe.pkcs7.s5' }));
    expect(cert.findings).toMatchObject([{ code: 'file.encrypted', message: expect.stringContaining('certificate') }]);
    const odd = await inspectInput(await protect({ Filter: 'Standard', V: 3, R: 3, O: PDFHexString.of('00'), U: PDFHexString.of('00'), P: -4 }));
    expect(odd.findings).toMatchObject([{ code: 'file.encrypted', message: expect.stringContaining('encryption method') }]);
  });

  it('opens an owner-password-only PDF and keeps its text', async () => {
    for (const algorithm of ['AES-256', 'AES-128', 'RC4-128'] as const) {
      const bytes = await makeEncryptedPdf({ pages: 2, text: 'Secret page {n}', userPassword: '', ownerPassword: 'owner', algorithm });
      const facts = await inspectInput(bytes, { countWords: true }, readPdfText);
      expect(codes(facts), algorithm).toEqual(['info file.decrypted']);
      expect(facts.pages).toBe(2);
      expect(facts.words).toBe(6);
      expect(facts.features?.encryption).toBe('owner');
      // The decrypted document copies into a new one with readable content.
      const src = facts.loaded!.doc as PDFDocument;
      const out = await PDFDocument.create();
      for (const p of await out.copyPages(src, [0, 1])) out.addPage(p);
      expect((await inspectInput(await out.save(), { countWords: true }, readPdfText)).words).toBe(6);
    }
  });

  it('encrypts a real file and still tells a password from restrictions', async () => {
    const cv = join(benchStdDir, '01-cv.pdf');
    if (!existsSync(cv)) return console.log(`skipped: ${cv} not found`);
    const bytes = new Uint8Array(readFileSync(cv));
    expect(codes(await inspectInput(await encryptPdf(bytes, { userPassword: 'x' })))).toEqual(['error file.encrypted']);
    const owner = await inspectInput(await encryptPdf(bytes, { userPassword: '' }));
    // Its named links are not found once unlocked (the build has always left them out): said before the build now.
    expect(codes(owner)).toEqual(['info file.decrypted', 'info file.links']);
    expect(owner.pages).toBe(2);
  });

  it('reports forms, scripts and attachments', async () => {
    const facts = await inspectInput(await makeFeaturePdf({ fields: 3, filled: 1, script: true, attachment: true }));
    expect(codes(facts)).toEqual(['info file.forms', 'warning file.actions', 'warning file.attachments']);
    expect(facts.features).toMatchObject({ formFields: 3, filledFields: 1, attachments: 1, activeContent: ['javascript'] });
    expect(facts.findings.find((f) => f.code === 'file.forms')?.message).toBe(
      'The file has 3 form fields (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited.',
    );
    const keep = await inspectInput(await makeFeaturePdf({ fields: 1, filled: 1 }), { forms: 'keep' });
    expect(keep.findings[0]?.message).toContain('kept as fields');
  });

  it('a PDF Portfolio is an error (its page is only a cover sheet); comments with text are a warning, marks without are not', async () => {
    const portfolio = await PDFDocument.load(await makePdf({ text: 'To view this PDF Portfolio, open it in Adobe Acrobat.' }));
    await portfolio.attach(await makePdf({ text: 'Curriculum vitae' }), 'cv.pdf', { mimeType: 'application/pdf' });
    portfolio.catalog.set(PDFName.of('Collection'), portfolio.context.obj({ Type: 'Collection', View: 'T' }));
    const p = await inspectInput(await portfolio.save(), { fileName: 'cv.pdf' });
    expect(p.findings.map((f) => `${f.severity} ${f.code} ${f.message}`)).toEqual([
      'error file.attachments cv.pdf is a PDF Portfolio: its 1 document is an attachment, and its page is only a cover sheet ("open it in Acrobat"); the packet would carry the cover sheet alone.',
    ]);
    const noted = await PDFDocument.load(await makePdf());
    const note = (contents?: string) =>
      noted.context.register(noted.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [500, 700, 520, 720], ...(contents !== undefined ? { Contents: PDFString.of(contents) } : {}) }));
    noted.getPage(0).node.set(PDFName.of('Annots'), noted.context.obj([note('Weak section, rewrite before sending!'), note(), note('')]));
    const n = await inspectInput(await noted.save(), { fileName: 'plan.pdf' });
    expect(n.findings.map((f) => `${f.severity} ${f.code} ${f.message}`)).toEqual([
      'warning file.comments plan.pdf has 1 comment (sticky notes or notes on marked text); it is carried into the packet, where a reviewer can open it.',
    ]);
  });

  it('text typed onto a page (FreeText: Preview\'s Text tool, Fill & Sign) is file.typed-text, an info that says not to delete it, not a comment (audit 12-06i #9; before: "1 comment (sticky notes ...)", hint: delete them)', async () => {
    const doc = await PDFDocument.load(await makePdf({ text: 'Tampere University letterhead' }));
    const appearance = doc.context.register(doc.context.stream('BT /Helv 11 Tf 5 20 Td (I recommend Aino Virtanen without reservation.) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 500, 40] }));
    const typed = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [60, 400, 560, 440], Contents: PDFString.of('I recommend Aino Virtanen without reservation.'), DA: PDFString.of('/Helv 11 Tf 0 g'), AP: { N: appearance } }));
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([typed]));
    const f = await inspectInput(await doc.save(), { fileName: 'letter.pdf' });
    expect(f.findings.map((x) => `${x.severity} ${x.code} ${x.message}  hint: ${x.hint}`)).toEqual([
      "info file.typed-text letter.pdf has text typed onto its pages (1 text box, as Preview's Text tool or Fill & Sign writes it); the packet keeps it, shown on the page as in your viewer.  hint: Nothing to do if it is the document's own words (a letter typed onto letterhead, a filled-in form): do not delete it as a comment, which deletes those words. Only a box that is a note to you should go: delete that box alone and save.",
    ]);
    // A sticky note beside it is still a comment.
    const sticky = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [500, 700, 520, 720], Contents: PDFString.of('Check the date') }));
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([typed, sticky]));
    const both = await inspectInput(await doc.save(), { fileName: 'letter.pdf' });
    expect(both.findings.map((x) => `${x.severity} ${x.code}`)).toEqual(['warning file.comments', 'info file.typed-text']);
  });

  it('an area marked for redaction but never applied is an error naming its page (audit 12-06j #4; before: no line at all, Ready)', async () => {
    const doc = await PDFDocument.load(await makePdf({ pages: 2, text: 'Date of birth: 12.03.1993   Passport: C01X00T47' }));
    const redact = (page: number) =>
      doc.getPage(page).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Redact', Rect: [70, 725, 400, 742], IC: [0, 0, 0] }))]));
    redact(1);
    const f = await inspectInput(await doc.save(), { fileName: 'docs/transcript.pdf' });
    expect(f.findings.map((x) => `${x.severity} ${x.code} ${x.message}  hint: ${x.hint}`)).toEqual([
      'error file.redaction-unapplied docs/transcript.pdf has an area on page 2 marked for redaction but not applied: the text under it can be read and copied, in the file and in the packet.  hint: Apply the redactions in your PDF editor (in Acrobat: Redact, then Apply) and save, then build again; searching the saved file for the hidden words should find nothing.',
    ]);
  });

  it('the error quotes the start of the text under the redaction, so the applicant knows which passage (before: no quote)', async () => {
    const doc = await PDFDocument.load(await makePdf({ pages: 2, text: 'Date of birth: 12.03.1993   Passport: C01X00T47' }));
    const annot = (d: Record<string, unknown>) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Redact', ...d }));
    // Page 1: a box over the date of birth; page 2: the passport number marked as words (/QuadPoints).
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([annot({ Rect: [45, 755, 215, 775] })]));
    doc.getPage(1).node.set(PDFName.of('Annots'), doc.context.obj([annot({ Rect: [0, 0, 600, 842], QuadPoints: [258, 775, 340, 775, 258, 755, 340, 755] })]));
    const bytes = await doc.save();
    const f = await inspectInput(bytes, { fileName: 'cert.pdf' }, readPdfText);
    expect(f.findings.map((x) => x.message)).toEqual([
      'cert.pdf has 2 areas on pages 1–2 marked for redaction but not applied: the text under them, such as "Date of birth: 12.03.1993", can be read and copied, in the file and in the packet.',
    ]);
    expect(f.pageMarks?.redactions.under).toEqual(['Date of birth: 12.03.1993', 'Passport: C01X00T47']);
    // Without a text reader (or with nothing under it), the message stays as it was.
    expect((await inspectInput(bytes, { fileName: 'cert.pdf' })).findings[0]?.message).toBe(
      'cert.pdf has 2 areas on pages 1–2 marked for redaction but not applied: the text under them can be read and copied, in the file and in the packet.',
    );
  });

  it('stamps, watermarks and drawing marks without a note are a warning that says what and where: a reviewer sees them (audit 12-06j #5; before: no line, Ready)', async () => {
    const doc = await PDFDocument.load(await makePdf({ pages: 3, text: 'Transcript of Records' }));
    const annot = (d: Record<string, unknown>) => doc.context.register(doc.context.obj({ Type: 'Annot', Rect: [300, 600, 500, 680], ...d }));
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([annot({ Subtype: 'Stamp', Name: 'NotApproved' }), annot({ Subtype: 'Ink', InkList: [[70, 740, 150, 770]] })]));
    doc.getPage(2).node.set(
      PDFName.of('Annots'),
      doc.context.obj([
        annot({ Subtype: 'Ink', InkList: [[70, 740, 150, 770]] }),
        annot({ Subtype: 'Circle' }),
        annot({ Subtype: 'Stamp', Name: PDFName.of('#D1f2') }),
        annot({ Subtype: 'Watermark' }),
        // Hidden: not drawn, not counted; with a note: a comment (`file.comments`), not counted twice.
        annot({ Subtype: 'Square', F: 2 }),
        annot({ Subtype: 'Highlight', Contents: PDFString.of('cite the 2023 paper here') }),
      ]),
    );
    const f = await inspectInput(await doc.save(), { fileName: 'docs/transcript.pdf' });
    expect(f.findings.map((x) => `${x.severity} ${x.code} ${x.message}  hint: ${x.hint}`)).toEqual([
      'warning file.comments docs/transcript.pdf has 1 comment (sticky notes or notes on marked text); it is carried into the packet, where a reviewer can open it.  hint: If they are notes for you or from a proofreader, delete them in your PDF viewer\'s comment list and save, then build again.',
      'warning file.marks docs/transcript.pdf has marks drawn on its pages (a "Not Approved" stamp on page 1, 2 ink drawings on pages 1 and 3, a circle on page 3, a stamp on page 3 and a watermark on page 3); they are carried into the packet, where a reviewer sees them.  hint: If they are review marks (a stamp, a proofreader\'s drawings or highlights), delete them in your PDF viewer\'s comment list and save, then build again; keep those that belong to the document.',
    ]);
  });

  it('a custom stamp is named by its note, its subject or the words its appearance draws, else "a stamp" (before: "a stamp" for each)', async () => {
    const doc = await PDFDocument.load(await makePdf({ pages: 1, text: 'Transcript of Records' }));
    const annot = (d: Record<string, unknown>) => doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Stamp', Rect: [300, 600, 500, 680], Name: PDFName.of('#D1f2'), ...d }));
    const drawn = (content: string) => ({ AP: { N: doc.context.register(doc.context.stream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 200, 80] })) } });
    doc.getPage(0).node.set(
      PDFName.of('Annots'),
      doc.context.obj([
        annot({ Contents: PDFString.of('Checked by HR') }),
        // Acrobat's default subject names nothing: the drawn words do.
        annot({ Subj: PDFString.of('Stamp'), ...drawn('BT /F1 24 Tf 10 20 Td (COPY) Tj ET') }),
        annot({ ...drawn('BT /F1 24 Tf 10 20 Td [(Ce) 20 (rtified)] TJ 0 -20 Td (true copy) Tj ET') }),
        // A long note is no name; nothing drawn in words: "a stamp".
        annot({ Contents: PDFString.of('Please check the grades against the original transcript before sending') }),
      ]),
    );
    const f = await inspectInput(await doc.save(), { fileName: 'cert.pdf' });
    expect(f.findings.find((x) => x.code === 'file.marks')?.message).toBe(
      'cert.pdf has marks drawn on its pages (a "Checked by HR" stamp on page 1, a "COPY" stamp on page 1, a "Certified true copy" stamp on page 1 and a stamp on page 1); they are carried into the packet, where a reviewer sees them.',
    );
  });

  it('a form with none of its fields to fill in filled in is a warning, file.form-empty; the flattening wording only when something is filled in (audit 12-06j #6; before: an info, Ready under --strict)', async () => {
    const empty = await inspectInput(await makeFeaturePdf({ fields: 2, filled: 0 }), { fileName: 'docs/empty-form.pdf' });
    expect(empty.findings.map((x) => `${x.severity} ${x.code} ${x.message}  hint: ${x.hint}`)).toEqual([
      'warning file.form-empty docs/empty-form.pdf is a form with 2 fields to fill in, and none of them is filled in: a reviewer gets a blank form.  hint: Fill it in (Acrobat Reader or your browser can), save it, and give the saved file; if your viewer saved the filled-in form as another file, give that one.',
    ]);
    // Read-only fields and push buttons are not the applicant's to fill in (pgfplots' manual has thousands): an info, and no flattening of values.
    const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 2, filled: 0 }));
    for (const field of doc.getForm().getFields()) field.enableReadOnly();
    const shown = await inspectInput(await doc.save(), { fileName: 'docs/appendix.pdf' });
    expect(shown.findings.map((x) => `${x.severity} ${x.code} ${x.message}`)).toEqual([
      'info file.forms docs/appendix.pdf has 2 form fields (0 filled in); they will be flattened: each is printed on the page as it looks now and can no longer be used.',
    ]);
    expect(codes(await inspectInput(await makeFeaturePdf({ fields: 2, filled: 1 })))).toEqual(['info file.forms']);
  });

  it("a template's prompts are not filled in, a value equal to its default (/DV, as LibreOffice writes) is (audit 12-06k #5; before: 3 filled in, Ready under --strict)", async () => {
    const form = async (values: (doc: PDFDocument) => void): Promise<InputFacts> => {
      const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 3, filled: 3 }));
      values(doc);
      return inspectInput(await doc.save(), { fileName: 'docs/form.pdf' });
    };
    const set = (doc: PDFDocument, name: string, value: string, preset?: string) => {
      const field = doc.getForm().getTextField(name);
      field.setText(value);
      if (preset !== undefined) field.acroField.dict.set(PDFName.of('DV'), PDFHexString.fromText(preset));
    };
    const prompts = await form((doc) => {
      set(doc, 'field0', 'Click or tap here to enter text.');
      set(doc, 'field1', 'dd/mm/yyyy', 'dd/mm/yyyy');
      set(doc, 'field2', 'Enter your degree here');
    });
    expect(prompts.findings.map((x) => `${x.severity} ${x.code} ${x.message}`)).toEqual([
      'warning file.form-empty docs/form.pdf is a form with 3 fields to fill in, and none of them is filled in: a reviewer gets a blank form; "field0", "field1", "field2" hold only the form\'s prompt.',
    ]);
    // A `pages:` selection judges the fields by page (formPages): the prompts are no answers there either (merge of prod25a and prod25b).
    expect(prompts.formPages?.fields.map((f) => f.filled)).toEqual([false, false, false]);
    // One real answer among prompts: the count says so, and the hint asks to check the rest.
    const some = await form((doc) => {
      set(doc, 'field0', 'Aino Virtanen');
      set(doc, 'field1', 'Choose an item.');
      set(doc, 'field2', 'Click here to enter a date.');
    });
    expect(some.findings.map((x) => `${x.severity} ${x.code} ${x.message}  hint: ${x.hint}`)).toEqual([
      // The prompts beside the real answer are left empty when flattened: a warning naming them (re-verification 12-06k #5, prod27a).
      `warning file.forms docs/form.pdf has 3 form fields (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited; 2 fields hold only the form's prompt ("Choose an item.", "Click here to enter a date."), left empty on the page.  hint: Fill in the fields that still show the prompt if the posting asks for them, save the form, then build again.`,
    ]);
    // A value that only mentions a prompt's words, or a date, is an answer.
    const answers = await form((doc) => {
      set(doc, 'field0', 'Enter the building by the main door; room 2 is here');
      set(doc, 'field1', '01/06/2026', 'dd/mm/yyyy');
      set(doc, 'field2', 'Alice', 'Alice');
    });
    expect(answers.features).toMatchObject({ formFields: 3, filledFields: 3 });
  });

  it("Word's prompts in French, German and the other common languages are not filled in either: file.form-empty (audit 12-06l #7; before: \"3 filled in\", Ready)", async () => {
    const blank: Record<string, [string, string, string]> = {
      fr: ['Cliquez ou appuyez ici pour entrer du texte.', 'Choisissez un élément.', 'Cliquez ou appuyez ici pour entrer une date.'],
      de: ['Klicken oder tippen Sie hier, um Text einzugeben.', 'Wählen Sie ein Element aus.', 'Klicken oder tippen Sie, um ein Datum einzugeben.'],
      nl: ['Klik of tik om tekst in te voeren.', 'Kies een item.', 'Klik of tik om een datum in te voeren.'],
      es: ['Haga clic o pulse aquí para escribir texto.', 'Elija un elemento.', 'jj/mm/aaaa'],
      it: ['Fare clic o toccare qui per immettere il testo.', 'Scegliere un elemento.', 'gg/mm/aaaa'],
      sv: ['Klicka eller tryck här för att ange text.', 'Välj ett objekt.', 'åååå-mm-dd'],
      fi: ['Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.', 'Valitse kohde.', 'Kirjoita päivämäärä napsauttamalla tätä.'],
      pt: ['Clique ou toque aqui para introduzir texto.', 'Escolha um item.', 'Clique ou toque para introduzir uma data.'],
      no: ['Klikk eller trykk her for å skrive inn tekst.', 'Velg et element.', 'Klikk eller trykk for å skrive inn en dato.'],
      da: ['klik eller tryk her for at skrive tekst', 'Vælg et element.', 'Klik eller tryk for at angive en dato.'],
    };
    for (const [language, values] of Object.entries(blank)) {
      const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 3, filled: 3 }));
      values.forEach((value, i) => doc.getForm().getTextField(`field${i}`).setText(value));
      const facts = await inspectInput(await doc.save(), { fileName: 'docs/form.pdf' });
      expect(codes(facts), language).toEqual(['warning file.form-empty']);
    }
    // A value that only begins like a prompt is an answer.
    const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 1, filled: 1 }));
    doc.getForm().getTextField('field0').setText('Choisissez un élément: doctorat en informatique');
    expect((await inspectInput(await doc.save())).features).toMatchObject({ formFields: 1, filledFields: 1 });
  });

  it('a password field holding a value: file.forms says it is printed as asterisks (flatten), a warning when --forms keep carries it (audit 12-06k #1; before: "Nothing to do")', async () => {
    const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 1, filled: 1 }));
    doc.getForm().getTextField('field0').enablePassword();
    const bytes = await doc.save();
    const line = (facts: InputFacts) => facts.findings.map((x) => `${x.severity} ${x.code} ${x.message}  hint: ${x.hint}`);
    expect(line(await inspectInput(bytes, { fileName: 'docs/form.pdf' }))).toEqual([
      'info file.forms docs/form.pdf has 1 form field (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited; what the password field holds is printed as asterisks only, and is not carried in the packet.  hint: Check the posting really asks for it; a reviewer sees only asterisks, so the value is not sent.',
    ]);
    expect(line(await inspectInput(bytes, { fileName: 'docs/form.pdf', forms: 'keep' }))).toEqual([
      "warning file.forms docs/form.pdf has 1 form field (1 filled in); they are kept as fields, which some portals and viewers show differently; what the password field holds stays in the packet, where anyone can read it from the form's data.  hint: Clear the password field and save the form before building, or build without --forms keep (the value is then printed as asterisks and not kept).",
    ]);
  });

  it('tells a dynamic XFA form (error) from a static one, and a signature from usage rights', async () => {
    const make = async (edit: (doc: PDFDocument) => void): Promise<Uint8Array> => {
      const doc = await PDFDocument.load(await makePdf());
      edit(doc);
      return doc.save({ useObjectStreams: false });
    };
    const xfa = (dynamic: boolean) => (doc: PDFDocument) => {
      const ctx = doc.context;
      doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [], XFA: [PDFString.of('template'), ctx.register(ctx.flateStream('<template/>'))] }));
      if (dynamic) doc.catalog.set(PDFName.of('NeedsRendering'), ctx.obj(true));
    };
    expect(codes(await inspectInput(await make(xfa(true))))).toEqual(['error file.xfa']);
    expect(codes(await inspectInput(await make(xfa(false))))).toEqual(['warning file.xfa']);

    const sig = (transform?: string) => (doc: PDFDocument) => {
      const ctx = doc.context;
      const value = ctx.obj({ Type: 'Sig', Filter: 'Adobe.PPKLite', ByteRange: [0, 10, 20, 30], Contents: PDFHexString.of('00') });
      if (transform) value.set(PDFName.of('Reference'), ctx.obj([{ TransformMethod: transform }]));
      const field = ctx.obj({ FT: 'Sig', T: PDFString.of('Signature1'), V: ctx.register(value) });
      doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [ctx.register(field)], SigFlags: 3 }));
    };
    const signed = await inspectInput(await make(sig()));
    expect(codes(signed)).toEqual(['info file.signed']);
    expect(signed.features?.formFields).toBe(0);
    expect(codes(await inspectInput(await make(sig('UR3'))))).toEqual([]);
  });

  it('repairs a page-tree node whose /Type is missing', async () => {
    const bytes = text(await makePdf({ pages: 2 })).replace('/Type /Pages', '/Typo /Pages');
    const facts = await inspectInput(latin1(bytes));
    expect(facts.pages).toBe(2);
    expect(codes(facts)).toEqual(['info file.repaired']);
    expect((facts.loaded?.doc as PDFDocument).getPageCount()).toBe(2);
  });

  it('reports a page-tree loop instead of overflowing the stack', async () => {
    const bytes = text(await makePdf({ pages: 1 }));
    const rootRef = /\/Pages (\d+) 0 R/.exec(bytes)![1];
    const looped = bytes.replace(/\/Kids \[ ?(\d+ 0 R) ?\]/, `/Kids [ $1 ${rootRef} 0 R ]`);
    expect(looped).not.toBe(bytes);
    expect(codes(await inspectInput(latin1(looped)))).toEqual(['error file.corrupt']);
  });

  it('flags a page list that lost a page, rather than dropping it', async () => {
    const bytes = text(await makePdf({ pages: 3 }));
    // Point the second kid at the catalog: the tree still says /Count 3.
    const kids = /\/Kids \[ ?(\d+) 0 R (\d+) 0 R (\d+) 0 R ?\]/.exec(bytes)!;
    const broken = bytes.replace(kids[0], `/Kids [ ${kids[1]} 0 R 999 0 R ${kids[3]} 0 R ]`);
    const facts = await inspectInput(latin1(broken));
    expect(codes(facts)).toEqual(['error file.pages-uncertain']);
    expect(facts).toMatchObject({ pages: 2, pagesDeclared: 3 });
    expect(facts.findings[0]?.message).toBe(
      'The file has a damaged list of pages: 2 pages could be read but the file says it has 3 (1 entry is not a page), so pages could be lost.',
    );
  });

  it('a page list that says fewer pages than it holds: one warning, all pages kept (audit 12-06g #9; before, also an error "pages could be lost")', async () => {
    const bytes = text(await makePdf({ pages: 5 }));
    const miscounted = bytes.replace(/\/Count 5\b/, '/Count 2');
    expect(miscounted).not.toBe(bytes);
    const facts = await inspectInput(latin1(miscounted), {}, readPdfText);
    expect(facts.findings.map((f) => `${f.severity} ${f.code}  ${f.message}`)).toEqual([
      'warning file.pages-uncertain  The file has a wrong page count: it says 2 pages but has 5; all 5 are included, though some viewers show only 2.',
    ]);
  });

  it('tells a cut-off download from a damaged file', async () => {
    const bytes = await makePdf({ pages: 2 });
    const cut = await inspectInput(bytes.subarray(0, Math.floor(bytes.length * 0.5)));
    expect(cut.findings.some((f) => f.code === 'file.truncated' || f.code === 'file.pages-uncertain')).toBe(true);
    const noEnd = await inspectInput(bytes.subarray(0, text(bytes).lastIndexOf('xref')));
    expect(codes(noEnd)).toEqual(['warning file.truncated']);
    expect(noEnd.pages).toBe(2);
  });

  it('stops at a decompression bomb before pdf-lib inflates it', async () => {
    const bomb = inflationBomb(120);
    expect(bomb.length).toBeLessThan(200_000);
    const facts = await inspectInput(bomb);
    expect(codes(facts)).toEqual(['error file.too-complex']);
    expect(facts.findings[0]?.message).toContain('expands to an unreasonable size');
  });

  it('never reports a cut-off real file as fine', async () => {
    if (!existsSync(benchStdDir)) return console.log(`skipped: ${benchStdDir} not found`);
    for (const file of readdirSync(benchStdDir).filter((f) => f.endsWith('.pdf'))) {
      const bytes = new Uint8Array(readFileSync(join(benchStdDir, file)));
      for (const keep of [0.1, 0.5, 0.9, 0.999]) {
        const facts = await inspectInput(bytes.subarray(0, Math.floor(bytes.length * keep)));
        const flagged = facts.findings.filter((f) => ['file.truncated', 'file.corrupt', 'file.pages-uncertain'].includes(f.code));
        expect(flagged.length, `${file} cut at ${keep}`).toBeGreaterThan(0);
      }
    }
  });

  it('reads a real packet quickly (inspection runs on every validate)', async () => {
    if (!existsSync(benchStdDir)) return console.log(`skipped: ${benchStdDir} not found`);
    const files = ['00-application-form.pdf', '01-cv.pdf', '05-thesis.pdf', '07-letter-1.pdf'];
    const t0 = performance.now();
    const all = await Promise.all(files.map(async (f) => inspectInput(new Uint8Array(readFileSync(join(benchStdDir, f))))));
    const ms = performance.now() - t0;
    expect(all.map((f) => f.pages)).toEqual([9, 2, 136, 3]);
    // Generous: shared CI machines are slow; this guards against a pathological regression, not milliseconds.
    expect(ms).toBeLessThan(8000);
  });
});
