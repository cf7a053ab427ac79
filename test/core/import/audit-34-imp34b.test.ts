/**
 * Importer leftovers imp34b: a size in an "if" clause read as a cap, sizes in KB, German passive requirement
 * sentences, and documents asked for the interview. Each as a short posting and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Postdoc in Physics') => importPosting(`${title}\n\n${body}`, { today: '2026-12-06' });

describe('a size in an "if" clause is no cap', () => {
  it('sets no MB cap for "If attachments exceed 30 MB, they must be compressed" and says why (before: max_mb 30)', () => {
    const r = read('Please send your CV and a cover letter as one PDF. If attachments exceed 30 MB, they must be compressed or sent via a link.');
    expect(r.profile.submission.max_mb).toBeUndefined();
    expect(r.yaml).toContain('# no size cap: "If attachments exceed 30 MB, they must be compressed or sent via a link." says what to do above 30 MB, not that bigger files are refused');
  });

  it('sets none for "Wenn die Dateien größer als 10 MB sind, ..." nor "Falls die Datei 10 MB überschreitet, ..." (before: max_mb 10)', () => {
    expect(read('Bitte senden Sie Lebenslauf und Anschreiben als eine PDF-Datei. Wenn die Dateien größer als 10 MB sind, senden Sie bitte einen Download-Link.').profile.submission.max_mb).toBeUndefined();
    expect(read('Bitte senden Sie Lebenslauf und Anschreiben als eine PDF-Datei. Falls die Datei 10 MB überschreitet, senden Sie bitte einen Link.').profile.submission.max_mb).toBeUndefined();
  });

  it('still reads a cap that is not in an "if" clause ("darf nicht größer als 5 MB sein", "If you apply, the PDF must not exceed 8 MB")', () => {
    expect(read('Bitte senden Sie Lebenslauf und Anschreiben als eine PDF-Datei. Die Datei darf nicht größer als 5 MB sein.').profile.submission.max_mb).toBe(5);
    expect(read('Send your CV and cover letter as one PDF. If you apply, the PDF must not exceed 8 MB.').profile.submission.max_mb).toBe(8);
  });
});

describe('sizes in KB are read in MB', () => {
  it('reads "max. 500 KB" as a cap of 0.5 MB (before: no cap)', () => {
    expect(read('Send your CV and cover letter as one PDF (max. 500 KB).').profile.submission.max_mb).toBe(0.5);
  });

  it('reads "höchstens 800 kB" as 0.8 MB and "at most 500 KiB" as 0.512 MB (before: no cap)', () => {
    expect(read('Bitte senden Sie Lebenslauf und Anschreiben in einer PDF-Datei von höchstens 800 kB.').profile.submission.max_mb).toBe(0.8);
    expect(read('Send your CV and cover letter as one PDF of at most 500 KiB.').profile.submission.max_mb).toBe(0.512);
  });

  it('reads no cap from the size of a form offered for download ("Application form (PDF, 126 KB)")', () => {
    expect(read('Send all documents as one PDF file. Download the Application form (PDF, 126 KB) and fill it in.').profile.submission.max_mb).toBeUndefined();
  });
});

describe('German passive requirement sentences ("ist ... hochzuladen", "sind ... beizulegen")', () => {
  it('reads "Es ist ein Lebenslauf hochzuladen. Einzureichen ist ein Motivationsschreiben." as two items to send (before: no CV item)', () => {
    const items = read('Bewerbung\n\nEs ist ein Lebenslauf hochzuladen. Einzureichen ist ein Motivationsschreiben.').profile.items;
    expect(items.map((i) => [i.kind, i.stage, i.review])).toEqual([
      ['cv', 'required', undefined],
      ['motivation_letter', 'required', undefined],
    ]);
  });

  it('reads "Beizulegen ist ein Lebenslauf." and "Hochzuladen sind ein Lebenslauf und ein Motivationsschreiben." unmarked (before: marked as only mentioned)', () => {
    expect(read('Beizulegen ist ein Lebenslauf.').profile.items.map((i) => [i.kind, i.review])).toEqual([['cv', undefined]]);
    expect(read('Hochzuladen sind ein Lebenslauf und ein Motivationsschreiben.').profile.items.map((i) => [i.kind, i.review])).toEqual([
      ['cv', undefined],
      ['motivation_letter', undefined],
    ]);
  });
});

describe('documents asked for the interview come later', () => {
  const kinds = (body: string) => read(body).profile.items.map((i) => [i.kind, i.title, i.stage, i.review]);

  it('reads "Zum Vorstellungsgespräch bringen Sie bitte Ihre Zeugnisse im Original mit" as stage later (before: required now)', () => {
    expect(kinds('Bitte senden Sie Lebenslauf und Anschreiben. Zum Vorstellungsgespräch bringen Sie bitte Ihre Zeugnisse im Original mit.')).toEqual([
      ['cv', 'Lebenslauf', 'required', undefined],
      ['cover_letter', 'Anschreiben', 'required', undefined],
      ['diplomas', 'Zeugnisse im Original', 'later', undefined],
    ]);
    expect(kinds('Bitte senden Sie Lebenslauf und Anschreiben. Bitte bringen Sie Ihre Zeugnisse im Original zum Vorstellungsgespräch mit.')[2]).toEqual(['diplomas', 'Zeugnisse im Original', 'later', undefined]);
  });

  it('reads "Please bring your original diplomas to the interview" as asked for, later, unmarked (before: marked as only mentioned)', () => {
    expect(kinds('Please send your CV and cover letter. Please bring your original diplomas to the interview.')[2]).toEqual(['diplomas', 'Diplomas', 'later', undefined]);
  });
});
