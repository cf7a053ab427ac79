import { describe, expect, it } from 'vitest';
import { fileNames, toAscii } from '../../../src/core/plan/file-names.js';

describe('toAscii', () => {
  it.each([
    ['Åsa Ødegård', 'Asa Odegard'],
    ['Łukasz Wróbel', 'Lukasz Wrobel'],
    ['Nguyễn Thị Minh', 'Nguyen Thi Minh'],
    ['Ελένη Παπαδοπούλου', 'Eleni Papadopoulou'],
    ['Дмитрий Иванов', 'Dmitriy Ivanov'],
    ['Jürgen Großmann', 'Jurgen Grossmann'],
  ])('%s -> %s', (input, output) => {
    expect(toAscii(input)).toBe(output);
  });
});

describe('fileNames', () => {
  const items = [
    { id: 'cover_letter', title: 'Cover letter' },
    { id: 'research_statement', title: 'Research statement' },
    { id: 'teaching_statement', title: 'Teaching statement' },
    { id: 'diversity_statement', title: 'Diversity statement' },
  ];

  it('fills the pattern, ASCII only, within the length cap, unique', () => {
    const names = fileNames(items, 'Ελένη Παπαδοπούλου', '{last}_{first}_{item}.pdf', 25);
    expect(names).toEqual(['Papa_Ele_cover_letter.pdf', 'P_E_research_statemen.pdf', 'P_E_teaching_statemen.pdf', 'P_E_diversity_stateme.pdf']);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(25);
      expect(n).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it("shortens the applicant's name before the item, which tells the files apart", () => {
    const names = fileNames(items, 'Aino Virtanen', '{name}_{title}.pdf', 14);
    expect(names).toEqual(['A_Cover_le.pdf', 'A_Research.pdf', 'A_Teaching.pdf', 'A_Diversit.pdf']);
  });

  it('makes names unique when the cap cuts them alike', () => {
    const same = [
      { id: 'letter_one', title: 'Letter' },
      { id: 'letter_two', title: 'Letter' },
    ];
    expect(fileNames(same, 'Aino Virtanen', '{title}.pdf', 12)).toEqual(['Letter.pdf', 'Letter-2.pdf']);
  });

  it('uses {last}_{item}.pdf by default', () => {
    expect(fileNames([{ id: 'cv', title: 'CV' }], 'Aino Virtanen')).toEqual(['Virtanen_cv.pdf']);
  });
});
