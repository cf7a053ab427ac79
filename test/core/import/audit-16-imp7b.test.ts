/**
 * Findings 2, 3, 5, 6, 8 and 9 of the black-box audit of 2026-12-05 (round 7, audit16): an office's name read as a
 * portfolio, one document's cap taken for the packet's, refusals that refuse no document, a zone cut off after
 * "2:00p.m.", a merge per section taken for one PDF, and a range limit dropped. Each as a short posting in the
 * audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { toSentences } from '../../../src/core/import/text.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const deadline = (text: string) => read(text).profile.deadline;

describe('a zone after a time written onto its mark (audit16 #6)', () => {
  it('reads "2:00p.m. (Eastern Time)" (before: cut at "p.m.", the zone lost unmarked)', () => {
    expect(deadline('Deadline: February 8, 2027 by 2:00p.m. (Eastern Time)')).toBe('2027-02-08 14:00 America/New_York');
    expect(deadline('Deadline: February 8, 2027 by 11:59p.m. EST. Send a CV.')).toBe('2027-02-08T23:59-05:00');
    expect(deadline('Applications are due February 8, 2027 at 9a.m. (Central European Time).')).toBe('2027-02-08 09:00 Europe/Berlin');
  });

  it('keeps the zone with an hour written "17:00 hrs." or "17 Uhr." in the sentence', () => {
    expect(toSentences('Deadline: 15 January 2027, 17:00 hrs. CET. Send a CV.')).toEqual(['Deadline: 15 January 2027, 17:00 hrs. CET.', 'Send a CV.']);
    expect(toSentences('Bewerbungsschluss ist der 15. Januar 2027, 17 Uhr. MEZ. Senden Sie einen Lebenslauf.')).toEqual([
      'Bewerbungsschluss ist der 15. Januar 2027, 17 Uhr. MEZ.',
      'Senden Sie einen Lebenslauf.',
    ]);
  });

  it('still ends a sentence after "5p.m." when no zone follows', () => {
    expect(toSentences('Apply by 5p.m. Please send a CV.')).toEqual(['Apply by 5p.m.', 'Please send a CV.']);
  });
});

describe('a range given as the limit (audit16 #9)', () => {
  const plan = (text: string) => read(text).profile.items.find((i) => i.kind === 'research_plan');
  const planMarks = (text: string) => read(text).review.filter((r) => r.path.endsWith('.max_pages')).map((r) => r.reason);

  it('takes the upper bound of "not more than 5 – 10 typed sides of A4", marked (before: no limit, no mark)', () => {
    const text = '- PhD research proposal (1): a brief outline of the topic on which you wish to work (not more than 5 – 10 typed sides of A4);\n- a detailed curriculum vitae;';
    expect(plan(text)?.max_pages).toBe(10);
    expect(planMarks(text).join(' ')).toMatch(/range .*upper bound/);
  });

  it('reads the range with a dash, an en dash, "to", "bis", "tot" and "till", each marked', () => {
    for (const text of [
      'Please send a CV and a research proposal of 5-10 pages.',
      'Please send a CV and a research proposal (5 – 10 pages).',
      'Please send a CV and a research proposal of 5 to 10 typewritten pages.',
      'Bitte senden Sie einen Lebenslauf und ein Exposé (5 bis 10 Seiten).',
      'Stuur een cv en een onderzoeksvoorstel van 5 tot 10 pagina\'s.',
      'Skicka ett CV och en forskningsplan på 5 till 10 sidor.',
    ]) {
      expect(plan(text)?.max_pages, text).toBe(10);
      expect(planMarks(text).join(' '), text).toMatch(/upper bound/);
    }
  });

  it('marks no single cap', () => {
    const text = 'Please send a CV and a research proposal of at most 10 pages.';
    expect(plan(text)?.max_pages).toBe(10);
    expect(planMarks(text)).toEqual([]);
  });
});

describe('one PDF per section of a form (audit16 #8)', () => {
  const submission = (text: string) => read(`Please upload a CV and a cover letter. ${text}`).profile.submission;

  it('reads "merge all documents under each section into one large PDF" as one file per section (before: one PDF for the packet, unmarked)', () => {
    const s = submission('If you wish to upload more than one document under each section, you must scan/merge all documents into one large PDF document and upload this.');
    expect(s?.format).toBe('separate-files');
    for (const text of [
      'Pro Abschnitt ist nur eine PDF-Datei möglich.',
      'Per rubriek kan één PDF-bestand worden geüpload.',
      'Under varje rubrik kan du ladda upp en enda pdf-fil.',
      'Un seul fichier PDF par rubrique.',
      'For each upload field, combine your documents into one PDF.',
    ]) {
      expect(submission(text)?.format, text).toBe('separate-files');
    }
  });

  it('takes no "more than one file" for one PDF, and still reads a merge into one PDF for the packet', () => {
    expect(submission('You may upload more than one file.')?.review).toBe(true);
    expect(submission('Merge all documents into one large PDF document.')).toMatchObject({ format: 'single-pdf' });
    expect(submission('Merge all documents into one large PDF document.')?.review).toBeUndefined();
  });
});

describe('refusals that refuse no document (audit16 #5)', () => {
  const refused = (text: string) => (read(`Please send a CV and a cover letter. ${text}`).profile.not_wanted ?? []).map((n) => n.what);

  it('takes no "do not include any information prior to ..." for a refusal (before: not_wanted "any information prior")', () => {
    expect(refused('Please, do not include any information prior to the first year of your university-level education.')).toEqual([]);
    expect(refused('Do not include personal details such as your date of birth.')).toEqual([]);
    expect(refused('Bitte keine Angaben zu Ihrem Familienstand.')).toEqual([]);
  });

  it('takes no "rejected if they ... do not include all required attachments" for a refusal (before: not_wanted "all required attachments")', () => {
    expect(refused('Applications may also be rejected if they are submitted late, do not include all required attachments, use incorrect formats, or are incomplete.')).toEqual([]);
    expect(refused('Applications that do not include a research statement will not be considered.')).toEqual([]);
  });

  it('still reads a refusal beside them', () => {
    expect(refused('Do not send a photo.')).toEqual(['a photo']);
    expect(refused('Do not include letters of recommendation. Incomplete applications will be rejected.')).toEqual(['letters of recommendation']);
  });
});
