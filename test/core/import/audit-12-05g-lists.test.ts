/**
 * Audit 12 (05g), findings 3, 9 and 11: list entries over a list of their own points, lists that are not documents
 * (skills, a form's fields), the title line, and the sentences that introduce a list of documents.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string) => importPosting(text).profile.items.map((i) => i.kind);

describe('an entry ending in ":" over its own points names a document (#3)', () => {
  const lists: [string, string[]][] = [
    ['en, indented', ['The application must contain:', '', ' 1. Curriculum vitae.', ' 2. An overview of your contributions to outreach in relation to the field:', '  a. public lectures,', '  b. media work.', ' 3. A complete list of publications.']],
    ['en, the indent lost', ['The application must contain:', '', '1. Curriculum vitae.', '2. An overview of your contributions to outreach in relation to the field:', 'a. public lectures,', 'b. media work.', '3. A complete list of publications.']],
    ['de', ['Die Bewerbung muss folgende Unterlagen enthalten:', '- Lebenslauf', '- Eine Darstellung Ihrer Aktivitäten in der Wissenschaftskommunikation:', '  - öffentliche Vorträge,', '  - Medienarbeit.', '- Publikationsliste']],
    ['nl', ['Je sollicitatie moet bevatten:', '- CV', '- Een overzicht van je bijdragen aan onderwijsvernieuwing:', '  - nieuwe cursussen,', '  - begeleiding.', '- Publicatielijst']],
    ['sv', ['Ansökan ska innehålla:', '1. CV', '2. En redogörelse för ditt samverkansarbete i förhållande till ämnet:', '  a. populärvetenskap,', '  b. mediearbete.', '3. Publikationslista']],
    ['fi', ['Hakemukseen tulee liittää:', '- CV', '- Selvitys yhteiskunnallisesta vuorovaikutuksesta:', '  - yleisöluennot,', '  - mediatyö.', '- Julkaisuluettelo']],
  ];
  for (const [name, lines] of lists) {
    it(`is an item marked for review, its points its contents (${name})`, () => {
      const { profile, review } = importPosting(['Position', ...lines].join('\n'));
      expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'other', 'publication_list']);
      expect(profile.items[1]?.review).toBe(true);
      expect(review.some((r) => r.path === 'items[1]' && /points listed under this entry .* what this document should contain/u.test(r.reason))).toBe(true);
    });
  }

  it('a long one is pointed at', () => {
    const { profile, unlisted } = importPosting(['Post', 'Applications must include:', '1. CV', '2. A detailed account of how your previous contributions to public outreach and science communication relate to the aims of the department and its partners in the region:', '  a. public lectures,', '  b. media work.', '3. A list of publications'].join('\n'));
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'publication_list']);
    expect(unlisted.some((u) => u.name.startsWith('A detailed account of how'))).toBe(true);
  });

  it('an entry that groups documents for a case still gives them, not itself', () => {
    const items = importPosting(['Your application should include the following:', '  • A cover letter.', '  • For academic appointments, details of:', '    (a) research outputs, including a list of your publications', '    (c) a teaching statement'].join('\n')).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['cover_letter', 'publication_list', 'teaching_statement']);
  });

  it('lettered lines that name documents stay entries', () => {
    expect(kinds(['Post', 'Applications must include:', '1. CV', '2. Certified copies:', 'a. degree certificates', 'b. transcripts of records', '3. A list of publications'].join('\n'))).toEqual(['cv', 'diplomas', 'transcript', 'publication_list']);
  });
});
