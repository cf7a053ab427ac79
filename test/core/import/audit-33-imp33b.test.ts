/**
 * imp33b (importer audit 16): paper copies are no count, "s'il y a lieu" before a list, nouns of a sentence that asks
 * for nothing, kinds guessed from a loose word, and a list after "who may apply" bullets.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });

describe('N copies of a document', () => {
  it('is one document, marked with the copies (before: "Cuatro copias de currículum vitae" gave a cv with min 4, max 4, unmarked)', () => {
    const r = read('Concurso para cargos en Oftalmología\nLa documentación a presentar es la siguiente:\n- Cuatro copias de currículum vitae con carácter de declaración jurada, debidamente firmados.\n- Una carta de motivación.');
    const cv = r.profile.items.find((i) => i.kind === 'cv');
    expect([cv?.min, cv?.max, cv?.review]).toEqual([undefined, undefined, true]);
    expect(r.review.some((x) => /"Cuatro copias": the posting wants 4 paper copies of this one document/.test(x.reason))).toBe(true);
  });

  it('in French and German: "trois exemplaires du curriculum vitae", "drei Exemplare des Lebenslaufs" (before: min 3, max 3, unmarked)', () => {
    for (const text of [
      'Poste\nLe dossier comprend :\n- trois exemplaires du curriculum vitae ;\n- une lettre de motivation.',
      'Stelle\nBitte senden Sie:\n- drei Exemplare des Lebenslaufs\n- ein Anschreiben',
    ]) {
      const cv = read(text).profile.items[0];
      expect([cv?.kind, cv?.min, cv?.max, cv?.review]).toEqual(['cv', undefined, undefined, true]);
    }
  });

  it('in English the copies are said (before: "three copies of your CV" was an unmarked cv)', () => {
    const r = read('Lecturer\nPlease send three copies of your CV and two letters of recommendation to the office.');
    expect(r.profile.items.map((i) => [i.kind, i.min, i.max, i.review ?? false])).toEqual([
      ['cv', undefined, undefined, true],
      ['references', 2, 2, false],
    ]);
  });
});

describe('"s\'il y a lieu" in the sentence that opens a list', () => {
  const stages = (text: string) => read(text).profile.items.map((i) => `${i.kind}/${i.stage}${i.condition ? ` if ${i.condition}` : ''}`);

  it('makes its entries conditional (before: "la liste des références des publications" was required, unmarked)', () => {
    const text = "Concours\nLe dossier comporte obligatoirement :\n- un curriculum vitae détaillé ;\nEn outre, ce dossier comportera s'il y a lieu :\n- la liste des références des publications du candidat ;\n- une copie de travaux écrits (études, projets, mémoires).";
    expect(stages(text).slice(0, 2)).toEqual(['cv/required', "publication_list/required if s'il y a lieu"]);
  });

  it('with a typographic apostrophe, after the list\'s verb: "Le dossier comprend, s’il y a lieu :" (before: required)', () => {
    const text = 'Poste\nLe dossier comprend, s’il y a lieu :\n- la liste des publications ;\n- une lettre de recommandation.';
    expect(stages(text)).toEqual(["publication_list/required if s'il y a lieu", "references/required if s'il y a lieu"]);
  });
});

describe('the publication of the call in the deadline sentence', () => {
  const kinds = (text: string) => read(text).profile.items.map((i) => `${i.kind}:${i.title}`);

  it('is no document (before: "pubblicazione nella Gazzetta Ufficiale" was a required writing sample, unmarked)', () => {
    const text = 'Art. 4.\nColoro che intendono partecipare alla selezione sono tenuti a presentare domanda in carta semplice entro il termine perentorio delle ore 12 del trentesimo giorno successivo a quello di pubblicazione nella Gazzetta Ufficiale.\nLa domanda deve essere corredata da:\n1) curriculum vitae;\n2) pubblicazioni e/o lavori in corso di stampa.';
    // The "domanda in carta semplice" is the application itself, a document to send (imp33c reads it).
    expect(kinds(text)).toEqual(['other:Domanda in carta semplice', 'cv:Curriculum vitae', 'writing_sample:Pubblicazioni e/o lavori in corso di stampa']);
  });

  it('in another wording: "entro trenta giorni dalla pubblicazione dell\'avviso" (before: a writing sample "Pubblicazione dell\'avviso")', () => {
    expect(kinds("Art. 3.\nI candidati sono tenuti a presentare domanda entro trenta giorni dalla pubblicazione dell'avviso.\nAlla domanda va allegato il curriculum vitae.")).toEqual(['cv:Curriculum vitae']);
  });
});

describe('a description of the research environment', () => {
  it('is no research statement (before: "Description of research environment ..." was an unmarked research_statement)', () => {
    const r = read('PhD scholarship\nThe application must include the following attachments:\n• Student\'s CV\n• Description of research environment and agreements for the planned guidance\n• Budget');
    expect(r.profile.items.map((i) => i.kind)).not.toContain('research_statement');
  });

  it('in another wording: "Description of research infrastructure at the host" (before: research_statement)', () => {
    const r = read('Postdoc\nDocuments to upload:\n- CV\n- Description of research infrastructure at the host');
    expect(r.profile.items.map((i) => i.kind)).not.toContain('research_statement');
  });
});
