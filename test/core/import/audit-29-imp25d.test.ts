/**
 * Audit 12-06j finding 6: "Please do not send letters of recommendation at this stage; we will contact the referees
 * of shortlisted candidates" refuses the letters (the employer asks the referees): not wanted, with the sentence, and
 * no letters item asked for later (before: a `later` letters item and a required "Referees of shortlisted candidates").
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, {}).profile;

describe('letters refused because the employer contacts the referees', () => {
  it.each([
    ['Lecturer in Law\nPlease send a cover letter and a CV to the Head of School.\nPlease do not send letters of recommendation at this stage; we will contact the referees of shortlisted candidates.', 'letters of recommendation'],
    ['Fellowship\nPlease send a CV and a cover letter. Please do not send reference letters at this stage; referees will be contacted for shortlisted candidates only.', 'reference letters'],
    ['Stelle\nBitte senden Sie Anschreiben und Lebenslauf. Bitte senden Sie noch keine Empfehlungsschreiben; wir kontaktieren Ihre Referenzen selbst.', 'Empfehlungsschreiben'],
  ])('%s', (text, what) => {
    const p = read(text);
    expect(p.items.map((i) => i.kind)).toEqual(expect.not.arrayContaining(['references']));
    expect(p.not_wanted).toContainEqual({ what, kind: 'references', source: text.split('\n').at(-1)?.replace(/^.*?(?=(?:Please do not|Bitte senden Sie noch))/u, '') });
  });

  it('letters refused for now and asked for later from the applicant stay a later item', () => {
    const p = read('Postdoc\nPlease send a CV. Please do not send letters of recommendation at this stage; we will request them from shortlisted candidates.');
    expect(p.items.find((i) => i.kind === 'references')).toMatchObject({ stage: 'later' });
  });
});

/** Audit 12-06j finding 5: lists of cases and step headings are no documents (before: 8 spurious required items on fi-aka). */
describe('scope lists, step headings and scope labels', () => {
  const kinds = (text: string) => read(text).items.map((i) => `${i.kind}:${i.title}${i.condition ? ` [${i.condition}]` : ''}`);

  it.each([
    'Liite 1 A: Hakemuksen liitteet\n\nHakemukseen sisällytetään alla mainitut liitteet silloin kun hakemus koskee\n\n • akatemiahanketta\n • suunnattua akatemiahanketta\n • kliinisten tutkijoiden hakua\n\nPakolliset liitteet:\n\n • tutkimussuunnitelma, enintään 12 sivua\n • aineistonhallintasuunnitelma',
    'Annex\n\nPlease attach the documents below if you apply for\n\n • an Academy project\n • a targeted Academy project\n • clinical researchers\n\nMandatory attachments:\n\n • research plan, max. 12 pages\n • data management plan',
  ])('a list after "when the application concerns" names cases, not documents: %s', (text) => {
    const got = kinds(text);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^research_plan:/u);
    expect(got[1]).toMatch(/^other:(?:Aineistonhallintasuunnitelma|Data management plan)$/iu);
  });

  it.each([
    'PhD Position\nUniversity X\n\n1. Find a supervisor\n\nContact a professor first.\n\n2. Submit your application\n\nThe application must include:\n  - a cover letter\n  - a CV\n  - a writing sample\n\n3. Selection',
    'Liite 1 A\n\nHakemukseen sisällytetään alla mainitut liitteet silloin kun hakemus koskee\n\n • akatemiahanketta\n\n1.    Hakemuksen liitteet, kun haetaan tutkijan tehtävän rahoitusta tai kun kyseessä on yksittäinen hanke\n\nPakolliset liitteet:\n\n • tutkimussuunnitelma\n • hakijan ansioluettelo',
  ])('a numbered heading of a step or of the attachments is no item: %s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('other:'))).toEqual([]);
  });

  it.each([
    ['Pakolliset liitteet:\n\n • tutkimussuunnitelma\n • lisäksi vain akatemiatutkija- ja tutkijatohtorihaussa: suomalainen tutkintotodistus tai englanninkielinen tutkintotodistus ulkomailla suoritetusta tohtorintutkinnosta.', 'diplomas:Tutkintotodistus [lisäksi vain akatemiatutkija- ja tutkijatohtorihaussa]'],
    ['Mandatory attachments:\n\n • research plan\n • additionally, only for postdoctoral applications: a copy of the doctoral degree certificate', 'diplomas'],
  ])('a label naming the call the document is for makes it conditional: %s', (text, want) => {
    const got = kinds(`Ohjeet\n\n${text}`).find((k) => k.startsWith('diplomas'));
    expect(got).toMatch(want.includes('[') ? new RegExp(`^${want.replace(/[[\]]/gu, '\\$&')}$`, 'u') : /^diplomas:.* \[additionally, only for postdoctoral applications\]$/u);
  });
});
