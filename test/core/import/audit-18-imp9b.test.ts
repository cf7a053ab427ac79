/**
 * Finding 7 of the black-box audit of 2026-12-06 (round 8, audit18): "jeweils als eine PDF-Datei" read as one PDF for
 * everything. Each as a short posting in the audit's words or in words of the same family.
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

