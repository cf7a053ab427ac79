/**
 * Deadlines, open-until-filled, the one-PDF rule, counts, limits and asked-for documents that the black-box audit of
 * 2026-12-05 (round 4, audit10) found read wrong with no mark (findings 1, 2, 4, 5, 6, 7 and 8), each as a short
 * posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Doctoral Researcher\nEmployer: Institute of Example\n\nPlease send a CV and a cover letter.\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
const reasons = (body: string, path: string) => read(body).review.filter((x) => x.path === path).map((x) => x.reason).join(' | ');

describe('a whole hour written before the deadline date (audit10 F2)', () => {
  it('reads "a las 14 h. del", "à 12h le", "um 12 Uhr am" and "alle ore 12 del" (before: the date alone, unmarked)', () => {
    expect(read('El plazo de presentación de presolicitudes finaliza a las 14 h. del 21 de enero de 2027.').profile.deadline).toBe('2027-01-21T14:00');
    expect(read('El plazo finaliza a las 9 h. del 16 de febrero de 2027.').profile.deadline).toBe('2027-02-16T09:00');
    expect(read('Date limite : à 12h le 15 janvier 2027.').profile.deadline).toBe('2027-01-15T12:00');
    expect(read('Bewerbungsschluss ist um 12 Uhr am 15. Januar 2027.').profile.deadline).toBe('2027-01-15T12:00');
    expect(read('La domanda deve pervenire entro e non oltre le ore 12 del giorno 15 gennaio 2027.').profile.deadline).toBe('2027-01-15T12:00');
  });

  it('marks a bare hour it cannot place with the date', () => {
    expect(reasons('El plazo finaliza el 21 de enero de 2027 (oficina abierta hasta las 14 h).', 'deadline')).toMatch(/gives a time \("14 h"\) that was not read/);
  });
});

describe('"at any time" that a closing date ends is no rolling call (audit10 F6)', () => {
  it('is not open until filled for revising "at any time up until the final submission date" (before: open_until_filled true, unmarked)', () => {
    expect(read('You may revisit and revise your application at any time up until the final submission date for the call.').profile.open_until_filled).toBe(false);
    const v7 = read('You may revise your application at any time up until the final submission date for the call, 15 March 2027.').profile;
    expect([v7.deadline, v7.open_until_filled]).toEqual(['2027-03-15', false]);
    expect(read('You can edit your application at any time after you have submitted it.').profile.open_until_filled).toBe(false);
    expect(read('Applications are reviewed continuously until the deadline of 1 March 2027.').profile.open_until_filled).toBe(false);
  });

  it('still reads a rolling call', () => {
    expect(read('Applications are accepted at any time.').profile.open_until_filled).toBe(true);
    expect(read('Applications will be considered at any time until the position is filled.').profile.open_until_filled).toBe(true);
    expect(read('Applications are welcome at any time and will be reviewed on a rolling basis.').profile.open_until_filled).toBe(true);
  });
});

describe('a size cap on each single file is about several files (audit10 F5)', () => {
  const submission = (body: string) => read(body).profile.submission;
  it('reads "the size of each single file cannot exceed 6 mb" as separate files of at most 6 MB each (before: one PDF of 6 MB, unmarked)', () => {
    const s = submission('Please note that the only format accepted for uploading is "pdf" and that the size of each single file cannot exceed 6 mb.');
    expect([s.format, s.max_mb]).toEqual(['separate-files', 6]);
    expect(submission('Every single document may not exceed 5 MB.').format).toBe('separate-files');
    expect(submission('Each individual file must not exceed 2 MB.').format).toBe('separate-files');
  });

  it('still reads one PDF', () => {
    expect(submission('Please send all documents as a single PDF file of at most 6 MB.').format).toBe('single-pdf');
    expect(submission('Combine everything in one file; each page must be A4.').format).toBe('single-pdf');
  });
});

describe('counts read from the right number (audit10 F4)', () => {
  const item = (body: string, kind: string) => read(body).profile.items.find((i) => i.kind === kind);
  it('keeps the lower bound of "two or three confidential letters" (before: 3..3, unmarked)', () => {
    const r = item('Applicants should also arrange for two or three confidential letters of recommendation to be uploaded by the recommenders to Interfolio.', 'references');
    expect([r?.min, r?.max]).toEqual([2, 3]);
  });

  it('reads no count from list numbers: "2 )julkaisuluettelo" and bullets numbered "• 2 ...", "• 3 ..." (before: 2..2 and 3..3, unmarked)', () => {
    const fi = item('Hakemukseen on liitettävä:\n\n1) tiedekunnan hyväksymän ohjeen mukainen yliopistoportfolio\n2 )julkaisuluettelo.', 'publication_list');
    expect([fi?.min, fi?.max]).toEqual([undefined, undefined]);
    const es = item('Deberán presentar su propuesta que consistirá en:\n\n  • 2 Documento de redacción libre por plaza solicitada (máximo 5 páginas).\n  • 3 Curriculum Vitae (CV) de los candidatos propuestos (máximo 3).', 'cv');
    expect(es?.min).toBeUndefined();
  });
});

describe('the limit of a document named after another is not the first one\'s (audit10 F7)', () => {
  it('keeps "una memoria (máximo 5 páginas)" off the CV and says so (before: cv max_pages 5, unmarked)', () => {
    const r = importPosting('Ayudas de investigación\n\nLos candidatos deberán presentar un curriculum vitae y una memoria (máximo 5 páginas).', { today: '2026-12-05' });
    const cv = r.profile.items.find((i) => i.kind === 'cv');
    expect(cv?.max_pages).toBeUndefined();
    expect(r.review.map((x) => x.reason).join()).toMatch(/another document after this one \("una memoria"\)/);
  });

  it('still gives a CV its own limit, and a description\'s', () => {
    expect(read('Please send a CV (max. 2 pages) and a cover letter.').profile.items.find((i) => i.kind === 'cv')?.max_pages).toBe(2);
    expect(read('Please send a curriculum vitae (including degrees and a list of publications) of no more than 4 pages.').profile.items.find((i) => i.kind === 'cv')?.max_pages).toBe(4);
  });
});

describe('a date that is not the application deadline (audit10 F1)', () => {
  it('takes no deadline from the due date of final reports on earlier grants (before: that date, unmarked)', () => {
    expect(read('Ett villkor för att en ansökan om aktuellt bidrag ska behandlas av Forte är att slutredogörelser för alla tidigare beviljade bidrag skickats in senast den 29 januari 2027.').profile.deadline).toBeUndefined();
    expect(read('A condition for the application to be considered is that final reports for all earlier grants have been submitted no later than 29 January 2027.').profile.deadline).toBeUndefined();
    expect(read('Der Abschlussbericht früherer Projekte muss spätestens am 29. Januar 2027 vorliegen.').profile.deadline).toBeUndefined();
  });

  it('takes no deadline from when the degree was obtained, and names a closing date set relative to the call (before: 2009-10-31, unmarked)', () => {
    const r = read('Il titolo deve essere stato conseguito successivamente al 31 ottobre 2009 ma entro il 31 ottobre 2012.\nLe richieste dovranno essere inoltrate entro 30 giorni dalla pubblicazione del bando.');
    expect(r.profile.deadline).toBeUndefined();
    expect(r.review.filter((x) => x.path === 'deadline').map((x) => x.reason).join()).toMatch(/relative to another date \("Le richieste dovranno essere inoltrate entro 30 giorni/);
  });

  it('takes no deadline from when the degree must have been obtained, in other languages and word orders', () => {
    expect(read('The PhD must have been awarded no later than 31 October 2026.').profile.deadline).toBeUndefined();
    expect(read('Applicants must have obtained their PhD no later than 31 October 2026.').profile.deadline).toBeUndefined();
    expect(read('Doktorsexamen ska vara avlagd senast den 31 oktober 2026.').profile.deadline).toBeUndefined();
    expect(read('Die Promotion muss spätestens am 31. Oktober 2026 abgeschlossen sein.').profile.deadline).toBeUndefined();
    expect(read('Het doctoraat moet uiterlijk op 31 oktober 2026 behaald zijn.').profile.deadline).toBeUndefined();
    expect(read('Le diplôme doit avoir été obtenu au plus tard le 31 octobre 2026.').profile.deadline).toBeUndefined();
    // A document about a degree, due by a date, is still the deadline.
    expect(read('Copies of degree certificates must be received no later than 1 March 2027.').profile.deadline).toBe('2027-03-01');
  });

  it('marks a "no later than" date whose sentence does not speak of applying, naming the sentence', () => {
    expect(reasons('The selection must be concluded no later than 30 September 2027.', 'deadline')).toMatch(/does not speak of applying \("The selection must be concluded/);
    expect(reasons('Die Auswahl muss spätestens am 30. September 2027 abgeschlossen sein.', 'deadline')).toMatch(/does not speak of applying/);
    expect(reasons('De selectie wordt uiterlijk 30 september 2027 afgerond.', 'deadline')).toMatch(/does not speak of applying/);
  });

  it('does not mark a closing date that names itself without an "at the latest" word', () => {
    expect(reasons('Ende der Ausschreibungsfrist: 17. September 2027.', 'deadline')).toBe('');
    expect(reasons('Prazo: 15 de fevereiro de 2027.', 'deadline')).toBe('');
    expect(reasons('Scadenza del bando entro il 15 febbraio 2027.', 'deadline')).toBe('');
  });

  it('still reads the deadline of the application, unmarked', () => {
    expect(read('Applications must be submitted no later than 29 January 2027.').profile.deadline).toBe('2027-01-29');
    expect(reasons('Applications must be submitted no later than 29 January 2027.', 'deadline')).toBe('');
    expect(read('Sista ansökningsdag är den 29 januari 2027.').profile.deadline).toBe('2027-01-29');
    expect(read('Decisions will be made soon after the closing date of 1 March 2027.').profile.deadline).toBe('2027-03-01');
  });
});

describe('documents asked for that were neither listed nor pointed at (audit10 F8)', () => {
  const own = (body: string) => importPosting(`Doctoral Researcher\n\n${body}\n`, { today: '2026-12-05' });
  const pointers = (body: string) => own(body).review.filter((x) => x.path === 'items').map((x) => x.reason).join(' | ');

  it('reads the labelled entries after "a PDF file that contains the following:" (before: "Cover Letter: ..." lost, unmarked)', () => {
    const da = own('Ansøgeren skal indsende en samlet PDF-fil, der indeholder følgende:\n\nCover Letter: På én side beskrives det, hvilken vejleder ansøgeren ønsker.\n\nMotiveret ansøgning: Ansøgningen skal indeholde en problemformulering.');
    expect(da.profile.items.map((i) => i.title)).toEqual(['Cover Letter', 'Motiveret ansøgning']);
    const en = own('The application is a single PDF file that contains the following:\n\nCover letter: one page on the supervisor you would like.\n\nResearch proposal: the problem and the aims of the project.');
    expect(en.profile.items.map((i) => i.kind)).toEqual(['cover_letter', 'research_plan']);
    const sv = own('Ansökan ska vara en PDF-fil som innehåller följande:\n\nPersonligt brev: en sida om varför du söker.\n\nForskningsplan: högst tre sidor.');
    expect(sv.profile.items.map((i) => i.kind)).toEqual(['motivation_letter', 'research_plan']);
  });

  it('reads the list after "The documentation ... includes, besides Attachment 1 and 2, also:" and points at the attachments (before: neither)', () => {
    const body = 'The documentation that must be returned together with the application form includes, besides Attachment 1 and 2, also:\n\n1. Xerocopy of Passport or other ID\n\n2. Signed copy of a recent CV and Publication List';
    expect(own(body).profile.items.map((i) => i.kind)).toEqual(['other', 'other', 'cv', 'publication_list']);
    expect(own(body).profile.items[1]?.title).toBe('Xerocopy of Passport or other ID');
    expect(pointers(body)).toMatch(/Attachment 1 and 2/);
    expect(pointers('Please submit the application form together with Annex 1 and Annex 2 signed.')).toMatch(/Annex 1/);
    // A numbered annex that is only referred to is no document.
    expect(pointers('Please send your CV. The evaluation criteria are given in Annex 1.')).toBe('');
  });

  it('reads the Finnish academic portfolio and points at the publications asked for after the closing date', () => {
    const r = own('Hakemukseen on liitettävä:\n\n1) tiedekunnan hyväksymän ohjeen mukainen yliopistoportfolio\n2) julkaisuluettelo.\n\nHakijoita pyydetään lisäksi varautumaan siihen, että he toimittavat hakuajan päätyttyä tiedekunnan pyynnöstä valitsemiaan julkaisuja.');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['portfolio', 'publication_list']);
    expect(r.review.filter((x) => x.path === 'items').map((x) => x.reason).join()).toMatch(/writing_sample/);
  });

  it('lists the signed pre-application and points at a host organisation\'s signed agreement (before: neither)', () => {
    expect(own('Los Departamentos deberán enviar la presolicitud firmada electrónicamente por el Director de Departamento.').profile.items[0]?.title).toMatch(/^Presolicitud firmada/);
    expect(own('Applicants must submit a CV and the signed pre-application form.').profile.items.map((i) => i.kind)).toEqual(['cv', 'other']);
    expect(pointers('Please send a CV and a research proposal.\n\nBefore you can take up your Fellowship we will also need formal signed agreement from your chosen host organisation.')).toMatch(/signed agreement from/);
  });
});
