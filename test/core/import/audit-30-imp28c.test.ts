/**
 * Audit 12-06k #12: documents the importer pointed at but did not read: a German prose list cut at "inkl.", a pipe
 * table row after a row with an empty cell, and "a 2-page expression of interest".
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

/** `kind/stage "title"`, with ` R` when marked for review. */
const items = (text: string) => importPosting(text, { today: '2026-12-06' }).profile.items.map((i) => `${i.kind}/${i.stage} ${i.review ? 'R' : '-'}`);

describe('documents read that were only pointed at', () => {
  it('reads a German prose list past "inkl." inside a parenthesis (before: only the Exposé; the sentence ended at "inkl.")', () => {
    expect(items('Stelle\nBitte reichen Sie ein Exposé (max. 10.000 Zeichen inkl. Leerzeichen), einen Lebenslauf und Ihre Zeugnisse ein.')).toEqual([
      'research_plan/required -',
      'cv/required -',
      'diplomas/required -',
    ]);
    expect(items('Stelle\nBitte senden Sie ein Motivationsschreiben (2 Seiten inkl. Literatur), Ihren Lebenslauf und Ihre Zeugnisse.').slice(1)).toEqual(['cv/required -', 'diplomas/required -']);
  });

  it('reads each row of a pipe table after a row with an empty cell (before: "Academic transcripts" was pointed at only)', () => {
    const table = (rows: string[]) => ['Title', 'Prepare the following documents and submit them as a single pdf file:', 'Document | Description |', '---|---|', ...rows].join('\n');
    expect(items(table(['Motivation letter | Indicate the motivation. |', 'Data privacy statement | |', 'Curriculum Vitae | Check the pdf below. Three pages maximum. |', 'Academic transcripts | Of your master studies. |']))).toEqual([
      'motivation_letter/required -',
      'other/required R',
      'cv/required -',
      'transcript/required -',
    ]);
    expect(items(table(['Copy of passport | |', 'Cover letter | One page. |', 'Research proposal | Five pages. |'])).map((i) => i.slice(0, -2))).toEqual(['other/required', 'cover_letter/required', 'research_plan/required']);
  });

  it('reads "a 2-page expression of interest" as a document of its own, marked; not "Expressions of interest are invited" nor "the expression of interest should include:"', () => {
    const p = importPosting('Fellowship\nStage 1: send a 2-page expression of interest and a CV by 1 May 2027.', { today: '2026-12-06' }).profile;
    expect(p.items.map((i) => [i.kind, i.max_pages, i.review])).toEqual([
      ['other', 2, true],
      ['cv', undefined, undefined],
    ]);
    expect(items('Fellowship\nPlease submit a brief expression of interest (max. 2 pages) and a CV.')).toEqual(['other/required R', 'cv/required -']);
    expect(items('Fellowship\nExpressions of interest are invited from suitably qualified candidates. Send a CV.')).toEqual(['cv/required -']);
    // A dev posting (fel-msca-pf-manchester-salc): the expression of interest is the application that holds the rest.
    expect(items('Fellowship\nThe supervisor will submit the applicant\'s expression of interest. An expression of interest should include:\n- a CV\n- an outline of the proposed project').map((i) => i.slice(0, 2))).toEqual(['cv', 're']);
  });
});

describe('not_wanted names a document (audit 12-06k #11)', () => {
  const refused = (text: string) => (importPosting(text, { today: '2026-12-06' }).profile.not_wanted ?? []).map((n) => n.what);

  it('takes no entry from a request not to ask after the application (before: not_wanted "persönliche Nachfragen")', () => {
    expect(refused('Stelle\nBitte senden Sie Lebenslauf und Zeugnisse.\nBitte verzichten Sie auf persönliche Nachfragen.')).toEqual([]);
    expect(refused('Post\nPlease send a CV and a cover letter.\nPlease do not send enquiries about the status of your application.')).toEqual([]);
    expect(refused('Stelle\nBitte senden Sie Ihren Lebenslauf.\nBitte verzichten Sie auf Bewerbungsfotos.')).toEqual(['Bewerbungsfotos']);
  });
});
