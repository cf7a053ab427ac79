/**
 * Leftovers of findings 2, 3 and 9 of the black-box audit of 2026-12-06 (round 9, audit20): referees to name in other
 * languages, referees the employer will contact, and one head noun shared by two documents. Each as a short posting in
 * the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const refs = (text: string) =>
  read(text)
    .profile.items.filter((i) => i.kind === 'references')
    .map((i) => ({ title: i.title, accepts: i.accepts, min: i.min, max: i.max }));

describe('a request to name referees, in other languages (audit20 #3)', () => {
  const two = (title: string) => [{ title, accepts: ['referee'], min: 2, max: 2 }];
  it('in a sentence (before: no references item in Dutch, Swedish, German, French, Finnish)', () => {
    expect(refs('Stuur een motivatiebrief en een CV. Noem twee referenten.')).toEqual(two('Referenten'));
    expect(refs('Skicka ett personligt brev och CV. Ange två referenter.')).toEqual(two('Referenter'));
    expect(refs('Senden Sie ein Anschreiben und einen Lebenslauf. Nennen Sie zwei Referenzen.')).toEqual(two('Referenzen'));
    expect(refs('Bitte senden Sie einen Lebenslauf. Bitte geben Sie zwei Referenzpersonen an.')).toEqual(two('Referenzpersonen'));
    expect(refs('Envoyez une lettre de motivation et un CV. Indiquez deux référents.')).toEqual(two('Référents'));
    expect(refs('Lähetä CV ja hakemuskirje. Nimeä kaksi suosittelijaa.')).toEqual(two('Suosittelijaa'));
  });

  it('as an entry of the documents list (before: none in Swedish, an unrecognized item in French, letters or contacts elsewhere)', () => {
    const list = (entry: string) => refs(`Application documents:\n\n- CV\n- Cover letter\n- ${entry}`);
    expect(list('Ange två referenter')).toEqual(two('Referenter'));
    expect(list('Indiquez deux référents')).toEqual(two('Référents'));
    expect(list('Noem twee referenten')).toEqual(two('Referenten'));
    expect(list('Nimeä kaksi suosittelijaa')).toEqual(two('Suosittelijaa'));
  });

  it('leaves a lone "référent" that is a contact person alone', () => {
    expect(refs('Envoyez un CV. Le référent handicap est M. Dupont.')).toEqual([]);
    // What the CV should state, not a document of its own.
    expect(refs('Bifoga CV.\n\nI ditt CV redovisas uppgifter om:\n\n- språk;\n- referenser: ange minst två referenter')).toEqual([]);
  });
});
