/**
 * Items, counts and limits the black-box audit of 2026-12-05 found read wrong (notes/audit-import-2026-12-05.md,
 * findings 2, 7, 8, 10, 11, 12 and 14), each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Job title: Postdoctoral Researcher\nEmployer: University of Example\nReference: EX-2027-1\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
const item = (body: string, kind: string) => read(body).profile.items.find((i) => i.kind === kind);

describe('counts written as inflected number words (audit #8)', () => {
  it('reads the Finnish genitive "kahden suosittelijan" as two referees', () => {
    const r = item('Hakemukseen tulee liittää seuraavat asiakirjat:\n- ansioluettelo (CV)\n- kahden suosittelijan yhteystiedot', 'references');
    expect(r).toMatchObject({ min: 2, max: 2 });
  });

  it('reads other cases of Finnish numbers and the German genitive "zweier"', () => {
    expect(item('Hakemukseen tulee liittää seuraavat asiakirjat:\n- ansioluettelo\n- kolmen suosittelijan yhteystiedot', 'references')).toMatchObject({ min: 3, max: 3 });
    expect(item('Ihre Bewerbung muss folgende Unterlagen enthalten:\n- Lebenslauf\n- die Kontaktdaten zweier Referenzen', 'references')).toMatchObject({ min: 2, max: 2 });
  });
});

describe('conditions and abbreviations (audit #10)', () => {
  it('does not cut a condition at the full stop of "Ph.D."', () => {
    const t = item('Please send a CV. Graduate transcripts (PDF) are required for candidates who received their Ph.D. within the last two years.', 'transcript');
    expect(t?.condition).toBe('for candidates who received their Ph.D. within the last two years');
  });

  it('does not cut it at "M.Sc." or "e.g." either', () => {
    expect(item('Please send a CV. A transcript is required for applicants whose M.Sc. degree is not yet awarded.', 'transcript')?.condition).toBe(
      'for applicants whose M.Sc. degree is not yet awarded',
    );
    expect(item('Please send a CV. A language certificate is required for applicants from e.g. non-EU countries.', 'language_certificate')?.condition).toBe(
      'for applicants from e.g. non-EU countries',
    );
  });
});

describe('one-page limits written out in other languages (audit #11)', () => {
  const pages = (body: string, kind: string) => item(body, kind)?.max_pages;

  it('reads French "d\'une page maximum" and "(une page maximum)"', () => {
    expect(pages('Veuillez envoyer : un CV, les noms de deux référents et une lettre de motivation d\'une page maximum.', 'motivation_letter')).toBe(1);
    expect(pages('Veuillez envoyer : un CV, les noms de deux référents et une lettre de motivation (une page maximum).', 'motivation_letter')).toBe(1);
  });

  it('reads German "von höchstens einer Seite" and Dutch "van maximaal één A4"', () => {
    expect(pages('Bitte senden Sie: Lebenslauf und ein Motivationsschreiben von höchstens einer Seite.', 'motivation_letter')).toBe(1);
    expect(pages('Stuur het volgende mee:\n- een motivatiebrief van maximaal één A4;\n- je cv', 'motivation_letter')).toBe(1);
    expect(pages('Stuur het volgende mee:\n- een motivatiebrief (maximaal één pagina)\n- je cv', 'motivation_letter')).toBe(1);
  });

  it('reads Spanish "una página como máximo", Swedish "högst en sida" and Finnish "yksi sivu"', () => {
    expect(pages('Los candidatos deben enviar: un CV y una carta de motivación de una página como máximo.', 'motivation_letter')).toBe(1);
    expect(pages('Ansökan ska innehålla:\n- CV\n- personligt brev (högst en sida)', 'motivation_letter')).toBe(1);
    expect(pages('Hakemukseen tulee liittää seuraavat asiakirjat:\n- ansioluettelo\n- motivaatiokirje (enintään yksi sivu)', 'motivation_letter')).toBe(1);
  });

  it('keeps the size out of the title', () => {
    expect(item('Veuillez envoyer : un CV et une lettre de motivation d\'une page maximum.', 'motivation_letter')?.title).toBe('Lettre de motivation');
  });
});
