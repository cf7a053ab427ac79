/**
 * Findings 4, 5 and 8 of the black-box audit of 2026-12-06 (round 9, audit20): items read from sentences that ask for
 * nothing, later and conditional documents stated as plainly required, French deadlines. Each as a short posting in
 * the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);

describe('sentences that ask for nothing give no item (audit20 #4)', () => {
  it('a thesis to submit within the funded period is the degree\'s duty (before: a required thesis item)', () => {
    expect(kinds('Applications must include a CV and a cover letter. Students are expected to submit their thesis within the four year funded period. Closing date: 18 June 2027.')).toEqual(['cv', 'cover_letter']);
    expect(kinds('Please send a CV and a cover letter. PhD candidates must complete their dissertation within three years.')).toEqual(['cv', 'cover_letter']);
    expect(kinds('Bitte senden Sie einen Lebenslauf. Die Dissertation muss innerhalb von drei Jahren eingereicht werden.')).toEqual(['cv']);
  });

  it('still reads a thesis the application asks for', () => {
    expect(kinds('Applicants must submit their master thesis and a CV.')).toEqual(['thesis', 'cv']);
  });
});

describe('a document named in what another document states is not asked for (audit20 #4)', () => {
  it('"a statement that the thesis is accepted" (before: a required thesis item)', () => {
    expect(kinds('Forward the diploma, or alternatively an official statement from the issuing university that the PhD defense has taken place and that the thesis is accepted.')).not.toContain('thesis');
    expect(kinds('Please upload a CV and a confirmation from your supervisor that your dissertation has been submitted.')).not.toContain('thesis');
  });

  it('keeps a document the sentence asks to be in some shape ("make sure that your CV is ...")', () => {
    expect(kinds('Please submit a cover letter and a CV, and make sure that the CV is signed.')).toEqual(['cover_letter', 'cv']);
  });
});

describe('a document named among the selection criteria is marked (audit20 #4)', () => {
  const marked = (text: string) => read(text).profile.items.map((i) => [i.kind, i.review === true]);
  it('"the following items are taken into consideration: ... the research proposal" (before: required, unmarked)', () => {
    expect(
      marked(
        "When selecting early stage researchers, the following items are taken into consideration: the relevance of the applicant's research, the innovativeness and quality of the research proposal, the applicant's earlier achievements.",
      ),
    ).toEqual([['research_plan', true]]);
  });

  it('leaves a sentence that asks for the document unmarked', () => {
    expect(marked('Applicants must submit a research proposal, which will be assessed by the committee.')).toEqual([['research_plan', false]]);
  });
});

describe('later and conditional documents (audit20 #5)', () => {
  const items = (text: string) => read(text).profile.items.map((i) => ({ kind: i.kind, stage: i.stage, ...(i.condition ? { condition: i.condition } : {}), review: i.review === true }));

  it('a group named as the subject, "Candidates from universities outside Norway are kindly requested to send" (before: no condition)', () => {
    expect(items('Applications must include a CV. Candidates from universities outside Norway are kindly requested to send a Diploma Supplement. Closing date: 30.05.2027.')).toContainEqual(
      expect.objectContaining({ kind: 'diplomas', condition: 'Candidates from universities outside Norway' }),
    );
    expect(items('Please send a CV. Applicants from institutions abroad must submit their transcripts. Deadline: 1 March 2027.')).toContainEqual(
      expect.objectContaining({ kind: 'transcript', condition: 'Applicants from institutions abroad' }),
    );
  });

  it('a document due after the deadline is later, and marked (before: required, unmarked)', () => {
    expect(
      items('Application deadline 23 February 2027. Please submit a CV. Forward the diploma as early as possible but no later than 1 August 2027; it is a prerequisite for employment.'),
    ).toContainEqual({ kind: 'diplomas', stage: 'later', review: true });
    expect(items('Closing date: 1 March 2027. Please submit a CV and your transcripts by 1 March 2027.')).toContainEqual({ kind: 'transcript', stage: 'required', review: false });
  });

  it('"Closing date:" wins over the due date of a certificate sent later (before: the certificate\'s date was the deadline)', () => {
    const r = read(
      "Applications must include a CV. Students who are finalizing their Master's degree can also apply; the Master's degree certificate shall be submitted to the Faculty by 1 September 2027, at the latest. Closing date: 30.05.2027.",
    );
    expect(r.profile.deadline).toBe('2027-05-30');
    expect(r.review.some((x) => x.path === 'deadline' && x.reason.includes('1 September 2027'))).toBe(true);
  });
});

describe('French deadlines (audit20 #8)', () => {
  it('"déposer ... leur dossier de candidature du 1 juin 2024 00:00:00 au 30 juin 2024 23:59:59" is a period to apply in (before: no deadline)', () => {
    const r = read("Les candidats devront déposer en ligne leur dossier de candidature du 1 juin 2024 00:00:00 au 30 juin 2024 23:59:59. Les résultats sont connus au plus tard le lendemain du jury.");
    expect(r.profile.deadline).toBe('2024-06-30T23:59');
  });

  it('keeps a contract period no deadline', () => {
    expect(read('Le contrat doctoral court du 1 octobre 2024 au 30 septembre 2027.').profile.deadline).toBeUndefined();
  });

  it('reads the date on the line before "Date limite", marked for its missing year, not the earlier date (before: "L\'article 3 du décret du 23 avril 2009" quoted)', () => {
    const r = read("L'article 3 du décret du 23 avril 2009 prévoit que le contrat est établi par le président.\n\n• 26 août :\n\nDate limite de réception des dossiers de candidature.");
    expect(r.profile.deadline).toMatch(/-08-26$/);
    expect(r.review.find((x) => x.path === 'deadline')?.reason).toBe('"26 août" has no year; assumed 2027');
  });

  it('"les relevés de note" are the transcripts (before: not pointed at)', () => {
    expect(kinds('Le dossier comprend les relevés de note du cursus antérieur et un CV.')).toEqual(['transcript', 'cv']);
  });
});
