/**
 * Findings 2, 9, 4 and 10 of the black-box audit of 2026-12-06 (round 10, audit22): documents others send, "to be
 * submitted separately" by referees, conditions on a group of documents, two posts in one posting. Each as a short
 * posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const item = (text: string, kind: string) => read(text).profile.items.find((i) => i.kind === kind);

describe('documents someone else sends get sent_by (audit22 #2)', () => {
  it('transcripts "in a sealed envelope sent directly by the appropriate university" (before: no sent_by)', () => {
    expect(item('Please submit a CV. Official transcripts of all academic work are to be submitted in a sealed envelope sent directly by the appropriate university to the address below.', 'transcript')).toMatchObject({ sent_by: 'issuer' });
    expect(item('Please submit a CV and official transcripts, sent to us directly from each institution attended.', 'transcript')).toMatchObject({ sent_by: 'issuer' });
  });

  it('a transcript heading with the sentence under it saying each institution sends them (before: no sent_by)', () => {
    const r = read('Application materials:\n\n1. Cover letter\n2. Curriculum vitae\n3. Official Transcripts: Request that all official transcripts of undergraduate and graduate work be sent to the address below directly from each institution:\n\nHR Office, 1 Main Street');
    expect(r.profile.items.find((i) => i.kind === 'transcript')).toMatchObject({ sent_by: 'issuer', review: true });
    expect(r.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/institutions send the transcripts themselves/));
  });

  it('keeps unofficial transcripts in the packet when official ones come later from the institution', () => {
    expect(item('Please submit a CV and unofficial transcripts. Official transcripts sent directly from the university will be required upon hire.', 'transcript')).not.toHaveProperty('sent_by');
  });

  it('a letter "submitted by the nominated referee" (before: no sent_by)', () => {
    expect(item('Please submit the application form and one reference letter. It is the applicants\' responsibility to ensure that the reference letter is submitted by the nominated referee.', 'references')).toMatchObject({ sent_by: 'referees' });
  });

  it('"agreement from your referee to submit a letter for you" is no cover letter (before: a cover_letter item)', () => {
    const kinds = read('We require one reference letter. Ensure that you have agreement from your referee to submit a letter for you before the proposed deadline.').profile.items.map((i) => i.kind);
    expect(kinds).not.toContain('cover_letter');
    // A bare letter the applicant submits is still the covering one.
    expect(read('Please submit a letter and a CV.').profile.items.map((i) => i.kind)).toContain('cover_letter');
  });

  it('contacts for letters, with an invitation for the recommenders to submit them (before: no sent_by, no mark)', () => {
    const r = read('Provide the contact information for three (3) Letters of Reference that speak to your ability. The application system will generate an electronic invitation for these recommenders to submit their letters on-line. Upload your CV.');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', min: 3, review: true });
  });
});

describe('"to be submitted separately" by the referees is no format; separate files in other languages (audit22 #9)', () => {
  const format = (text: string) => read(text).profile.submission?.format;

  it('"To be submitted separately: two reference letters sent directly by the referees" (before: separate-files and an other item)', () => {
    const r = read('Applications should include:\n\n1. A detailed CV\n2. A motivation letter\n3. To be submitted separately: two recent reference letters sent directly by the referees via (e)mail.');
    expect(r.profile.submission?.format).not.toBe('separate-files');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter', 'references']);
    expect(r.profile.items[2]).toMatchObject({ sent_by: 'referees', min: 2 });
  });

  it('"i separata pdf:er", "aparte pdf-bestanden", "separate PDF-Dateien", "als einzelne Dateien" are separate files (before: single-pdf, marked)', () => {
    expect(format('Bifoga CV och personligt brev i separata pdf:er.')).toBe('separate-files');
    expect(format('Stuur uw cv en motivatiebrief als aparte pdf-bestanden.')).toBe('separate-files');
    expect(format('Bitte senden Sie Lebenslauf und Anschreiben als separate PDF-Dateien.')).toBe('separate-files');
    expect(format('Bitte laden Sie Lebenslauf und Zeugnisse als einzelne Dateien hoch.')).toBe('separate-files');
  });
});

describe('a condition on a group of documents (audit22 #4)', () => {
  it('posts named before a list make its entries conditional (before: required for all)', () => {
    const r = read('Ansökan ska innehålla:\n\n1. Personligt brev\n2. CV\n\nFör Professor, Universitetslektor och Postdoktor ska även följande dokument alltid bifogas:\n\n1. Publikationsförteckning\n2. Undervisningsportfölj');
    expect(r.profile.items.find((i) => i.kind === 'publication_list')).toMatchObject({ condition: expect.stringMatching(/^För Professor/) });
    expect(r.profile.items.find((i) => i.kind === 'cv')).not.toHaveProperty('condition');
    const en = read('Applications must include a CV.\n\nFor Professor and Lecturer posts, the following must also be attached:\n\n1. List of publications\n2. Teaching portfolio');
    expect(en.profile.items.find((i) => i.kind === 'publication_list')).toHaveProperty('condition');
  });

  it('a "wenn" clause between the verb and the document (before: required for all)', () => {
    const r = read('Ausländische Studienbewerbende müssen unter anderem, wenn Sie einen direkten Hochschulzugang besitzen, ein relevantes Sprachzertifikat einreichen. Bitte senden Sie außerdem einen Lebenslauf.');
    expect(r.profile.items.find((i) => i.kind === 'language_certificate')).toMatchObject({ condition: expect.stringMatching(/^wenn Sie einen direkten Hochschulzugang/) });
    expect(r.profile.items.find((i) => i.kind === 'cv')).not.toHaveProperty('condition');
  });
});

describe('two posts in one posting (audit22 #10)', () => {
  it('roles with a reference in parentheses before the colon are positions (before: merged without a word)', () => {
    const r = read('School of Law: two posts\n\nLecturer in Criminal Law (Ref. L-101): please submit a CV and a supporting statement (max. 2 pages).\nSenior Lecturer in Commercial Law (Ref. L-102): please submit a CV, a supporting statement (max. 4 pages) and a five-year research plan.\n\nClosing date for both posts: 20 January 2027.');
    expect(r.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/offers 2 positions \("Lecturer in Criminal Law"; "Senior Lecturer in Commercial Law"\)/));
  });
});
