/**
 * Importer audit round 13 (notes/audit-import-2026-12-06i.md), findings 1, 9 and 10: caps and counts on the lines under
 * a list entry, and step lists. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });

describe('a cap on a sub-line under a numbered entry is the entry\'s (audit #1)', () => {
  const UCCS = [
    'Application Materials',
    '',
    'We will begin accepting applications mid-February.',
    '',
    '1.  Application form - to be prepared by the student',
    '2.  Personal statement - to be prepared by the student',
    '',
    '  • Please explain:',
    '    • Who you are',
    '    • Why you want to work on this particular research project',
    '  • Format:',
    '    • One page',
    '    • Double-spaced',
    '',
    '3.  Research proposal  - to be prepared by the faculty mentor',
    '',
    '  • Content:',
    '  • Project Description: describe the proposed research so an intelligent layperson could understand.',
    '  • Role of research assistant & mentorship plan',
    '  • Budget & budget justification - indicate matching funds, if any, here',
    '  • References',
    '  • Format',
    '    • Four page maximum - not including references',
    '    • Double-spaced',
    '',
    '4.  Letter of recommendation',
    '5.  Unofficial transcript',
    '',
    'Application submission:',
    '',
    '  • The application, personal statement, research proposal, and unofficial transcript should be submitted electronically as a single document in pdf format.',
  ].join('\n');

  it('puts 1 page on the statement and 4 on the proposal, and reads no "Format" or content bullet as a document (before: two "Format" items, an unmarked optional "Budget")', () => {
    const items = read(UCCS).profile.items;
    expect(items.map((i) => [i.kind, i.title, i.max_pages])).toEqual([
      ['other', 'Application form', undefined],
      ['motivation_letter', 'Personal statement', 1],
      ['research_plan', 'Research proposal', 4],
      ['references', 'Letter of recommendation', undefined],
      ['transcript', 'Unofficial transcript', undefined],
    ]);
  });

  it('with dashes and "Length:" in one line each: "- Length: one page, double-spaced" is a length', () => {
    const text = [
      'Summer Research Award',
      'Application materials:',
      '1. Personal statement',
      '  - Length: one page, double-spaced',
      '2. Research proposal',
      '  - Content: aims, methods',
      '  - Format: four page maximum',
      '3. Unofficial transcript',
      'Deadline: 1 March 2027.',
    ].join('\n');
    const items = read(text).profile.items;
    expect(items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['motivation_letter', 1],
      ['research_plan', 4],
      ['transcript', undefined],
    ]);
  });
});

describe('counts: a cap after a full stop, a plural label over one letter, "almeno una lettera" (audit #9)', () => {
  it('"Pictures of previous or current work. Max 8." caps the pictures at 8; "Works on paper. Höchstens 5." at 5', () => {
    const text = ['Artist in residence', 'Send the following:', '• CV.', '• Pictures of previous or current work. Max 8.', '• Works on paper. Höchstens 5.'].join('\n');
    const items = read(text).profile.items;
    expect(items.map((i) => [i.title, i.max])).toEqual([
      ['CV', undefined],
      ['Pictures of previous or current work', 8],
      ['Works on paper', 5],
    ]);
  });

  it('"Recommendation Letters: Recommendation letter to support your application" asks for one letter, unmarked (before: min 2)', () => {
    const text = ['Required documents:', '  • CV: Curriculum vitae', '  • Recommendation Letters: Recommendation letter to support your application PhD Supervisor or similar'].join('\n');
    const r = read(text);
    const refs = r.profile.items.find((i) => i.kind === 'references');
    expect(refs?.min).toBe(1);
    expect(r.review.some((n) => /inferred from a plural/u.test(n.reason))).toBe(false);
  });

  it('Italian "Almeno una lettera di referenza" and "una lettera di raccomandazione" are references, at least one', () => {
    for (const line of ['Almeno una lettera di referenza di docenti universitari o studiosi qualificati.', 'Una lettera di raccomandazione di un docente.']) {
      const text = ['Documenti da allegare alla domanda:', '  • Curriculum vitae.', `  • ${line}`].join('\n');
      const refs = read(text).profile.items.filter((i) => i.kind === 'references');
      expect(refs.map((i) => i.min)).toEqual([1]);
    }
  });
});

describe('steps in a portal are no documents (audit #10)', () => {
  it('"2. Log in ...", "4. Press Submit." give no items; the documents the steps name do', () => {
    const text = ['Research Assistant', 'How to apply:', '1. Register on the portal.', '2. Log in with your e-mail address.', '3. Upload your CV and a cover letter.', '4. Press Submit.', 'Deadline: 1 March 2027.'].join('\n');
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['cv', 'cover_letter']);
  });

  it('Dutch "Bekijk ..."/"Let op:" and Italian "Prosegui ..."/"Menù ..." steps give no items', () => {
    const nl = ['Hoe je kandidatuur indienen', 'Kandidatuur indienen:', '1. Bekijk de praktische richtlijnen.', '2. Voeg je cv en motivatiebrief toe.', '3. Let op: onvolledige aanvragen worden niet behandeld.'].join('\n');
    const it_ = ['Domanda di ammissione', 'Per presentare la domanda:', '1. Menù (in alto a destra) - Registrazione', '2. Allega il curriculum vitae.', '3. Prosegui seguendo le indicazioni.'].join('\n');
    expect(read(nl).profile.items.filter((i) => i.kind === 'other')).toEqual([]);
    expect(read(it_).profile.items.filter((i) => i.kind === 'other')).toEqual([]);
  });
});
