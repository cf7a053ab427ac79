/**
 * The language of a text the applicant wrote, by its common small words (audit 12-06j #7): only a text clearly in
 * another language than the posting's is named; short texts, lists, two-language texts and close kin are not.
 */
import { describe, expect, it } from 'vitest';
import { languageName, otherLanguage } from '../../../src/core/text/language.js';
import { ENGLISH, LETTERS, POLISH, PORTUGUESE } from '../../helpers/letters.js';

const NORWEGIAN = 'Jeg søker herved stillingen som postdoktor i forskningsgruppen. I doktorgraden har jeg arbeidet med robust optimering for distribuert læring, og jeg mener at erfaringen min passer godt med arbeidet som gjøres i gruppen. Jeg har også undervist i statistikk og vil gjerne bidra til både forskning og undervisning ved instituttet, og jeg ser frem til å høre fra dere.';

const TERSE_BIO = 'Aino Virtanen, PhD Computer Science, Tampere University 2022-2026. MSc Computer Science, Tampere University 2020. BSc Mathematics, Tampere University 2018. Research interests: privacy auditing, membership inference, federated learning, statistical testing, differential privacy. Teaching: Machine Learning I, Data Science Project. Awards: Best Paper Award ICML Workshop 2024, Doctoral Fellowship 2023. Languages: Finnish, English, Swedish.';

describe('otherLanguage (audit 12-06j #7)', () => {
  it('names the language of a letter in each language the count knows, against an English posting', () => {
    for (const [name, text] of Object.entries(LETTERS)) expect(otherLanguage(text, 'en')?.found, name).toBe(name);
    expect(otherLanguage(LETTERS.German!, 'en-GB')).toEqual({ found: 'German', expected: 'English', words: 46 });
    expect(otherLanguage(ENGLISH, 'de')?.found).toBe('English');
    expect(otherLanguage(NORWEGIAN, 'en')?.found).toMatch(/Norwegian/);
  });

  it('says nothing of a text in the posting\'s language, nor against Danish for Norwegian, nor for a language it does not know', () => {
    expect(otherLanguage(ENGLISH, 'en')).toBeUndefined();
    for (const [name, text] of Object.entries(LETTERS)) expect(otherLanguage(text, languageTag(name)), name).toBeUndefined();
    expect(otherLanguage(NORWEGIAN, 'da')).toBeUndefined();
    expect(otherLanguage(NORWEGIAN, 'nb')).toBeUndefined();
  });

  it('no alarm: a short text, a text in two languages, a list of names and figures', () => {
    expect(otherLanguage('Sehr geehrte Damen und Herren, ich bewerbe mich um die Stelle als Postdoktorandin im Bereich maschinelles Lernen und bringe Erfahrung mit.', 'en')).toBeUndefined();
    expect(otherLanguage(`${LETTERS.German!}\n\n${ENGLISH}`, 'en')).toBeUndefined();
    expect(otherLanguage(`${ENGLISH}\n\n${LETTERS.French!}`, 'en')).toBeUndefined();
    const list = Array.from({ length: 30 }, (_, i) => `Müller, Schmidt, Weber ${2000 + i} Universität Heidelberg`).join('\n');
    expect(otherLanguage(list, 'en')).toBeUndefined();
  });

  it('a letter in a language it cannot name (Portuguese, Polish) does not read as English: almost none of its small words (audit 12-06k #9)', () => {
    expect(otherLanguage(PORTUGUESE, 'en')).toEqual({ expected: 'English', words: 68 });
    expect(otherLanguage(POLISH, 'en-GB')).toEqual({ expected: 'English', words: 52 });
    // Degrees, places and topics without a sentence are not another language.
    expect(otherLanguage(TERSE_BIO, 'en')).toBeUndefined();
  });

  it('against a posting language it cannot read (pt, pl, zh), names a text plainly in one it knows, but not a close relative (audit 12-06k #9)', () => {
    expect(otherLanguage(ENGLISH, 'pt')).toEqual({ found: 'English', expected: 'Portuguese', words: 64 });
    expect(otherLanguage(ENGLISH, 'zh')?.expected).toBe('Chinese');
    expect(otherLanguage(LETTERS.German!, 'pl')?.found).toBe('German');
    expect(otherLanguage(PORTUGUESE, 'pt')).toBeUndefined();
    expect(otherLanguage(LETTERS.Spanish!, 'pt')).toBeUndefined();
    expect(otherLanguage(POLISH, 'pl')).toBeUndefined();
  });

  it('names the languages by their tags', () => {
    expect([languageName('de'), languageName('en-GB'), languageName('nn'), languageName('pl')]).toEqual(['German', 'English', 'Norwegian', undefined]);
  });
});

function languageTag(name: string): string {
  return { German: 'de', Dutch: 'nl', Swedish: 'sv', Finnish: 'fi', French: 'fr', Spanish: 'es', Italian: 'it' }[name] ?? 'en';
}
