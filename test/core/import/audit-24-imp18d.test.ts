/**
 * Pointers at documents "named but not listed" that point at nothing (notes/audit-import-2026-12-06g.md, finding 11),
 * and the blanket "list them by hand" pointer over a list whose entries were there to point at, each as a short
 * posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Job title: Lecturer in Physics\nEmployer: University of Example\nReference: EX-2027-1\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-06' });
/** The pointers as the summary names them: kind and quoted words. */
const pointers = (body: string) => (read(body).unlisted ?? []).map((u) => [u.kind, u.name]);
const SENT = 'Please send a cover letter and a CV.';

describe('a kind word used as a format or a container', () => {
  it('points at no portfolio in "compiled in one PDF portfolio" (chalmers)', () => {
    expect(pointers(`${SENT} The files can also be compiled in one PDF portfolio or compressed in a Zip file.`)).toEqual([]);
  });

  it('nor in "merge them into a single PDF portfolio"', () => {
    expect(pointers('Please upload a CV and a research statement. You may merge them into a single PDF portfolio.')).toEqual([]);
  });

  it('still reads a portfolio the posting asks for in another sentence (to bring to the interview: a later item)', () => {
    const r = read(`${SENT}\nArtists: bring a portfolio of your work to the interview.`);
    expect(r.profile.items.find((i) => i.kind === 'portfolio')).toMatchObject({ title: 'Portfolio of your work', stage: 'later' });
    expect(r.unlisted ?? []).toEqual([]);
  });
});

describe("a document that is someone else's than the applicant's", () => {
  it('points at no thesis in "List the master students and their thesis" (chalmers)', () => {
    expect(pointers(`${SENT} List the master students and their thesis and the research students for whom you have been the primary supervisor.`)).toEqual([]);
  });

  it('nor at "your PhD students\' dissertations"', () => {
    expect(pointers(`${SENT} Describe your supervision, naming your PhD students' dissertations and where they work now.`)).toEqual([]);
  });

  it("still points at the applicant's own thesis, \"their thesis\" after \"candidates\"", () => {
    expect(pointers(`${SENT}\nAt the interview, candidates should bring their thesis.`)).toEqual([['thesis', 'thesis']]);
  });
});

describe('a field of a form', () => {
  it('points at no diploma in "nom du/des diplôme(s) obtenu(s)" (eiffel)', () => {
    expect(pointers("Merci d'envoyer une lettre de motivation et un CV.\nFormation : nom de l'établissement, nom du/des diplôme(s) obtenu(s), dates de début et de fin.")).toEqual([]);
  });

  it('nor in "name of the diploma obtained" or "Titel der Dissertation"', () => {
    expect(pointers(`${SENT}\nEducation: name of the institution, name of the diploma obtained, dates.`)).toEqual([]);
    expect(pointers('Bitte senden Sie ein Anschreiben und einen Lebenslauf.\nAngaben zur Promotion: Hochschule, Titel der Dissertation, Note.')).toEqual([]);
  });
});

describe('abbreviations with full stops', () => {
  it('does not cut "copy of your B.Sc. thesis" at "B" (tue)', () => {
    expect(pointers(`${SENT}\nA copy of your B.Sc. thesis, if available in English.`)).toEqual([['thesis', 'thesis']]);
  });

  it('nor "a copy of your M.A. dissertation" into an item "Copy of your M.A" beside the dissertation', () => {
    const { profile } = read(`${SENT} Also include a copy of your M.A. dissertation.`);
    expect(profile.items.map((i) => i.title)).toEqual(['Cover letter', 'CV', 'M.A. dissertation']);
  });

  it('keeps "copy of your U.S. visa" whole', () => {
    const { profile } = read(`${SENT} Also include a copy of your U.S. visa.`);
    expect(profile.items.map((i) => i.title)).toEqual(['Cover letter', 'CV', 'Copy of your U.S. visa']);
  });
});

describe('a date line counted as a position', () => {
  const positions = (body: string) => read(body).review.filter((x) => /positions/.test(x.reason));

  it('does not take "Posted: Oct 4, 2025" for a second position beside "Professor" (unisa)', () => {
    expect(positions('Posted: Oct 4, 2025\nDeadline: Oct 10, 2025\n\nProfessor: Insurance Law (X1)\n\nApplicants must provide a CV and a teaching portfolio.')).toEqual([]);
  });

  it('nor "Posted: 4 October 2025" beside "Senior Lecturer: Public Law"', () => {
    expect(positions('Posted: 4 October 2025\nClosing date: 31 October 2025\n\nSenior Lecturer: Public Law\n\nPlease send a CV and a cover letter.')).toEqual([]);
  });

  it('still reads two numbered positions', () => {
    expect(positions('Position 1: PhD student. Send a CV. Deadline: 15 January 2027.\n\nPosition 2: Postdoc. Send a CV and a research statement.')).toHaveLength(1);
  });
});

describe('a list of documents the importer did not read, with no item at all (sep-becas)', () => {
  const SEP =
    'Documentación requerida\nNombrar cada archivo conforme se indica entre paréntesis:\n' +
    '· Solicitud de beca debidamente llenada y firmada (BC_solbec.pdf)\n' +
    '· Recomendación académica de un profesor de la universidad de la cual es egresado, no se aceptarán otras cartas de recomendación (BC_recac.pdf)\n' +
    '· No envíe cartas de recomendación adicionales\n' +
    '· Carta de aceptación oficial de la universidad o institución receptora, indicando la fecha de inicio (BC_cartac.pdf)\n' +
    '· Plan de estudios con calendarización de la institución receptora (BC_planes.pdf)';

  it('points at each "·" entry by its first words instead of only "list them by hand", not at the one it refuses', () => {
    expect(pointers(SEP)).toEqual([
      ['other', 'Solicitud de beca debidamente llenada y firmada'],
      ['other', 'Recomendación académica de un profesor de la universidad…'],
      ['other', 'Carta de aceptación oficial de la universidad o…'],
      ['other', 'Plan de estudios con calendarización de la institución…'],
    ]);
  });

  it('reads "•", "▪" and "–" entries under a German heading the same way', () => {
    for (const mark of ['•', '▪', '–']) {
      const body = `Erforderliche Unterlagen\nBitte benennen Sie jede Datei wie angegeben:\n${mark} Unterschriebene Erklärung zur Eigenständigkeit (erkl.pdf)\n${mark} Bestätigung der Gastinstitution (gast.pdf)`;
      expect(pointers(body)).toEqual([
        ['other', 'Unterschriebene Erklärung zur Eigenständigkeit'],
        ['other', 'Bestätigung der Gastinstitution'],
      ]);
    }
  });

  it('points at no entry of a list of form fields', () => {
    expect(pointers('There are several mandatory fields within the online application form. These fields are:\n• Surname\n• First Name\n• Email Address')).toEqual([]);
  });
});
