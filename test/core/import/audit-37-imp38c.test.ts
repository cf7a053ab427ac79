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
