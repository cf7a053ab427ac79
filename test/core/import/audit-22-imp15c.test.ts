/**
 * Findings 5, 6, 3 and 11 of the black-box audit of 2026-12-06 (round 10, audit22): limits given to a group of
 * documents, a document named by its size after another, recommended lengths; items invented from sentences that ask
 * for nothing; documents dropped without a word; a zone glued to words in a PDF paste. Each as a short posting in the
 * audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const pages = (text: string) => read(text).profile.items.map((i) => [i.kind, i.max_pages, i.review === true]);

describe('a limit stated for "the three statements" (audit22 #5)', () => {
  const ask = 'Applicants should upload a cover letter, a CV, a research statement, a teaching statement and a diversity statement.';
  it('caps each statement (before: no limit on any of them, nothing marked)', () => {
    expect(pages(`${ask} The three statements should not exceed two pages each.`)).toEqual([
      ['cover_letter', undefined, false],
      ['cv', undefined, false],
      ['research_statement', 2, false],
      ['teaching_statement', 2, false],
      ['diversity_statement', 2, false],
    ]);
  });

  it('marks them when the count does not match the statements found ("the two statements" of three)', () => {
    expect(pages(`${ask} The two statements should not exceed two pages each.`).slice(2)).toEqual([
      ['research_statement', 2, true],
      ['teaching_statement', 2, true],
      ['diversity_statement', 2, true],
    ]);
  });

  it('marks a cap without "each" for plural statements (each or together)', () => {
    expect(pages('Please send a CV, a research statement and a teaching statement. Statements should be no longer than 2 pages.').slice(1)).toEqual([
      ['research_statement', 2, true],
      ['teaching_statement', 2, true],
    ]);
  });
});

describe('a document named by its size after another (audit22 #5)', () => {
  it('"CV and a one-page summary of your doctoral research" is two items, the CV uncapped (before: one CV item, max 1 page)', () => {
    const r = read('Please combine your cover letter, CV and a one-page summary of your doctoral research into a single PDF file of no more than 5 MB and upload it by 10 February 2027.');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.max_pages])).toEqual([
      ['cover_letter', 'Cover letter', undefined],
      ['cv', 'CV', undefined],
      ['research_statement', 'One-page summary of your doctoral research', 1],
    ]);
  });

  it('"combine your ... into a single PDF file" asks for them (before: the catch-all item)', () => {
    expect(read('Please combine your cover letter, CV and a one-page summary of your doctoral research into a single PDF file.').profile.items.map((i) => i.kind)).toEqual([
      'cover_letter',
      'cv',
      'research_statement',
    ]);
  });

  it('a size before an unrecognized document is not the CV\'s, and says so', () => {
    const r = read('Please send your CV and a one-page memo on your plans.');
    expect(r.profile.items[0]).toMatchObject({ kind: 'cv', title: 'CV', review: true });
    expect(r.profile.items[0]?.max_pages).toBeUndefined();
  });
});

describe('a recommended length is no cap (audit22 #5)', () => {
  it.each([
    'Hakemukseen liitetään ansioluettelo (CV), suositus enintään neljä sivua.',
    'Please attach a CV, recommended length at most four pages.',
    'Bitte fügen Sie einen Lebenslauf bei, empfohlen höchstens vier Seiten.',
    'Bifoga ett CV, rekommenderad längd högst fyra sidor.',
    'Stuur een CV mee, bij voorkeur maximaal vier pagina\'s.',
  ])('%s (before: max_pages 4, unmarked)', (text) => {
    expect(read(text).profile.items.find((i) => i.kind === 'cv')?.max_pages).toBeUndefined();
  });
});

describe('a zone glued to words in a PDF paste (audit22 #11)', () => {
  it('"12.00noonGMTon Thursday, January 25th, 2018" keeps GMT (before: no zone, unmarked)', () => {
    const r = read('Please send a CV.\n\nDeadline forreceiptofapplicationsandreferences / 12.00noonGMTon Thursday, January 25th, 2018');
    expect(r.profile.deadline).toBe('2018-01-25T12:00+00:00');
  });

  it('marks a zone word before the date that is not read', () => {
    const r = read('Please send a CV.\n\nDeadline: 12 noon XYZT on Thursday, 25 January 2018');
    expect(r.review.some((x) => x.path === 'deadline' && /time zone not read/.test(x.reason))).toBe(true);
  });
});

describe('sentences that ask for nothing give no item (audit22 #6)', () => {
  const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);
  it('"If the research proposal requires additional funds, the summary should describe ..." (before: a required research plan)', () => {
    expect(kinds('Please send a CV. If the research proposal requires additional funds, the summary should describe the source of this funding.')).toEqual(['cv']);
    expect(kinds('Please send a CV. When the project description includes human subjects, the form should state the ethics approval.')).toEqual(['cv']);
  });

  it('"as part of their thesis based studies" (before: a required thesis)', () => {
    expect(kinds('Please send a CV.\n\nThis program rewards excellence and provides assistance for trainees undertaking their own research project or program as part of their thesis based studies at a Post Doctorate program at a New Brunswick University.')).toEqual(['cv']);
  });

  it('still reads the document a case refers back to ("attach it")', () => {
    expect(kinds('Please send a CV and a research proposal. If the research proposal is longer than five pages, shorten it.')).toEqual(['cv', 'research_plan']);
  });
});

describe('documents named in a list are items or pointers (audit22 #3)', () => {
  const titles = (text: string) => read(text).profile.items.map((i) => i.title);
  it('"Letter containing motivation for submitting the application" is a motivation letter (before: neither listed nor pointed at)', () => {
    expect(read('Attachments\n\n1. Letter containing motivation for submitting the application;\n2. Curriculum vitae;').profile.items.map((i) => i.kind)).toEqual(['motivation_letter', 'cv']);
  });

  it('"an external assessor report" and "a state of Texas application" are items (before: dropped)', () => {
    expect(titles('Applications must be supported by an academic reference and an external assessor report.')).toContain('External assessor report');
    expect(titles('To apply, submit a state of Texas application, cover letter, resume and list of three references.')).toContain('State of Texas application');
  });

  it('"försättsblad" (a cover sheet) is named (before: neither listed nor pointed at)', () => {
    const r = read('Ansökan ska bestå av nedanstående delar i separata pdf:er samt ett försättsblad.\n\n1. CV\n2. Publikationslista');
    expect(JSON.stringify(r.profile.items) + JSON.stringify(r.review)).toMatch(/försättsblad/i);
  });
});
