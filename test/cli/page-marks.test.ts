/**
 * Marks drawn on an input's pages and blank forms, as validate and build say them (audit 12-06j #4-#6): a redaction
 * marked but never applied stops the build; stamps, drawings and a blank form are warnings `--strict` stops on.
 */
import { PDFDocument, PDFName, PDFString, rgb } from '@cantoo/pdf-lib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFeaturePdf, makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: t
title: T
organization: U
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: certificates, kind: other, title: Certificates, accepts: [file] }
`;

const MANIFEST = `profile: p.yaml
applicant: { name: A B, email: a@b.org }
output: out.pdf
items:
  cv: cv.pdf
  certificates: cert.pdf
`;

/** A transcript whose page 1 carries one annotation of the given kind. */
async function annotated(annot: Record<string, unknown>): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf({ text: 'Date of birth: 12.03.1993   Passport: C01X00T47' }));
  doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(doc.context.obj({ Type: 'Annot', Rect: [70, 725, 400, 742], ...annot }))]));
  return doc.save();
}

const run = async (cert: Uint8Array, ...args: string[]) => {
  const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST, 'cv.pdf': await makePdf(), 'cert.pdf': cert });
  const validate = await cli(['validate', 'm.yaml', '--today', '2025-10-01', ...args], { cwd: dir });
  return { dir, validate, lines: validate.stdout.split('\n').filter((l) => l.startsWith('m.yaml:6')) };
};

/** The transcript line the cover tests hide, and what the redaction error says of it. */
const PASSPORT = { text: 'Date of birth: 12.03.1993   Passport: C01X00T47' };
const PASSPORT_SAID = 'm.yaml:6:17 error file.redaction-unapplied  cert.pdf has a box, line or image on page 1 drawn over text to hide it, but the text is not removed: the text under it, "Date of birth: 12.03.1993 Passport: ...", can be read and copied, in the file and in the packet.';
/** Another line of text lower on the page, so the page has text left to see. */
const COURSE = 'BT /Helv 12 Tf 50 400 Td (Course 1  Machine learning  5 ECTS  grade 5) Tj ET ';

/** The redaction error's lines (hints cut) when `content` is drawn after the transcript's text, under `--strict`; else 'ready' or the output. */
const drawnVerdict = async (content: string) => {
  const { lines, validate } = await run(await withContent(await makePdf(PASSPORT), content), '--strict');
  const redacted = lines.filter((l) => l.includes('file.redaction-unapplied')).map((l) => l.replace(/ {2}hint:.*/u, ''));
  return redacted.length > 0 ? { code: validate.code, said: redacted } : validate.code === 0 ? 'ready' : validate.stdout;
};

describe('marks drawn on the page, and blank forms', () => {
  it('a redaction marked but not applied is an error: Not ready, and build writes nothing (before: no line, Ready, the passport number in the packet)', async () => {
    const { dir, validate, lines } = await run(await annotated({ Subtype: 'Redact', IC: [0, 0, 0] }));
    expect(lines).toEqual([
      'm.yaml:6:17 error file.redaction-unapplied  cert.pdf has an area on page 1 marked for redaction but not applied: the text under it can be read and copied, in the file and in the packet.  hint: Apply the redactions in your PDF editor (in Acrobat: Redact, then Apply) and save, then build again; searching the saved file for the hidden words should find nothing.',
    ]);
    expect(validate.code).toBe(1);
    const build = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('the redaction error quotes the start of the text under it, the same in validate and build (before: no quote)', async () => {
    const { dir, lines } = await run(await annotated({ Subtype: 'Redact', Rect: [45, 755, 400, 775] }));
    const said = 'm.yaml:6:17 error file.redaction-unapplied  cert.pdf has an area on page 1 marked for redaction but not applied: the text under it, "Date of birth: 12.03.1993 Passport: ...", can be read and copied, in the file and in the packet.';
    expect(lines.map((l) => l.replace(/ {2}hint:.*/, ''))).toEqual([said]);
    const build = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(build.stdout.split('\n').filter((l) => l.includes('file.redaction-unapplied')).map((l) => l.replace(/ {2}hint:.*/, ''))).toEqual([said]);
    const json = JSON.parse((await cli(['report', 'm.yaml', '--today', '2025-10-01', '--format', 'json'], { cwd: dir })).stdout) as { diagnostics: { code: string; message: string }[] };
    expect(json.diagnostics.find((d) => d.code === 'file.redaction-unapplied')?.message).toBe(said.replace(/^.*?unapplied {2}/, ''));
  });

  it('a `pages:` selection that leaves the marked pages out says nothing of them, and builds; one that takes some names those', async () => {
    const doc = await PDFDocument.load(await makePdf({ pages: 3, text: 'Transcript of Records' }));
    const mark = (page: number, annot: Record<string, unknown>) =>
      doc.getPage(page).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(doc.context.obj({ Type: 'Annot', Rect: [70, 725, 400, 742], ...annot }))]));
    mark(0, { Subtype: 'Redact' });
    mark(2, { Subtype: 'Stamp', Name: 'Draft' });
    const cert = await doc.save();
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST.replace('certificates: cert.pdf', 'certificates: { file: cert.pdf, pages: "2" }'), 'cv.pdf': await makePdf(), 'cert.pdf': cert });
    const second = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(second.stdout).not.toMatch(/file\.(marks|redaction)/);
    expect(second.code, second.stdout).toBe(0);
    const dir3 = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST.replace('certificates: cert.pdf', 'certificates: { file: cert.pdf, pages: "2-3" }'), 'cv.pdf': await makePdf(), 'cert.pdf': cert });
    const third = await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: dir3 });
    expect(third.stdout.split('\n').filter((l) => /file\.(marks|redaction)/.test(l)).map((l) => l.replace(/ {2}hint:.*/, ''))).toEqual([
      'm.yaml:6:25 warning file.marks  cert.pdf has a mark drawn on its pages (a "Draft" stamp on page 3); it is carried into the packet, where a reviewer sees it.',
    ]);
  });

  it('a "Not Approved" stamp is a warning a reviewer sees; --strict stops on it (before: no line, exit 0 under --strict)', async () => {
    const { lines, validate } = await run(await annotated({ Subtype: 'Stamp', Name: 'NotApproved' }));
    expect(lines).toEqual([
      'm.yaml:6:17 warning file.marks  cert.pdf has a mark drawn on its pages (a "Not Approved" stamp on page 1); it is carried into the packet, where a reviewer sees it.  hint: If it is a review mark (a stamp, a proofreader\'s drawing or highlight), delete it in your PDF viewer\'s comment list and save, then build again; keep it if it belongs to the document.',
    ]);
    expect(validate.code).toBe(0);
    expect((await run(await annotated({ Subtype: 'Ink', InkList: [[70, 740, 150, 770]] }), '--strict')).validate.code).toBe(1);
  });

  it('a form with nothing filled in is a warning --strict stops on (before: an info about flattening values, exit 0 under --strict)', async () => {
    const { lines } = await run(await makeFeaturePdf({ fields: 2, filled: 0 }));
    expect(lines).toEqual([
      'm.yaml:6:17 warning file.form-empty  cert.pdf is a form with 2 fields to fill in, and none of them is filled in: a reviewer gets a blank form.  hint: Fill it in (Acrobat Reader or your browser can), save it, and give the saved file; if your viewer saved the filled-in form as another file, give that one.',
    ]);
    expect((await run(await makeFeaturePdf({ fields: 2, filled: 0 }), '--strict')).validate.code).toBe(1);
    expect((await run(await makeFeaturePdf({ fields: 2, filled: 1 }), '--strict')).validate.code).toBe(0);
  });
  it('a form answered with text boxes typed over its fields (Fill & Sign) is not a blank form: file.forms, Ready under --strict (audit 12-06k #6; before: file.form-empty beside file.typed-text, exit 1)', async () => {
    const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 2, filled: 0 }));
    const ctx = doc.context;
    const typed = (y: number, text: string) => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [50, y, 250, y + 20], Contents: PDFString.of(text), DA: PDFString.of('/Helv 10 Tf 0 g'), F: 4 }));
    const annots = doc.getPage(0).node.Annots();
    annots?.push(typed(700, 'Aino Virtanen'));
    annots?.push(typed(670, 'Finland'));
    const { lines, validate } = await run(await doc.save(), '--strict');
    expect(lines.map((l) => l.replace(/ {2}hint:.*/, ''))).toEqual([
      'm.yaml:6:17 info file.forms  cert.pdf has 2 form fields (0 filled in); they will be flattened: each is printed on the page as it looks now and can no longer be used.',
      "m.yaml:6:17 info file.typed-text  cert.pdf has text typed onto its pages (2 text boxes, as Preview's Text tool or Fill & Sign writes it); the packet keeps them, shown on the page as in your viewer.",
    ]);
    expect(validate.code).toBe(0);
  });

  it('a blank form with one text box typed beside its fields (the place and date at the bottom) is still file.form-empty, naming the fields (audit 12-06l #6; before: file.forms, Ready under --strict)', async () => {
    const doc = await PDFDocument.load(await makeFeaturePdf({ fields: 2, filled: 0 }));
    const ctx = doc.context;
    doc.getPage(0).node.Annots()?.push(ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [300, 80, 450, 94], Contents: PDFString.of('Tampere, 1.12.2026'), DA: PDFString.of('/Helv 10 Tf 0 g'), F: 4 })));
    const { lines, validate } = await run(await doc.save(), '--strict');
    expect(lines.map((l) => l.replace(/ {2}hint:.*/, ''))).toEqual([
      'm.yaml:6:17 warning file.form-empty  cert.pdf is a form with 2 fields to fill in, and none of them is filled in: a reviewer gets a blank form; the text typed onto page 1 is at none of its fields ("field0", "field1").',
      "m.yaml:6:17 info file.typed-text  cert.pdf has text typed onto its pages (1 text box, as Preview's Text tool or Fill & Sign writes it); the packet keeps it, shown on the page as in your viewer.",
    ]);
    expect(validate.code).toBe(1);
  });

  it('file.form-empty is said of the fields on the pages `pages:` takes, both ways (audit 12-06k #7; before: a blank form left out warned, a blank page taken passed)', async () => {
    // Page 1 holds a filled-in field, page 2 one left empty.
    const doc = await PDFDocument.load(await makePdf({ pages: 2, text: 'Application form, part {n}' }));
    const form = doc.getForm();
    const font = await doc.embedFont('Helvetica');
    const name = form.createTextField('name');
    name.setText('Aino Virtanen');
    name.addToPage(doc.getPage(0), { x: 50, y: 700, width: 200, height: 20, font });
    form.createTextField('area').addToPage(doc.getPage(1), { x: 50, y: 700, width: 200, height: 20, font });
    const cert = await doc.save();
    const taking = async (pages: string) => {
      const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST.replace('certificates: cert.pdf', `certificates: { file: cert.pdf, pages: "${pages}" }`), 'cv.pdf': await makePdf(), 'cert.pdf': cert });
      const out = await cli(['validate', 'm.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
      return { code: out.code, lines: out.stdout.split('\n').filter((l) => /file\.form/.test(l)).map((l) => l.replace(/ {2}hint:.*/, '')) };
    };
    expect(await taking('2')).toEqual({ code: 1, lines: ['m.yaml:6:25 warning file.form-empty  cert.pdf is a form with one field to fill in, and it is empty: a reviewer gets a blank form.'] });
    expect(await taking('1')).toEqual({ code: 0, lines: ['m.yaml:6:25 info file.forms  cert.pdf has 1 form field (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited.'] });
    // The empty field on a page left out is not in the packet: no word of it.
    const blankLeftOut = await PDFDocument.load(await makePdf({ pages: 2, text: 'Transcript, page {n}' }));
    blankLeftOut.getForm().createTextField('opinion').addToPage(blankLeftOut.getPage(1), { x: 50, y: 700, width: 200, height: 20, font: await blankLeftOut.embedFont('Helvetica') });
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST.replace('certificates: cert.pdf', 'certificates: { file: cert.pdf, pages: "1" }'), 'cv.pdf': await makePdf(), 'cert.pdf': await blankLeftOut.save() });
    const out = await cli(['validate', 'm.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(out.stdout).not.toMatch(/file\.form/);
    expect(out.code).toBe(0);
  });

  it('a watermark Word or LibreOffice drew into the page is a warning, with the fix in the word processor (before: no line, Ready under --strict)', async () => {
    const cv = await withContent(await makePdf({ text: 'Curriculum vitae' }), '/Artifact << /Type /Pagination /Subtype /Watermark >> BDC q 0.8 g BT /Helv 110 Tf 0.7071 0.7071 -0.7071 0.7071 120 250 Tm (DRAFT) Tj ET Q EMC');
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST, 'cv.pdf': cv, 'cert.pdf': await makePdf() });
    const validate = await cli(['validate', 'm.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(validate.stdout.split('\n').filter((l) => l.includes('file.marks'))).toEqual([
      'm.yaml:5:7 warning file.marks  cv.pdf has a mark drawn on its pages (a watermark drawn into the page on page 1); it is carried into the packet, where a reviewer sees it.  hint: Remove the watermark in the document itself (in Word: Design, Watermark, Remove Watermark; in LibreOffice: Format, Watermark) and save it as PDF again, then build again.',
    ]);
    expect(validate.code).toBe(1);
    // Drawn as huge text without the tag too; a large heading of other words is not one.
    const untagged = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST, 'cv.pdf': await withContent(await makePdf(), 'q 0.85 g BT /Helv 120 Tf 0.7071 0.7071 -0.7071 0.7071 120 250 Tm (DRAFT) Tj ET Q'), 'cert.pdf': await makePdf() });
    expect((await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: untagged })).stdout).toContain('cv.pdf has a mark drawn on its pages (a watermark drawn into the page on page 1)');
    const heading = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST, 'cv.pdf': await withContent(await makePdf(), 'BT /Helv 72 Tf 72 400 Td (Sample size) Tj ET'), 'cert.pdf': await makePdf() });
    expect((await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: heading })).stdout).not.toContain('file.marks');
  });

  it('an annotation of another kind that draws "DRAFT" (a widget outside any form, a note) is a mark too (before: no line)', async () => {
    const doc = await PDFDocument.load(await makePdf({ text: 'Curriculum vitae' }));
    const ap = doc.context.register(doc.context.stream('BT /Helv 40 Tf 1 0 0 rg 10 10 Td (DRAFT) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 200, 60] }));
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Widget', Rect: [200, 400, 400, 460], AP: { N: ap } }))]));
    const { lines } = await run(await doc.save());
    expect(lines.map((l) => l.replace(/ {2}hint:.*/, ''))).toEqual(['m.yaml:6:17 warning file.marks  cert.pdf has a mark drawn on its pages (a "DRAFT" mark on page 1); it is carried into the packet, where a reviewer sees it.']);
  });

  it("a registrar's own stamp on a certificate is an info that says to keep it; --strict passes (before: a warning advising to delete it, --strict failed)", async () => {
    const doc = await PDFDocument.load(await makePdf({ text: 'Doctor of Philosophy' }));
    const ap = doc.context.register(doc.context.stream('BT /Helv 10 Tf 0 0 0.6 rg 20 35 Td (CERTIFIED TRUE COPY) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 180, 80] }));
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Stamp', Name: '#CertifiedCopy', Rect: [350, 80, 530, 160], AP: { N: ap }, T: PDFString.of("Registrar's Office") }))]));
    const cert = await doc.save();
    const { lines, validate } = await run(cert, '--strict');
    expect(lines).toEqual([
      'm.yaml:6:17 info file.marks  cert.pdf has a "CERTIFIED TRUE COPY" stamp on page 1, the issuer\'s by the look of it; the packet keeps it as part of the document.  hint: Nothing to do: a certification or seal belongs to the issued document; do not delete it.',
    ]);
    expect(validate.code).toBe(0);
    // A review stamp on the same certificate is still a warning; an "Approved" stamp reads "an".
    expect((await run(await annotated({ Subtype: 'Stamp', Name: 'Draft' }), '--strict')).validate.code).toBe(1);
    expect((await run(await annotated({ Subtype: 'Stamp', Name: 'Approved' }))).lines[0]).toContain('(an "Approved" stamp on page 1)');
  });

  it('text "blacked out" with a drawn box or a filled rectangle comment is the redaction error, quoting it; white text on a dark header is not (before: Ready, or only a mark)', async () => {
    const said = 'm.yaml:6:17 error file.redaction-unapplied  cert.pdf has a box, line or image on page 1 drawn over text to hide it, but the text is not removed: the text under it, "Date of birth: 12.03.1993 Passport: ...", can be read and copied, in the file and in the packet.  hint: A box, line or image drawn over text hides nothing from a copy: redact the text itself in your PDF editor (in Acrobat: Redact, then Apply), or print the page to PDF as an image, and save, then build again; searching the saved file for the hidden words should find nothing.';
    const text = PASSPORT;
    const drawn = await run(await withContent(await makePdf(text), 'q 0 0 0 rg 45 755 355 20 re f Q'));
    expect(drawn.lines).toEqual([said]);
    expect(drawn.validate.code).toBe(1);
    // pdf-lib draws a box as four lines.
    const lines = await PDFDocument.load(await makePdf(text));
    lines.getPage(0).drawRectangle({ x: 45, y: 755, width: 355, height: 20, color: rgb(0.1, 0.1, 0.1) });
    expect((await run(await lines.save())).lines).toEqual([said]);
    expect((await run(await annotated({ Subtype: 'Square', Rect: [45, 755, 400, 775], IC: [0, 0, 0], C: [0, 0, 0] }))).lines).toEqual([said]);
    // A dark bar with white text drawn on it shows that text; a box over no text hides nothing.
    const header = await withContent(await makePdf(text), 'q 0 0 0.3 rg 45 600 355 20 re f Q BT 1 g /Helv 12 Tf 50 605 Td (Course Credits Grade) Tj ET');
    expect((await run(header, '--strict')).validate.code).toBe(0);
    expect((await run(await withContent(await makePdf(text), 'q 0 g 45 300 355 20 re f Q'), '--strict')).validate.code).toBe(0);
  });

  it('a black marker stroke, a black highlight or a filled polygon comment over text is the redaction error; a yellow, see-through or thin one, or one over nothing, stays a mark (re-verify 12-06l; before: file.marks, Ready with a warning, the text copyable)', async () => {
    const said = PASSPORT_SAID;
    const line = (l: string) => l.replace(/ {2}hint:.*/, '');
    const ink = { Subtype: 'Ink', Rect: [39, 759, 406, 771], InkList: [[45, 765, 400, 765]], BS: { W: 12 }, C: [0, 0, 0] };
    const highlight = { Subtype: 'Highlight', Rect: [45, 755, 400, 775], QuadPoints: [45, 775, 400, 775, 45, 755, 400, 755], C: [0, 0, 0] };
    for (const annot of [ink, highlight, { ...ink, C: [0, 0, 0, 1], Contents: 'hide this' }, { Subtype: 'Polygon', Rect: [45, 755, 400, 775], Vertices: [45, 755, 400, 755, 400, 775, 45, 775], IC: [0.1, 0.1, 0.1] }]) {
      const r = await run(await annotated(annot));
      // One with a note is also a comment to open (file.comments), but no mere mark.
      expect(r.lines.map(line)[0], JSON.stringify(annot)).toBe(said);
      expect(r.validate.stdout).not.toContain('file.marks');
      expect(r.validate.code).toBe(1);
    }
    // A yellow highlight, a see-through black one, a thin ink line, and a marker stroke over no text are marks a reviewer sees.
    for (const [annot, what] of [
      [{ ...highlight, C: [1, 1, 0] }, 'a highlight'],
      [{ ...highlight, CA: 0.3 }, 'a highlight'],
      [{ ...ink, BS: { W: 1 } }, 'an ink drawing'],
      [{ ...ink, InkList: [[45, 300, 400, 300]] }, 'an ink drawing'],
    ] as const) {
      const r = await run(await annotated(annot));
      expect(r.lines.map(line), JSON.stringify(annot)).toEqual([`m.yaml:6:17 warning file.marks  cert.pdf has a mark drawn on its pages (${what} on page 1); it is carried into the packet, where a reviewer sees it.`]);
    }
  });

  it('a white box drawn over one line of a page with other text to see ("white-out") is the same error, and build refuses; a white cell background drawn before its text is not (audit 12-06k #12; before: Ready, the text in the packet)', async () => {
    const text = PASSPORT;
    const course = 'BT /Helv 12 Tf 50 500 Td (Course 1  Machine learning  5 ECTS  grade 5) Tj ET';
    const whited = await run(await withContent(await makePdf(text), `q 1 1 1 rg 45 755 355 20 re f Q ${course}`));
    expect(whited.lines).toEqual([
      'm.yaml:6:17 error file.redaction-unapplied  cert.pdf has a box, line or image on page 1 drawn over text to hide it, but the text is not removed: the text under it, "Date of birth: 12.03.1993 Passport: ...", can be read and copied, in the file and in the packet.  hint: A box, line or image drawn over text hides nothing from a copy: redact the text itself in your PDF editor (in Acrobat: Redact, then Apply), or print the page to PDF as an image, and save, then build again; searching the saved file for the hidden words should find nothing.',
    ]);
    expect(whited.validate.code).toBe(1);
    const build = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: whited.dir });
    expect(build.code).toBe(1);
    expect(existsSync(join(whited.dir, 'out.pdf'))).toBe(false);
    // A page whose only text is whited out is file.blank's case, not this one.
    expect((await run(await withContent(await makePdf(text), 'q 1 1 1 rg 45 755 355 20 re f Q'))).validate.stdout).not.toContain('file.redaction-unapplied');
    // A cell's white background drawn before its text, and a form field's white box after its label (the label's spaces run under it), hide nothing.
    expect((await run(await withContent(await makePdf(text), `q 1 1 1 rg 45 495 355 20 re f Q ${course}`), '--strict')).validate.code).toBe(0);
    const label = `BT /Helv 12 Tf 50 500 Td (Name:${' '.repeat(40)}) Tj ET`;
    expect((await run(await withContent(await makePdf(text), `${course.replace('500', '470')} ${label} q 1 1 1 rg 230 495 170 20 re f Q`), '--strict')).validate.code).toBe(0);
  });
});

/** The PDF with `content` drawn after its page 1's own, with Helvetica as /Helv. */
async function withContent(pdf: Uint8Array, content: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const font = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
  page.node.setFontDictionary(PDFName.of('Helv'), font);
  page.node.addContentStream(doc.context.register(doc.context.stream(content)));
  return doc.save();
}

/** The PDF with `content` drawn after its page 1's own, with /Fm0 (a form drawing `form` in a 355 x 20 box), /Im0 (a 1 x 1 image of `pixel`, a grey level), /ZaDb (ZapfDingbats), /Helv and /Mul (blend mode Multiply). */
async function withDrawing(pdf: Uint8Array, content: string, form = '0 0 0 rg 0 0 355 20 re f', pixel = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const { context } = doc;
  page.node.setXObject(PDFName.of('Fm0'), context.register(context.stream(form, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 355, 20] })));
  page.node.setXObject(PDFName.of('Im0'), context.register(context.stream(new Uint8Array([pixel]), { Type: 'XObject', Subtype: 'Image', Width: 1, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 })));
  page.node.setFontDictionary(PDFName.of('ZaDb'), context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' })));
  page.node.setFontDictionary(PDFName.of('Helv'), context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' })));
  page.node.setExtGState(PDFName.of('Mul'), context.register(context.obj({ Type: 'ExtGState', BM: 'Multiply' })));
  page.node.addContentStream(context.register(context.stream(content)));
  return doc.save();
}

describe('boxes over text drawn other ways, and marks that hide nothing (audit 12-06l #1, #3)', () => {
  const text = PASSPORT;
  const said = PASSPORT_SAID;
  const lines = async (pdf: Uint8Array) => (await run(pdf)).lines.map((l) => l.replace(/ {2}hint:.*/u, ''));

  it('a black box drawn by a form (a flattened rectangle comment), a thick black line and a black 1 x 1 image stretched over text are the redaction error (before: Ready, the text in the packet)', async () => {
    expect(await lines(await withDrawing(await makePdf(text), 'q 1 0 0 1 45 755 cm /Fm0 Do Q'))).toEqual([said]);
    expect(await lines(await withDrawing(await makePdf(text), 'q 0 0 0 RG 16 w 45 765 m 400 765 l S Q'))).toEqual([said]);
    const image = await run(await withDrawing(await makePdf(text), 'q 355 0 0 20 45 755 cm /Im0 Do Q'));
    expect(image.lines.map((l) => l.replace(/ {2}hint:.*/u, ''))).toEqual([said]);
    expect(image.validate.code).toBe(1);
    // A black box under Multiply hides all the same.
    expect(await lines(await withDrawing(await makePdf(text), 'q /Mul gs 0 g 45 755 355 20 re f Q'))).toEqual([said]);
  });

  it('a yellow highlight drawn with blend mode Multiply (in the page or a form), a thin rule and a ticked check box are not (before: the redaction error, Not ready)', async () => {
    // A line left to see: a light box over the other is judged.
    const course = COURSE;
    const said = async (pdf: Uint8Array) => {
      const { validate } = await run(pdf, '--strict');
      return validate.code === 0 && !validate.stdout.includes('file.redaction-unapplied') ? 'ready' : validate.stdout;
    };
    expect([
      await said(await withDrawing(await makePdf(text), course + 'q /Mul gs 1 1 0 rg 45 755 355 20 re f Q')),
      await said(await withDrawing(await makePdf(text), course + 'q 1 0 0 1 45 755 cm /Fm0 Do Q', '/Mul gs 1 1 0 rg 0 0 355 20 re f')),
      await said(await withDrawing(await makePdf(text), course + 'q 0 g 0.5 w 45 758 m 400 758 l S Q')),
      // The tick: a 6.5 pt filled square over the empty box glyph of a consent line.
      await said(await withDrawing(await makePdf(text), course + 'BT /ZaDb 10 Tf 50 500 Td (o) Tj /Helv 10 Tf 14 0 Td (I confirm that the information given is correct.) Tj ET q 0 g 51 500 6.5 6.5 re f Q')),
    ]).toEqual(['ready', 'ready', 'ready', 'ready']);
  });
});

/** The PDF with `content` drawn after its page 1's own, with /Helv, /Fm0 (a form filling its 355 x 20 box black, in the layer `oc` if true) and /Props /L0 naming one layer, which is off by default when `off`. */
async function withLayer(pdf: Uint8Array, content: string, { off = true, oc = false } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const { context } = doc;
  const layer = context.register(context.obj({ Type: 'OCG', Name: PDFString.of('Redaction') }));
  doc.catalog.set(PDFName.of('OCProperties'), context.obj({ OCGs: [layer], D: { Order: [layer], ...(off ? { OFF: [layer] } : {}) } }));
  page.node.setFontDictionary(PDFName.of('Helv'), context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' })));
  page.node.setXObject(PDFName.of('Fm0'), context.register(context.stream('0 0 0 rg 0 0 355 20 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 355, 20], ...(oc ? { OC: layer } : {}) })));
  const resources = page.node.Resources()!;
  resources.set(PDFName.of('Properties'), context.obj({ L0: layer }));
  page.node.addContentStream(context.register(context.stream(content)));
  return doc.save();
}

describe('covers in hidden layers and inline images (prod29a)', () => {
  const text = PASSPORT;
  const said = PASSPORT_SAID;
  const redaction = async (pdf: Uint8Array) => {
    const { lines, validate } = await run(pdf);
    return { code: validate.code, said: lines.filter((l) => l.includes('file.redaction-unapplied')).map((l) => l.replace(/ {2}hint:.*/u, '')) };
  };

  it('a black box in a layer hidden by default (marked content, or a form with /OC) is not the redaction error: viewers do not show it, printers do not print it (before: the error, Not ready)', async () => {
    expect(await redaction(await withLayer(await makePdf(text), '/OC /L0 BDC q 0 0 0 rg 45 755 355 20 re f Q EMC'))).toEqual({ code: 0, said: [] });
    expect(await redaction(await withLayer(await makePdf(text), '/OC /L0 BDC q 1 0 0 1 45 755 cm /Fm0 Do Q EMC'))).toEqual({ code: 0, said: [] });
    expect(await redaction(await withLayer(await makePdf(text), 'q 1 0 0 1 45 755 cm /Fm0 Do Q', { oc: true }))).toEqual({ code: 0, said: [] });
    // The layer shown, or the box drawn after the hidden layer's content ends, it is the error.
    expect(await redaction(await withLayer(await makePdf(text), '/OC /L0 BDC q 0 0 0 rg 45 755 355 20 re f Q EMC', { off: false }))).toEqual({ code: 1, said: [said] });
    expect(await redaction(await withLayer(await makePdf(text), '/OC /L0 BDC EMC q 0 0 0 rg 45 755 355 20 re f Q'))).toEqual({ code: 1, said: [said] });
  });

  it('a black inline image of a few pixels stretched over text is the redaction error; an inline picture or one in a hidden layer is not (before: Ready, the text in the packet)', async () => {
    const inline = (dict: string, data: string) => `q 355 0 0 20 45 755 cm BI ${dict} ID ${data} EI Q`;
    expect(await redaction(await withLayer(await makePdf(text), inline('/W 1 /H 1 /CS /G /BPC 8', '\u0000')))).toEqual({ code: 1, said: [said] });
    expect(await redaction(await withLayer(await makePdf(text), inline('/Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /AHx', '101010 101010 101010 101010>')))).toEqual({ code: 1, said: [said] });
    // A stencil painting all its pixels in black.
    expect(await redaction(await withLayer(await makePdf(text), `0 g ${inline('/W 4 /H 4 /IM true /F [/AHx]', '00000000>')}`))).toEqual({ code: 1, said: [said] });
    // Two colours: a picture, not a box; in a hidden layer, nothing.
    expect(await redaction(await withLayer(await makePdf(text), inline('/W 2 /H 1 /CS /G /BPC 8 /F /AHx', '00FF>')))).toEqual({ code: 0, said: [] });
    expect(await redaction(await withLayer(await makePdf(text), `/OC /L0 BDC ${inline('/W 1 /H 1 /CS /G /BPC 8 /F /AHx', '00>')} EMC`))).toEqual({ code: 0, said: [] });
  });
});

/** The PDF with `content` drawn after its page 1's own, with /Helv, /Sh1 (an axial shading from black to a near-black gray 0.05, or `light` to white) and /P1 (a shading pattern of it). */
async function withShading(pdf: Uint8Array, content: string, light = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const { context } = doc;
  const shading = context.register(context.obj({ ShadingType: 2, ColorSpace: 'DeviceGray', Coords: [45, 0, 400, 0], Function: { FunctionType: 2, Domain: [0, 1], C0: [light], C1: [light === 0 ? 0.05 : 1], N: 1 }, Extend: [true, true] }));
  const resources = page.node.Resources()!;
  resources.set(PDFName.of('Shading'), context.obj({ Sh1: shading }));
  resources.set(PDFName.of('Pattern'), context.obj({ P1: context.obj({ PatternType: 2, Shading: shading }) }));
  page.node.setFontDictionary(PDFName.of('Helv'), context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' })));
  page.node.addContentStream(context.register(context.stream(content)));
  return doc.save();
}

describe('fills and shadings painted through a clipping path (audit 12-06n F-B, F-I)', () => {
  const text = PASSPORT;
  const course = 'BT /Helv 12 Tf 50 500 Td (Course 1  Machine learning  5 ECTS  grade 5) Tj ET ';
  const said = (quote: string) => `m.yaml:6:17 error file.redaction-unapplied  cert.pdf has a box, line or image on page 1 drawn over text to hide it, but the text is not removed: the text under it, "${quote}", can be read and copied, in the file and in the packet.`;
  const redaction = async (pdf: Uint8Array) => {
    const { lines, validate } = await run(pdf, '--strict');
    return { code: validate.code, said: lines.filter((l) => l.includes('file.redaction-unapplied')).map((l) => l.replace(/ {2}hint:.*/u, '')) };
  };

  it('a dark footer band drawn by clipping to the band and filling the page covers no text: Ready (before: the redaction error on a clean transcript)', async () => {
    expect(await redaction(await withContent(await makePdf(text), `${course}q 0 30 612 20 re W n 0.1 0.1 0.3 rg 0 0 612 792 re f Q`))).toEqual({ code: 0, said: [] });
    // Clipped by a path of lines, nested in another clip, or even-odd: the same.
    expect(await redaction(await withContent(await makePdf(text), `${course}q 0 0 612 792 re W n q 0 30 m 612 30 l 612 50 l 0 50 l h W* n 0 g 0 0 612 792 re f Q Q`))).toEqual({ code: 0, said: [] });
  });

  it('a black box clipped to one line quotes that line, not the page\'s first (before: "Date of birth ...", which nothing covers)', async () => {
    expect(await redaction(await withContent(await makePdf(text), `${course}q 45 495 355 20 re W n 0 g 0 0 612 792 re f Q`))).toEqual({ code: 1, said: [said('Course 1 Machine learning 5 ECTS grade 5')] });
  });

  it('a near-black shading clipped over a line, or a box filled with a shading pattern, is the redaction error; the same shading in a footer band, a light one, or gradient-filled heading letters are not (before: Ready, the text in the packet)', async () => {
    const dob = said('Date of birth: 12.03.1993 Passport: ...');
    expect(await redaction(await withShading(await makePdf(text), `${course}q 45 755 355 20 re W n /Sh1 sh Q`))).toEqual({ code: 1, said: [dob] });
    expect(await redaction(await withShading(await makePdf(text), `${course}q /Pattern cs /P1 scn 45 755 355 20 re f Q`))).toEqual({ code: 1, said: [dob] });
    expect(await redaction(await withShading(await makePdf(text), `${course}q 0 30 612 20 re W n /Sh1 sh Q`))).toEqual({ code: 0, said: [] });
    // A light gradient over a line with another left to see is whited out all the same; over no text, nothing.
    expect(await redaction(await withShading(await makePdf(text), `${course}q 0 300 612 20 re W n /Sh1 sh Q`, 0.9))).toEqual({ code: 0, said: [] });
    // Letters filled with a gradient: the clip is their glyphs, not the page the shading would fill.
    expect(await redaction(await withShading(await makePdf(text), `${course}q 0 0 612 792 re W n BT 7 Tr /Helv 24 Tf 50 300 Td (Heading) Tj ET /Sh1 sh Q`))).toEqual({ code: 0, said: [] });
  });

  it('a colour bar drawn beside a label set in a composite font (two bytes a letter, as LaTeX and Word embed fonts) is not over it (before: the label taken for twice its length, and the redaction error)', async () => {
    const doc = await PDFDocument.load(await makePdf(text));
    const { context } = doc;
    const descendant = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'Helvetica', CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 } });
    doc.getPage(0).node.setFontDictionary(PDFName.of('CF'), context.register(context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'Helvetica', Encoding: 'Identity-H', DescendantFonts: [descendant] })));
    doc.getPage(0).node.addContentStream(context.register(context.stream('BT /CF 10 Tf 50 500 Td <0059004C0055004C0047004C0056001D> Tj ET q 0.2 0 0.4 rg 110 497 190 14 re f Q')));
    expect((await redaction(await doc.save())).said).toEqual([]);
  });
});

describe('annotations judged by what their appearance paints (prod31a, audit 12-06n F-I, F-G)', () => {
  const said = PASSPORT_SAID;
  const line = (l: string) => l.replace(/ {2}hint:.*/u, '');
  /** The transcript with one annotation over its line, drawn by an appearance that runs `drawn` in a 355 x 20 box (Multiply as /Mul). */
  const drawnBy = async (annot: Record<string, unknown>, drawn = '0 g 0 0 355 20 re f', rect = [45, 755, 400, 775]) => {
    const doc = await PDFDocument.load(await makePdf({ text: 'Date of birth: 12.03.1993   Passport: C01X00T47' }));
    const { context } = doc;
    const ap = context.register(context.stream(drawn, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 355, 20], Resources: { ExtGState: { Mul: { Type: 'ExtGState', BM: 'Multiply' } } } }));
    doc.getPage(0).node.set(PDFName.of('Annots'), context.obj([context.register(context.obj({ Type: 'Annot', Rect: rect, F: 4, AP: { N: ap }, ...annot }))]));
    return doc.save();
  };

  it('a black text box, a custom "Blackout" stamp or a read-only field with a black background over text is the redaction error, as a filled rectangle comment is (before: Ready under --strict, the text copyable in the packet)', async () => {
    for (const pdf of [
      await drawnBy({ Subtype: 'FreeText', DA: PDFString.of('/Helv 10 Tf 1 1 1 rg'), C: [0, 0, 0], Contents: PDFString.of(' ') }),
      await drawnBy({ Subtype: 'Stamp', Name: 'Blackout' }),
      await drawnBy({ Subtype: 'Widget', FT: 'Tx', T: PDFString.of('x'), Ff: 1, MK: { BG: [0] } }),
      // Without an appearance, a viewer fills a text box with /C and a field with its /MK /BG.
      await annotated({ Subtype: 'FreeText', Rect: [45, 755, 400, 775], DA: PDFString.of('/Helv 10 Tf 1 1 1 rg'), C: [0, 0, 0] }),
      await annotated({ Subtype: 'Widget', Rect: [45, 755, 400, 775], FT: 'Tx', T: PDFString.of('x'), Ff: 1, MK: { BG: [0.1] } }),
    ]) {
      const { validate, lines } = await run(pdf, '--strict');
      expect(lines.map(line).filter((l) => l.includes('error'))).toEqual([said]);
      expect(validate.code).toBe(1);
    }
  });

  it('a black line comment 14 points wide or a rectangle comment whose 14-point border covers the line is the redaction error; a thin or light one stays a mark (before: file.marks, Ready with a warning)', async () => {
    const lineComment = { Subtype: 'Line', Rect: [38, 758, 407, 772], L: [45, 765, 400, 765], BS: { W: 14 }, C: [0, 0, 0] };
    const frame = { Subtype: 'Square', Rect: [45, 758, 400, 772], BS: { W: 14 }, C: [0.1, 0.1, 0.1] };
    for (const annot of [lineComment, frame]) {
      const r = await run(await annotated(annot));
      expect(r.lines.map(line), annot.Subtype).toEqual([said]);
      expect(r.validate.code).toBe(1);
    }
    for (const [annot, what] of [[{ ...lineComment, BS: { W: 2 } }, 'a line'], [{ ...frame, C: [1, 0.9, 0.2] }, 'a rectangle'], [{ ...frame, Rect: [40, 740, 405, 800], BS: { W: 6 } }, 'a rectangle']] as const) {
      expect((await run(await annotated(annot))).lines.map(line), JSON.stringify(annot)).toEqual([`m.yaml:6:17 warning file.marks  cert.pdf has a mark drawn on its pages (${what} on page 1); it is carried into the packet, where a reviewer sees it.`]);
    }
  });

  it('the same boxes over no text, in a light colour, or see-through are not (a stamp stays a stamp)', async () => {
    const blank = [45, 300, 400, 320];
    const quiet = async (pdf: Uint8Array) => (await run(pdf)).validate.stdout.includes('file.redaction-unapplied');
    expect([
      await quiet(await drawnBy({ Subtype: 'FreeText', DA: PDFString.of('/Helv 10 Tf 0 g'), C: [0, 0, 0] }, '0 g 0 0 355 20 re f', blank)),
      await quiet(await drawnBy({ Subtype: 'Widget', FT: 'Tx', T: PDFString.of('x'), MK: { BG: [0.9] } }, '0.9 g 0 0 355 20 re f')),
      await quiet(await drawnBy({ Subtype: 'Stamp', Name: 'Blackout', CA: 0.4 })),
    ]).toEqual([false, false, false]);
    expect((await run(await drawnBy({ Subtype: 'Stamp', Name: 'Draft' }, '0 g 0 0 355 20 re f', blank))).lines.map(line)).toEqual([
      'm.yaml:6:17 warning file.marks  cert.pdf has a mark drawn on its pages (a "Draft" stamp on page 1); it is carried into the packet, where a reviewer sees it.',
    ]);
  });

  it('a red, green, blue or purple highlight drawn under Multiply leaves the text readable: a mark, not the redaction error; a near-black one still is (before: the error, Not ready)', async () => {
    const highlight = { Subtype: 'Highlight', QuadPoints: [45, 775, 400, 775, 45, 755, 400, 755] };
    const mark = 'm.yaml:6:17 warning file.marks  cert.pdf has a mark drawn on its pages (a highlight on page 1); it is carried into the packet, where a reviewer sees it.';
    for (const c of [[1, 0, 0], [0, 0.8, 0], [0, 0, 1], [0.6, 0.2, 0.8]]) {
      const colour = `${c.join(' ')} rg`;
      for (const pdf of [await drawnBy({ ...highlight, C: c }, `/Mul gs ${colour} 0 0 355 20 re f`), await annotated({ ...highlight, Rect: [45, 755, 400, 775], C: c })]) {
        const { lines, validate } = await run(pdf);
        expect(lines.map(line), colour).toEqual([mark]);
        expect(validate.code, colour).toBe(0);
      }
    }
    expect((await run(await drawnBy({ ...highlight, C: [0.05, 0.05, 0.05] }, '/Mul gs 0.05 g 0 0 355 20 re f'))).lines.map(line)).toEqual([said]);
    // Flattened into the page, a red highlight under Multiply hides nothing either.
    expect((await run(await withDrawing(await makePdf({ text: 'Date of birth: 12.03.1993   Passport: C01X00T47' }), 'q /Mul gs 1 0 0 rg 45 755 355 20 re f Q'), '--strict')).validate.code).toBe(0);
  });
});

describe('text blacked out by glyphs, patterns, stroked letters and dark highlights (prod33b, audit 12-06p #2, #8)', () => {
  const text = PASSPORT;
  const said = PASSPORT_SAID;
  const line = (l: string) => l.replace(/ {2}hint:.*/u, '');
  const verdict = async (pdf: Uint8Array) => {
    const { validate, lines } = await run(pdf, '--strict');
    return { code: validate.code, said: lines.map(line).filter((l) => l.includes('file.redaction-unapplied')) };
  };
  /** The transcript with a font /Box whose code 3 is U+2588 (█) by its ToUnicode map, in a composite font as Word embeds one. */
  const withBlockFont = async (content: string) => {
    const doc = await PDFDocument.load(await makePdf(text));
    const { context } = doc;
    const cmap = context.register(context.stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0003> <2588> <0004> <0020> endbfchar endcmap end end'));
    const descendant = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'Calibri', CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 } });
    doc.getPage(0).node.setFontDictionary(PDFName.of('Box'), context.register(context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'Calibri', Encoding: 'Identity-H', DescendantFonts: [descendant], ToUnicode: cmap })));
    doc.getPage(0).node.addContentStream(context.register(context.stream(content)));
    return doc.save();
  };

  it('a run of ■ or █ glyphs typed over a line, in the page or in a text box, is the redaction error (before: Ready under --strict, the line in the packet)', async () => {
    expect(await verdict(await withDrawing(await makePdf(text), 'BT /ZaDb 20 Tf 0 g 45 757 Td (nnnnnnnnnnnnnnnnnnnnnnn) Tj ET'))).toEqual({ code: 1, said: [said] });
    expect(await verdict(await withBlockFont('BT /Box 20 Tf 0 g 45 757 Td <00030003000300030003000300030003000300030003000300030003000300030003> Tj ET'))).toEqual({ code: 1, said: [said] });
    const doc = await PDFDocument.load(await makePdf(text));
    const { context } = doc;
    const zapf = context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'ZapfDingbats' }));
    const ap = context.register(context.stream('BT /ZaDb 20 Tf 0 g 0 2 Td (nnnnnnnnnnnnnnnnnnnnnnn) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 355, 20], Resources: { Font: { ZaDb: zapf } } }));
    doc.getPage(0).node.set(PDFName.of('Annots'), context.obj([context.register(context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [45, 755, 400, 775], F: 4, DA: PDFString.of('/Helv 12 Tf 0 g'), Contents: PDFString.of('nnnnnnnn'), AP: { N: ap } }))]));
    expect(await verdict(await doc.save())).toEqual({ code: 1, said: [said] });
  });

  it('a ■ used as a bullet or in a rating row beside text hides nothing (no false alarm)', async () => {
    const rows = 'BT /ZaDb 8 Tf 0 g 50 400 Td (n) Tj ET BT /Helv 12 Tf 62 400 Td (Machine learning) Tj ET BT /ZaDb 10 Tf 0 g 200 400 Td (nnnn) Tj ET BT /Helv 12 Tf 50 380 Td (Statistics) Tj ET';
    expect(await verdict(await withDrawing(await makePdf(text), rows))).toEqual({ code: 0, said: [] });
    expect(await verdict(await withBlockFont('BT /Box 10 Tf 0 g 300 400 Td <0003000300030004> Tj ET'))).toEqual({ code: 0, said: [] });
  });

  it('a box filled with a black tiling pattern, or letters stroked with a marker-wide black line, over a line is the redaction error; thinly stroked text is not (before: Ready under --strict)', async () => {
    const doc = await PDFDocument.load(await makePdf(text));
    const { context } = doc;
    const page = doc.getPage(0).node;
    const tile = (paint: number, content: string) => context.register(context.stream(content, { Type: 'Pattern', PatternType: 1, PaintType: paint, TilingType: 1, BBox: [0, 0, 4, 4], XStep: 4, YStep: 4, Resources: {} }));
    page.set(PDFName.of('Resources'), context.obj({ Font: { Helv: context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' })), F1: page.Resources()?.lookup(PDFName.of('Font')) ?? {} }, Pattern: { P1: tile(1, '0 0 0 rg 0 0 4 4 re f'), P2: tile(2, '0 0 4 4 re f'), P3: tile(1, '0 0 0 rg 0 0 1 1 re f') } }));
    const base = await doc.save();
    const drawn = async (content: string) => withContent(base, content);
    expect(await verdict(await drawn('q /Pattern cs /P1 scn 45 755 355 20 re f Q'))).toEqual({ code: 1, said: [said] });
    expect(await verdict(await drawn('q /Pattern cs 0 0 0 /P2 scn 45 755 355 20 re f Q'))).toEqual({ code: 1, said: [said] });
    // A pattern of dots (a quarter of each cell black) lets the text show through.
    expect(await verdict(await drawn('q /Pattern cs /P3 scn 45 755 355 20 re f Q'))).toEqual({ code: 0, said: [] });
    expect(await verdict(await drawn(`BT /Helv 12 Tf 2 Tr 6 w 0 0 0 RG 0 g 47 758 Td (${'M'.repeat(36)}) Tj ET`))).toEqual({ code: 1, said: [said] });
    expect(await verdict(await drawn('BT /Helv 14 Tf 2 Tr 0.4 w 0 0 0 RG 0 g 50 400 Td (A heading set in fake bold) Tj ET'))).toEqual({ code: 0, said: [] });
  });

  it('a dark grey, navy, dark red or dark green highlight under Multiply leaves black text unreadable (contrast under 2:1): the redaction error, not a mark (before: file.marks, Ready with a warning)', async () => {
    const highlight = { Subtype: 'Highlight', Rect: [45, 755, 400, 775], QuadPoints: [45, 775, 400, 775, 45, 755, 400, 755] };
    for (const c of [[0.12], [0.2, 0.2, 0.2], [0.1, 0.1, 0.35], [0.3, 0.02, 0.02], [0.05, 0.25, 0.05]]) {
      const colour = `${c.join(' ')} ${c.length === 1 ? 'g' : 'rg'}`;
      expect(await verdict(await annotated({ ...highlight, C: c })), colour).toEqual({ code: 1, said: [said] });
      expect(await verdict(await withDrawing(await makePdf(text), `q /Mul gs ${colour} 45 755 355 20 re f Q`)), colour).toEqual({ code: 1, said: [said] });
    }
  });
});

describe('boxes filled and outlined, and curved marker strokes (prod35c, audit 12-07a #3)', () => {
  const course = COURSE;
  const said = PASSPORT_SAID;
  const verdict = drawnVerdict;

  it('a black box filled and outlined (`B`, `B*`, `b`, `b*`, as drawing programs and office shapes with a border draw it) over text is the redaction error, as `f` is (before: Ready, the personal ID in the packet)', async () => {
    for (const op of ['f', 'B', 'B*', 'b', 'b*']) expect(await verdict(`q 0 g 0 G 45 755 355 20 re ${op} Q`), op).toEqual({ code: 1, said: [said] });
  });

  it('a white box filled and outlined in white over one line of a page with other text is the same error (before: Ready); one framed in black is a field a reviewer sees, as LibreOffice draws a form', async () => {
    for (const content of [`q 1 g 1 G 45 755 355 20 re B Q ${course}`, `q 1 g 0.9 G 45 755 355 20 re b* Q ${course}`]) expect(await verdict(content), content).toEqual({ code: 1, said: [said] });
    expect(await verdict(`q 0.1 w 1 g 0 G 45 755 355 20 re B* Q ${course}`)).toBe('ready');
  });

  it('a 16-point black stroke along the line drawn as a curve (`c`, `v`, `y`), straight or gently waving, is the error a straight one is (before: Ready)', async () => {
    for (const path of ['45 765 m 150 765 250 765 400 765 c', '45 765 m 150 768 250 762 400 765 c', '45 765 m 250 766 400 765 v', '45 765 m 200 764 l 300 766 400 765 y']) {
      expect(await verdict(`q 0 G 16 w ${path} S Q`), path).toEqual({ code: 1, said: [said] });
    }
  });

  it('a thin curve, a thick curve that swings off the line, and an outlined box over no text hide nothing (no false alarm)', async () => {
    expect(await verdict('q 0 G 2 w 45 765 m 150 765 250 765 400 765 c S Q')).toBe('ready');
    expect(await verdict('q 0 G 16 w 45 765 m 150 820 250 700 400 765 c S Q')).toBe('ready');
    expect(await verdict('q 1 g 0 G 45 300 355 20 re B Q')).toBe('ready');
  });
});

describe('white-out drawn as a wide stroke, and boxes drawn by a wide border (prod36c)', () => {
  const text = PASSPORT;
  const course = COURSE;
  const said = PASSPORT_SAID;
  const verdict = drawnVerdict;

  it('a 14-point white line or curve stroked over one line of a page with other text is the white-out error a white box is (before: Ready, the text in the packet)', async () => {
    for (const path of ['45 765 m 400 765 l', '45 765 m 150 766 250 764 400 765 c']) expect(await verdict(`q 1 G 14 w ${path} S Q ${course}`), path).toEqual({ code: 1, said: [said] });
  });

  it('a rectangle stroked (`re S`) with a line wider than the box is tall paints it as a filled box: black over text, or white beside other text, is the error (before: Ready)', async () => {
    expect(await verdict('q 0 G 12 w 45 760 355 10 re S Q')).toEqual({ code: 1, said: [said] });
    expect(await verdict(`q 1 G 12 w 45 760 355 10 re S Q ${course}`)).toEqual({ code: 1, said: [said] });
  });

  it('a thin white rule, a white stroke over no text, a white line alone over the only text (file.blank\'s case), and a black frame round text hide nothing here (no false alarm)', async () => {
    expect(await verdict(`q 1 G 2 w 45 765 m 400 765 l S Q ${course}`)).toBe('ready');
    expect(await verdict(`q 1 G 14 w 45 300 m 400 300 l S Q ${course}`)).toBe('ready');
    expect(await verdict('q 0 G 1 w 40 750 370 30 re S Q')).toBe('ready');
    expect((await run(await withContent(await makePdf(text), 'q 1 G 14 w 45 765 m 400 765 l S Q'))).validate.stdout).not.toContain('file.redaction-unapplied');
  });
});

describe('boxes drawn with curves: rounded corners, a curved edge (prod37b, re-verify 12-07b #3)', () => {
  const course = COURSE;
  const said = PASSPORT_SAID;
  // A rounded rectangle over 45..400 x 755..775 as Word draws one: lines along the sides, a quarter circle (radius 5) at each corner.
  const rounded = '50 755 m 395 755 l 397.76 755 400 757.24 400 760 c 400 770 l 400 772.76 397.76 775 395 775 c 50 775 l 47.24 775 45 772.76 45 770 c 45 760 l 45 757.24 47.24 755 50 755 c h';
  const verdict = drawnVerdict;

  it('a black rounded rectangle (`f`, `B`, `b*`) or a black box with one curved edge over text is the redaction error a square one is (before: Ready, the passport number in the packet)', async () => {
    for (const op of ['f', 'B', 'b*']) expect(await verdict(`q 0 g 0 G ${rounded} ${op} Q`), op).toEqual({ code: 1, said: [said] });
    expect(await verdict('q 0 g 45 755 m 150 753 300 757 400 755 c 400 775 l 45 775 l h f Q')).toEqual({ code: 1, said: [said] });
  });

  it('a white rounded box over one line of a page with other text is the same error (before: Ready); one framed in black is a field a reviewer sees', async () => {
    expect(await verdict(`q 1 g ${rounded} f Q ${course}`)).toEqual({ code: 1, said: [said] });
    expect(await verdict(`q 0.5 w 1 g 0 G ${rounded} B Q ${course}`)).toBe('ready');
  });

  it('a black rounded box over no text, one with white text on it (a banner), and a curved shape far from a box hide nothing (no false alarm)', async () => {
    expect(await verdict(`q 0 g 1 0 0 1 0 -300 cm ${rounded} f Q`)).toBe('ready');
    expect(await verdict(`q 0 g ${rounded} f Q BT 1 g /Helv 12 Tf 50 760 Td (Personal details) Tj ET`)).toBe('ready');
    expect(await verdict('q 0 g 45 755 m 400 755 l 400 760 45 760 45 755 c h f Q')).toBe('ready');
  });
});

describe('covers drawn in other shapes: ellipses, several outlines in one path, rotated boxes (prod38a)', () => {
  const verdict = drawnVerdict;
  /** An ellipse as Word and LibreOffice draw one: four curves, the controls 0.5523 of a radius from each end. */
  const ellipse = (cx: number, cy: number, rx: number, ry: number): string => {
    const [kx, ky] = [0.5523 * rx, 0.5523 * ry];
    return `${cx + rx} ${cy} m ${cx + rx} ${cy + ky} ${cx + kx} ${cy + ry} ${cx} ${cy + ry} c ${cx - kx} ${cy + ry} ${cx - rx} ${cy + ky} ${cx - rx} ${cy} c ${cx - rx} ${cy - ky} ${cx - kx} ${cy - ry} ${cx} ${cy - ry} c ${cx + kx} ${cy - ry} ${cx + rx} ${cy - ky} ${cx + rx} ${cy} c h`;
  };
  const middle = '"of birth: 12.03.1993 Passport: C01X00T47"';
  const said = (quote: string) => PASSPORT_SAID.replace('"Date of birth: 12.03.1993 Passport: ..."', quote);
  // A rounded box over the line (45..400 x 755..775), drawn round the origin and placed, turned 3 degrees, by `cm`.
  const rounded = '-172.5 -10 m 172.5 -10 l 175.26 -10 177.5 -7.76 177.5 -5 c 177.5 5 l 177.5 7.76 175.26 10 172.5 10 c -172.5 10 l -175.26 10 -177.5 7.76 -177.5 5 c -177.5 -5 l -177.5 -7.76 -175.26 -10 -172.5 -10 c h';
  const turned = '0.99863 0.05234 -0.05234 0.99863 222.5 765 cm';

  it('a black ellipse over a line, or a white one over a line of a page with other text, hides what is under its filled middle: the redaction error (before: Ready, the passport number in the packet)', async () => {
    expect(await verdict(`q 0 g ${ellipse(222.5, 765, 190, 14)} f Q`)).toEqual({ code: 1, said: [said(middle)] });
    expect(await verdict(`q 1 g ${ellipse(215, 765, 250, 16)} f Q ${COURSE}`)).toEqual({ code: 1, said: [PASSPORT_SAID] });
    // A dome (a line and one curve back) fills its middle as an ellipse does (prod37b took it for a shape far from a box).
    expect(await verdict('q 0 g 45 755 m 400 755 l 400 775 45 775 45 755 c h f Q')).toEqual({ code: 1, said: [said('"birth: 12.03.1993 Passport: C01X00T47"')] });
  });

  it('several boxes in one path (`re re f`, `m l l l h m l l l h f`) over text are each the redaction error a box alone is (before: Ready, the text in the packet)', async () => {
    expect(await verdict('q 0 g 45 300 355 20 re 45 755 355 20 re f Q')).toEqual({ code: 1, said: [PASSPORT_SAID] });
    expect(await verdict('q 0 g 45 300 m 400 300 l 400 320 l 45 320 l h 45 755 m 400 755 l 400 775 l 45 775 l h f Q')).toEqual({ code: 1, said: [PASSPORT_SAID] });
  });

  it('a black box, rounded or square, turned a few degrees by `cm` over a line is the redaction error (before: Ready)', async () => {
    for (const box of [rounded, '-177.5 -10 355 20 re']) expect(await verdict(`q 0 g ${turned} ${box} f Q`), box).toEqual({ code: 1, said: [said('"12.03.1993 Passport: C01X00T47"')] });
  });

  it('bullet dots, a circled number, a round logo and a pie over no text, an ellipse whose middle misses the line, shaded table rows in one path and a frame cut out of a box hide nothing (no false alarm)', async () => {
    expect(await verdict(`q 0 g ${ellipse(40, 765, 3, 3)} f ${ellipse(40, 400, 3, 3)} f Q ${COURSE}`)).toBe('ready');
    expect(await verdict(`q 0 g ${ellipse(420, 765, 9, 9)} f Q BT 1 g /Helv 12 Tf 416 761 Td (1) Tj ET`)).toBe('ready');
    expect(await verdict(`q 0.2 0.3 0.6 rg ${ellipse(300, 600, 40, 40)} f 0.8 0.2 0.2 rg 300 550 m 300 600 l 350 600 l 350 627.6 327.6 650 300 650 c h f Q`)).toBe('ready');
    expect(await verdict(`q 0 g ${ellipse(222.5, 745, 190, 16)} f Q`)).toBe('ready');
    expect(await verdict(`q 0.9 g 45 755 355 20 re 45 395 355 20 re f Q BT 0 g /Helv 12 Tf 50 761 Td (Education) Tj ET ${COURSE}`)).toBe('ready');
    expect(await verdict('q 0 g 40 750 370 30 re 42 752 366 26 re f* Q')).toBe('ready');
  });
});

describe('white covers over the middle of a line, turned bars, and white strokes over the only text, placed by the fonts\' widths (p24c)', () => {
  const verdict = drawnVerdict;
  /** An ellipse as Word and LibreOffice draw one: four curves, the controls 0.5523 of a radius from each end. */
  const ellipse = (cx: number, cy: number, rx: number, ry: number): string => {
    const [kx, ky] = [0.5523 * rx, 0.5523 * ry];
    return `${cx + rx} ${cy} m ${cx + rx} ${cy + ky} ${cx + kx} ${cy + ry} ${cx} ${cy + ry} c ${cx - kx} ${cy + ry} ${cx - rx} ${cy + ky} ${cx - rx} ${cy} c ${cx - rx} ${cy - ky} ${cx - kx} ${cy - ry} ${cx} ${cy - ry} c ${cx + kx} ${cy - ry} ${cx + rx} ${cy - ky} ${cx + rx} ${cy} c h`;
  };
  const said = (quote: string) => PASSPORT_SAID.replace('"Date of birth: 12.03.1993 Passport: ..."', quote);
  // Helvetica 14 pt from x 50: "12.03.1993" runs from 133.9 to 204.0, the line ends at 352.7; its letters' bodies from 761.9 to 768.9.
  const turned = (degrees: number, x: number, y: number) => {
    const r = (degrees * Math.PI) / 180;
    return `${Math.cos(r).toFixed(5)} ${Math.sin(r).toFixed(5)} ${(-Math.sin(r)).toFixed(5)} ${Math.cos(r).toFixed(5)} ${x} ${y} cm`;
  };

  it('a white ellipse or box over the middle of a line (the date of birth), beside other text or on the line alone, is the redaction error (before: Ready, the date in the packet)', async () => {
    // The quote takes the words the ellipse's middle reaches, whole.
    expect(await verdict(`q 1 g ${ellipse(169, 765.4, 45, 12)} f Q ${COURSE}`)).toEqual({ code: 1, said: [said('"birth: 12.03.1993"')] });
    expect(await verdict(`q 1 g 130 755 78 20 re f Q ${COURSE}`)).toEqual({ code: 1, said: [said('"birth: 12.03.1993"')] });
    // The rest of the line is left to see: the page is not blank, the date is hidden.
    expect(await verdict(`q 1 g ${ellipse(169, 765.4, 45, 12)} f Q`)).toEqual({ code: 1, said: [said('"birth: 12.03.1993"')] });
  });

  it('a white box after the line\'s end, highlights and cell backgrounds drawn before their text, a form field over the underscores or spaces after its label, white stripes through a logo\'s letters and white shapes over white letters hide nothing (no false alarm)', async () => {
    expect(await verdict(`q 1 g 356 755 44 20 re f Q ${COURSE}`)).toBe('ready');
    expect(await verdict(`q 1 1 0.6 rg 45 395 200 20 re f Q q 1 g 100 395 100 20 re f Q ${COURSE}`)).toBe('ready');
    expect(await verdict(`BT /Helv 12 Tf 50 400 Td (Name: ____________________) Tj ET q 1 g 90 396 150 16 re f Q ${COURSE.replace('400', '300')}`)).toBe('ready');
    expect(await verdict(`BT /Helv 12 Tf 50 400 Td (Name:                              Date: 1.2.2025) Tj ET q 1 g 90 396 90 16 re f Q`)).toBe('ready');
    expect(await verdict(`BT /Helv 40 Tf 50 300 Td (ACME) Tj ET q 1 g 50 306 120 5 re f 50 316 120 5 re f Q ${COURSE}`)).toBe('ready');
    expect(await verdict(`q 0 g 45 245 200 30 re f Q BT 1 g /Helv 20 Tf 50 252 Td (UNIVERSITY) Tj ET q 1 g 80 250 60 20 re f Q ${COURSE}`)).toBe('ready');
  });

  it('a black bar turned 20 degrees over a line, filled or stroked as a thick line, is the redaction error (before: Ready, judged by the small upright box round its centre)', async () => {
    expect(await verdict(`q 0 g ${turned(20, 169, 765.4)} -177.5 -10 355 20 re f Q`)).toEqual({ code: 1, said: [said('"12.03.1993"')] });
    expect(await verdict(`q 0 G 20 w ${(169 - 160 * Math.cos(Math.PI / 9)).toFixed(2)} ${(765.4 - 160 * Math.sin(Math.PI / 9)).toFixed(2)} m ${(169 + 160 * Math.cos(Math.PI / 9)).toFixed(2)} ${(765.4 + 160 * Math.sin(Math.PI / 9)).toFixed(2)} l S Q`)).toEqual({ code: 1, said: [said('"12.03.1993"')] });
  });

  it('a turned bar whose bounds reach over the line but which itself passes beside it, or crosses it only as a thin stripe, hides nothing (no false alarm)', async () => {
    expect(await verdict(`q 0 g ${turned(20, 420, 765.4)} -177.5 -10 355 20 re f Q`)).toBe('ready');
    expect(await verdict(`q 0 g ${turned(10, 200, 805)} -177.5 -10 355 20 re f Q`)).toBe('ready');
    expect(await verdict(`q 0 g ${turned(70, 169, 765.4)} -177.5 -3 355 6 re f Q`)).toBe('ready');
  });
});

describe('a white stroke over the only text, judged by the font\'s widths and box (p24c)', () => {
  /** The lines validate says of a one-line letter (Helvetica 12 pt from x 60, baseline 780) with `content` drawn after it. */
  const said = async (content: string, line = 'Date of birth: 12.03.1993') => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont('Helvetica');
    doc.addPage([595.28, 841.89]).drawText(line, { x: 60, y: 780, size: 12, font });
    const { lines, validate } = await run(await withContent(await doc.save(), content));
    return { code: validate.code, lines: lines.map((l) => l.replace(/ {2}hint:.*/u, '').replace(/^m\.yaml:6:17 /u, '')) };
  };

  it('a 14-point white line stroked over all of the page\'s only line of text is file.blank (before: Ready, a page that shows nothing in the packet)', async () => {
    // Helvetica's box reaches 2.7 pt below the baseline and 11.2 above: 13.9 pt, within the 14-point line at 784.2.
    expect(await said('q 1 G 14 w 55 784.2 m 400 784.2 l S Q')).toEqual({ code: 1, lines: ['error file.blank  cert.pdf is blank: nothing that can be seen is drawn on its page; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).'] });
  });

  it('a white line that leaves a glyph\'s reach uncovered (too thin, off the middle, or short of the line\'s end) is not file.blank (no false alarm)', async () => {
    expect((await said('q 1 G 12 w 55 784.2 m 400 784.2 l S Q')).lines.filter((l) => l.includes('file.blank'))).toEqual([]);
    expect((await said('q 1 G 14 w 55 786 m 400 786 l S Q')).lines.filter((l) => l.includes('file.blank'))).toEqual([]);
    expect((await said('q 1 G 14 w 55 784.2 m 180 784.2 l S Q')).lines.filter((l) => l.includes('file.blank'))).toEqual([]);
  });
});
