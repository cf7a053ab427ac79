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
