/**
 * Leftovers of importer audit round 19 (closing note s18, "Noticed and left alone"): noisy item titles, and a
 * document the applicant sends, fills in or attaches, named in a sentence no item takes, which must be pointed at.
 * Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const titles = (r: ReturnType<typeof read>) => r.profile.items.map((i) => [i.kind, i.title]);

describe('item titles end where the name ends', () => {
  it('drops the question mark of "Do I need to send letters of recommendation?" (before: "Letters of recommendation?")', () => {
    const r = read('Do I need to send letters of recommendation? Yes: two letters of recommendation are required.\nYou upload your CV.');
    expect(titles(r)).toContainEqual(['references', 'Letters of recommendation']);
    expect(titles(read('Must I attach a writing sample? Please send a CV.'))).toContainEqual(['writing_sample', 'Writing sample']);
  });

  it('ends "A CV with official transcripts" before "with" (before: "CV with")', () => {
    const r = read('The application consists of the following parts:\n\n  1. Completed application form.\n  2. A CV with official transcripts that verify that the applicant is eligible. Copies of official diplomas and grade transcripts.');
    expect(titles(r)).toContainEqual(['cv', 'CV']);
    expect(titles(read('Bitte senden Sie einen Lebenslauf mit Zeugnissen.'))[0]).toEqual(['cv', 'Lebenslauf']);
  });

  it('ends "Contact your referees and make sure that ..." before the clause (before: "Referees and make sure")', () => {
    const r = read('Please send a cover letter.\nContact your referees and make sure that they provide their reference letters via the portal.');
    expect(titles(r)).toContainEqual(['references', 'Referees']);
    const fr = read('Envoyez une lettre de motivation et contactez vos référents et assurez-vous que les lettres arrivent à temps.');
    expect(fr.profile.items.map((i) => i.title).some((t) => /assurez/u.test(t))).toBe(false);
  });

  it('leaves a German verb that ends its clause out of the name (before: "Dissertation enthalten")', () => {
    const r = read('Sollte die Promotion unmittelbar vor dem Abschluss stehen, ist eine Bewerbung bereits mit Vorlage von Publikationen, die die Ergebnisse der Dissertation enthalten, möglich;');
    expect(r.profile.items.map((i) => i.title)).not.toContainEqual(expect.stringMatching(/enthalten/u));
    const two = read('Bitte fügen Sie Zeugnisse, die alle Noten enthalten, und einen Lebenslauf bei.');
    expect(two.profile.items.map((i) => i.title)).not.toContainEqual(expect.stringMatching(/enthalten/u));
  });

  it('gives "eine Kopie des Doktordiploms" the nominative title "Doktordiplom" (before: "Doktordiploms")', () => {
    expect(titles(read('Bewerbungsunterlagen: Lebenslauf und eine Kopie des Doktordiploms.'))).toContainEqual(['diplomas', 'Doktordiplom']);
    expect(titles(read('Bitte senden Sie eine Kopie Ihres Lebenslaufs und ein Motivationsschreiben.'))).toContainEqual(['cv', 'Lebenslauf']);
  });
});
