/**
 * Task imp34a: conditional items read as required, the largest cause of stage errors on the dev split: whom an entry
 * is for said in the sentence after it, in the entry's parenthesis, or in a German, Dutch or Swedish "if your mother
 * tongue is not ...".
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const items = (text: string) => importPosting(text, { today: '2026-12-06' }).profile.items;
/** `kind/stage/condition`, for each item. */
const read = (text: string) => items(text).map((i) => `${i.kind}/${i.stage}/${i.condition ?? '-'}`);

describe('the sentence after a list entry says whom its document is for', () => {
  it('makes the document conditional (before: required for everyone, unmarked)', () => {
    expect(read('PhD position\nPlease send:\n- A CV.\n- A language certificate. This applies only to applicants whose native language is not English.\n- Transcripts.')).toEqual([
      'cv/required/-',
      'language_certificate/required/This applies only to applicants whose native language is not English',
      'transcript/required/-',
    ]);
  });

  it('in German and Finnish: "Dies gilt nur für ...", "Liitettä ei tarvita, mikäli ..." (who need not send it)', () => {
    expect(read('Promotionsstelle\nBitte senden Sie:\n- Lebenslauf\n- Sprachzertifikat. Dies gilt nur für Bewerber, deren Muttersprache nicht Deutsch ist.\n- Zeugnisse')).toEqual([
      'cv/required/-',
      'language_certificate/required/Dies gilt nur für Bewerber, deren Muttersprache nicht Deutsch ist',
      'diplomas/required/-',
    ]);
    expect(read('Väitöskirjatutkija\nHakemukseen liitetään:\n\nHakijan CV\n\nOikeaksi todistetut jäljennökset tutkintotodistuksista. Liitettä ei tarvita, mikäli perustutkinto on suoritettu Tampereen yliopistossa\n')).toEqual([
      'cv/required/-',
      'diplomas/required/Liitettä ei tarvita, mikäli perustutkinto on suoritettu Tampereen yliopistossa',
    ]);
  });

  it('not a sentence that names another document, nor one about what the document holds', () => {
    expect(read('PhD position\nPlease send:\n- A CV. Only for applicants from abroad: a copy of the passport.\n- A cover letter. It should explain your motivation.')).toEqual(
      expect.arrayContaining(['cv/required/-', 'cover_letter/required/-']),
    );
  });
});

describe("a group in the entry's parenthesis", () => {
  it('makes the document conditional (before: both required, unmarked)', () => {
    expect(read('Visiting scholars\nApplications must include:\n- a brief curriculum vitae\n- transcripts of the most recent study completed (for early-career scholars)\n- evidence of English language proficiency (from non-English-speaking institutions)\n- a research proposal')).toEqual([
      'cv/required/-',
      'transcript/required/for early-career scholars',
      'language_certificate/required/from non-English-speaking institutions',
      'research_plan/required/-',
    ]);
  });

  it('not a group every applicant is in', () => {
    expect(read('Lecturer\nPlease send:\n- a CV (for all applicants)\n- a writing sample (for the position)')).toEqual(['cv/required/-', 'writing_sample/required/-']);
  });
});

describe('"if your mother tongue is not ..." in German, Dutch and Swedish', () => {
  it('makes the language proof conditional (before: required, unmarked)', () => {
    expect(read('Promotion\nWenn Ihre Muttersprache nicht Englisch ist, fügen Sie Ihrer Bewerbung bitte einen Nachweis Ihrer Englischkenntnisse bei (z.B. TOEFL, IELTS).')).toContain('language_certificate/required/Wenn Ihre Muttersprache nicht Englisch ist');
    expect(read('Promovendus\nAls je moedertaal niet Engels is, voeg dan een TOEFL-certificaat toe.')).toContain('language_certificate/required/Als je moedertaal niet Engels is');
    expect(read('Doktorand\nOm ditt modersmål inte är engelska, bifoga ett TOEFL-intyg.')).toContain('language_certificate/required/Om ditt modersmål inte är engelska');
  });
});

describe('a list led in "for <kind of> positions:", on a page for several kinds of post', () => {
  const lists = 'Lecturer posts\nThe following documents must be attached to the electronic application for professional positions:\n\n• CV\n\n• Complete publication list\n\nThe following documents must be attached for administrative positions:\n\n• Diploma and certificates\n';

  it('gives its documents the post as a condition, marked for review (before: all required for everyone, unmarked)', () => {
    expect(read(lists)).toEqual(['cv/required/for professional positions', 'publication_list/required/for professional positions', 'diplomas/required/for administrative positions']);
    expect(items(lists).every((i) => i.review === true)).toBe(true);
    expect(importPosting(lists, { today: '2026-12-06' }).review.map((n) => n.reason).join('\n')).toContain('listed for "for professional positions": delete the condition if you apply for such a post, delete the item if not');
  });

  it('in German, and not the one post of a posting ("for this position:")', () => {
    expect(read('Stellen\nFür wissenschaftliche Stellen:\n- Lebenslauf\n- Publikationsliste')).toEqual(['cv/required/Für wissenschaftliche Stellen', 'publication_list/required/Für wissenschaftliche Stellen']);
    expect(read('Assistant Professor\nThe following documents must be attached for this position:\n- CV\n- Publication list')).toEqual(['cv/required/-', 'publication_list/required/-']);
  });
});
