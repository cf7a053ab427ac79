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

describe('a limit in a list entry is its item\'s, not the packet\'s (audit #2)', () => {
  const LIST = 'Your application must include the following documents, combined into one single PDF file:\n- A motivated application (max. 1 page)\n- CV (PDF)\n- degree certificate (PDF)';

  it('reads "A motivated application (max. 1 page)" as a one-page cover letter and caps no packet', () => {
    const { profile } = read(LIST);
    expect(profile.items[0]).toMatchObject({ kind: 'cover_letter', max_pages: 1 });
    expect(profile.submission.max_pages).toBeUndefined();
  });

  it('reads Danish "motiveret ansøgning" and Norwegian "motivert søknad" as the cover letter', () => {
    expect(item('Ansøgningen skal indeholde:\n- Motiveret ansøgning (max. 1 side)\n- CV', 'cover_letter')).toMatchObject({ max_pages: 1 });
    expect(item('Søknaden må inneholde:\n- motivert søknad (maks. 1 side)\n- CV', 'cover_letter')).toMatchObject({ max_pages: 1 });
  });

  it('caps no packet from a list entry that names no known document', () => {
    const { profile } = read('Your application must include the following documents, as one PDF:\n- A motivated application essay (max. 1 page)\n- CV');
    expect(profile.submission.max_pages).toBeUndefined();
  });

  it('says why when a page cap on the whole packet comes from a sentence that may be about one document', () => {
    const r = read('Please send your application (max. 10 pages) with a CV and a cover letter as one PDF.');
    expect(r.profile.submission.max_pages).toBe(10);
    expect(r.profile.submission.review).toBe(true);
    expect(r.review.find((n) => n.path === 'submission.max_pages')?.reason).toMatch(/whole application/);
  });

  it('marks nothing when the sentence caps the whole application', () => {
    const r = read('Please send a CV and a cover letter as one PDF. The application must not exceed 10 pages in total.');
    expect(r.profile.submission.max_pages).toBe(10);
    expect(r.review.find((n) => n.path === 'submission.max_pages')).toBeUndefined();
  });
});

describe('the size cap of the files is the submission\'s, not the last item\'s (audit #7)', () => {
  it('puts "in einer einzigen PDF-Datei (max. 5 MB)" after the last entry on the submission', () => {
    const r = read(
      'Ihre Bewerbung muss folgende Unterlagen enthalten:\n- Lebenslauf (PDF)\n- Masterzeugnis (PDF)\n- zwei Empfehlungsschreiben\nin einer einzigen PDF-Datei (max. 5 MB) per E-Mail an bewerbung@example.org.',
    );
    expect(r.profile.submission).toMatchObject({ format: 'single-pdf', max_mb: 5 });
    const refs = r.profile.items.find((i) => i.kind === 'references');
    expect(refs?.max_mb).toBeUndefined();
    expect(refs?.title).toBe('Empfehlungsschreiben');
  });

  it('keeps "max. 2 MB per file, 10 MB in total" off the last item, and says the total is not kept', () => {
    const r = read('Please upload a CV, a cover letter and the names of two referees as separate PDF files (max. 2 MB per file, 10 MB in total).');
    expect(r.profile.submission).toMatchObject({ format: 'separate-files', max_mb: 2, review: true });
    expect(r.review.find((n) => n.path === 'submission.max_mb')?.reason).toMatch(/10 MB/);
    const refs = r.profile.items.find((i) => i.kind === 'references');
    expect(refs?.max_mb).toBeUndefined();
    expect(refs?.title).toBe('Names of two referees');
  });

  it('still gives an item its own size ("Cover letter (PDF file, max. 2 MB)")', () => {
    expect(item('Please upload:\n- CV\n- Cover letter (PDF file, max. 2 MB)', 'cover_letter')?.max_mb).toBe(2);
  });
});

describe('a document joined by "and" to the last item is its own item (audit #12)', () => {
  it('reads "a cover letter and a two-page research outline" as two items, the size the outline\'s', () => {
    const { profile } = read('Please upload a CV, a cover letter and a two-page research outline.');
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'research_plan']);
    expect(profile.items[1]?.title).toBe('Cover letter');
    expect(profile.items[1]?.max_pages).toBeUndefined();
    expect(profile.items[2]).toMatchObject({ max_pages: 2 });
  });

  it('keeps an unrecognized document after the last "and" as an item to review, not part of the letter', () => {
    const { profile } = read('Please upload a CV, a cover letter and a two-page data management memo.');
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'other']);
    expect(profile.items[1]?.title).toBe('Cover letter');
    expect(profile.items[2]).toMatchObject({ max_pages: 2, review: true });
  });
});

describe('documents asked for and missed (audit #14)', () => {
  it('reads "a one-page statement on teaching" as a one-page teaching statement', () => {
    expect(item('Please send a CV, a writing sample of no more than 30 pages, and a one-page statement on teaching.', 'teaching_statement')).toMatchObject({ max_pages: 1 });
  });

  it('reads "a credential evaluation of their degree" as a document for foreign-educated applicants', () => {
    const { profile } = read('Please send a CV. Foreign-educated applicants must also provide a credential evaluation of their degree.');
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'other']);
    expect(profile.items[1]?.title).toMatch(/^Credential evaluation/);
  });
});

describe('"(1) a CV (2) a cover letter (3) three letters" in one sentence (leftover of the importer audit 12-06a)', () => {
  it('reads the count after the list number (before: min 2 "inferred from a plural", "three" went to the cover letter)', () => {
    const p = importPosting('Assistant Professor of History\n\nApplicants should submit (1) a CV (2) a cover letter (3) three letters of recommendation (4) a writing sample of no more than 30 pages.\n').profile;
    const refs = p.items.find((i) => i.kind === 'references');
    expect([refs?.min, refs?.max, refs?.review]).toEqual([3, 3, undefined]);
    expect(p.items.find((i) => i.kind === 'writing_sample')?.max_pages).toBe(30);
  });

  it('keeps a count in brackets after a name that is no list number', () => {
    const refs = importPosting('PhD position\n\nPlease send a CV, letters of recommendation (3) and a transcript.\n').profile.items.find((i) => i.kind === 'references');
    expect([refs?.min, refs?.max]).toEqual([3, 3]);
  });
});
