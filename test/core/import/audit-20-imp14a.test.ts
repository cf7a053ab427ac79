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

describe('referees the employer will contact are nothing to send (audit20 #9, P07)', () => {
  const items = (text: string) => read(text).profile.items.filter((i) => i.kind === 'references').map((i) => ({ title: i.title, stage: i.stage }));
  it('"we will contact your referees directly" (before: a second, required references item "Referees")', () => {
    // Not wanted since audit 12-06j 6: the employer asks the referees, so the applicant never sends the letters.
    expect(items('Submit a cover letter and CV as one PDF. Reference letters are not required at this stage; we will contact your referees directly.')).toEqual([]);
    expect(items('Please send a CV. Nous contacterons vos référents directement.')).toEqual([]);
  });

  it('still reads referees the applicant names', () => {
    expect(items('Please also list three referees; we will contact your referees directly.')).toEqual([{ title: 'Referees', stage: 'required' }]);
    expect(items('Please submit the names of three referees, whom we will contact.')).toEqual([{ title: 'Names of three referees', stage: 'required' }]);
  });
});
