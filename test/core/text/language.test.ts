/**
 * The language of a text the applicant wrote, by its common small words (audit 12-06j #7): only a text clearly in
 * another language than the posting's is named; short texts, lists, two-language texts and close kin are not.
 */
import { describe, expect, it } from 'vitest';
import { languageName, otherLanguage } from '../../../src/core/text/language.js';
import { ENGLISH, LETTERS } from '../../helpers/letters.js';

const NORWEGIAN = 'Jeg søker herved stillingen som postdoktor i forskningsgruppen. I doktorgraden har jeg arbeidet med robust optimering for distribuert læring, og jeg mener at erfaringen min passer godt med arbeidet som gjøres i gruppen. Jeg har også undervist i statistikk og vil gjerne bidra til både forskning og undervisning ved instituttet, og jeg ser frem til å høre fra dere.';

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
    expect(otherLanguage(LETTERS.German!, 'pl')).toBeUndefined();
  });

  it('no alarm: a short text, a text in two languages, a list of names and figures', () => {
    expect(otherLanguage('Sehr geehrte Damen und Herren, ich bewerbe mich um die Stelle als Postdoktorandin im Bereich maschinelles Lernen und bringe Erfahrung mit.', 'en')).toBeUndefined();
    expect(otherLanguage(`${LETTERS.German!}\n\n${ENGLISH}`, 'en')).toBeUndefined();
    expect(otherLanguage(`${ENGLISH}\n\n${LETTERS.French!}`, 'en')).toBeUndefined();
    const list = Array.from({ length: 30 }, (_, i) => `Müller, Schmidt, Weber ${2000 + i} Universität Heidelberg`).join('\n');
    expect(otherLanguage(list, 'en')).toBeUndefined();
  });

  it('names the languages by their tags', () => {
    expect([languageName('de'), languageName('en-GB'), languageName('nn'), languageName('pl')]).toEqual(['German', 'English', 'Norwegian', undefined]);
  });
});

function languageTag(name: string): string {
  return { German: 'de', Dutch: 'nl', Swedish: 'sv', Finnish: 'fi', French: 'fr', Spanish: 'es', Italian: 'it' }[name] ?? 'en';
}
