/**
 * Findings #4-#6 of the black-box audit of 2026-12-05 (round 2): words broken across lines by PDF-to-text, documents
 * asked of some applicants only, and text that asks for nothing (duties, a mailing list's footer, other vacancies).
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { textLines } from '../../../src/core/import/markup.js';

const kinds = (text: string, format?: 'html' | 'text') => importPosting(text, { today: '2026-12-05', ...(format ? { format } : {}) }).profile.items.map((i) => i.kind);

describe('a word broken across two lines with a hyphen (audit-import 12-05b #4)', () => {
  it('is one word again, so the documents it names are read', () => {
    const posting =
      'Applicants should submit a cur-\nriculum vitae, a covering letter of no more than two sides of A4 explain-\ning how they meet the criteria, and a research state-\nment (maximum 3 pages).';
    expect(textLines(posting).map((l) => l.text)).toEqual([
      'Applicants should submit a curriculum vitae, a covering letter of no more than two sides of A4 explaining how they meet the criteria, and a research statement (maximum 3 pages).',
    ]);
    const items = importPosting(posting).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'research_statement']);
    expect(items[2]?.max_pages).toBe(3);
  });

  it('keeps a hyphen that is the word\'s own, and a hyphen before "und" / "and"', () => {
    const text = (s: string) => textLines(s).map((l) => l.text)[0];
    expect(text('This is a part-\ntime position for a co-\nauthor of the evidence-\nbased study')).toBe('This is a part-time position for a co-author of the evidence-based study');
    expect(text('Bitte senden Sie Ihr Lehr-\nund Forschungskonzept')).toBe('Bitte senden Sie Ihr Lehr- und Forschungskonzept');
    expect(text('open to pre-\nand postdoctoral researchers from non-\nEU countries (COVID-\n19 rules apply)')).toBe('open to pre- and postdoctoral researchers from non-EU countries (COVID-19 rules apply)');
    // The posting's own spelling elsewhere decides: "ocean-atmosphere" written whole on another line.
    expect(textLines('We model the ocean-\natmosphere system.\n\nThe ocean-atmosphere group').map((l) => l.text)[0]).toBe('We model the ocean-atmosphere system.');
    expect(text('Bitte senden Sie Ihren Lebens-\nlauf')).toBe('Bitte senden Sie Ihren Lebenslauf');
  });

  it('joins a word broken with a soft hyphen', () => {
    expect(textLines('Please send a curri\u00ad\nculum vitae.').map((l) => l.text)).toEqual(['Please send a curriculum vitae.']);
  });
});

describe('a document asked of some applicants only (audit-import 12-05b #5)', () => {
  const item = (posting: string, kind: string) => importPosting(posting, { today: '2026-12-05' }).profile.items.find((i) => i.kind === kind);

  it('reads the group named as the subject ("Applicants who require a visa ... should provide")', () => {
    const posting = 'Please send a CV (PDF file).\nApplicants who require a visa to work in the UK should provide a copy of their passport with their application.';
    expect(item(posting, 'other')?.condition).toBe('Applicants who require a visa to work in the UK');
    expect(item(posting, 'cv')?.condition).toBeUndefined();
  });

  it('not a group every applicant is in ("Candidates who wish to apply should send")', () => {
    expect(item('Candidates who wish to apply should send a CV and a cover letter.', 'cv')?.condition).toBeUndefined();
    expect(item('Applicants who meet the criteria should submit a CV.', 'cv')?.condition).toBeUndefined();
  });

  it('reads the Italian "I candidati in possesso di titolo ... conseguito all\'estero devono allegare"', () => {
    const posting = 'Alla domanda devono essere allegati:\na) curriculum vitae;\nb) progetto di ricerca.\n\nI candidati in possesso di titolo di studio conseguito all\'estero devono allegare inoltre la dichiarazione di valore.';
    const d = item(posting, 'diplomas');
    expect(d?.condition).toBe("I candidati in possesso di titolo di studio conseguito all'estero");
    // The degree named in the condition says who is asked; the document asked for is the statement.
    expect(d?.title).toBe('Dichiarazione di valore');
  });
});

describe('text that asks for nothing gives no item (audit-import 12-05b #6)', () => {
  it('a duty of the job ("You will prepare a data management plan")', () => {
    const posting = 'About the role: You will develop ocean models. You will prepare a data management plan for the project.\n\nPlease upload a cover letter and a CV as a single PDF.';
    expect(kinds(posting)).toEqual(['cover_letter', 'cv']);
    // A request said the same way still is one.
    expect(kinds('You will also need to upload a data management plan and a CV.')).toContain('cv');
  });

  it("a mailing list's footer", () => {
    const posting = 'To apply, send your CV and a research statement (max. 2 pages) to jobs@example.edu.\n\n--\nJobs mailing list\nSend a CV and a cover letter to the list admin to subscribe to the jobs digest.';
    expect(kinds(posting)).toEqual(['cv', 'research_statement']);
  });

  it('a sidebar of other vacancies in Danish (<aside>)', () => {
    const html =
      '<main><h1>Ph.d.-stipendium</h1><p>Ansøgningen skal indeholde følgende bilag:</p><ul><li>CV</li><li>Karakterudskrift</li></ul></main>' +
      '<aside><h3>Andre stillinger</h3><ul><li>Postdoc i kemi - send CV, publikationsliste og tre referencer</li></ul></aside>';
    expect(kinds(html, 'html')).toEqual(['cv', 'transcript']);
  });

  it('the Czech application itself ("Přihláška musí obsahovat:", "Přihlášky zasílejte ...")', () => {
    const posting = 'Přihláška musí obsahovat:\n• motivační dopis,\n• strukturovaný životopis.\n\nPřihlášky zasílejte jako jeden soubor PDF na e-mail kariera@example.cz nejpozději do 15. 3. 2027.';
    expect(kinds(posting)).toEqual(['motivation_letter', 'cv']);
  });
});
