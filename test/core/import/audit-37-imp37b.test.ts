/**
 * Importer leftovers from the closing note of session 17 (task imp37b): examples after "z.B."/"e.g." read as documents
 * of their own, and Catalan "En cas d'..." not read as a condition. Each as a short posting and in a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const reasons = (r: ReturnType<typeof read>) => r.review.map((x) => `${x.path}: ${x.reason}`).join(' | ');

describe('examples after "z.B.", "e.g.", "par exemple" name one document\'s forms, not documents (leftover 2)', () => {
  it('reads "Sprachnachweise (z.B. TOEFL, IELTS, GRE Scores)" as one item and points at no "GRE Scores" (before: a pointer at it)', () => {
    const r = read('Bewerbungsunterlagen:\n- Lebenslauf\n- Motivationsschreiben\n- Sprachnachweise (z.B. TOEFL, IELTS, GRE Scores)\nBewerbungsschluss: 20. Februar 2027.', 'Doktorand (m/w/d) Informatik');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter', 'language_certificate']);
    expect(reasons(r)).not.toMatch(/GRE/u);
  });

  it('reads the French "un certificat de langue (par exemple TOEFL, IELTS, scores GRE)" the same way', () => {
    const r = read("Merci d'envoyer un CV, une lettre de motivation et un certificat de langue (par exemple TOEFL, IELTS, scores GRE).\nDate limite : 20 février 2027.", 'Doctorant en informatique');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter', 'language_certificate']);
    expect(reasons(r)).not.toMatch(/GRE/u);
  });

  it('reads "proof of English proficiency, e.g. TOEFL, IELTS or GRE scores, to ..." as one item (before: "GRE scores" an item of its own)', () => {
    const r = read('Please send a CV, a cover letter and proof of English proficiency, e.g. TOEFL, IELTS or GRE scores, to jobs@example.org.\nDeadline: 20 February 2027.', 'PhD position in Data Science');
    expect(r.profile.items.map((i) => [i.kind, i.title])).toEqual([
      ['cv', 'CV'],
      ['cover_letter', 'Cover letter'],
      ['language_certificate', 'Proof of English proficiency'],
    ]);
  });

  it('still points at an example after a word for documents in general ("any other documents (e.g. GRE scores)")', () => {
    const r = read('Please send a CV, a cover letter and any other documents (e.g. GRE scores) to jobs@example.org.\nDeadline: 20 February 2027.', 'PhD position in Data Science');
    expect(reasons(r)).toMatch(/names a document no item lists \("GRE scores"\)/u);
  });
});

describe('"En cas d\'..." says whom a Catalan document is for (leftover 3)', () => {
  it('reads "En cas d\'estudis cursats a l\'estranger, l\'homologació del títol" with its condition (before: an item titled "Cas d\'estudis ...")', () => {
    const r = read("Documentació:\n- Currículum vitae\n- Títol de grau\n- En cas d'estudis cursats a l'estranger, l'homologació del títol.\nTermini: 20 de febrer de 2027.", 'Contracte predoctoral');
    const item = r.profile.items[2];
    expect(item?.title).toMatch(/homologació del títol/iu);
    expect(item?.condition).toBe("En cas d'estudis cursats a l'estranger");
  });

  it('reads a second wording, "En el cas d\'estudiants estrangers, el passaport"', () => {
    const r = read("Cal adjuntar:\n- Currículum vitae\n- En el cas d'estudiants estrangers, còpia del passaport.\nTermini: 20 de febrer de 2027.", 'Contracte predoctoral');
    const item = r.profile.items.find((i) => i.condition !== undefined);
    expect(item?.condition).toBe("En el cas d'estudiants estrangers");
  });

  it('still reads the Spanish "En caso de estudios realizados en el extranjero" as a condition', () => {
    const r = read('Documentación:\n- Currículum vitae\n- Título de grado\n- En caso de estudios realizados en el extranjero, la homologación del título.\nPlazo: 20 de febrero de 2027.', 'Contrato predoctoral');
    expect(r.profile.items[2]?.condition).toBe('En caso de estudios realizados en el extranjero');
  });
});
