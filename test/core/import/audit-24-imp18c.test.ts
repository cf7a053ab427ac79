/**
 * Findings 4, 9 and 10 of the black-box audit of 2026-12-06 (round 11, audit24): page limits said in the posting's
 * language in a label's paragraph or a sentence that defines the document; size caps taken for the packet from the
 * sentence of one part; a zip of files read as one PDF. Each as a short posting in the audit's words or in words of
 * the same shape.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const pages = (text: string) => read(text).profile.items.map((i) => [i.kind, i.max_pages ?? null, i.review === true]);

describe('a page limit in a label\'s paragraph, in the posting\'s language (audit24 #4)', () => {
  it('Danish "Cover Letter: På én side beskrives det, ..." caps the letter at one page (before: no limit)', () => {
    const r = read(
      'Ansøgeren skal indsende en samlet PDF-fil, der indeholder følgende:\n\nCover Letter: På én side beskrives det, hvilken vejleder ansøgeren ønsker, og hvilken forskningsgruppe ansøgeren vil være en del af.\n\nMotiveret ansøgning: Ansøgningen skal indeholde en problemformulering.',
    );
    expect(r.profile.items[0]).toMatchObject({ kind: 'cover_letter', title: 'Cover Letter', max_pages: 1 });
    expect(r.profile.items[1]?.max_pages).toBeUndefined();
  });

  it.each([
    ['German', 'Bitte senden Sie folgende Unterlagen:\n\nAnschreiben: Auf einer Seite beschreiben Sie Ihre Motivation.'],
    ['Dutch', 'Stuur de volgende documenten mee:\n\nMotivatiebrief: Op één pagina beschrijft u uw motivatie.'],
    ['English', 'Please submit the following:\n\nCover letter: On a single page, describe which supervisor you would like to work with.'],
  ])('%s: "on one page" after a label caps it too', (_language, text) => {
    expect(read(text).profile.items.map((i) => i.max_pages)).toEqual([1]);
  });

  it('"on page 2 of the form" and "on a page of our website" are no limits', () => {
    expect(pages('Please submit the following:\n\nCover letter: Describe your motivation as shown on a page of our website.')).toEqual([['cover_letter', null, false]]);
  });

  it('Finnish "Motivaatiokirje on yhden sivun mittainen ... asiakirja" under "3. Motivaatiokirje" caps it at one page (before: none)', () => {
    const r = read(
      'Hakemukseen vaadittavat liitteet:\n\n1. Tutkimussuunnitelma\n\nKs. tohtoriohjelmakohtaiset ohjeet.\n\n2. Ansioluettelo (suomeksi tai englanniksi)\n\nAnsioluettelo sisältää julkaisuluettelon.\n\n3. Motivaatiokirje\n\nMotivaatiokirje on yhden sivun mittainen vapaamuotoinen asiakirja, jossa hakija perustelee, miksi haluaa suorittaa tohtorintutkinnon.',
    );
    expect(r.profile.items.map((i) => [i.kind, i.max_pages ?? null])).toEqual([
      ['research_plan', null],
      ['cv', null],
      ['motivation_letter', 1],
    ]);
  });

  it.each([
    'Please send a CV and a research statement. The research statement is a two page document on your plans.',
    'Please send a CV and a research statement. The research statement should be two pages long.',
    'Hakemukseen liitetään ansioluettelo ja tutkimussuunnitelma. Tutkimussuunnitelma kirjoitetaan kahdelle sivulle.',
    'Bitte senden Sie einen Lebenslauf und ein Forschungsexposé. Das Forschungsexposé soll zwei Seiten lang sein.',
  ])('a sentence that defines the length caps the document: %s', (text) => {
    expect(read(text).profile.items.map((i) => i.max_pages ?? null)).toEqual([null, 2]);
  });

  it('"a resume ... of no more than 3 pages total" in the "Experience:" paragraph is the resume\'s (before: none, "total" read as the packet\'s)', () => {
    expect(pages('Experience: Applicants will be asked to paste a resume or brief list of artistic/professional experience of no more than 3 pages total.')).toEqual([['cv', 3, false]]);
    expect(pages('Please send us a curriculum vitae or a short description of your professional background of no more than 2 pages in total.')).toEqual([['cv', 2, false]]);
  });
});

describe('a size cap in the sentence of one part is not the packet\'s (audit24 #9)', () => {
  const fawc =
    'Work Samples: Applicants should upload the following:\n\nImages: 10 JPGS (5MB maximum for each image)\n\nVideo: up to 5 minutes total of time-based work such as film, video and/or animation (maximum of 250MB total; accepted formats are mov, wmv, flv and mp4).';

  it('"Video: ... (maximum of 250MB total)" is kept in the notes, not as the packet\'s cap (before: submission.max_mb 250, unmarked)', () => {
    const r = read(fawc);
    expect(r.profile.submission.max_mb).toBeUndefined();
    expect(r.profile.notes).toEqual(['Images: 10 JPGS (5MB maximum for each image)', expect.stringMatching(/^Video: up to 5 minutes .*\(maximum of 250MB total;/)]);
    expect(r.yaml).toContain('# eligibility rules and rules about all documents, and size caps on one part of the application, copied from the posting');
  });

  it('"Bilder: höchstens 10 MB insgesamt" is the images\' cap too', () => {
    const r = read('Bitte laden Sie einen Lebenslauf und Arbeitsproben hoch.\n\nBilder: höchstens 10 MB insgesamt, als PDF.');
    expect(r.profile.submission.max_mb).toBeUndefined();
    expect(r.profile.notes).toContain('Bilder: höchstens 10 MB insgesamt, als PDF.');
  });

  it('"CV: one PDF file of max 2 MB" caps the CV, not the packet (before: submission.max_mb 2, the CV uncapped)', () => {
    const r = read('Please upload the following:\n\nCV: one PDF file of max 2 MB.\n\nWriting sample: one PDF file of max 5 MB.');
    expect(r.profile.items.map((i) => [i.kind, i.max_mb])).toEqual([
      ['cv', 2],
      ['writing_sample', 5],
    ]);
    expect(r.profile.submission.max_mb).toBeUndefined();
  });

  it('a cap said of the application under a label stays the packet\'s', () => {
    expect(read('Please send a CV and a cover letter.\n\nApplication documents: one PDF file of max 10 MB.').profile.submission).toMatchObject({ format: 'single-pdf', max_mb: 10 });
  });
});

describe('a zip of files is not one PDF (audit24 #9)', () => {
  it.each([
    'STEP 4: PDF application documents and compile into a single zip file',
    'Please send your CV and cover letter as PDF documents in one zip file.',
    'Bitte senden Sie Lebenslauf und Anschreiben als ZIP-Datei.',
  ])('%s: separate files, marked to zip them (before: one PDF, "the posting does not say")', (line) => {
    const r = read(`Please prepare a CV and a cover letter.\n\n${line}`);
    expect(r.profile.submission).toMatchObject({ format: 'separate-files', review: true });
    expect(r.review.find((x) => x.path === 'submission.format')?.reason).toMatch(/^the posting wants the files in one zip file \(".*"\); the profile says separate files, which `packet build` makes: put them in one zip file yourself before sending$/);
  });

  it('"zip files are not accepted" and a zip code say nothing about the format', () => {
    expect(read('Please send a CV and a cover letter as one PDF. Zip files are not accepted.').profile.submission).toEqual({ format: 'single-pdf', source: 'Please send a CV and a cover letter as one PDF.' });
    expect(read('Please send a CV and a cover letter. Give your address and zip code.').profile.submission.format).toBe('single-pdf');
    expect(read('Please send a CV and a cover letter. Give your address and zip code.').review.find((x) => x.path === 'submission.format')?.reason).toBe('the posting does not say whether it wants one PDF or separate files');
  });
});
