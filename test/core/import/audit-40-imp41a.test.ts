/**
 * Importer audit round 20 (notes/audit-import-2026-12-07c.md), findings 1-2: a list of documents the importer did
 * not take for one was dropped without a word when an item had been read elsewhere on the page. Each as a short
 * posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const titles = (r: ReturnType<typeof read>) => r.profile.items.map((i) => i.title);
/** The reason that lists the documents no item lists, or '' when there is none. */
const pointers = (r: ReturnType<typeof read>) => r.review.find((x) => /no item lists/.test(x.reason))?.reason ?? '';

describe('a Dutch "dient u de volgende bijlagen toe te voegen:" opens a list of documents (finding 1)', () => {
  it('reads each attachment under it as an item (before: only "Aanvraagformulier", taken from the opener)', () => {
    const r = read(
      'Naast het aanvraagformulier dient u de volgende bijlagen toe te voegen:\n\n  • Projectbegroting inclusief dekkingsplan en toelichting\n  • Een actueel uittreksel KvK\n  • De statuten\n  • Het meest recente jaarverslag inclusief jaarrekening',
      'Belangrijke informatie',
    );
    expect(titles(r)).toEqual(['Aanvraagformulier', 'Projectbegroting inclusief dekkingsplan en toelichting', 'Actueel uittreksel KvK', 'Statuten', 'Meest recente jaarverslag inclusief jaarrekening']);
  });

  it('points at each entry of a list under "Bijlagen bij de aanvraag:" that gave no item, though a CV was read above it', () => {
    const r = read('Stuur uw cv naar info@example.nl.\n\nBijlagen bij de aanvraag:\n  • Projectbegroting inclusief dekkingsplan\n  • Een actueel uittreksel KvK\n  • De statuten', 'Beurs');
    expect(pointers(r)).toBe('the posting also names 3 documents no item lists ("Projectbegroting inclusief dekkingsplan", "Een actueel uittreksel KvK", "De statuten"); add each one if the posting asks for them');
  });

  it('does not point at a "Topics of interest include:" list beside the documents read', () => {
    const r = read('Please send a CV and a cover letter to jobs@example.org.\n\nTopics of interest include:\n  • Nonlinear optics and frequency combs\n  • Quantum sensing with cold atoms\n  • Integrated photonics', 'Postdoc in optics');
    expect(titles(r)).toEqual(['CV', 'Cover letter']);
    expect(pointers(r)).toBe('');
  });
});

describe('a table of documents numbered "D1) ... D11)" is pointed at entry by entry (finding 2)', () => {
  it('points at D3-D5, which gave no item, beside the CV read from D2 (before: only the work plan)', () => {
    const r = read(
      'D1) Work plan description : According to the template available. doc Yes\nD2) Curriculum Vitae : Curriculum vitae of the applicant. doc Yes\nD3) Academic Certification : Official certification of academic studies. No Yes\nD4) History of the research group receptor. Use of the template is compulsory. doc Yes\nD5) Declaration by the sponsor researcher to endorse the application. No Yes',
      'Guide for applicants doc',
    );
    expect(titles(r)).toEqual(['Curriculum Vitae']);
    expect(pointers(r)).toBe(
      'the posting also names 4 documents no item lists (research_plan ("Work plan"), "Academic Certification", "History of the research group receptor", "Declaration by the sponsor researcher to endorse the…"); add each one if the posting asks for them',
    );
  });

  it('reads "P1) ... P5)" with a "Mandatory: Yes" column the same way, but not "B1:", "B2:", "B3:" language levels', () => {
    const r = read(
      'Documents for the application\n\nP1) Project description: according to the template. Mandatory: Yes\nP2) Curriculum Vitae of the applicant. Mandatory: Yes\nP3) History of the host research group. Mandatory: Yes\nP4) Endorsement by the host supervisor. Mandatory: Yes\nP5) Ethics self-assessment. Mandatory: No',
      'Fellowship call',
    );
    expect(pointers(r)).toBe(
      'the posting also names 4 documents no item lists (research_plan ("Project description"), "History of the host research group", "Endorsement by the host supervisor", "Ethics self-assessment"); add each one if the posting asks for them',
    );
    const levels = read('Please send a CV and a cover letter to jobs@example.org.\n\nLanguage levels:\nB1: basic working knowledge\nB2: independent user\nB3: fluent', 'PhD position');
    expect(pointers(levels)).toBe('');
  });
});
