/**
 * Findings 5, 6, 8 and 9 of the black-box audit of 2026-12-05 (round 6, audit14): a limit stated once for two
 * documents, a plain word taken for the job reference, a sentence about a document's template read as a second
 * document, and teaching evaluations read as a teaching statement. Each as a short posting in the audit's words or in
 * words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const TAIL = '\n\nPlease send a CV and a cover letter by 1 May 2027.\n';

describe('the job reference must look like one, in every language (audit14 F6)', () => {
  it('takes no reference from a sentence that only uses the word (before: "doivent", "when", "bei", "altijd", "suivante")', () => {
    for (const line of [
      'Attention: Les lettres de référence doivent être enregistrées dans le système par les référents eux-mêmes.',
      'Please quote the job reference when applying.',
      'Bitte geben Sie die Kennziffer bei Ihrer Bewerbung an.',
      'Vermeld de referentie altijd bij uw sollicitatie.',
      "Merci d'indiquer la référence suivante dans votre courriel.",
      'Reference code Professor',
    ]) {
      expect(read(line + TAIL).profile.reference, line).toBeUndefined();
    }
  });

  it('still reads references with a digit or capitals, also after a label word that is not one', () => {
    expect(read('Job reference: ABC-123' + TAIL).profile.reference).toBe('ABC-123');
    expect(read('Kennziffer: WiMi-Physik' + TAIL).profile.reference).toBe('WiMi-Physik');
    expect(read('Reference number 4521' + TAIL).profile.reference).toBe('4521');
    expect(read('Les lettres de référence doivent être envoyées. Référence : MCF-2027-12' + TAIL).profile.reference).toBe('MCF-2027-12');
  });
});

describe('a limit stated once for several documents (audit14 F5)', () => {
  const items = (text: string) => read(text).profile.items;
  const pages = (text: string) => Object.fromEntries(items(text).map((i) => [i.kind, i.max_pages ?? i.max_pages_each]));

  it('"The research and teaching statements should each not exceed three pages" caps both (before: the teaching statement only, as max_pages_each)', () => {
    const list = items('The application must contain a motivation letter, a CV, a research statement and a teaching statement. The research and teaching statements should each not exceed three pages. The CV should be no longer than five pages.\n');
    expect(list.find((i) => i.kind === 'research_statement')).toMatchObject({ max_pages: 3 });
    expect(list.find((i) => i.kind === 'teaching_statement')).toMatchObject({ max_pages: 3 });
    expect(list.find((i) => i.kind === 'teaching_statement')).not.toHaveProperty('max_pages_each');
    expect(list.find((i) => i.kind === 'cv')).toMatchObject({ max_pages: 5 });
  });

  it('reads both documents of a name given once ("research and teaching statements", "Forschungs- und Lehrkonzept") and gives both the cap', () => {
    expect(pages('Please send a CV and research and teaching statements (max. 3 pages each).')).toEqual({ cv: undefined, research_statement: 3, teaching_statement: 3 });
    const de = read('Bitte senden Sie einen Lebenslauf sowie ein Forschungs- und Lehrkonzept (jeweils max. 3 Seiten).');
    expect(de.profile.items.map((i) => [i.kind, i.max_pages])).toEqual([['cv', undefined], ['research_plan', 3], ['teaching_statement', 3]]);
    // Singular: it may be one document about both, so the added one is marked.
    expect(de.profile.items[1]?.review).toBe(true);
    expect(items('Please send cover and motivation letters.').map((i) => i.kind)).toEqual(['cover_letter', 'motivation_letter']);
  });

  it('gives a cap "each" after a list to every document of it, but not a cap on several papers', () => {
    expect(pages('Please send a CV, a research statement and a teaching statement, each of at most two pages.')).toEqual({ cv: 2, research_statement: 2, teaching_statement: 2 });
    expect(pages('Please send a CV, a cover letter and a research statement. The cover letter and research statement should each be no longer than two pages.')).toEqual({ cv: undefined, cover_letter: 2, research_statement: 2 });
    expect(items('Please send a CV, a cover letter and three publications (max. 20 pages each).').map((i) => [i.kind, i.max_pages ?? i.max_pages_each])).toEqual([['cv', undefined], ['cover_letter', undefined], ['writing_sample', 20]]);
  });

  it('marks a cap stated once for two documents without "each": it may be their total', () => {
    const r = read('Please send a CV, a cover letter and a research statement. The cover letter and research statement should not exceed two pages.');
    const marked = r.profile.items.filter((i) => i.max_pages === 2);
    expect(marked.map((i) => [i.kind, i.review])).toEqual([['cover_letter', true], ['research_statement', true]]);
    expect(r.review.some((n) => n.reason.includes('once for 2 documents'))).toBe(true);
  });
});

describe('a sentence about the template of a document (audit14 F8)', () => {
  it('"The proposal must use the provided project proposal template" is no second proposal (before: a second research_plan, unmarked)', () => {
    const text =
      'How to apply\n\n1. Read the guide to applicants.\n\n2. Develop an interdisciplinary project proposal. This will be submitted as part of your application.\n\n3. Open an application.\n\nFor your application to be eligible the following is required:\n\n  • Two letters of reference submitted via the online application database.\n\n  • The proposal must use the provided project proposal template\n';
    expect(read(text).profile.items.filter((i) => i.kind === 'research_plan')).toHaveLength(1);
  });
});
