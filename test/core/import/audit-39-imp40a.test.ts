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

describe('a form or certificate the applicant sends is pointed at when no item takes it', () => {
  const names = (r: ReturnType<typeof read>) => (r.unlisted ?? []).map((u) => u.name);

  it('points at "Please fill out this form which should be sent with a one-page proposal" (before: neither an item nor pointed at)', () => {
    const r = read('Please fill out this form which should be sent with a max. one page project proposal to the management. Please send your form in time for the deadline.');
    expect(names(r)).toEqual(['Form']);
    expect(names(read('Bitte füllen Sie das beiliegende Formular aus und senden Sie es mit einem Lebenslauf.'))).toContain('Beiliegende Formular');
  });

  it('points at the Italian "il candidato invierà un certificato dell\'Università" under a list of documents', () => {
    const r = read("Le domande dovranno essere corredate dai seguenti documenti:\na) certificato di nascita;\nPer gli studenti di anni successivi al primo, il candidato invierà un certificato dell'Università, in carta libera, con tutti gli esami superati;\nb) certificato dello stato di famiglia.");
    expect(names(r)).toContain("Certificato dell'Università");
    expect(names(read('Envoyez votre CV. Les candidats boursiers doivent remplir cette déclaration de bourse avant le 1er mars.'))).toEqual(['Déclaration de bourse']);
  });

  it('does not point at a form the employer sends, or one the posting refuses', () => {
    expect(names(read('Please send a CV. We will send a form to the shortlisted candidates.'))).toEqual([]);
    expect(names(read('Please send a CV. Do not send a certificate of enrolment.'))).toEqual([]);
  });
});
