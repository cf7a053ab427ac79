/**
 * Words written into an input's form fields are the applicant's words (audit 12-06k #2): counted toward the item's
 * word cap and read for its language, whether the build flattens the fields or keeps them.
 */
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: t
title: T
organization: U
deadline: 2030-01-01
language: en
submission: { format: single-pdf }
items:
  - { id: motivation_letter, kind: motivation_letter, title: Motivation letter, accepts: [file], max_words: 100 }
`;

const MANIFEST = `profile: p.yaml
applicant: { name: A B, email: a@b.org }
output: out.pdf
items:
  motivation_letter: form.pdf
`;

/** The employer's motivation form: its printed prompt, and the field the applicant wrote `value` into (no appearance, as online form builders write it). */
async function motivationForm(value: string, prompt = 'Please write your motivation (max. 100 words) in the box below:'): Promise<Uint8Array> {
  const doc = prompt === '' ? await PDFDocument.create() : await PDFDocument.load(await makePdf({ text: prompt }));
  if (prompt === '') doc.addPage([595, 842]);
  const ctx = doc.context;
  const field = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Tx', Ff: 4096, T: PDFString.of('motivation'), V: PDFString.of(value), Rect: [72, 80, 523, 720], DA: PDFString.of('/Helv 0 Tf 0 g'), F: 4 }));
  doc.getPage(0).node.set(PDFName.of('Annots'), ctx.obj([field]));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [field], DA: PDFString.of('/Helv 0 Tf 0 g') }));
  return doc.save();
}

const LETTER = 'I am strongly motivated to join the group because my research on privacy auditing fits the project well. ';

const validate = async (form: Uint8Array, manifest = MANIFEST, ...args: string[]) => {
  const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest, 'form.pdf': form });
  const run = await cli(['validate', 'm.yaml', '--today', '2029-10-01', ...args], { cwd: dir });
  return { ...run, lines: run.stdout.split('\n').filter((l) => l.startsWith('m.yaml:5')).map((l) => l.replace(/ {2}hint:.*/, '')) };
};

describe('words written into form fields', () => {
  it('count toward the word cap, flattened or kept: 180 words typed into the field are over 100 (before: 11 words, the prompt, Ready under --strict)', async () => {
    const form = await motivationForm(LETTER.repeat(10).trim());
    const flat = await validate(form, MANIFEST, '--strict');
    expect(flat.lines).toEqual([
      'm.yaml:5:22 error limit.words  Motivation letter has 191 words; the posting allows 100.',
      'm.yaml:5:22 info file.forms  form.pdf has 1 form field (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited.',
    ]);
    expect(flat.code).toBe(1);
    const kept = await validate(form, `${MANIFEST}options: { forms: keep }\n`);
    expect(kept.lines[0]).toBe('m.yaml:5:22 error limit.words  Motivation letter has 191 words; the posting allows 100.');
    expect(kept.code).toBe(1);
  });

  it('are read for the language: a German answer in an English posting\'s form is file.language (before: no line)', async () => {
    const german = 'Ich bin sehr motiviert, der Gruppe beizutreten, weil meine Forschung zur Datenschutzprüfung gut zu dem Projekt passt und ich die Arbeit fortsetzen möchte. ';
    const { lines } = await validate(await motivationForm(german.repeat(4).trim()));
    expect(lines).toContain("m.yaml:5:22 warning file.language  form.pdf, given as Motivation letter, is in German, but the posting's language is English.");
  });

  it('a page holding only a filled-in field is not blank: its value is printed (before: error file.blank, and "no selectable text")', async () => {
    const run = await validate(await motivationForm(LETTER.repeat(3).trim(), ''));
    expect(run.lines).toEqual(['m.yaml:5:22 info file.forms  form.pdf has 1 form field (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited.']);
    expect(run.code).toBe(0);
  });
});
