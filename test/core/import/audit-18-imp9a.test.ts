/**
 * Audit 12-06a (round 18), findings 1, 2, 3, 4, 6 and 9: refused lists, conditions on whole lists, how a document is
 * sent, sentences that ask for nothing, "either ... or ... (not both)" and German "erwünscht, aber nicht zwingend".
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const profile = (text: string) => importPosting(text, { today: '2026-12-05' }).profile;
/** `kind/stage` of each item, `kind/conditional` when it has a condition. */
const items = (text: string) => profile(text).items.map((i) => `${i.kind}/${i.condition ? 'conditional' : i.stage}`);
const refused = (text: string) => (profile(text).not_wanted ?? []).map((n) => n.what);

describe('a list introduced by a refusal (#1)', () => {
  const posting = (intro: string, refusal: string, marks = ['-', '-']) =>
    ['Assistant Professor of Anthropology', '', intro, `${marks[0]} Cover letter`, `${marks[1]} Curriculum vitae`, '', refusal, `${marks[0]} Writing sample`, `${marks[1]} Teaching evaluations`, '', 'Deadline: 15 January 2027.'].join('\n');

  it('makes each entry of "Do NOT submit the following material:" not wanted, never an item', () => {
    const text = posting('All applicants must submit the following material:', 'Do NOT submit the following material:');
    expect(items(text)).toEqual(['cover_letter/required', 'cv/required']);
    expect(refused(text)).toEqual(['Writing sample', 'Teaching evaluations']);
  });

  it('reads entries lettered "A.", "B." on plain lines the same way', () => {
    const text = posting('All applicants must submit the following material:', 'Do NOT submit the following material:', ['A.', 'B.']);
    expect(items(text)).toEqual(['cover_letter/required', 'cv/required']);
    expect(refused(text)).toEqual(['Writing sample', 'Teaching evaluations']);
  });

  it('reads German, Dutch and French refusals of a list', () => {
    for (const [intro, refusal] of [
      ['Bitte senden Sie:', 'Bitte senden Sie folgende Unterlagen nicht:'],
      ['Stuur mee:', 'Stuur de volgende documenten niet mee:'],
      ['Envoyez :', "N'envoyez pas les documents suivants :"],
      ['Please submit:', 'Please do not include:'],
    ]) {
      const text = posting(intro as string, refusal as string);
      expect(items(text), refusal).toEqual(['cover_letter/required', 'cv/required']);
      expect(refused(text), refusal).toEqual(['Writing sample', 'Teaching evaluations']);
    }
  });

  it('keeps "do not send the following at this stage:" as documents asked for later', () => {
    expect(items(posting('Please submit:', 'Please do not send the following at this stage:'))).toEqual(['cover_letter/required', 'cv/required', 'writing_sample/later', 'teaching_statement/later']);
  });

  it('reads a lettered list of documents to its last letter, a wrapped line of an entry included', () => {
    const text = [
      'PhD Application Process',
      '',
      'All applicants must submit the following material:',
      '',
      'A. Application Form',
      'B. Transcript of all post-secondary institutions attended. Include a scanned image of your',
      'transcript(s) with the on-line application.',
      'C. Three letters of recommendation.',
      'D. Valid, official score reports of TOEFL (if applicable)',
      '',
      'Do NOT submit the following material:',
      '',
      'A. List of textbooks from your coursework',
      'B. Paper copy of TOEFL score reports',
    ].join('\n');
    expect(items(text)).toEqual(['other/required', 'transcript/required', 'references/required', 'language_certificate/conditional']);
    expect(refused(text)).toEqual(['List of textbooks from your coursework', 'TOEFL score']);
  });
});

describe('"erwünscht, aber nicht zwingend" and its siblings (#9)', () => {
  const posting = (sentence: string, ask = 'Bitte senden Sie Anschreiben und Lebenslauf bis zum 15.01.2027.') => ['Doktorandenstelle', '', `${ask} ${sentence}`].join('\n');

  it('reads the elliptic German "aber nicht zwingend" as optional', () => {
    expect(items(posting('Ein Exposé ist erwünscht, aber nicht zwingend.'))).toEqual(['cover_letter/required', 'cv/required', 'research_plan/optional']);
    expect(items(posting('Ein Exposé (max. 5 Seiten) ist erwünscht, aber nicht zwingend.'))).toEqual(['cover_letter/required', 'cv/required', 'research_plan/optional']);
  });

  it('reads "gern gesehen" and "wünschenswert" as asked for, optionally', () => {
    expect(items(posting('Ein Exposé ist gern gesehen.'))).toEqual(['cover_letter/required', 'cv/required', 'research_plan/optional']);
    expect(items(posting('Ein Exposé ist wünschenswert.'))).toEqual(['cover_letter/required', 'cv/required', 'research_plan/optional']);
  });

  it('reads the Dutch, Swedish and French "desired but not required" as optional', () => {
    expect(items(['Promovendus', '', 'Stuur je motivatiebrief en cv vóór 15 januari 2027. Een onderzoeksvoorstel is gewenst maar niet verplicht.'].join('\n'))).toContain('research_plan/optional');
    expect(items(['Doktorand', '', 'Skicka personligt brev och CV senast 15 januari 2027. En forskningsplan är önskvärd men inte obligatorisk.'].join('\n'))).toContain('research_plan/optional');
    expect(items(['Doctorant', '', 'Envoyez une lettre de motivation et un CV avant le 15 janvier 2027. Un projet de recherche est souhaité mais pas obligatoire.'].join('\n'))).toContain('research_plan/optional');
  });
});

describe('how a document is sent is not whether it is required (#3)', () => {
  it('keeps a "must include" document required when it "can be submitted directly to" an address', () => {
    const text = [
      'Research Fellowships',
      '',
      'Preliminary applications should be made in writing, and must include:',
      '- a brief CV',
      '- a letter of support from the head of department in which you will be working (this can be submitted directly to mh@example.org)',
    ].join('\n');
    expect(items(text)).toEqual(['cv/required', 'other/required']);
  });

  it('still reads "can be submitted" with no channel as optional', () => {
    expect(items(['Postdoc', '', 'Please send a CV. A writing sample can be submitted as well.'].join('\n'))).toEqual(['cv/required', 'writing_sample/optional']);
  });
});
