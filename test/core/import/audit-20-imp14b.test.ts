/**
 * Leftovers of round 9 of the black-box audit of 2026-12-06 (audit20): documents a requirement names that were
 * neither listed nor pointed at (F7), French deadlines (F8), later and conditional documents (F5), marked noise (F9).
 * Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const named = (text: string) => read(text).unlisted.map((u) => u.name);

describe('a document named in a requirement sentence or list is listed or pointed at (audit20 F7)', () => {
  it('points at a piece of the list that names no kind (before: dropped without a word)', () => {
    expect(named('Please submit a cover letter and CV. Shortlisted candidates will be asked to provide a recorded teaching demonstration and official transcripts.')).toEqual(['recorded teaching demonstration']);
    expect(named('You will have to directly supply or upload information on the project you are interested in, your motivation, the CV, your present scientific achievements, skills and qualifications, which are all essential for the selection process.')).toEqual(['motivation']);
    expect(named('Please send your CV, a short video presentation and two letters of reference.')).toEqual(['short video presentation']);
  });

  it('leaves topics, qualities and asides of such a sentence alone', () => {
    expect(named('Please send a CV and a cover letter describing your career goals, skills and experience.')).toEqual([]);
    expect(named('Please send a CV, your skills and qualifications, and two letters of reference.')).toEqual([]);
    expect(named('International Students must submit 2 official records ((Chinese applicants: 2 transcripts, 2 degree certificates in English and Chinese.))')).toEqual([]);
  });

  it('reads an affidavit as a document, a form named after a document as a form, and points at an online application', () => {
    const r = read('Send the following:\n- 2 official transcripts.\n- Affidavit of Support, if applicable.');
    expect(r.profile.items.map((i) => [i.kind, i.title])).toContainEqual(['other', 'Affidavit of Support']);
    expect(named('Please send 2 official transcripts.\nView and Print the Transcript Request Form - REQUIRED')).toEqual(['Transcript Request Form']);
    expect(named('Step 1\nComplete The Graduate School online application.\nStep 2\nPlease send 2 official transcripts.')).toEqual(['online application']);
  });
});

describe('a date on the line before a deadline\'s label is its date (audit20 F8)', () => {
  const deadline = (text: string) => read(text).profile.deadline;
  it('reads "• 26 août 2019 :" then "Date limite de réception des dossiers ..." (before: no deadline)', () => {
    expect(deadline('Contrats doctoraux 2019.\nLe dossier comprend un CV.\n  • 26 août 2019 :\n\nDate limite de réception des dossiers de candidature qui comprennent le mémoire de master 2 et un CV.')).toBe('2019-08-26');
    expect(deadline('Doktorandenstelle.\nBitte senden Sie einen Lebenslauf.\n- 15.01.2027:\nBewerbungsschluss.')).toBe('2027-01-15');
  });

  it('leaves a date line over another sentence alone', () => {
    expect(deadline('PhD position.\nPlease send a CV.\n- 15 January 2027:\nInterviews.\nDeadline for applications is 1 December 2026.')).toBe('2026-12-01');
  });
});

describe('"BST" on a British page is British Summer Time (audit20 F9)', () => {
  const marks = (text: string) => read(text).review.map((r) => r.reason).join(' | ');
  it('drops the Bangladesh doubt on a UK page (before: marked as possibly Bangladesh)', () => {
    const r = read('https://www.ucl.ac.uk/jobs/phd-2027\nPhD studentship, London.\nPlease send a CV.\nThe closing date is midday (BST) on 10 June 2027.');
    expect(r.profile.deadline).toBe('2027-06-10T12:00+01:00');
    expect(marks('https://www.ucl.ac.uk/jobs/phd-2027\nPhD studentship, London.\nPlease send a CV.\nThe closing date is midday (BST) on 10 June 2027.')).not.toContain('Bangladesh');
  });

  it('keeps it where nothing says the page is British', () => {
    expect(marks('PhD studentship.\nPlease send a CV.\nThe closing date is midday (BST) on 10 June 2027.')).toContain('Bangladesh');
  });
});
