/**
 * Findings 2, 6 and 7 of the black-box audit of 2026-12-06 (round 9, audit20): a head noun given once for two
 * documents, a limit for two documents beside a limit for one, and documents a requirement names that were neither
 * listed nor pointed at. Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);

describe('a head noun before two documents names both (audit20 F2)', () => {
  it('"statements of teaching and research interests" gives a teaching and a research statement (before: the research statement only)', () => {
    const r = read('Applicants should submit: (1) a cover letter, (2) curriculum vitae, (3) statements of teaching and research interests, and (4) two relevant publications. Deadline: 1 December 2026.');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.stage])).toEqual([
      ['cover_letter', 'Cover letter', 'required'],
      ['cv', 'Curriculum vitae', 'required'],
      ['teaching_statement', 'Statement of teaching interests', 'required'],
      ['research_statement', 'Statement of research interests', 'required'],
      ['writing_sample', 'Two relevant publications', 'required'],
    ]);
    expect(kinds('Please send a cover letter, a CV, and statements of research and teaching interests. Deadline: 1 December 2026.')).toEqual(['cover_letter', 'cv', 'research_statement', 'teaching_statement']);
  });

  it('reads the siblings: letters of motivation and recommendation, in English, French and Spanish', () => {
    expect(kinds('Please send a CV and letters of motivation and recommendation.')).toEqual(['cv', 'motivation_letter', 'references']);
    expect(kinds('Le dossier de candidature comprend : un CV, les lettres de motivation et de recommandation.')).toEqual(['cv', 'motivation_letter', 'references']);
    expect(kinds('Envíe un CV y cartas de motivación y recomendación.')).toEqual(['cv', 'motivation_letter', 'references']);
    // After another document joined by "and": "copies of diplomas and statements of ..." does not hide the statements.
    expect(kinds('Please send copies of diplomas and statements of teaching and research philosophy.')).toEqual(['diplomas', 'teaching_statement', 'research_statement']);
  });

  it('leaves a singular head as one document: "a statement of research and teaching interests" is usually one', () => {
    expect(kinds('Please send a CV and a statement of research and teaching interests.')).toEqual(['cv', 'research_statement']);
  });

  it('leaves one document when both words name the same kind, or the second is no document', () => {
    expect(kinds('The application must include a CV, two letters of recommendation and reference, and a cover letter.')).toEqual(['cv', 'references', 'cover_letter']);
    expect(kinds('Please send a CV and a list of publications and presentations.')).toEqual(['cv', 'publication_list']);
    expect(kinds('Bitte senden Sie Lebenslauf sowie ein Forschungs- und Lehrkonzept.')).toEqual(['cv', 'research_plan', 'teaching_statement']);
  });
});

describe('a limit for two documents and a limit for one, in one sentence (audit20 F6)', () => {
  const limits = (text: string) => read(text).profile.items.map((i) => [i.kind, i.max_pages ?? i.max_pages_each, i.max_words]);

  it('"... should each not exceed three pages; the cover letter should be no longer than 800 words": pages for both statements, words for the letter (before: 800 words on all three, no page cap on the research statement)', () => {
    const r = read('To apply, submit a cover letter, curriculum vitae, research statement and teaching statement through Interfolio. The research statement and the teaching statement should each not exceed three pages; the cover letter should be no longer than 800 words. Applications must be received by March 2, 2027.');
    expect(r.profile.items.map((i) => [i.kind, i.max_pages, i.max_words])).toEqual([
      ['cover_letter', undefined, 800],
      ['cv', undefined, undefined],
      ['research_statement', 3, undefined],
      ['teaching_statement', 3, undefined],
    ]);
    expect(r.profile.items.find((i) => i.kind === 'teaching_statement')).not.toHaveProperty('max_pages_each');
  });

  it('reads the cap of the first run whatever comes after, and without the first sentence', () => {
    expect(limits('Please send a CV, a cover letter, a research statement and a teaching statement. The research and teaching statements should each be at most two pages, the cover letter at most one page.')).toEqual([
      ['cv', undefined, undefined],
      ['cover_letter', 1, undefined],
      ['research_statement', 2, undefined],
      ['teaching_statement', 2, undefined],
    ]);
    expect(limits('Bitte senden Sie Lebenslauf, Anschreiben, Forschungskonzept und Lehrkonzept. Forschungskonzept und Lehrkonzept sollen jeweils höchstens drei Seiten umfassen; das Anschreiben höchstens 800 Wörter.')).toEqual([
      ['cv', undefined, undefined],
      ['cover_letter', undefined, 800],
      ['research_plan', 3, undefined],
      ['teaching_statement', 3, undefined],
    ]);
    expect(limits('Please send a cover letter (max. 1 page), a CV and a research statement, each of at most two pages.')).toEqual([
      ['cover_letter', 1, undefined],
      ['cv', 2, undefined],
      ['research_statement', 2, undefined],
    ]);
  });
});

describe('a research and teaching plan in Swedish and Dutch (audit20 F2 rest)', () => {
  it('"forsknings- och undervisningsplan" and "onderzoeks- en onderwijsplan" give a research plan and a teaching statement (before: one unrecognized item, or the research plan alone)', () => {
    expect(kinds('Ansökan ska innehålla:\n- CV\n- forsknings- och undervisningsplan (högst 3 sidor)\n\nSista ansökningsdag: 2027-01-15')).toEqual(['cv', 'research_plan', 'teaching_statement']);
    expect(kinds('Stuur ons een CV en een onderzoeks- en onderwijsplan.')).toEqual(['cv', 'research_plan', 'teaching_statement']);
    expect(read('Ansökan ska innehålla CV och undervisningsplan.').profile.items.map((i) => [i.kind, i.title])).toEqual([['cv', 'CV'], ['teaching_statement', 'Undervisningsplan']]);
  });
});
