/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), findings 2, 3, 5 and 9: a German "Sollte ..." condition,
 * "det er anledning til" and its kin read as required, an FAQ question read as a refusal, and a refused way of sending
 * listed as a document not to send. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const item = (r: ReturnType<typeof read>, kind: string) => r.profile.items.find((i) => i.kind === kind);

describe('a question is no refusal (audit #5)', () => {
  it('gives no not_wanted for "Will my application be considered even without a letter of recommendation? No. ... at least one letter" (before: letter of recommendation not wanted)', () => {
    const r = read(
      'Letters of recommendation\n\nWill my application be considered even without a letter of recommendation?\n\nNo. Unfortunately, we cannot consider applications without at least one letter of recommendation.\n\nPlease submit your CV and a cover letter.',
      'IMPRS PhD programme',
    );
    expect(r.profile.not_wanted ?? []).toEqual([]);
  });

  it('gives none for "Can I apply without a writing sample? No, ..." but still reads "Do I need to send a writing sample? No" as not wanted', () => {
    const without = read('Please send a CV and a cover letter.\n\nFAQ\n\nCan I apply without a writing sample?\n\nNo, a writing sample must be part of every application.');
    expect((without.profile.not_wanted ?? []).map((n) => n.kind)).not.toContain('writing_sample');
    const need = read('Please send a CV and a cover letter.\n\nFAQ\n\nDo I need to send a writing sample?\n\nNo.');
    expect((need.profile.not_wanted ?? []).map((n) => n.kind)).toContain('writing_sample');
  });
});
