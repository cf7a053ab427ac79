/**
 * What was left of findings 2 and 3 of the black-box audit of 2026-12-05 (round 7, audit16): an office's name read
 * as a portfolio, one document's cap taken for the packet's, a CV's line read as a thesis, a list's "as far as
 * available" spilling onto the next labelled entry, and a footnote's or a list's number read as a count. Each as a
 * short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { textLines } from '../../../src/core/import/markup.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);
const pointed = (text: string) => read(text).review.filter((r) => r.path === 'items').map((r) => r.reason).join(' ');

describe('an office named by a document word asks for nothing (audit16 #2)', () => {
  it('reads no portfolio from "communicate with SSHRC\'s Research Training Portfolio" (before: a portfolio item, unmarked)', () => {
    const prose = 'Please send a CV. Applicants requiring assistance while preparing their application are encouraged to communicate with SSHRC\'s Research Training Portfolio well in advance of the application deadline.';
    expect(kinds(prose)).toEqual(['cv']);
    const list = 'Checklist:\n- Upload your CV.\n- If you require assistance while preparing your application, communicate with SSHRC\'s Research Training Portfolio well in advance of the application deadline.';
    expect(kinds(list)).toEqual(['cv']);
    expect(pointed(list)).toBe('');
  });

  it('reads no document from an office or a contact line in several languages', () => {
    expect(kinds('Please send a CV and a cover letter. If you need help, contact the Portfolio Office.')).toEqual(['cv', 'cover_letter']);
    expect(kinds('Please send a CV and a teaching portfolio. Questions can be directed to the Thesis Office.')).toEqual(['cv', 'teaching_statement']);
    expect(kinds('Please send:\n- CV\n- Contact: Jane Doe, Research Portfolio, jane@example.org')).toEqual(['cv']);
    expect(kinds('Envoyez un CV. Pour toute question, contactez le service des diplômes.')).toEqual(['cv']);
    expect(kinds('Skicka ett CV. Vid frågor, kontakta Avhandlingskansliet eller Portfolio Office.')).toEqual(['cv']);
  });

  it('still reads a portfolio the posting asks for, capitalised or not', () => {
    expect(kinds('Please send a CV and your Portfolio (max 10 pages).')).toEqual(['cv', 'portfolio']);
    expect(kinds('Please consult the Teaching Portfolio guidelines and send a Teaching Portfolio and a CV.')).toEqual(['teaching_statement', 'cv']);
    expect(kinds('Please contact your referees and ask them to send letters of recommendation. Send a CV.')).toContain('references');
  });
});

describe('a total said under one document\'s heading is that document\'s (audit16 #3)', () => {
  const sub = (text: string) => read(text).profile.submission;
  it('gives no packet cap from "Not to exceed three pages total" under "Research Statement" (before: submission.max_pages 3, unmarked)', () => {
    const text = 'Research Statement\n\n• Not to exceed three pages total including text, figures, and references cited\n• Summaries of ongoing work that is most relevant to advertised position (~one page)';
    const r = read(text);
    expect(r.profile.submission.max_pages).toBeUndefined();
    expect(r.profile.items.find((i) => i.kind === 'research_statement')?.max_pages).toBe(3);
    expect(sub('Forschungsexposé\n\nDas Exposé darf insgesamt höchstens 5 Seiten umfassen, in total.').max_pages).toBeUndefined();
  });

  it('still reads a cap on the whole application, under a heading or not', () => {
    expect(sub('Research Statement\n\nThe statement should be short.\nThe whole application must not exceed 10 pages in total.').max_pages).toBe(10);
    expect(sub('Please send a CV and a research statement. The application must not exceed 10 pages in total.').max_pages).toBe(10);
  });
});

describe('a line of the CV that names the thesis is no thesis (audit16 #3)', () => {
  it('reads no thesis from "graduate institution, thesis title, and ..." (before: a thesis item, unmarked)', () => {
    const text = 'Guidelines\n\nEmployers are welcome to link to this page.\n\n• Not to exceed two pages, excluding list of publications\n• Required elements:\n• Education: include undergraduate institution and major; graduate institution, thesis title, and, if not yet awarded, the month and year it is expected';
    expect(kinds(text)).not.toContain('thesis');
  });

  it('reads no thesis from its title, topic or grade in other words and languages', () => {
    for (const text of [
      'In the CV, include your graduate institution, thesis title and grade.',
      'In the CV, please include the title of your dissertation.',
      'Im Lebenslauf nennen Sie bitte den Titel der Masterarbeit.',
      'Vermeld in je cv de titel van de scriptie.',
      'Ange i ditt CV uppsatsens titel.',
      'Dans le CV, indiquez le titre de la thèse.',
      'Nel CV indicare il titolo della tesi.',
    ]) expect(kinds(text), text).not.toContain('thesis');
  });

  it('still reads a thesis asked for', () => {
    expect(kinds('Please send a CV and a copy of your master\'s thesis.')).toEqual(['cv', 'thesis']);
    expect(kinds('Bitte senden Sie Lebenslauf und Masterarbeit.')).toContain('thesis');
  });
});

describe('a footnote\'s or a list\'s number in brackets is no count (audit16 #3)', () => {
  const item = (text: string, kind: string) => read(text).profile.items.find((i) => i.kind === kind);
  it('reads no count from "PhD research proposal (1): a brief outline" (before: min 1, max 1)', () => {
    const plan = item('Please submit the following documents:\n• a detailed curriculum vitae;\n• PhD research proposal (1): a brief outline of the topic on which you wish to work;', 'research_plan');
    expect(plan?.min).toBeUndefined();
    expect(plan?.max).toBeUndefined();
  });

  it('reads no count from the next entry\'s number ("(1) CV (2) research statement (3) ...", before: the CV 2, the statement 3)', () => {
    const text = 'Please submit (1) CV (2) research statement (3) three letters of recommendation.';
    expect(item(text, 'cv')?.min).toBeUndefined();
    expect(item(text, 'research_statement')?.min).toBeUndefined();
  });

  it('still reads a count in brackets after the name', () => {
    expect(item('Please submit a CV and reference letters (2).', 'references')).toMatchObject({ min: 2, max: 2 });
    expect(item('Please send letters of recommendation (3) from former supervisors and a CV.', 'references')).toMatchObject({ min: 3, max: 3 });
    expect(item('Please send a CV and reference letters (2-3).', 'references')).toMatchObject({ min: 2, max: 3 });
  });
});

describe('entries a flattened page glued onto other lines (audit16 #3, #4)', () => {
  const posting = [
    '1. Written form:',
    '- Cover letter:',
    'Always include a reference to the position you apply for in your covering letter. - Personal record:',
    'List all important data chronologically. - Certifications:',
    'As far as available, please attach copies (not necessarily certified) of:- Zeugnisse / Abitur',
    '- Diplom',
    '- Arbeitszeugnis',
    '- Publication list:',
    'Include copies of abstracts of the most important publications (max. 10).',
  ].join('\n');

  it('keeps the list\'s "as far as available" off the next labelled entry (before: publication_list optional, unmarked)', () => {
    const items = read(posting).profile.items;
    expect(items.find((i) => i.kind === 'publication_list')?.stage).toBe('required');
    expect(items.find((i) => i.kind === 'diplomas')?.stage).toBe('optional');
  });

  it('splits a label glued onto the paragraph above and a first entry glued onto its opening line', () => {
    const lines = textLines(posting).map((l) => l.text);
    expect(lines).toContain('- Personal record:');
    expect(lines).toContain('As far as available, please attach copies (not necessarily certified) of:');
    expect(lines).toContain('- Zeugnisse / Abitur');
  });

  it('leaves a dash inside a sentence alone when the page writes no labels as entries', () => {
    const lines = textLines('Please send a CV. - Note: we read every application.').map((l) => l.text);
    expect(lines).toContain('Please send a CV. - Note: we read every application.');
  });
});
