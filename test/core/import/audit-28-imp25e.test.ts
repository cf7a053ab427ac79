/**
 * Findings 8, 9 and 11 of the importer audit of 2026-12-06 (round 14, notes/audit-import-2026-12-06j.md): deadlines
 * written "1er octobre", after "Abgabefrist" or as the end of a period to apply in; the example zone of a time with no
 * zone; page caps in "A-4" sheets or said of the single PDF; item titles that ran on into the sentence; letters
 * that hold the referees' contact details.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' });

describe('deadlines the importer did not read (audit #8)', () => {
  it.each([
    ['French "1er"', 'Une demande de bourse comprend un curriculum vitae. Date limite : 1er octobre 2027.', '2027-10-01'],
    ['French "1er", another month', 'Envoyez votre CV et une lettre de motivation. Date limite de candidature : le 1er mars 2027.', '2027-03-01'],
    ['German "Abgabefrist"', 'Bitte senden Sie Antrag und Lebenslauf. Abgabefrist der Bewerbungsunterlagen in 2027: 31. Juli 2027.', '2027-07-31'],
    ['German "Einsendefrist"', 'Bitte senden Sie Ihren Lebenslauf. Einsendefrist: 15. März 2027.', '2027-03-15'],
    ['the end of "apply from ... till ..."', 'This year you can apply from 19 March 2027 till 30 April 2027. For the application you have to submit a CV.', '2027-04-30'],
    ['the end of "applications are accepted from ... until ..."', 'Applications are accepted from 1 February 2027 until 15 March 2027. Please send a CV.', '2027-03-15'],
  ])('%s (before: no deadline)', (_what, text, deadline) => {
    expect(read(text).profile.deadline).toBe(deadline);
  });

  it('a period without a year: the end, marked as assuming the year', () => {
    const r = read('This year you can apply from 19 March till 30 April. For the application you have to submit a CV.');
    expect(r.profile.deadline).toBe('2027-04-30');
    expect(r.review.find((x) => x.path === 'deadline')?.reason).toContain('has no year; assumed 2027');
  });
});

describe('the example zone of a time without one (audit #8)', () => {
  const zoneHint = (text: string) => read(text).review.find((x) => x.path === 'deadline')?.reason ?? '';
  it.each([
    'To apply, potential Fellows should send a two-page proposal before 5 p.m., January 20, 2027.',
    'DEADLINE: Completed applications must be received by email no later than October 3, 2027 at 12:00 pm.',
  ])('an English posting that names no place is not told of Germany: %s', (text) => {
    const hint = zoneHint(text);
    expect(hint).toContain('America/New_York for an employer in New York, or Europe/London for one in London');
    expect(hint).not.toContain('Germany');
  });

  it('a German posting still gets Germany from its language', () => {
    const text = 'Bitte senden Sie die Bewerbung mit Lebenslauf und Zeugnissen an die Stiftung. Die Bewerbungsfrist endet am 15. März 2027 um 12:00 Uhr, bis dahin müssen die Unterlagen für die Bewerbung bei uns sein.';
    expect(zoneHint(text)).toContain('Europe/Berlin if the employer is in Germany (the posting is in German)');
  });
});

describe('page caps in A-4 sheets (audit #9)', () => {
  const items = (text: string) => read(text).profile.items.map((i) => `${i.kind} ${i.max_pages ?? '-'}`);
  it.each([
    ['Applicants should submit a CV and a research proposal of max. 4 A-4, together with a cover letter.', 'research_plan 4'],
    ['Please send a CV and a motivation letter (maximum 2 A-4).', 'motivation_letter 2'],
  ])('%s', (text, want) => {
    expect(items(text)).toContain(want);
  });
});

describe('a page cap said of the single PDF is the packet\'s (audit #9)', () => {
  it.each([
    [['Proposal Guidelines', '- A compliant proposal submission will contain a Proposal Cover Sheet and a Full Proposal Document.', '- The Full Proposal Document must consist of the following in a single PDF document not to exceed 10 pages (12-pt, Times New Roman font; one-inch margins, double-spaced):', '- A description of the overall project', '- CV (2 pages)'].join('\n'), 10],
    ['Please send your cover letter, CV and research statement as a single PDF file of no more than 12 pages.', 12],
  ])('%s', (text, pages) => {
    expect(read(text).profile.submission.max_pages).toBe(pages);
  });
});

describe('item titles end where the document\'s name does (audit #11)', () => {
  const titles = (text: string) => read(text).profile.items.map((i) => `${i.kind} ${i.title}`);
  it.each([
    ['Please send a cover letter and a CV to the Head of School.', 'cv CV'],
    ['Applicants should e-mail a research proposal to Professor Smith.', 'research_plan Research proposal'],
    ['To apply, potential Fellows should send a two-page proposal to before 5 p.m., January 20, 2027.', 'research_plan Two-page proposal'],
    [['Please submit the following documents:', '- A CV', '- Your academic qualifications including in progress qualifications and IELTS if English is not your first language'].join('\n'), 'language_certificate IELTS'],
    ['Please include a TOEFL certificate unless you studied in English.', 'language_certificate TOEFL certificate'],
    [['Le dossier comprend :', '  • un curriculum vitae détaillé mentionnant notamment les grades obtenus durant les études antérieures ;', '  • un projet de recherche.'].join('\n'), 'cv Curriculum vitae détaillé'],
    ['Please send a detailed CV mentioning your teaching experience and a research project.', 'cv Detailed CV'],
    ['3. Hakemuskirjeen liitteiksi pyydetään tutkimussuunnitelma, kustannusarvio, cv, tutkintotodistus tai opintorekisteriote sekä mahdolliset suositukset (tarkista pyydetyt liitteet hakujulistuksesta).', 'cover_letter Hakemuskirje'],
    [['How to apply:', '  • Collect transcripts from all undergraduate institutions you have attended.', '  • Upload a CV.'].join('\n'), 'transcript Transcripts from all undergraduate institutions'],
  ])('%s', (text, want) => {
    expect(titles(text)).toContain(want);
  });
});

describe('letters that hold the referees\' contact details are letters (audit #11)', () => {
  const accepts = (text: string) => read(text).profile.items.find((i) => i.kind === 'references')?.accepts;
  it.each([
    [['Ansökan ska innehålla:', '  • CV', '  • Referensbrev (inklusive kontaktuppgifter) från två referenspersoner, i första hand dina tidigare lärare eller handledare.'].join('\n')],
    ['Please send a CV and two letters of recommendation (including the contact details of the writers).'],
  ])('%s', (text) => {
    expect(accepts(text)).toEqual(['letter']);
  });
});
