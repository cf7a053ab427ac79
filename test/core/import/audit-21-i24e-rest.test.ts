/**
 * The rest of the importer audit of 2026-12-07e (round 21): a page cap on all attachments at once, a negated
 * translation, a refused document. Written in words of the same family, not the audit postings' own.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-07' });

describe('a page cap on every attachment together is the submission\'s (audit21 #5)', () => {
  it('English: "All appendices together may not exceed eight pages" (before: no submission.max_pages, a note asking which item it sizes)', () => {
    const r = read('Attach a CV and a research plan. All appendices together may not exceed eight pages.');
    expect(r.profile.submission.max_pages).toBe(8);
    expect(r.profile.items.map((i) => [i.kind, i.max_pages])).toEqual([['cv', undefined], ['research_plan', undefined]]);
  });

  it('Finnish with the number in words: "Koko hakemusaineiston pituus ei saa ylittää kymmentä sivua" (before: not read at all)', () => {
    const r = read('Hakemukseen liitetään CV ja tutkimussuunnitelma. Koko hakemusaineiston pituus ei saa ylittää kymmentä sivua.');
    expect(r.profile.submission.max_pages).toBe(10);
  });

  it('German: "Alle Unterlagen zusammen dürfen 20 Seiten nicht überschreiten"', () => {
    expect(read('Bitte legen Sie Lebenslauf und Zeugnisse bei. Alle Unterlagen zusammen dürfen 20 Seiten nicht überschreiten.').profile.submission.max_pages).toBe(20);
  });

  it('a cap on one named document stays that document\'s', () => {
    const r = read('Attach a CV (max two pages) and a cover letter.');
    expect(r.profile.submission.max_pages).toBeUndefined();
    expect(r.profile.items[0]?.max_pages).toBe(2);
  });
});

describe('a translation that need not be certified keeps its negation (audit21 #6)', () => {
  const title = (text: string) => read(text).profile.items.find((i) => /übersetzung|translation/iu.test(i.title))?.title;

  it('"eine nicht beglaubigte Übersetzung" is titled so (before: "Beglaubigte Übersetzung", the opposite)', () => {
    expect(title('1. Lebenslauf\n2. Masterzeugnis (falls nicht auf Englisch, zusätzlich eine nicht beglaubigte Übersetzung)')).toBe('Nicht beglaubigte Übersetzung');
  });

  it('"a non-certified translation" in English too, and a certified one stays certified', () => {
    expect(title('Please attach a CV and diplomas. Diplomas not in English need a non-certified translation.')).toBe('Non-certified translation');
    expect(title('Please attach a CV and diplomas. Diplomas not in English need a certified translation.')).toBe('Certified translation');
  });
});

describe('a refused document named before "skall inte bifogas" (audit21 #6)', () => {
  it('"Rekommendationsbrev skall inte bifogas ansökan" is not wanted (before: only "ska inte bifogas" was read, the older "skall" was not)', () => {
    const r = read('Ansökan ska innehålla CV och forskningsplan. Rekommendationsbrev skall inte bifogas ansökan.');
    expect(r.profile.not_wanted?.map((n) => n.kind)).toEqual(['references']);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'research_plan']);
  });
});
