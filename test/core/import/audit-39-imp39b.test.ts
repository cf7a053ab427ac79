/**
 * Importer leftovers of audit round 19 (notes/audit-import-2026-12-07a.md): German refusals with "keine", diplomas
 * named inside a compound or after "copy of", a document named in a Spanish parenthesis, and letters and referees
 * counted apart. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const kinds = (r: ReturnType<typeof read>) => r.profile.items.map((i) => i.kind);

describe('a German refusal with "keine" refuses what it names (leftover 1)', () => {
  it('reads "Bitte senden Sie keine Publikationen oder Empfehlungsschreiben" as not wanted (before: the letters were a required item)', () => {
    const r = read('Bitte senden Sie Ihre Bewerbung mit Anschreiben, Lebenslauf und Zeugnissen an jobs@example.de.\nBitte senden Sie keine Publikationen oder Empfehlungsschreiben.');
    expect(kinds(r)).toEqual(['cover_letter', 'cv', 'diplomas']);
    expect(r.profile.not_wanted?.map((x) => [x.kind, x.what])).toEqual([['writing_sample', 'Publikationen'], ['references', 'Empfehlungsschreiben']]);
  });

  it('keeps "Wir akzeptieren keine Papierbewerbungen" in the notes, no document refused', () => {
    const r = read('Bitte senden Sie einen Lebenslauf und ein Motivationsschreiben.\nWir akzeptieren keine Papierbewerbungen.');
    expect(r.profile.notes).toContain('Wir akzeptieren keine Papierbewerbungen.');
    expect(r.profile.not_wanted ?? []).toEqual([]);
  });

  it('reads "Wir benötigen keine Empfehlungsschreiben" as a refusal of the letters', () => {
    const r = read('Bitte senden Sie einen Lebenslauf und ein Anschreiben. Wir benötigen keine Empfehlungsschreiben.');
    expect(kinds(r)).not.toContain('references');
    expect(r.profile.not_wanted?.map((x) => x.kind)).toEqual(['references']);
  });
});

describe('a diploma named inside a German compound is a diploma (leftover 2)', () => {
  it('reads "Vorzulegen ist eine Kopie des Doktordiploms" as the diplomas item (before: dropped)', () => {
    const r = read('Bewerbungsunterlagen: Bitte senden Sie einen Lebenslauf und ein Anschreiben. Vorzulegen ist eine Kopie des Doktordiploms.');
    expect(kinds(r)).toEqual(['cv', 'cover_letter', 'diplomas']);
  });

  it('reads "Kopie des Masterdiploms" and "des Doktorzeugnisses" in a list, and the French "copie du diplôme de doctorat"', () => {
    expect(kinds(read('Bitte senden Sie einen Lebenslauf, eine Kopie des Masterdiploms und ein Motivationsschreiben.'))).toEqual(['cv', 'diplomas', 'motivation_letter']);
    expect(kinds(read('Bitte senden Sie einen Lebenslauf und eine Kopie des Doktorzeugnisses.'))).toEqual(['cv', 'diplomas']);
    expect(kinds(read('Il faut joindre un CV et une copie du diplôme de doctorat.'))).toEqual(['cv', 'diplomas']);
  });
});

describe('papers named alone in a parenthesis are pointed at (leftover 3)', () => {
  const pointers = (r: ReturnType<typeof read>) => r.review.filter((x) => x.path === 'items').map((x) => x.reason);

  it('points at "certificados correspondientes" in "currículum vitae (acompañado de los certificados correspondientes)" (before: dropped silently)', () => {
    const r = read('Los interesados deberán enviar su currículum vitae (acompañado de los certificados correspondientes) y una carta de motivación a rrhh@example.es.');
    expect(kinds(r)).toEqual(['cv', 'motivation_letter']);
    expect(pointers(r).join(' | ')).toContain('the posting also names a document no item lists ("certificados correspondientes")');
  });

  it('points at "(certificados)" and at English "(accompanied by the relevant certificates)", but not at certificates beside a diplomas item', () => {
    expect(pointers(read('Envíe su currículum vitae (certificados) y una carta de motivación.')).join(' | ')).toContain('("certificados")');
    expect(pointers(read('Applicants should send their CV (accompanied by the relevant certificates) and a cover letter.')).join(' | ')).toContain('("certificates")');
    expect(pointers(read('Applicants should send their CV (accompanied by the relevant certificates), copies of their degree certificates and a cover letter.')).join(' | ')).not.toContain('("certificates")');
  });
});
