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

  it('reads "Bitte keine Publikationen oder Gutachten beifügen" as a refusal, not "Bitte keine Sonderzeichen im Dateinamen verwenden"', () => {
    const r = read('Bitte senden Sie einen Lebenslauf und ein Anschreiben. Bitte keine Publikationen oder Gutachten beifügen.');
    expect(kinds(r)).toEqual(['cv', 'cover_letter']);
    expect(r.profile.not_wanted?.map((x) => x.kind)).toEqual(['writing_sample', 'references']);
    expect(read('Bitte senden Sie einen Lebenslauf. Bitte keine Sonderzeichen im Dateinamen verwenden.').profile.not_wanted).toBeUndefined();
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

describe('letters and referees counted apart in one request (leftover 4)', () => {
  const refs = (r: ReturnType<typeof read>) => r.profile.items.find((i) => i.kind === 'references');
  const minMark = (r: ReturnType<typeof read>) => r.review.find((x) => /^items\[\d+\]\.min$/u.test(x.path))?.reason;

  it('gives "2 letters of recommendation and the names ... of 3 referees" the letters\' count, marked with both (before: 2, unmarked)', () => {
    const r = read('Applicants are required to submit the following documents:\n- A curriculum vitae.\n- Two letters of recommendation, together with the names and contact details of three referees.');
    expect([refs(r)?.min, refs(r)?.max, refs(r)?.review]).toEqual([2, 2, true]);
    expect(minMark(r)).toBe('the posting counts 2 letters ("Two letters") and 3 referees ("three referees"): read as 2 letters; check how many referees to name');
  });

  it('reads CEU\'s "three referees (... two of the referees to send their recommendations ...)" as 2 letters (before: 3, unmarked)', () => {
    const r = read('Applicants are required to submit the following documents:\n- A comprehensive curriculum vitae (C.V.).\n- The names and contact details of three referees (candidates should arrange for two of the referees to send their recommendations directly to CEU).');
    expect([refs(r)?.min, refs(r)?.max]).toEqual([2, 2]);
    expect(minMark(r)).toContain('2 letters ("two of the referees") and 3 referees ("three referees")');
  });

  it('marks German "zwei Empfehlungsschreiben und die Kontaktdaten von drei Referenzen", and leaves one count alone unmarked', () => {
    const r = read('Bitte senden Sie einen Lebenslauf, zwei Empfehlungsschreiben und die Kontaktdaten von drei Referenzen.');
    expect(refs(r)?.min).toBe(2);
    expect(minMark(r)).toContain('2 letters ("zwei Empfehlungsschreiben") and 3 referees ("drei Referenzen")');
    expect(minMark(read('Please submit a CV and three letters of recommendation from three referees.'))).toBeUndefined();
  });
});
