/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), findings 4, 6 and 7: requirements written as sentences
 * about the applicant, letters the referees upload themselves, and a list after a bare heading. Each as a short
 * posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const item = (r: ReturnType<typeof read>, kind: string) => r.profile.items.find((i) => i.kind === kind);

describe('letters the referees upload or provide themselves are sent by them (audit #6)', () => {
  it('reads "your referees upload them directly to the portal" as sent_by: referees, marked with the sentence (before: the applicant was asked for the letters)', () => {
    const r = read(
      'Do I need to send letters of recommendation? Yes: two letters of recommendation are required, and your referees upload them directly to the portal.\nYou upload your CV and a statement of purpose (max. 1,000 words).',
      'PhD Programme in Neuroscience',
    );
    expect(item(r, 'references')).toMatchObject({ accepts: ['letter'], sent_by: 'referees', min: 2, max: 2, review: true });
  });

  it('reads "make sure that they provide their reference letters via the application portal" as sent_by: referees', () => {
    const r = read('Upload your CV and a research proposal. Contact your referees and make sure that they provide their reference letters via the application portal one week after the application deadline at the latest.');
    expect(item(r, 'references')).toMatchObject({ accepts: ['letter'], sent_by: 'referees' });
    expect(item(r, 'cv')?.sent_by).toBeUndefined();
  });

  it('reads "Two letters of reference are required; the referees submit their letters online" as sent_by: referees', () => {
    const r = read('Please submit a CV and a cover letter. Two letters of reference are required; the referees submit their letters online.');
    expect(item(r, 'references')).toMatchObject({ sent_by: 'referees' });
  });
});

describe('Scandinavian requests written about the document or the applicant are pointed at (audit #4)', () => {
  const pointed = (r: ReturnType<typeof read>) => r.unlisted.map((u) => u.name);

  it('points at "En fullstendig liste over vitenskapelige, pedagogiske ... arbeider må legges ved" and "Søkeren må gi en kort redegjørelse ..." / "må dokumentere ..." (before: lost without a word)', () => {
    const r = read(
      'Søknaden skal inneholde CV.\nEn fullstendig liste over vitenskapelige, pedagogiske og populærvitenskapelige arbeider må legges ved.\nSøkeren må gi en kort redegjørelse for sine vitenskapelige aktiviteter, inkludert ledelse av forskningsprosjekter.\nSøkeren må dokumentere sin undervisningskompetanse.',
      'Førsteamanuensis i historie',
    );
    expect(pointed(r)).toEqual([
      'Fullstendig liste over vitenskapelige, pedagogiske og populærvitenskapelige arbeider',
      'Kort redegjørelse for sine vitenskapelige aktiviteter',
      'Dokumentere sin undervisningskompetanse',
    ]);
    expect(r.review.some((x) => x.path === 'items' && x.reason.includes('3 documents no item lists'))).toBe(true);
  });

  it('points at Swedish "Stiftelsens budgetblankett bifogas ansökan" and Danish "Et kort resumé skal vedlægges", not at "Søkeren må ha doktorgrad"', () => {
    expect(pointed(read('Ansökan ska innehålla CV. Sökt belopp anges och Stiftelsens budgetblankett bifogas ansökan.'))).toEqual(['Stiftelsens budgetblankett']);
    expect(pointed(read('Ansøgningen skal indeholde CV. Et kort resumé af projektet skal vedlægges.'))).toEqual(['Kort resumé af projektet']);
    expect(pointed(read('Søknaden skal inneholde CV. Søkeren må ha doktorgrad i historie.'))).toEqual([]);
  });

  it('still reads a named kind in that shape as an item: "Vitnemål må legges ved", "Publikationslista ska bifogas"', () => {
    const r = read('Søknaden skal inneholde CV.\nVitnemål må legges ved.\nPublikationslista ska bifogas.');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'diplomas', 'publication_list']);
    expect(r.unlisted).toEqual([]);
  });
});

describe('a bulleted list under a bare "Hakemukset:" heading, past a paragraph, is the documents to send (audit #7)', () => {
  const list = (heading: string) =>
    read(
      `Rahoitus on tarkoitettu post-doc vaiheen tutkijoille. Hakijan tulee olla suorittanut tohtorin tutkinnon viimeistään hakuajan loppuun mennessä.\n\n${heading}\n\nArvioinnissa huomioidaan erityisesti hakijan tieteellinen aktiivisuus ja ansiot, hakemuksen tieteellinen laatu ja realistisuus.\n\n • Hakijan ansioluettelo (max. 2 sivua)\n • Hakijan julkaisuluettelo vuosilta 2021-2024\n • Tutkimussuunnitelma (max. 4 sivua)\n • Suunnitelma tutkimusryhmästä ja sen toiminnasta (max. 1 sivu)\n • Suunnitelma haetun rahoituksen käytöstä (max. 1 sivu)\n • Selvitys aiemmin saadusta ja käytettävissä olevasta tutkimusrahoituksesta (max. 1 sivu)\n • Terveydenhuollon toimintayksikön vastaavan johtajan hyväksyntä hakemukselle\n\nHakemuksesta tulee ilmetä mihin hakuun se kohdistuu.`,
      'Tutkimusrahoitus',
    );

  it('reads all seven entries under "Hakemukset:", each with the limit on its own line (before: one item, cv, without its 2 pages; the approval lost)', () => {
    const r = list('Hakemukset:');
    expect(r.profile.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['cv', 2],
      ['publication_list', undefined],
      ['research_plan', 4],
      ['other', 1],
      ['other', 1],
      ['other', 1],
      ['other', undefined],
    ]);
    expect(r.profile.items[6]?.title).toBe('Terveydenhuollon toimintayksikön vastaavan johtajan hyväksyntä hakemukselle');
  });

  it('reads the same list under "Hakemukseen:" too', () => {
    expect(list('Hakemukseen:').profile.items.map((i) => i.kind)).toEqual(['cv', 'publication_list', 'research_plan', 'other', 'other', 'other', 'other']);
  });
});

describe('an item read from where a document is named takes the cap in the parenthesis after its name (audit #7)', () => {
  it('gives "Hakijan ansioluettelo (max. 2 sivua)" its 2 pages when no list was read (before: the limit only pointed at)', () => {
    const r = read(
      'Rahoitus on tarkoitettu post-doc vaiheen tutkijoille. Hakijan tulee olla suorittanut tohtorin tutkinnon viimeistään hakuajan loppuun mennessä.\n\nArvioinnissa huomioidaan erityisesti hakijan tieteellinen aktiivisuus ja ansiot.\n\n • Hakijan ansioluettelo (max. 2 sivua)\n • Hakijan julkaisuluettelo vuosilta 2021-2024\n • Tutkimussuunnitelma (max. 4 sivua)\n • Suunnitelma tutkimusryhmästä ja sen toiminnasta (max. 1 sivu)\n • Suunnitelma haetun rahoituksen käytöstä (max. 1 sivu)\n • Selvitys aiemmin saadusta ja käytettävissä olevasta tutkimusrahoituksesta (max. 1 sivu)\n • Terveydenhuollon toimintayksikön vastaavan johtajan hyväksyntä hakemukselle',
      'Tutkimusrahoitus',
    );
    expect(item(r, 'cv')).toMatchObject({ max_pages: 2, review: true });
  });
});
