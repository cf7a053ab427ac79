/**
 * Findings 3, 4, 8 and 11 of the importer audit of 2026-12-06 (round 13, notes/audit-import-2026-12-06i.md): a zip
 * asked for in other words than English, letters sent by others in other wordings, a preliminary step's date taken
 * for the deadline, and the Italian "ore 11:00". Each as a short posting in the audit's words, and a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const formatReason = (text: string) => read(text).review.find((x) => x.path === 'submission.format')?.reason;

describe('a zip asked for in any language is not an unmarked one PDF (audit #3)', () => {
  it.each([
    // sarlat-residence, trimmed.
    "Avant de déposer votre dossier de candidature en PDF, vous devez le compresser en format Zip pour que tous les éléments de votre dossier soient groupés en un fichier. N'oubliez pas de joindre votre CV et une lettre de motivation.",
    'Please send your CV and cover letter as PDF files in a compressed folder.',
    'Merci de joindre votre CV et votre lettre de motivation dans un dossier compressé.',
    'Bitte laden Sie Lebenslauf und Anschreiben in einer komprimierten Datei hoch.',
  ])('%s: separate files, marked to zip them (before: one PDF, unmarked or "does not say")', (text) => {
    const r = read(text);
    expect(r.profile.submission).toMatchObject({ format: 'separate-files', review: true });
    expect(formatReason(text)).toMatch(/^the posting wants the files in one zip file \(".*"\); the profile says separate files, which `packet build` makes: put them in one zip file yourself before sending$/);
  });

  it('a zip asked for after a one-PDF sentence marks the one PDF (before: one PDF, unmarked)', () => {
    const text = 'Please send a CV and a cover letter.\nSend the whole application as one PDF file. Compress everything into a single .zip archive before uploading.';
    expect(read(text).profile.submission).toMatchObject({ format: 'single-pdf', review: true });
    expect(formatReason(text)).toBe('the posting asks for a zip file ("Compress everything into a single .zip archive before uploading.") though another sentence says one PDF; `packet build` makes PDFs, not zip files: check how the posting wants them sent, and zip them yourself');
  });

  it('a PDF or a zip offered is one PDF (before: marked to zip), a refused compressed folder says nothing, no format sentence is marked', () => {
    expect(read('Please send a CV and a cover letter. The files can be compiled in one PDF or compressed in a Zip file.').profile.submission).toEqual({ format: 'single-pdf', source: 'The files can be compiled in one PDF or compressed in a Zip file.' });
    expect(read('Please send a CV and a cover letter as one PDF. Compressed folders are not accepted.').profile.submission).toEqual({ format: 'single-pdf', source: 'Please send a CV and a cover letter as one PDF.' });
    // The default one PDF, written when the posting says nothing about the format, is marked.
    expect(read('Please send a CV and a cover letter.').profile.submission).toEqual({ format: 'single-pdf', review: true });
    expect(formatReason('Please send a CV and a cover letter.')).toBe('the posting does not say whether it wants one PDF or separate files');
  });
});

describe('letters the referees or the supervisor send, in more wordings (audit #8)', () => {
  const refs = (text: string) => read(text).profile.items.filter((i) => i.kind === 'references').map((i) => i.sent_by ?? null);
  it.each([
    // uccs-ura and scio-uk, trimmed.
    'Please submit a CV and a letter of recommendation. The recommendation letter should be emailed by the reference to the committee by the application deadline.',
    'Your full application and all reference letters (emailed to us by the referee directly) must be emailed by midnight (GMT) Friday 15 September 2017.',
    'Please submit a CV and a reference letter. The reference letter must be uploaded by your supervisor.',
    'Bitte senden Sie Lebenslauf und ein Empfehlungsschreiben. Ihr Betreuer sendet das Empfehlungsschreiben direkt an das Sekretariat.',
    'Envoyez votre CV et une lettre de recommandation. La lettre de recommandation doit être envoyée directement par votre directeur de thèse.',
  ])('%s: sent_by referees (before: in the packet)', (text) => {
    expect(refs(text)).toEqual(['referees']);
  });

  it('Finnish "ohjaaja toimittaa lausuntonsa" is a marked reference the supervisor sends, no longer only pointed at (lsr-lausunto; imp24a)', () => {
    const r = read('Liikesivistysrahaston apurahakierroksella käytetään sähköistä lausuntoa. Hakemuksessa nimetty työn ohjaaja toimittaa lausuntonsa lausuntojärjestelmässä viimeistään 31.8. klo 24.00.');
    expect(r.profile.items.map((i) => [i.kind, i.sent_by, i.review])).toEqual([['references', 'referees', true]]);
    expect(r.unlisted ?? []).toEqual([]);
  });

  it('"ohjaajan lausunto" that "ohjaaja toimittaa itse" is a reference the supervisor sends (before: no item)', () => {
    const r = read('Hakemukseen liitetään tutkimussuunnitelma ja ohjaajan lausunto. Ohjaaja toimittaa lausuntonsa itse lausuntojärjestelmässä.');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.sent_by ?? null])).toEqual([
      ['research_plan', 'Tutkimussuunnitelma', null],
      ['references', 'Ohjaajan lausunto', 'referees'],
    ]);
  });

  it('letters the applicant sends stay in the packet', () => {
    expect(refs('Please submit a CV and two reference letters. The letters should be sent by the applicant to the committee.')).toEqual([null]);
  });
});

describe("a preliminary step's date does not win over the application's closing date (audit #4)", () => {
  it('scio-uk: the Intention to Apply "before 5 September" yields to "midnight (GMT) Friday 15 September 2017" (before: 2027-09-05)', () => {
    const r = read(
      'The Intention to Apply must be submitted before 5 September and is a necessary step to receiving access to the full application form. The full application is extensive, so allow good time to complete it before the 15 September 2017 deadline.\n\nPlease note that your full application and all reference letters (emailed to us by the referee directly) must be emailed by midnight (GMT) Friday 15 September 2017.',
    );
    expect(r.profile.deadline).toBe('2017-09-15T23:59+00:00');
    expect(r.review.filter((x) => x.path === 'deadline').map((x) => x.reason)).toContain('other dates are also called a deadline: "The Intention to Apply must be submitted before 5 September and is a necessary step to receiving access to the full application form."');
  });

  it.each([
    ['English', 'Please send a CV and a research proposal. Expressions of interest must be received by 1 February 2027. The deadline for full applications is 15 March 2027.', '2027-03-15'],
    ['German', 'Bitte senden Sie Lebenslauf und Forschungsexposé. Die Interessenbekundung ist bis zum 1. Februar 2027 einzureichen. Bewerbungsschluss ist der 15. März 2027.', '2027-03-15'],
    ['French', 'Envoyez votre CV et un projet de recherche. La pré-inscription doit être faite avant le 1er février 2027. La date limite de dépôt des dossiers est le 15 mars 2027.', '2027-03-15'],
  ])('%s: the step\'s date comes first, the closing date wins (before: the step\'s)', (_language, text, deadline) => {
    expect(read(text).profile.deadline).toBe(deadline);
  });

  it("a step's date is still the deadline when the posting gives no other", () => {
    expect(read('Please send a CV. Expressions of interest must be received by 1 February 2027.').profile.deadline).toBe('2027-02-01');
  });
});

describe('Italian "ore 11:00 (ora italiana)", and the example zone in the posting\'s language (audit #11)', () => {
  it.each([
    // unite-dottorato and the audit's cause checks c5a-c5c.
    'I candidati devono allegare il Curriculum Vitae. La domanda dovrà essere inviata entro e non oltre le ore 11:00, ora italiana, di martedì 30 agosto 2027.',
    'I candidati devono allegare il Curriculum Vitae. La domanda dovrà essere inviata entro e non oltre le ore 11:00 am, ora italiana, di martedì 30 agosto 2027.',
    'I candidati devono allegare il Curriculum Vitae.\n\nScadenza: 30 agosto 2027, ore 11:00 (ora italiana)',
  ])('%s: 2027-08-30 11:00 Europe/Rome (before: the date only, marked)', (text) => {
    expect(read(text).profile.deadline).toBe('2027-08-30 11:00 Europe/Rome');
  });

  const zoneHint = (text: string) => read(text).review.find((x) => x.path === 'deadline')?.reason ?? '';
  it.each([
    ['Swedish', 'Ansökan ska innehålla ett personligt brev och en CV. Ansökan ska vara inkommen senast den 15 februari 2027 kl. 23.59 och skickas till oss för att bli bedömd.', '2027-02-15 23:59 Europe/Stockholm if the employer is in Sweden (the posting is in Swedish)'],
    ['Spanish', 'Los candidatos deben enviar el CV y la carta de motivación. El plazo para la presentación de las solicitudes termina el 16 de febrero de 2027 a las 9:00 horas.', '2027-02-16 09:00 Europe/Madrid if the employer is in Spain (the posting is in Spanish)'],
  ])('%s, no place named: the example zone is its country\'s (before: Europe/Berlin)', (_language, text, example) => {
    expect(zoneHint(text)).toContain(`e.g. ${example}`);
  });

  it('an English posting that names no place gets English-speaking examples, not Germany (audit round 14 #8)', () => {
    expect(zoneHint('Please send a CV and a cover letter to the committee. Applications are due on 15 February 2027 at 17:00, and late ones are not read.')).toContain('e.g. 2027-02-15 17:00 America/New_York for an employer in New York, or Europe/London for one in London');
  });
});
