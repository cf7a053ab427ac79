/**
 * Leftovers of finding 1 of the black-box audit of 2026-12-05 (round 7, audit16: documents neither listed nor pointed
 * at) and of round 6 (audit-import 12-05i: online application forms, teaching evaluations in Dutch and Swedish). Each
 * as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const items = (text: string) => read(text).profile.items;

describe('teaching evaluations in Dutch and the Nordic languages (12-05i leftover)', () => {
  it('reads "onderwijsevaluaties", "kursvärderingar" and their siblings as teaching evidence (before: dropped)', () => {
    for (const text of [
      'Je sollicitatie moet bevatten: een motivatiebrief, een CV en onderwijsevaluaties.',
      'Stuur een CV en recente studentevaluaties mee.',
      'Ansökan ska innehålla CV, publikationslista och kursvärderingar.',
      'Bifoga CV och kursutvärderingar.',
      'Ansøgningen skal indeholde CV og undervisningsevalueringer.',
    ]) {
      expect(items(text).map((i) => i.kind), text).toContain('teaching_statement');
    }
  });
});

describe('a bare letter named beside the CV (audit16 #1, case 05)', () => {
  it('reads "besides a letter and a CV" as a cover letter, marked (before: neither listed nor pointed at)', () => {
    for (const text of [
      'This means that, besides a letter and a CV, all applications must include scans of the diploma and transcript.',
      'Apart from a letter, please send your CV.',
      'Applications consist of a letter and a CV.',
      'Stuur een brief en een CV naar hr@example.nl.',
    ]) {
      const letter = items(text).find((i) => i.kind === 'cover_letter');
      expect(letter?.review, text).toBe(true);
    }
  });

  it('leaves letters of others as they were', () => {
    expect(items('Besides a letter of recommendation, send your CV.').map((i) => i.kind)).toEqual(['references', 'cv']);
    expect(items('Send a letter from your supervisor and a CV.').map((i) => i.kind)).not.toContain('cover_letter');
  });
});

describe('papers refused only for now (audit16 #1, probe P07)', () => {
  it('reads "do not send publications or degree certificates at this stage" as later papers, marked (before: the publications were dropped)', () => {
    for (const text of [
      'Please do not send publications or degree certificates at this stage; these will be requested from shortlisted candidates.',
      'Please do not send degree certificates or publications at this stage.',
      'Bitte senden Sie noch keine Publikationen oder Zeugnisse; diese werden später angefordert.',
      'Stuur nog geen publicaties of diploma\'s mee; deze worden later opgevraagd.',
    ]) {
      const papers = items(text).find((i) => i.kind === 'writing_sample');
      expect(papers?.stage, text).toBe('later');
      expect(papers?.review, text).toBe(true);
      expect(items(text).find((i) => i.kind === 'diplomas')?.stage, text).toBe('later');
    }
  });

  it('leaves a refusal for good, and papers asked for in words of a kind, as they were', () => {
    expect(items('Do not send publications.').map((i) => i.kind)).not.toContain('writing_sample');
    expect(items('Please send a CV. Do not send a list of publications at this stage.').map((i) => i.kind)).toEqual(['cv', 'publication_list']);
  });
});

describe('justifications asked for (audit16 #1, posting 21)', () => {
  it('reads "a one-page justification for each supplement" and "a tenure location justification document" as documents (before: neither listed nor pointed at)', () => {
    expect(items('Include a maximum one-page justification for each supplement and/or special or joint initiative selected.').map((i) => i.kind)).toContain('other');
    const loc = items('Only if you are proposing to remain at the same institution where you received your PhD, upload a tenure location justification document.');
    expect(loc.find((i) => i.kind === 'other')?.title).toBe('Tenure location justification document');
  });
});
