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

describe('documents for the interview, in a list of their own (audit12 #1)', () => {
  const stages = (text: string) => read(text).profile.items.map((i) => `${i.kind}:${i.stage}${i.condition ? `?${i.condition}` : ''}`);

  it('reads "Documents required for the interview:" as later and the first stage as required (before: all required, with the headings as conditions)', () => {
    const text =
      'Documents required for the first stage (online):\n\n  1. application form\n  2. research proposal\n  3. motivation letter\n  4. CV\n\nDocuments required for the interview:\n\n  1. copy of your master\'s diploma\n  2. copy of your passport\n  3. two passport photographs\n  4. language certificate (B2)\n\nDeadline: 5 July 2027.\n';
    expect(stages(text)).toEqual(['other:required', 'research_plan:required', 'motivation_letter:required', 'cv:required', 'diplomas:later', 'other:later', 'other:later', 'language_certificate:later']);
  });

  it('reads a Polish interview list under a heading and a note in parentheses as later, its entry\'s "w przypadku" included', () => {
    const text =
      'Dokumenty wymagane do przystąpienia do drugiego etapu rekrutacji (online):\n\n  1. list motywacyjny\n  2. życiorys kandydata.\n\nDokumenty wymagane do przystąpienia do Rozmowy Kwalifikacyjnej\n\n(UWAGA: konieczna rejestracja nie później niż do 5 lipca)\n\n  1. kserokopię obu stron dowodu osobistego lub paszportu;\n  2. uwierzytelniony odpis dyplomu ukończenia studiów magisterskich (albo w przypadku magistrantów tegorocznych – zaświadczenie wystawione przez dziekanat);\n  3. 2 fotografie\n';
    expect(stages(text)).toEqual(['motivation_letter:required', 'cv:required', 'other:later', 'diplomas:later', 'other:later']);
  });

  it('reads the family in other words and languages as later', () => {
    const later = (text: string) => stages(text).slice(2);
    expect(later('Documents required for the first round:\n\n- CV\n- Motivation letter\n\nDocuments to bring to the interview:\n\n- Copy of your passport\n- Copy of your diploma\n')).toEqual(['other:later', 'diplomas:later']);
    expect(later('Please submit a CV and a motivation letter.\n\nShortlisted candidates: please bring the following to the interview:\n\n- Copy of your passport\n- Copy of your diploma\n')).toEqual(['other:later', 'diplomas:later']);
    // "Abschlusszeugnisses" (genitive) is the diploma since round 12's fixes, as in the other languages.
    expect(later('Bitte senden Sie folgende Unterlagen:\n\n- Lebenslauf\n- Motivationsschreiben\n\nUnterlagen für das Vorstellungsgespräch:\n\n- Kopie des Reisepasses\n- Kopie des Abschlusszeugnisses\n')).toEqual(['other:later', 'diplomas:later']);
    expect(later('Stuur de volgende documenten mee:\n\n- cv\n- motivatiebrief\n\nDocumenten voor het sollicitatiegesprek:\n\n- kopie van je paspoort\n- kopie van je diploma\n')).toEqual(['other:later', 'diplomas:later']);
    expect(later('Ansökan ska innehålla:\n\n- CV\n- Personligt brev\n\nHandlingar till intervjun:\n\n- Kopia av pass\n- Kopia av examensbevis\n')).toEqual(['other:later', 'diplomas:later']);
    expect(later('Hakemukseen tulee liittää:\n\n- CV\n- motivaatiokirje\n\nHaastattelua varten tarvittavat asiakirjat:\n\n- passin kopio\n- tutkintotodistus\n')).toEqual(['other:later', 'diplomas:later']);
    expect(later("Le dossier de candidature comprend :\n\n- un CV\n- une lettre de motivation\n\nDocuments à apporter lors de l'entretien :\n\n- copie du passeport\n- copie du diplôme\n")).toEqual(['other:later', 'diplomas:later']);
    expect(later('La domanda deve contenere:\n\n- curriculum vitae\n- lettera di motivazione\n\nDocumenti da presentare in sede di colloquio:\n\n- copia del passaporto\n- copia del diploma di laurea\n')).toEqual(['other:later', 'diplomas:later']);
  });

  it('keeps a document that is only discussed or presented at the interview required now', () => {
    expect(stages('Applicants must submit a CV and a research proposal. The research proposal will be presented at the interview.\n')).toEqual(['cv:required', 'research_plan:required']);
    expect(stages('Please send a CV and a cover letter. Your CV will be discussed at the interview.\n')).toEqual(['cv:required', 'cover_letter:required']);
  });
});

describe('references that others send or are asked for (audit12 #8)', () => {
  const refs = (text: string) => read(text).profile.items.find((i) => i.kind === 'references');

  it('reads "the two referees named on application will be contacted for letters of reference" as two referees (before: two letters, unmarked)', () => {
    const r = refs('Please submit a CV and a research proposal. If all criteria are met, the application will be sent to two external experts, and the two referees named on application will be contacted for letters of reference.\n');
    expect(r?.accepts).toEqual(['referee']);
    expect([r?.min, r?.max]).toEqual([2, 2]);
  });

  it('marks the references when the posting leaves them out of what the applicant submits (before: required, unmarked)', () => {
    const text =
      'Applications must be supported by an academic reference from a referee who is familiar with your work.\n\nApplications and required supporting documentation (with the exception of a softcopy Reference and External Assessor Report) must be submitted through the e-recruitment system by the closing date.\n';
    const r = read(text);
    const ref = r.profile.items.find((i) => i.kind === 'references');
    expect(ref?.review).toBe(true);
    expect(r.review.find((n) => n.path.endsWith('.sent_by'))?.reason).toContain('with the exception of a softcopy Reference');
    const de = read('Bitte senden Sie einen Lebenslauf und zwei Empfehlungsschreiben. Alle Unterlagen mit Ausnahme der Empfehlungsschreiben sind über das Portal einzureichen.\n');
    expect(de.profile.items.find((i) => i.kind === 'references')?.review).toBe(true);
  });

  it('leaves references the applicant submits unmarked', () => {
    expect(refs('Please submit a CV and two letters of recommendation through the portal.\n')?.review).toBeUndefined();
  });
});
