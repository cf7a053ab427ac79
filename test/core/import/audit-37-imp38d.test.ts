/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), findings 8 and 10: what a dissertation plan must contain
 * read as documents, a hyphenated page range, and smaller slips. Each as a short posting in the audit's words and in a
 * second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const kinds = (r: ReturnType<typeof read>) => r.profile.items.map((i) => i.kind);
const item = (r: ReturnType<typeof read>, kind: string) => r.profile.items.find((i) => i.kind === kind);

const UU =
  'Usually, the application consists of the following parts:\n\n  1. Completed application form for admission to third-cycle studies.\n  2. A CV.\n  3. A five-to-ten-page plan for the dissertation. The plan is an important part of the application. The following aspects should be included:\n  • Title\n  • Aim of the study\n  • Methodology\n  • List of references\n\nApplications should be submitted electronically.';

describe('what a plan must contain is that plan\'s notes, not documents (audit #8)', () => {
  it('folds the bullets under "The following aspects should be included:" into the plan (before: an item each, and "List of references" as two referees)', () => {
    const r = read(UU, 'PhD position in Educational Sciences');
    expect(kinds(r)).toEqual(['other', 'cv', 'research_plan']);
    expect(item(r, 'research_plan')?.notes).toEqual(['The following aspects should be included: Title; Aim of the study; Methodology; List of references']);
    expect(r.profile.items.some((i) => i.title === 'Title' || i.title === 'Methodology')).toBe(false);
  });

  it('folds the points under a line of its own, "The plan should address:", and never reads "List of references" there as referees', () => {
    const r = read('Please submit:\n- A CV\n- A research plan (5-10 pages)\n\nThe plan should address:\n- Aim of the study\n- Methodology\n- List of references');
    expect(kinds(r)).toEqual(['cv', 'research_plan']);
    expect(item(r, 'research_plan')?.notes).toEqual(['The plan should address: Aim of the study; Methodology; List of references']);
  });

  it('reads Swedish "Planen ska innehålla följande delar:" the same way', () => {
    const r = read('Ansökan ska innehålla:\n- CV\n- Forskningsplan (högst 5 sidor)\n\nPlanen ska innehålla följande delar:\n- Syfte\n- Metod\n- Referenslista', 'Doktorand i pedagogik');
    expect(kinds(r)).toEqual(['cv', 'research_plan']);
    expect(item(r, 'research_plan')?.notes).toEqual(['Planen ska innehålla följande delar: Syfte; Metod; Referenslista']);
  });

  it('gives no referees for the points after "The proposal should include the following:" in prose', () => {
    const r = read('Please submit a CV and a research proposal. The proposal should include the following:\n- Title\n- Research questions\n- List of references');
    expect(kinds(r)).toEqual(['cv', 'research_plan']);
  });

  it('marks a range written with hyphens, "A five-to-ten-page plan", as a range (before: capped at 10, unmarked)', () => {
    const r = read(UU, 'PhD position in Educational Sciences');
    expect(item(r, 'research_plan')).toMatchObject({ max_pages: 10, review: true });
    expect(r.review.find((n) => n.path === `items[${kinds(r).indexOf('research_plan')}].max_pages`)?.reason).toBe('the posting gives a range ("five-to-ten-page"); its upper bound is taken as the limit');
    const two = read('Please send a CV and a research proposal of three-to-five pages.');
    expect(item(two, 'research_plan')).toMatchObject({ max_pages: 5, review: true });
  });
});

describe('smaller slips (audit #10)', () => {
  it('refuses both in "Please do not send publications or letters of reference" (before: the publications were dropped)', () => {
    const r = read('Applications must include a cover letter, a CV and a teaching statement. Please do not send publications or letters of reference; we will contact your referees if you are shortlisted.', 'Lecturer in Economics');
    expect(r.profile.not_wanted?.map((n) => [n.what, n.kind])).toEqual([
      ['publications', 'writing_sample'],
      ['letters of reference', 'references'],
    ]);
    expect(kinds(r)).toEqual(['cover_letter', 'cv', 'teaching_statement']);
  });

  it('refuses the papers of "Do not include papers or a photograph with your application" too', () => {
    const r = read('Please send a CV and a cover letter. Do not include papers or a photograph with your application.');
    expect(r.profile.not_wanted?.map((n) => n.what)).toEqual(['papers', 'a photograph']);
  });

  it('does not point at the motivation letter its own heading made an item of ("Motivation letter", "Form 1", "A letter explaining your motivation ...")', () => {
    const r = read(
      'Motivation letter\n\nForm 1\n\nA letter explaining your motivation for the position. It is short, max one page in length.\n\nResearch statement\n\nForm 3\n\nThis is a mandatory field that refers to the research statement, describing the applicant’s research experience.',
      'https://acinetwork.eu/download-documents/',
    );
    expect(kinds(r)).toContain('motivation_letter');
    expect(r.unlisted.map((u) => u.kind)).not.toContain('motivation_letter');
  });
});

describe('a research project\'s start and titles that keep stray words (audit #10)', () => {
  it('marks a start read from "the research project BEAT ..., which starts in January 2026" (before: unmarked)', () => {
    const r = read('This position is part of the NWO-funded research project BEAT (Building Equitable Accessibility Together), which starts in January 2026. Please send a CV and a motivation letter.', 'PhD position Inclusive Urban Mobility');
    expect(r.profile.start).toBe('2026-01');
    expect(r.review.find((n) => n.path === 'start')?.reason).toBe('the date is when a research project starts, not said to be when the position starts: check the start date');
  });

  it('marks "The ERC project, which begins on 1 March 2027, funds this post" the same way, and not "The position starts on 1 March 2027"', () => {
    const erc = read('The ERC project, which begins on 1 March 2027, funds this post. Please send a CV.');
    expect(erc.profile.start).toBe('2027-03-01');
    expect(erc.review.some((n) => n.path === 'start' && n.reason.startsWith('the date is when a research project starts'))).toBe(true);
    const en = read('The position starts on 1 March 2027 within the project BEAT. Please send a CV.');
    expect(en.profile.start).toBe('2027-03-01');
    expect(en.review.some((n) => n.path === 'start')).toBe(false);
  });

  it('drops the closing verb of "Ihre Bewerbung sollte ... Zeugnisse enthalten" from the title (before: "Zeugnisse enthalten")', () => {
    expect(item(read('Ihre Bewerbung sollte ein Anschreiben, einen Lebenslauf und Zeugnisse enthalten.', 'Doktorand/in'), 'diplomas')?.title).toBe('Zeugnisse');
    expect(item(read('Die Unterlagen sollen einen Lebenslauf und eine Publikationsliste umfassen.', 'Doktorand/in'), 'publication_list')?.title).toBe('Publikationsliste');
  });

  it('drops a capital "Y" before the last name of a list in capitals (before: "Y CARTA DE MOTIVACIÓN")', () => {
    expect(item(read('LOS CANDIDATOS DEBERÁN PRESENTAR: CURRÍCULUM VITAE, CERTIFICADO ACADÉMICO Y CARTA DE MOTIVACIÓN.', 'Contrato predoctoral'), 'motivation_letter')?.title).toBe('CARTA DE MOTIVACIÓN');
    expect(item(read('LOS CANDIDATOS DEBERÁN ADJUNTAR: CURRÍCULUM VITAE Y CARTA DE MOTIVACIÓN.', 'Contrato predoctoral'), 'motivation_letter')?.title).toBe('CARTA DE MOTIVACIÓN');
  });
});
