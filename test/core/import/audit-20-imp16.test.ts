/**
 * Leftovers of round 9 of the black-box audit of 2026-12-06 (audit20), helper imp16: page furniture of a pasted PDF
 * (F9 P11). Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);

describe('page numbers and footers of a pasted PDF give no item (audit20 F9 P11)', () => {
  const body = 'The Institute of Plasma Physics offers a postdoctoral position. Applications should include a cover letter\nand a full CV.';

  it('drops a page number and a name-and-code footer under it (before: two required "other" items)', () => {
    const text = `${body}\n                                   - 1 -\nInstitute of Plasma Physics · Call 2027/04\nDeadline: 15.02.2027, 12:00 CET`;
    expect(kinds(text)).toEqual(['cover_letter', 'cv']);
    expect(read(text).profile.deadline).toBe('2027-02-15T12:00+01:00');
  });

  it('drops page numbers in other forms and languages, and a footer repeated on every page', () => {
    for (const n of ['Page 2 of 5', 'Seite 2 von 5', 'Sivu 2/5', 'Pagina 2 van 5', '2/5'])
      expect(kinds(`${body}\n${n}\nUniversität X | Kennziffer 123/27\nApply by 1 March 2027.`)).toEqual(['cover_letter', 'cv']);
    const repeated = 'Universiteit Y | Vacature 27-041';
    expect(kinds(`Please send:\n- a CV\n${repeated}\n- a motivation letter\n${repeated}\nDeadline: 1 March 2027.`)).toEqual(['cv', 'motivation_letter']);
  });

  it('keeps a sentence that breaks across the page number whole', () => {
    const r = read('Applications should include a cover\n- 3 -\nletter and a CV.');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cover_letter', 'cv']);
  });
});
