import { describe, expect, it } from 'vitest';
import { readFileNameRule } from '../../../src/core/import/facts.js';
import { importPosting } from '../../../src/core/import/index.js';

// Audit pa25 F4: a naming rule written without ".pdf", or shown by an example, was not read and not reported.
const posting = (sentence: string): string =>
  `Lecturer in Economics\nUniversity of Edinburgh\n\nClosing date: 15 January 2027.\n\nApplicants should upload the following documents separately, each file as a PDF no larger than 2MB. ${sentence}\n1. CV\n2. Cover letter\n`;

const submission = (sentence: string) => importPosting(posting(sentence), { today: '2026-12-07' });

describe('file-name rules (audit pa25 F4)', () => {
  it.each([
    ['Files should be named in the format Surname_Forename_Document (e.g. Smith_Jane_CV.pdf).', '{last}_{first}_{item}.pdf'],
    ['Please name each file LastName_FirstName_DocumentType (e.g. Smith_Jane_CV.pdf).', '{last}_{first}_{item}.pdf'],
    ['Please name each file Last_Name_First_Name_Document_Type.', '{last}_{first}_{item}.pdf'],
    ['Name your files as FamilyName-GivenName-DocType.', '{last}-{first}-{item}.pdf'],
    ['Files must be named following the convention FirstName LastName Document.', '{first}_{last}_{item}.pdf'],
    ['Please name each file Surname_Forename_Title.', '{last}_{first}_{title}.pdf'],
    ['Bitte benennen Sie die Dateien nach dem Schema Nachname_Vorname_Dokument.', '{last}_{first}_{item}.pdf'],
    ['Der Dateiname soll die Form Name_Vorname_Dokument haben.', '{last}_{first}_{item}.pdf'],
    ['Noem elk bestand Achternaam_Voornaam_Document.', '{last}_{first}_{item}.pdf'],
    ['Chaque fichier doit être nommé NOM_Prénom_Document.', '{last}_{first}_{item}.pdf'],
    ['Please name each file Surname_Forename_Document.pdf.', '{last}_{first}_{item}.pdf'],
  ])('"%s" gives file_name %s, unmarked', (sentence, pattern) => {
    const r = submission(sentence);
    expect(r.profile.submission.file_name).toBe(pattern);
    expect(r.review.filter((x) => x.path === 'submission.file_name')).toEqual([]);
    expect(r.yaml).toContain(`# from: "${sentence}"`);
  });

  it.each([
    ['Please name your files like this: Smith_Jane_CV.pdf.', '{last}_{first}_{item}.pdf', 'Smith_Jane_CV.pdf'],
    ['Files should be named as in this example: Jane_Smith_Cover_Letter.pdf.', '{first}_{last}_{item}.pdf', 'Jane_Smith_Cover_Letter.pdf'],
    ['Upload each document separately (e.g. DUPONT_Pierre_CV.pdf).', '{last}_{first}_{item}.pdf', 'DUPONT_Pierre_CV.pdf'],
  ])('"%s" gives file_name %s read from an example, marked', (sentence, pattern, example) => {
    const r = submission(sentence);
    expect(r.profile.submission).toMatchObject({ file_name: pattern, review: true });
    expect(r.review).toContainEqual({ path: 'submission.file_name', reason: `read from an example ("${example}"), not from a written-out rule: check the order of the names` });
  });

  it('keeps a part no placeholder fills as written, marked', () => {
    const r = submission('Please name each file Surname_Forename_JobID_Document.');
    expect(r.profile.submission).toMatchObject({ file_name: '{last}_{first}_JobID_{item}.pdf', review: true });
    expect(r.review).toContainEqual({ path: 'submission.file_name', reason: 'the rule\'s part "JobID" has no placeholder and is kept as written: replace it by the value the posting means (the job\'s reference, a date)' });
  });

  it.each([
    'Files should be named with your surname and the document type.',
    'Bitte verwenden Sie als Dateinamen Ihren Namen und die Art des Dokuments.',
    'Les fichiers doivent être nommés avec votre nom et le type de document.',
  ])('a naming rule it cannot read ("%s") is listed for review and kept in notes', (sentence) => {
    const r = submission(sentence);
    expect(r.profile.submission.file_name).toBeUndefined();
    expect(r.profile.submission.review).toBe(true);
    expect(r.review).toContainEqual({ path: 'submission.file_name', reason: `the posting states a file-name rule the import could not read as a pattern ("${sentence}"): write it as file_name with {last}, {first}, {name} and {item}, or name the files by hand` });
    expect(r.profile.notes).toContain(sentence);
  });

  it.each([
    'File names must not contain spaces or special characters.',
    'Please name two referees who know your work.',
    'Our state-of-the-art lab hosts the Smith_Lab_Data archive.',
    'We offer a full-time position in a friendly team.',
  ])('"%s" is no file-name rule: nothing set, nothing marked', (sentence) => {
    const r = submission(sentence);
    expect(r.profile.submission.file_name).toBeUndefined();
    expect(r.review.filter((x) => x.path === 'submission.file_name')).toEqual([]);
  });

  it('"the name as shown in your identity documents" is no naming rule of the files', () => {
    expect(readFileNameRule('Enter the name as shown in your identity documents.')).toBeUndefined();
  });
});
