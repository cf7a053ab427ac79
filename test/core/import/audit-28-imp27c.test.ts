/**
 * Importer audit round 14 (notes/audit-import-2026-12-06j.md), leftovers: the profile title's mark (fi-aka), titles that
 * carry the next entry's words, a bilingual page's doubled list, and "gegebenenfalls" groups.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const titleOf = (text: string) => {
  const { profile, review } = importPosting(text, { today: '2026-12-06' });
  return [profile.title, ...review.filter((n) => n.path === 'title').map((n) => n.reason)];
};

describe('the profile title comes from the first line, or its mark says where it came from (fi-aka)', () => {
  it('takes the opening heading, not a sentence after the first list (before: "Suunnatun ... muita liitteitä", marked "first line")', () => {
    const text = [
      'http://aka.fi/fi/rahoitus/nain-haet/hakemuksen-liitteet/liiteluettelot-akatemiahanke/',
      'Liite 1 A: Hakemuksen liitteet',
      '',
      'Hakemukseen sisällytetään alla mainitut liitteet silloin kun hakemus koskee',
      '',
      ' • akatemiahanketta',
      ' • suunnattua akatemiahanketta',
      '',
      'Suunnatun akatemiahankkeen hakuilmoituksessa voidaan pyytää myös muita liitteitä.',
      '',
      'Pakolliset liitteet:',
      ' • tutkimussuunnitelma, enintään 12 sivua',
      ' • hakijan ansioluettelo',
    ].join('\n');
    expect(titleOf(text)).toEqual(['Liite 1 A: Hakemuksen liitteet', 'taken from the first line of the posting']);
  });

  it('says a title from the middle of the page came from there (English, the first line a sentence)', () => {
    const text = [
      'Applications must contain the documents listed below, sent as one PDF to the faculty office.',
      '',
      '- a CV',
      '- a cover letter',
      '',
      'Postdoctoral Researcher in Marine Biology',
    ].join('\n');
    expect(titleOf(text)).toEqual([
      'Postdoctoral Researcher in Marine Biology',
      'taken from a line in the middle of the posting (after a list), not its first line or a heading; check that it names the position',
    ]);
  });
});

/** `kind/stage title` of each item. */
const items = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' }).profile.items.map((i) => `${i.kind}/${i.stage} ${i.title}`);

describe('"sekä" opens the next entry, with its words (fi-sgr-apuraha)', () => {
  it('gives "mahdolliset" to the letters after "sekä", not to the plan before it (before: plan optional, letters required)', () => {
    expect(items('Hakemuksen liitteenä toimitetaan ansioluettelo, julkaisuluettelo ja tutkimussuunnitelma sekä mahdolliset suosituskirjeet.')).toEqual([
      'cv/required Ansioluettelo',
      'publication_list/required Julkaisuluettelo',
      'research_plan/required Tutkimussuunnitelma',
      'references/optional Suosituskirjeet',
    ]);
  });

  it('reads the singular wording the same way ("tutkimussuunnitelma sekä mahdollinen suosituskirje")', () => {
    expect(items('Hakemukseen liitetään tutkimussuunnitelma sekä mahdollinen suosituskirje.')).toEqual([
      'research_plan/required Tutkimussuunnitelma',
      'references/optional Suosituskirje',
    ]);
  });
});
