/**
 * Findings 1, 6 and 8 of the black-box audit of 2026-12-05 (round 5, audit12): documents for a later stage read as
 * required now, two positions whose labels carry a parenthesis merged into one list, and references that others
 * send or are asked for kept as the applicant's upload. Each as a short posting in the audit's words or in words of
 * the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const itemReasons = (text: string) =>
  read(text)
    .review.filter((n) => n.path === 'items' || n.path.startsWith('items['))
    .map((n) => n.reason);

describe('two positions labelled "Position A (PhD student):" (audit12 #6)', () => {
  it('marks the profile and the items only one position asks for (before: 5 items, all required, nothing marked)', () => {
    const text =
      'The group has two openings.\n\nPosition A (PhD student): please submit a CV, your transcripts and a motivation letter of at most 500 words.\n\nPosition B (postdoctoral researcher): please submit a CV, a list of publications and a research proposal of at most 2,000 words.\n\nApplications for both positions are due 1 March 2027.\n';
    const r = read(text);
    const reasons = itemReasons(text);
    expect(reasons.some((x) => x.includes('the posting offers 2 positions'))).toBe(true);
    const marked = r.profile.items.filter((i) => i.review === true).map((i) => i.kind);
    expect(marked).toEqual(['transcript', 'motivation_letter', 'publication_list', 'research_plan']);
  });

  it('reads the German, French and Dutch labels of the same form', () => {
    const de = itemReasons('Stelle A (Doktorand/in): Bitte senden Sie einen Lebenslauf und ein Motivationsschreiben.\n\nStelle B (Postdoc): Bitte senden Sie einen Lebenslauf und eine Publikationsliste.\n');
    expect(de.some((x) => x.includes('the posting offers 2 positions'))).toBe(true);
    const fr = itemReasons('Poste A (doctorant) : merci d\'envoyer un CV et une lettre de motivation.\n\nPoste B (post-doctorant) : merci d\'envoyer un CV et une liste de publications.\n');
    expect(fr.some((x) => x.includes('the posting offers 2 positions'))).toBe(true);
    const nl = itemReasons('Functie A (promovendus): stuur een cv en een motivatiebrief.\n\nFunctie B (postdoc): stuur een cv en een publicatielijst.\n');
    expect(nl.some((x) => x.includes('the posting offers 2 positions'))).toBe(true);
  });

  it('leaves one position described with a parenthesis alone', () => {
    expect(itemReasons('Position A (PhD student): please submit a CV and a motivation letter.\n').some((x) => x.includes('positions'))).toBe(false);
  });
});
