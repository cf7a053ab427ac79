/**
 * Findings 1, 2 and 4 of the importer audit of 2026-12-06 (round 15, notes/audit-import-2026-12-06k.md): a verb read
 * as a document ("resume the form" as a CV), referees the system invites by e-mail read as letters the applicant
 * sends, and a second way to deliver an item ("upload a link to your portfolio") read as a second item.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const run = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' });
/** `kind/stage title [pages] accepts (sent_by) (marked)` of each item. */
const items = (text: string) =>
  run(text).profile.items.map(
    (i) => `${i.kind}/${i.stage} ${i.title}${i.max_pages !== undefined ? ` [${i.max_pages}]` : ''} ${i.accepts.join(',')}${i.sent_by ? ` (${i.sent_by})` : ''}${i.review === true ? ' (marked)' : ''}`,
  );
const unlisted = (text: string) => run(text).unlisted.map((u) => `${u.kind} ${u.name}`);

describe('"resume" the verb is no CV (audit #1)', () => {
  const kings = [
    "Please note that the form is not saved automatically if you navigate away from it. Be careful to accurately enter your email address or bookmark the 'finish later' link to be able to resume the form.",
    '',
    'We recommend that you prepare your longer answers in a programme such as MS Word and then paste them into this online form.',
  ].join('\n');

  it('writes no CV for "to be able to resume the form", and points at the online form it speaks of', () => {
    expect(items(kings).some((i) => i.startsWith('cv/'))).toBe(false);
    expect(unlisted(kings)).toContain('other online form');
  });

  it('writes no CV and points at no CV for "resume it later", and still reads "a cover letter and resume"', () => {
    const text = 'You can save your application and resume it later. Please complete the online form by 31 January 2027.';
    expect(items(text).some((i) => i.startsWith('cv/'))).toBe(false);
    expect(unlisted(text)).toEqual(['other online form']);
    expect(items('Please submit a cover letter and resume by email.')).toContain('cv/required Resume file');
  });
});

describe('referees the system invites by e-mail send the letters themselves (audit #2)', () => {
  it('reads "Personalised emails to your referees with an invitation to provide a reference letter" as sent by the referees', () => {
    const text = [
      'Once you submit this form, the application system will send out the following automated messages:',
      '- An email to you confirming your registration.',
      '- Personalised emails to your referees with an invitation to provide a reference letter for you.',
    ].join('\n');
    expect(items(text).filter((i) => i.startsWith('references/'))).toEqual([expect.stringContaining('(referees)')]);
  });

  it('reads "Your referees will receive an e-mail asking them to upload" and "the system will e-mail an invitation to your referees to upload"', () => {
    const a = 'Please upload your CV and two letters of recommendation. The system will email an invitation to your referees to upload their letters.';
    expect(items(a).filter((i) => i.startsWith('references/'))).toEqual([expect.stringContaining('(referees)')]);
    const b = 'Please upload your CV and two letters of recommendation. We will send e-mails to your referees asking them to submit their letters.';
    expect(items(b).filter((i) => i.startsWith('references/'))).toEqual([expect.stringContaining('(referees)')]);
  });
});

describe('a second way to deliver an item is that item (audit #4)', () => {
  it('reads "Work Sample (A focused portfolio ...)" as one portfolio that may be a link, not a writing sample plus a portfolio', () => {
    const text = [
      'Please upload the following documents:',
      '- Cover letter',
      '- CV',
      '- Work Sample (A focused portfolio of no more than 20 pages representing:',
      '• a) examples of professional, research and/or creative activities;',
      '• b) examples of student work completed under the direction of the applicant.)',
      'Our application system has file upload limits. If your files are too large for our uploader, please upload a link to your portfolio under "Link to Website or Portfolio" where our search committee can view your work sample. Keep files to 9 MB or less.',
    ].join('\n');
    expect(items(text)).toEqual(['cover_letter/required Cover letter file,text', 'cv/required CV file', 'portfolio/required Work Sample [20] file,link']);
  });

  it('keeps one writing sample, which may be a link, when "If the file exceeds the upload limit" offers a link to it', () => {
    const text = [
      'Please upload the following documents:',
      '- CV',
      '- Writing Sample (a published article or a chapter)',
      'If the file exceeds the upload limit, please send a link to your portfolio where we can read your writing sample.',
    ].join('\n');
    expect(items(text)).toEqual(['cv/required CV file', 'writing_sample/required Writing Sample file,link']);
  });
});

describe('a list under a heading for a later procedure keeps that condition, and the mark says so (audit #7)', () => {
  it('gives the re-registration documents of ummto the heading as condition, and a reason beside the unknown kind', () => {
    const text = [
      "1. Constitution du dossier d'inscription en Doctorat 3ème Cycle (LMD)",
      '',
      'Pièces à fournir :',
      '',
      "Première inscription (l'intéressé aura à fournir deux exemplaires du dossier)",
      '',
      "  • Lettre de motivation (comprenant l'adresse complète, le téléphone, et l'Email).",
      "  • Extrait d'acte de naissance récent.",
      '',
      'Deuxièmes inscription',
      '',
      '  • CV du Directeur de thèse.',
      '  • Engagement par rapport au plagiat (à télécharger ici).',
      '  1. Constitution du dossier de réinscription en Doctorat 3ème Cycle (LMD)',
      '',
      ' Pièces à fournir',
      '',
      '  • Formulaire de réinscription (à télécharger ici)',
      "  • Etat d'avancement visé par le Directeur de thèse et par le Co-Directeur.",
    ].join('\n');
    const r = run(text);
    const form = r.profile.items.findIndex((i) => i.title === 'Formulaire de réinscription');
    expect(r.profile.items[form]?.condition).toBe('Constitution du dossier de réinscription en Doctorat 3ème Cycle (LMD)');
    expect(r.review.filter((n) => n.path.startsWith(`items[${form}].`)).map((n) => n.path)).toEqual([`items[${form}].kind`, `items[${form}].condition`]);
    expect(r.profile.items.find((i) => i.kind === 'motivation_letter')?.condition).toBeUndefined();
  });

  it('reads an English "Re-registration" heading over its own list the same way, the first application\'s list untouched', () => {
    const text = [
      'First application',
      'Please submit the following documents:',
      '- CV',
      '- Research proposal',
      '',
      'Re-registration',
      'Please submit the following documents:',
      '- Progress report signed by your supervisor',
      '- Registration form',
    ].join('\n');
    expect(items(text)).toEqual([
      'cv/required CV file',
      'research_plan/required Research proposal file,text',
      'other/required Progress report signed by your supervisor file (marked)',
      'other/required Registration form file (marked)',
    ]);
    expect(run(text).profile.items.slice(2).map((i) => i.condition)).toEqual(['Re-registration', 'Re-registration']);
  });
});
