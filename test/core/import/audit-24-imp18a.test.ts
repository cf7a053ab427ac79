/**
 * Findings of the black-box audit of 2026-12-06g (round 11) given to imp18a: restriction clauses read as not-wanted
 * documents (#1) and one document named twice read as two items (#3). Each as a short posting in the audit's words,
 * then in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const refused = (text: string) => (read(text).profile.not_wanted ?? []).map((n) => [n.what, n.kind ?? 'other']);

describe('a refusal of documents beyond those asked for refuses no kind (audit #1, sep-becas)', () => {
  it('reads the recommendation entry whose clause says "no se aceptarán otras cartas" as the letter, not as letters not wanted (before: not_wanted cartas de recomendación)', () => {
    const p = read(
      'Documentación requerida:\n\n- Solicitud de beca debidamente llenada y firmada (BC_solbec.pdf)\n- Recomendación académica de un profesor o investigador de la universidad de la cual es egresado, no se aceptarán otras cartas de recomendación (BC_recac.pdf)\n',
    ).profile;
    expect(p.not_wanted).toBeUndefined();
    const letter = p.items.find((i) => i.kind === 'references');
    expect(letter?.title).toBe('Recomendación académica de un profesor o investigador de la universidad de la cu');
    expect(letter?.accepts).toEqual(['letter']);
  });

  it('refuses nothing for "other", "additional", "weiteren", "d\'autres", "andere" documents of a kind, in prose or list entries', () => {
    for (const s of [
      'Please send a CV and one letter of recommendation. Do not send additional reference letters.',
      'Please send a CV and one letter of recommendation. Please do not send any other letters.',
      'Bitte senden Sie einen Lebenslauf und ein Empfehlungsschreiben. Bitte keine weiteren Empfehlungsschreiben beifügen.',
      'Veuillez envoyer un CV et une lettre de recommandation. Ne pas envoyer d\'autres lettres de recommandation.',
      'Stuur een cv en een aanbevelingsbrief. Stuur geen andere aanbevelingsbrieven mee.',
    ]) {
      const p = read(s).profile;
      expect(p.not_wanted ?? [], s).toEqual([]);
      expect(p.items.map((i) => i.kind), s).toEqual(['cv', 'references']);
    }
  });

  it('still refuses the kind a refusal names beside other documents ("no photos or other letters": the photos only)', () => {
    expect(refused('Please send a CV and a cover letter. Do not send photos or other letters.')).toEqual([['photos', 'other']]);
    expect(refused('Please send a CV and a cover letter. Please do not send reference letters.')).toEqual([['reference letters', 'references']]);
  });
});

describe('a rule about how files are named or made is no document not wanted (audit #1, ovac-fellowship)', () => {
  it('reads no not_wanted from "do not include spaces or special characters in file names" (before: not_wanted spaces)', () => {
    expect(refused('Please upload ten JPEG images and a resume. Please do not include spaces or special characters in file names.')).toEqual([]);
  });

  it('nor from the same rule in other words and languages, or a file format', () => {
    for (const s of [
      'Do not use umlauts or special characters in the file name.',
      'Bitte keine Sonderzeichen im Dateinamen verwenden; bitte nicht senden: Leerzeichen.',
      "N'envoyez pas de fichiers avec des caractères spéciaux dans les noms de fichiers.",
      'Please do not send your CV in Word format.',
      'Please do not password-protect your PDF files.',
    ]) expect(refused(`Please send a CV and a cover letter. ${s}`), s).toEqual([]);
  });
});

describe('an entry never refuses its own document (audit #1)', () => {
  it('drops the refusal of the entry\'s own kind ("Teaching statement; do not include teaching statements by others") (before: not_wanted beside the item)', () => {
    const p = read('Application documents:\n\n- CV\n- Teaching statement; do not include teaching statements written by others\n').profile;
    expect(p.items.map((i) => i.kind)).toEqual(['cv', 'teaching_statement']);
    expect(p.not_wanted).toBeUndefined();
  });

  it('keeps letters refused beside referees asked for by contact details, and marks a refusal of a kind listed elsewhere', () => {
    const r = read('Application documents:\n\n- CV\n- The names and contact information for three references. DO NOT attach reference letters to your application.\n');
    expect(r.profile.not_wanted?.map((n) => n.kind)).toEqual(['references']);
    const marked = read('Please send a CV, a cover letter and a writing sample. Do not send writing samples.');
    expect(marked.profile.review).toBe(true);
    expect(marked.review).toContainEqual({ path: 'not_wanted', reason: '"writing samples" is read as not wanted, but the items also list "Writing sample" (writing_sample): check which the posting means' });
  });
});

describe('one document named twice is one item, or the second is marked (audit #3)', () => {
  it('merges "Referee reports" of a step list and "Referee Reports" of the recap checklist under it (csl; before: references and references_2)', () => {
    const p = read(
      'How to apply:\n\n  • STEP 3: Prepare your application including:\n    1. Referee reports as detailed in the Referees Guideline\n    2. Full CV\n  • STEP 5: Check you have included the following:\n    • Full CV\n    • List of Publications\n    • Referee Reports\n',
    ).profile;
    expect(p.items.map((i) => i.id)).toEqual(['references', 'cv', 'publication_list']);
  });

  it('merges the CV of two ways to apply, keeping the plainer title (fdcw; before: cv and cv_2 "CV to the programme officer")', () => {
    const p = read(
      'There are two ways to apply:\n\n  1. You can send us your (brief) ideas for a PhD project together with a CV.\n  2. You can express your interest in one of the research suggestions by submitting a CV to the programme officer.\n',
    ).profile;
    expect(p.items.filter((i) => i.kind === 'cv').map((i) => [i.id, i.title])).toEqual([['cv', 'CV']]);
  });

  it('marks a second item of one kind whose title names another document, and keeps it', () => {
    const r = read('Application documents:\n\n- Cover letter\n- CV\n- Motivation statement written as a letter to the committee\n- Research statement\n- Summary of your research interests\n');
    const ids = r.profile.items.map((i) => i.id);
    expect(ids).toContain('research_statement_2');
    const i = ids.indexOf('research_statement_2');
    expect(r.profile.items[i]?.review).toBe(true);
    expect(r.review).toContainEqual({ path: `items[${i}]`, reason: '"Summary of your research interests" may be "Research statement" named again ("Summary of your research interests"), both read as research_statement: if the posting names one document twice, delete this item; if it asks for two, keep both, and change this one\'s kind if it is no research_statement' });
  });

  it('leaves two documents of one kind alone when they are for two degrees or the posting asks for another one', () => {
    const degrees = read('Application documents:\n\n- B.Sc. thesis\n- M.Sc. thesis\n- CV\n');
    expect(degrees.profile.items.map((i) => [i.id, i.review ?? false])).toEqual([
      ['thesis', false],
      ['thesis_2', false],
      ['cv', false],
    ]);
    const another = read('Application documents:\n\n- Letter of recommendation from your supervisor\n- Another letter of recommendation from a second referee\n- CV\n');
    expect(another.review.filter((x) => /named again/u.test(x.reason))).toEqual([]);
  });
});
