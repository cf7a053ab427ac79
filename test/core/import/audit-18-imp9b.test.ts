/**
 * Findings 5, 7, 8 and 10 of the black-box audit of 2026-12-06 (round 8, audit18): a plan for a dissertation read as
 * the thesis, "jeweils als eine PDF-Datei" read as one PDF for everything, a form's referee fields read as letters the
 * referees send, and a rule about a document's content read as a refusal of the document. Each as a short posting in
 * the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });

describe('"each as one PDF" is one PDF per document (audit18 #7)', () => {
  it('reads "jeweils als eine PDF-Datei" and its siblings as separate files (before: single-pdf, unmarked)', () => {
    for (const text of [
      'Bitte laden Sie folgende Unterlagen jeweils als eine PDF-Datei unter dem entsprechenden Punkt im Bewerbungsportal hoch: Lebenslauf, Motivationsschreiben.',
      'Bitte reichen Sie je eine PDF-Datei für Lebenslauf und Motivationsschreiben ein.',
      'Please upload a CV and a cover letter, each as a single PDF.',
      'Please upload a CV and a cover letter, each as a PDF file.',
      'Upload uw cv en motivatiebrief, elk als apart PDF-bestand.',
      'Ladda upp CV och personligt brev var för sig som PDF.',
    ]) {
      expect(read(text).profile.submission.format, text).toBe('separate-files');
    }
  });

  it('still reads one PDF for everything', () => {
    for (const text of [
      'Bitte senden Sie Lebenslauf und Motivationsschreiben in einer PDF-Datei.',
      'Please send a CV and a cover letter as one PDF file.',
      'Stuur uw cv en motivatiebrief als één PDF-bestand.',
    ]) {
      expect(read(text).profile.submission.format, text).toBe('single-pdf');
    }
  });
});

describe('a plan or proposal for a dissertation is a research plan (audit18 #5)', () => {
  const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);

  it('reads the plan, not the thesis it is for (before: a thesis item, unmarked)', () => {
    for (const text of [
      'Please send:\n1. A CV.\n2. A five-to-ten-page plan for the dissertation.',
      'Applicants should submit a CV and a proposal for a masters dissertation project, no longer than two pages.',
      'Please send a CV and a plan for the doctoral thesis.',
      'Bitte senden Sie einen Lebenslauf und ein Exposé zur Dissertation.',
      'Stuur een cv en een onderzoeksvoorstel voor het proefschrift.',
      'Skicka ett CV och en plan för avhandlingen.',
    ]) {
      expect(kinds(text), text).toEqual(['cv', 'research_plan']);
    }
  });

  it('still reads the thesis itself', () => {
    expect(kinds('Please send a CV and a copy of your master\'s thesis.')).toEqual(['cv', 'thesis']);
    expect(kinds('Bitte senden Sie einen Lebenslauf und eine Zusammenfassung der Dissertation.')).toContain('thesis');
  });
});

describe("a form's referee fields are contacts the applicant gives (audit18 #8)", () => {
  const refs = (text: string) => read(text).profile.items.find((i) => i.kind === 'references');

  it('reads "Referee 1 name and email / Referee 2 name and email" as two referees to name (before: min 1, sent by referees, unmarked)', () => {
    for (const fields of ['Referee 1 name and email\nReferee 2 name and email', 'Referee 1 name and e-mail address\nReferee 2 name and e-mail address']) {
      const r = refs(`The online application form asks for:\nName\nUpload: CV (PDF, max 2 MB)\n${fields}\n\nThe form closes on 10 January 2027.`);
      expect(r?.sent_by, fields).toBeUndefined();
      expect(r?.accepts, fields).toEqual(['referee']);
      expect(r?.min, fields).toBe(2);
    }
  });

  it('still reads referees who e-mail their letters themselves', () => {
    expect(refs('Please send a CV and two letters of recommendation. The referees email their letters directly to jobs@example.org.')?.sent_by).toBe('referees');
    expect(refs('Please send a CV. Your referees should email their letters directly to jobs@example.org.')?.sent_by).toBe('referees');
  });
});

describe("a rule about a document's content does not refuse the document (audit18 #10)", () => {
  const refused = (rule: string) => (read(`Please send a CV and a portfolio.\n\n${rule}`).profile.not_wanted ?? []).map((n) => n.kind ?? n.what);

  it('keeps the document the refused thing goes in (before: not_wanted portfolio / cv, unmarked)', () => {
    expect(refused('Projects that you have worked on while an intern or employee of an architectural practice should not be included in the portfolio.')).toEqual([]);
    expect(refused('Do not include a photograph in your CV.')).toEqual(['a photograph']);
    expect(refused('Ein Foto ist im Lebenslauf nicht erwünscht.')).toEqual(['Foto']);
    expect(refused('Neem geen foto op in uw cv.')).toEqual(['foto']);
  });

  it('still refuses the document itself', () => {
    expect(refused('Do not send a portfolio.')).toEqual(['portfolio']);
    expect(refused('A portfolio is not required.')).toEqual(['portfolio']);
  });
});
