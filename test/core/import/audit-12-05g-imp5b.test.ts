/**
 * Items the black-box audit of 2026-12-05 (round 5, audit12) found read wrong with no mark: counts taken from a
 * label's number (finding 4), documents named inside another entry (2), alternatives and "a form for each position"
 * (5), entries that end in ":" before a sub-list (3), and a form's fields or required skills as items (9).
 */
import { describe, expect, it } from 'vitest';
import { findCount, importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const items = (text: string) => read(text).profile.items;

describe('a label\'s number is no count (audit12 F4)', () => {
  it('takes no count from "Att. 3", "FORM 2", "Anlage 2" or "bijlage 1 en 2" (before: min and max 3, 2, 2, 2, unmarked)', () => {
    expect(findCount('NB! special notice regarding Att. 3', 'Letter of recommendation', '')).toBeUndefined();
    expect(findCount('Foreign candidates are required to fill out', 'FORM 2', ' in either English or Japanese.')).toBeUndefined();
    expect(findCount('Bitte reichen Sie gemäß Anlage 2', 'Empfehlungsschreiben', ' ein.')).toBeUndefined();
    expect(findCount('Voeg volgens bijlage 1 en 2', 'aanbevelingsbrieven', ' toe.')).toBeUndefined();
  });

  it('still counts "3 letters", and "Annex 2: three letters" as three (before: 2, the label\'s)', () => {
    expect(findCount('Please submit 3', 'letters of recommendation', '')).toEqual({ min: 3, max: 3 });
    expect(findCount('Annex 2: three', 'letters of recommendation', '')).toEqual({ min: 3, max: 3 });
  });

  it('reads the kinds after "Att. 1:" labels and one letter where the posting says one (before: five "Att. n" items of kind other, references min 3)', () => {
    const p = items(
      [
        'The application must include:',
        '  • Att. 1: CV',
        '  • Att. 2: Motivational letter',
        '  • Att. 3: Letter of recommendation (with ranking)',
        '',
        'NB! special notice regarding Att. 3 Letter of recommendation: it is sufficient to provide one letter of recommendation.',
      ].join('\n'),
    );
    expect(p.map((i) => i.kind)).toEqual(['cv', 'motivation_letter', 'references']);
    expect(p.find((i) => i.kind === 'references')?.min).toBe(1);
  });
});

describe('a document that only says whose or which another one is gives no item (audit12 F2)', () => {
  it('reads "a statement from your master\'s thesis supervisor" as one entry of its own, marked (before: item thesis "Master\'s thesis supervisor", unmarked)', () => {
    const p = items('The application must include:\n\n  1. a CV\n  2. a statement from your master\'s thesis supervisor\n');
    expect(p.map((i) => i.kind)).toEqual(['cv', 'other']);
    expect(p[1]?.review).toBe(true);
  });

  it('gives no thesis for "opinia promotora pracy magisterskiej", "the supervisor of your master\'s thesis" or a project description things are "indicated in"', () => {
    expect(items('Wymagane dokumenty:\n- życiorys;\n- opinia promotora pracy magisterskiej;\n').map((i) => i.kind)).toEqual(['cv', 'references']);
    expect(items('Please send a CV and a statement of the supervisor of your master\'s thesis.').map((i) => i.kind)).not.toContain('thesis');
    expect(items('Please send a CV. All projects include 2 or 3 mandatory secondments, as indicated in the project description.').map((i) => i.kind)).toEqual(['cv']);
  });

  it('still reads the thesis asked for', () => {
    expect(items('Please send your CV and a copy of your master\'s thesis.').map((i) => i.kind)).toEqual(['cv', 'thesis']);
    expect(items('Bitte senden Sie Ihren Lebenslauf und Ihre Masterarbeit.').map((i) => i.kind)).toEqual(['cv', 'thesis']);
  });
});

describe('one of two documents, and a form for each position (audit12 F5)', () => {
  it('reads "certified diploma supplements or original transcripts" as one item, marked (before: diplomas and transcript, both required, unmarked)', () => {
    const p = items('Please also upload a CV and certified diploma supplements or original transcripts.');
    expect(p.map((i) => i.kind)).toEqual(['cv', 'diplomas']);
    expect(p[1]?.review).toBe(true);
  });

  it('keeps the last "or" of a comma list as a list', () => {
    expect(items('Please send a CV, a cover letter or a research statement.').map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'research_statement']);
  });

  it('asks everyone for the application form of "if you wish to apply for more than one position, ... a form for each position" (before: optional, unmarked)', () => {
    const form = (s: string) => items(`Please send a CV. ${s}`).find((i) => i.kind === 'other');
    expect(form('If you wish to apply for more than one position, you will need to submit an individual application form for each position.')?.stage).toBe('required');
    expect(form('If you wish to apply for multiple vacancies, you will need to submit an individual application form for each vacancy.')?.stage).toBe('required');
    expect(form('If you are applying for several posts, please complete a separate application form for each post.')?.condition).toBeUndefined();
  });
});
