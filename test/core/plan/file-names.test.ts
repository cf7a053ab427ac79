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

  it('fills the pattern, ASCII only, within the length cap, unique, the surname cut alike in every file', () => {
    const names = fileNames(items, 'Ελένη Παπαδοπούλου', '{last}_{first}_{item}.pdf', 25);
    expect(names).toEqual(['Papadopoul_E_cover_le.pdf', 'Papadopoul_E_research.pdf', 'Papadopoul_E_teaching.pdf', 'Papadopoul_E_diversit.pdf']);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(25);
      expect(n).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('a given name that must be shortened goes straight to its initial (before: "Lukas" for Łukasz, "Xiaomin", "Ain")', () => {
    const three = [{ id: 'cv', title: 'CV' }, { id: 'research_plan', title: 'Research plan' }, { id: 'transcript', title: 'Transcript' }];
    expect(fileNames(three, 'Łukasz Wróbel', '{last}_{first}_{item}.pdf', 25)).toEqual(['Wrobel_L_cv.pdf', 'Wrobel_L_research_pla.pdf', 'Wrobel_L_transcript.pdf']);
    expect(fileNames(three, { name: '王小明', family_name: 'Wang', given_names: 'Xiaoming' }, '{last}_{first}_{item}.pdf', 25)[1]).toBe('Wang_X_research_plan.pdf');
    expect(fileNames(three, 'Aino Virtanen', '{last}_{first}_{item}.pdf', 25)[1]).toBe('Virtanen_A_research_p.pdf');
    // With room for the whole given name, it is kept.
    expect(fileNames(three, 'Aino Virtanen', '{last}_{first}_{item}.pdf', 30)[1]).toBe('Virtanen_Aino_research_pla.pdf');
  });

  it("shortens the item to 8 characters first, then the applicant's name, once for all files", () => {
    const names = fileNames(items, 'Aino Virtanen', '{name}_{title}.pdf', 14);
    expect(names).toEqual(['A_Cover_le.pdf', 'A_Research.pdf', 'A_Teaching.pdf', 'A_Diversit.pdf']);
    // With room for the names, only the items are cut.
    expect(fileNames(items, 'Aino Virtanen', '{last}_{item}.pdf', 22)).toEqual(['Virtanen_cover_let.pdf', 'Virtanen_research.pdf', 'Virtanen_teaching.pdf', 'Virtanen_diversity.pdf']);
  });

  describe('a name with a particle and letters beyond ASCII (issue #16)', () => {
    const packet = [
      { id: 'cv', title: 'CV' },
      { id: 'research_statement', title: 'Research statement' },
      { id: 'research_plan', title: 'Research plan' },
    ];
    const asa = { name: 'Áša Ní Bhriain Øvergård', family_name: 'Ní Bhriain Øvergård', given_names: 'Áša' };

    it('uses family_name and given_names for {last} and {first}, particles kept, folded to ASCII', () => {
      expect(fileNames(packet, asa, '{last}_{first}_{item}.pdf', 64)).toEqual([
        'Ni_Bhriain_Overgard_Asa_cv.pdf',
        'Ni_Bhriain_Overgard_Asa_research_statement.pdf',
        'Ni_Bhriain_Overgard_Asa_research_plan.pdf',
      ]);
      expect(fileNames([{ id: 'cv', title: 'CV' }], { name: 'Áša Ní Bhriain', family_name: 'Ní Bhriain' }, '{first}-{last}.pdf')).toEqual(['Asa_Ni_Bhriain.pdf']);
    });

    it('cuts the surname the same way in every file under a 25-character cap, items kept apart', () => {
      const names = fileNames(packet, asa, '{last}_{first}_{item}.pdf', 25);
      expect(names).toEqual(['Ni_Bhria_A_cv.pdf', 'Ni_Bhria_A_research_s.pdf', 'Ni_Bhria_A_research_p.pdf']);
      for (const n of names) expect(n.length).toBeLessThanOrEqual(25);
      expect(new Set(names.map((n) => n.split('_A_')[0])).size).toBe(1);
    });

    it('without family_name, takes the last word as before, and still cuts it alike in every file', () => {
      const names = fileNames(packet, 'Áša Ní Bhriain Øvergård', '{last}_{first}_{item}.pdf', 25);
      expect(names).toEqual(['Overgard_A_cv.pdf', 'Overgard_A_research_s.pdf', 'Overgard_A_research_p.pdf']);
      expect(fileNames(packet, 'Áša Ní Bhriain Øvergård', '{last}_{first}_{item}.pdf', 64)[0]).toBe('Overgard_Asa_cv.pdf');
    });
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

describe('a name that shows its own order (audit 12-06f #2)', () => {
  const pattern = '{last}_{first}_{item}.pdf';
  const cv = (name: string) => fileNames([{ id: 'cv', title: 'CV' }], name, pattern)[0];
  it('"Family, Given" puts the family name first (before: Minh_Nguyen_cv.pdf)', () => {
    expect(cv('Nguyen, Minh')).toBe('Nguyen_Minh_cv.pdf');
    expect(cv('Smith, John, PhD')).toBe('Smith_John_cv.pdf');
  });
  it('a family name in capitals among words that are not is the family name, before or after (before: Minh_NGUYEN_cv.pdf)', () => {
    expect(cv('NGUYEN Minh')).toBe('NGUYEN_Minh_cv.pdf');
    expect(cv('NGUYEN Thi Minh')).toBe('NGUYEN_Thi_cv.pdf');
    expect(cv('Jean-Pierre DE LA FONTAINE')).toBe('DE_LA_FONTAINE_Jean_Pierre_cv.pdf');
  });
  it('a degree after the comma is no given name (before: PhD_Minh_cv.pdf)', () => {
    expect(cv('Minh Nguyen, PhD')).toBe('Nguyen_Minh_cv.pdf');
    expect(cv('Aino Virtanen, Jr.')).toBe('Virtanen_Aino_cv.pdf');
  });
  it('a suffix or degree without a comma at the end is no family name (before: III_John_cv.pdf, DUPONT_MD_Jean_cv.pdf)', () => {
    expect(cv('John Smith III')).toBe('Smith_John_cv.pdf');
    expect(cv('John Smith Jr.')).toBe('Smith_John_cv.pdf');
    expect(cv('Jean DUPONT MD')).toBe('DUPONT_Jean_cv.pdf');
    expect(cv('Aino Virtanen PhD')).toBe('Virtanen_Aino_cv.pdf');
    // Only as suffixes are spelt: "Ma" and "Ba" are family names, and a two-word name keeps both words.
    expect(cv('Li Wei Ma')).toBe('Ma_Li_cv.pdf');
    expect(cv('Minh Ba')).toBe('Ba_Minh_cv.pdf');
    expect(cv('John III')).toBe('III_John_cv.pdf');
  });
  it('leaves names that do not show it as they were', () => {
    expect(cv('Minh Nguyen')).toBe('Nguyen_Minh_cv.pdf');
    expect(cv('MINH NGUYEN')).toBe('NGUYEN_MINH_cv.pdf');
    expect(cv('J. R. TOLKIEN')).toBe('TOLKIEN_J_cv.pdf');
  });
});
