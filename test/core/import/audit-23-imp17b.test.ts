/**
 * Values `packet profile import` wrote without a review mark though it guessed (task imp17b): a deadline's time with
 * no zone, a document due "at the latest" when the employment starts, and a limit read but given to no item.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { localTimeReason as local } from '../../helpers/import-reasons.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const reasons = (text: string, path: string) => read(text).review.filter((r) => r.path === path).map((r) => r.reason);

describe('a deadline with a time and no zone is marked, in every language', () => {
  const cases: [string, string, string][] = [
    ['en', 'PhD position in Physics\n\nPlease submit a CV and a cover letter.\n\nClosing date: 15 January 2027, 17:00', '17:00'],
    ['de', 'Doktorand (m/w/d)\n\nBitte senden Sie einen Lebenslauf und ein Anschreiben.\n\nBewerbungsschluss ist der 15.01.2027, 12 Uhr.', '12:00'],
    ['sv', 'Doktorand\n\nAnsökan ska innehålla CV och personligt brev.\n\nSista ansökningsdag 2027-01-15 kl. 23.59.', '23:59'],
    ['fr', 'Doctorant\n\nLe dossier doit comporter un CV et une lettre de motivation.\n\nDate limite : 15 janvier 2027 à 17h.', '17:00'],
  ];
  for (const [lang, text, time] of cases) {
    it(`keeps the time as written and says it is the posting's local time (${lang})`, () => {
      const r = read(text);
      expect(r.profile.deadline).toBe(`2027-01-15T${time}`);
      expect(r.profile.review).toBe(true);
      expect(reasons(text, 'deadline')).toEqual([local('2027-01-15', time)]);
      expect(r.yaml).toContain(`# REVIEW: ${local('2027-01-15', time)}\ndeadline: 2027-01-15T${time}\n`);
    });
  }

  it('offers the zone of the one country the posting names', () => {
    const text = 'Doktorand\n\nUppsala universitet söker en doktorand. Ansökan ska innehålla CV och personligt brev.\n\nSista ansökningsdag 2027-01-15 kl. 23.59.';
    expect(reasons(text, 'deadline')).toEqual([local('2027-01-15', '23:59', '2027-01-15 23:59 Europe/Stockholm if the employer is in Sweden (the posting names "Uppsala")')]);
  });

  it('does not mark a plain date, nor a time with its zone', () => {
    expect(reasons('PhD position in Physics\n\nPlease submit a CV and a cover letter.\n\nClosing date: 15 January 2027', 'deadline')).toEqual([]);
    const zoned = read('PhD position in Physics\n\nPlease submit a CV and a cover letter.\n\nClosing date: 15 January 2027, 17:00 CET');
    expect(zoned.profile.deadline).toBe('2027-01-15T17:00+01:00');
    expect(zoned.review.filter((r) => r.path === 'deadline')).toEqual([]);
  });

  it('marks the zone once when another mark already says it was not read', () => {
    const r = reasons('PhD position\n\nPlease submit a CV.\n\nClosing date: 15 January 2027, 17:00 Tokyo time', 'deadline');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^the time is followed by "Tokyo time", a time zone not read/u);
  });
});

describe('a document due at the latest when the employment starts is later, not required now', () => {
  const stage = (text: string) => read(text).profile.items.map((i) => `${i.kind}:${i.stage}`);

  it('reads the phrase in a list entry, in English, German, Dutch, Swedish and French', () => {
    expect(stage('PhD position\n\nPlease send a CV, a cover letter and a copy of your diploma (at the latest when the employment begins).\n\nDeadline: 15 January 2027')).toEqual(['cv:required', 'cover_letter:required', 'diplomas:later']);
    expect(stage('Doktorand\n\nBitte senden Sie Lebenslauf, Anschreiben und Masterzeugnis (spätestens zum Dienstantritt).\n\nBewerbungsschluss: 15.01.2027')).toEqual(['cv:required', 'cover_letter:required', 'diplomas:later']);
    expect(stage('Doktorand\n\nBitte senden Sie Lebenslauf, Anschreiben und Masterzeugnis (spätestens zu Beginn des Arbeitsverhältnisses).\n\nBewerbungsschluss: 15.01.2027')).toEqual(['cv:required', 'cover_letter:required', 'diplomas:later']);
    expect(stage('Doktorand\n\nAnsökan ska innehålla CV, personligt brev och examensbevis (senast vid anställningens början).\n\nSista ansökningsdag 2027-01-15.')).toEqual(['cv:required', 'motivation_letter:required', 'diplomas:later']);
    expect(stage('Doctorant\n\nLe dossier doit comporter un CV, une lettre de motivation et une copie du diplôme (au plus tard à la prise de fonctions).\n\nDate limite : 15 janvier 2027.')).toEqual(['cv:required', 'motivation_letter:required', 'diplomas:later']);
  });

  it('makes a listed document later when a sentence after the list says it is due by the start, with the sentence', () => {
    const text = 'PhD position\n\nThe application must include:\n- CV\n- Cover letter\n- Copy of diploma\n\nThe diploma shall be submitted at the latest when the employment begins.\n\nDeadline: 15 January 2027';
    expect(stage(text)).toEqual(['cv:required', 'cover_letter:required', 'diplomas:later']);
    expect(reasons(text, 'items[2].stage')).toEqual(['due at the latest when the employment starts ("The diploma shall be submitted at the latest when the employment begins."): not with the application']);
  });

  it('reads the German and Dutch sentences after a request ("vorzulegen", "uiterlijk bij indiensttreding") as one later item', () => {
    expect(stage('Doktorand\n\nBitte senden Sie Lebenslauf und Anschreiben. Die Zeugnisse sind spätestens bei Dienstantritt vorzulegen.\n\nBewerbungsschluss: 15.01.2027')).toEqual(['cv:required', 'cover_letter:required', 'diplomas:later']);
    expect(stage('Promovendus\n\nStuur een CV, een motivatiebrief en een kopie van je diploma. Het diploma moet uiterlijk bij indiensttreding worden overgelegd.\n\nSluitingsdatum: 15 januari 2027')).toEqual(['cv:required', 'motivation_letter:required', 'diplomas:later']);
  });
});

describe('a limit read but given to no item is pointed at', () => {
  const pointer = (words: string, sentence: string) => `a limit "${words}" was read in "${sentence}", but no item carries it: add it to the item it sizes, if the posting asks for one`;

  it('names the limit and its sentence, in the review list and above items:', () => {
    const text = 'PhD position\n\nPlease submit a CV and a cover letter.\n\nThe project summary should be max. 2 pages.\n\nDeadline: 15 January 2027';
    const r = read(text);
    expect(reasons(text, 'items')).toEqual([pointer('max. 2 pages', 'The project summary should be max. 2 pages.')]);
    expect(r.yaml).toContain(`# REVIEW: ${pointer('max. 2 pages', 'The project summary should be max. 2 pages.')}\nitems:\n`);
  });

  it('reads words and MB in German and Swedish', () => {
    // The Exposé no item lists is pointed at too, as before: the limit is the second pointer.
    expect(reasons('Doktorand\n\nBitte senden Sie Lebenslauf und Anschreiben.\n\nDas Exposé umfasst höchstens 1.000 Wörter.\n\nBewerbungsschluss: 15.01.2027', 'items')).toEqual([
      'the posting also names a document no item lists (research_plan ("Exposé")); add it if the posting asks for it',
      pointer('höchstens 1.000 Wörter', 'Das Exposé umfasst höchstens 1.000 Wörter.'),
    ]);
    // "Filer" (files) makes the Swedish cap each file's, the submission's (imp32b): carried, so not pointed at.
    const swedish = 'Doktorand\n\nAnsökan ska innehålla CV och personligt brev.\n\nFiler får vara högst 5 MB.\n\nSista ansökningsdag 2027-01-15.';
    expect(reasons(swedish, 'items')).toEqual([]);
    expect(read(swedish).profile.submission?.max_mb).toBe(5);
  });

  it('does not point at a limit an item or the submission already carries', () => {
    expect(reasons('PhD position\n\nPlease submit a CV and a cover letter (max. 2 pages).\n\nDeadline: 15 January 2027', 'items')).toEqual([]);
    expect(reasons('PhD position\n\nPlease submit a CV and a cover letter as one PDF of at most 5 MB.\n\nDeadline: 15 January 2027', 'items')).toEqual([]);
  });
});
