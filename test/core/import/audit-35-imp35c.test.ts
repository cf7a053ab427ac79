/**
 * Importer audit round 17 (notes/audit-import-2026-12-06n.md), findings 4 and 5: a deadline said of part of a posting,
 * a degree, contract-end or second-stage date taken over the application's own, and required documents dropped with no
 * pointer. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-06' });
const deadlineReasons = (r: ReturnType<typeof read>) => r.review.filter((x) => x.path === 'deadline').map((x) => x.reason).join(' | ');

describe('a deadline said of one project or round is marked (audit #4)', () => {
  it('marks "For project 2 the deadline is ..." after "For project 1 applications are accepted all year round" (before: taken unmarked)', () => {
    const r = read('Deadlines\nFor project 1 applications are accepted all year round. For project 2 the deadline is Wednesday, January 29, 2025.', 'PhD positions in theoretical biology');
    expect(r.profile.deadline).toBe('2025-01-29');
    expect(deadlineReasons(r)).toMatch(/only part of the posting \("For project 2"/u);
  });

  it('marks a second wording: "For most projects, the application deadline was ..." and a German "für Projekt 3"', () => {
    const r = read('Please send a CV and a cover letter.\nFor most projects, the application deadline was April 5th, 2021. Each position may have a different deadline.');
    expect(deadlineReasons(r)).toMatch(/only part of the posting \("For most projects"/u);
    const de = read('Bitte senden Sie Lebenslauf und Anschreiben. Bewerbungsfrist für Projekt 3 ist der 15.03.2027.', 'Doktorandenstellen');
    expect(deadlineReasons(de)).toMatch(/only part of the posting \("für Projekt 3"/u);
  });
});

describe('the date that asks for the application is the deadline, not a degree, contract-end or stage-2 date (audit #4)', () => {
  it('takes "submit a letter ... by April 20, 2012" over "must normally have received the PhD by August 31, 2012" (before: 2012-08-31)', () => {
    const r = read(
      'The Fellow must normally have received the PhD by August 31, 2012 and within the last four years, and not have held a tenure-track position.\nAll candidates should submit a letter of application and a curriculum vitae by April 20, 2012.',
      'Postdoctoral Fellowship in Digital Classics',
    );
    expect(r.profile.deadline).toBe('2012-04-20');
    expect(deadlineReasons(r)).not.toMatch(/August 31/u);
  });

  it('takes "Bewerbung ... bis zum 01.02.2019" over "Die Stelle ist zunächst bis zum 30.09.2019 befristet" (before: 2019-09-30), and in English "fixed-term until"', () => {
    const de = read('Arbeitsbeginn ist der 01.04.2019. Die Stelle ist zunächst bis zum 30.09.2019 befristet; eine Fortführung ist erwünscht.\nBitte richten Sie eine kurze Bewerbung (bestehend aus Anschreiben und Lebenslauf) bis zum 01.02.2019 per E-Mail an: jobs@example.org', 'Wissenschaftliche Hilfskraft');
    expect(de.profile.deadline).toBe('2019-02-01');
    expect(deadlineReasons(de)).not.toMatch(/30\.09\.2019/u);
    const en = read('The post is fixed-term until 31 August 2028.\nPlease send a CV and a cover letter by 15 March 2027.', 'Research Assistant');
    expect(en.profile.deadline).toBe('2027-03-15');
  });

  it('takes stage 1\'s date over "Stage 2: shortlisted candidates will be invited to submit ... by 15 March 2027" (before: the stage-2 date), also in a second wording', () => {
    const r = read('The competition has two stages. Stage 1: applicants send a two-page expression of interest and a CV by 10 January 2027. Stage 2: shortlisted candidates will be invited to submit a full research proposal (max. 10 pages) and a writing sample by 15 March 2027.', 'Junior Research Fellowship');
    expect(r.profile.deadline).toBe('2027-01-10');
    const r2 = read('Applications (CV and cover letter) must be received by 1 February 2027. In the second round, candidates will present a research plan by 20 April 2027.', 'Lectureship');
    expect(r2.profile.deadline).toBe('2027-02-01');
  });
});

describe('required documents are read or pointed at, not dropped (audit #5)', () => {
  it('reads "statements on current research topics" in the parenthesised list after "the usual documents" (before: dropped, no pointer)', () => {
    const items = read('Applications with the usual documents (curriculum vitae, publication list, details of teaching experience, statements on current research topics, future research directions and interests) can be submitted until 7th of January 2025.', 'Junior Professorship').profile.items;
    expect(items.find((i) => i.kind === 'research_statement')?.title).toBe('Statements on current research topics');
  });

  it('reads a second wording: "Please include statements about your research and a CV"', () => {
    const items = read('Please include two statements about your research and a CV.').profile.items;
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['research_statement', 'cv']));
  });

  it('stops the CV\'s name at "sowie" and points at "Dokumenten, die Ihre Erfahrungen wiederspiegeln" (before: CV titled "Lebenslauf sowie Dokumenten", the third document gone)', () => {
    const r = read('Bitte richten Sie eine kurze Bewerbung (bestehend aus Anschreiben, Lebenslauf sowie Dokumenten, die Ihre Erfahrungen wiederspiegeln) bis zum 01.02.2019 per E-Mail an: jobs@example.org', 'Wissenschaftliche Hilfskraft');
    const cv = r.profile.items.find((i) => i.kind === 'cv');
    expect(cv?.title).toBe('Lebenslauf');
    expect(r.review.map((x) => x.reason).join(' | ')).toContain('"Dokumenten, die Ihre Erfahrungen wiederspiegeln" may be another document');
  });

  it('does the same in English: "a CV and documents that reflect your experience"', () => {
    const r = read('Please send a cover letter, a CV and documents that reflect your experience by 1 February 2027.');
    expect(r.profile.items.find((i) => i.kind === 'cv')?.title).toBe('CV');
    expect(r.review.map((x) => x.reason).join(' | ')).toContain('"documents that reflect your experience" may be another document');
  });

  it('reads the Danish bullet "ansøgningen skal mindst indeholde 1) en projektbeskrivelse, 2) en tidsplan, 3) et budget ..., 4) CV ..." as a list (before: only the CV, marked; tidsplan neither listed nor pointed)', () => {
    const items = read('Ansøgning\n- ansøgningen skal mindst indeholde 1) en projektbeskrivelse, 2) en tidsplan, 3) et budget, der viser, hvordan du vil finansiere dit projekt, herunder hvor meget du selv bidrager med, 4) CV på de personer, der er involveret i projektet.', 'Legat').profile.items;
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['Projektbeskrivelse', 'Tidsplan', 'Budget']));
    expect(items.find((i) => i.kind === 'cv')?.stage).toBe('required');
  });

  it('reads a Norwegian second wording: "- søknaden må minst inneholde 1) en prosjektbeskrivelse, 2) en tidsplan og 3) et budsjett"', () => {
    const items = read('Søknad\n- søknaden må minst inneholde 1) en prosjektbeskrivelse, 2) en tidsplan og 3) et budsjett.', 'Stipend').profile.items;
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['Tidsplan']));
    expect(items).toHaveLength(3);
  });

  it('reads "En vidimerad kopia av examensbeviset ska lämnas senast vid anställningens början" as a later diploma (before: nothing, no pointer)', () => {
    const items = read('Ansökan ska innehålla personligt brev, CV och examensarbete. En vidimerad kopia av examensbeviset ska lämnas senast vid anställningens början. Sista ansökningsdag är 2027-03-01.', 'Doktorand i statsvetenskap').profile.items;
    expect(items.find((i) => i.kind === 'diplomas')).toMatchObject({ stage: 'later' });
    expect(items.find((i) => i.kind === 'cv')?.stage).toBe('required');
  });

  it('reads a second wording: "Examensbeviset ska skickas in senast vid anställningens början"', () => {
    const items = read('Ansökan ska innehålla personligt brev och CV. Examensbeviset ska skickas in senast vid anställningens början.', 'Postdoktor').profile.items;
    expect(items.find((i) => i.kind === 'diplomas')).toMatchObject({ stage: 'later' });
  });
});
