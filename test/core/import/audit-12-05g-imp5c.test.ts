/**
 * Audit 12 (05g), findings 7 and 11: list entries the importer neither listed nor pointed at (a checklist nested under
 * steps, Polish lists, a last line whose bullet was lost), and marks on lists a sentence does introduce.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { textLines } from '../../../src/core/import/markup.js';
import { findKindMentions } from '../../../src/core/import/match.js';

const titles = (text: string) => importPosting(text).profile.items.map((i) => `${i.kind}:${i.title}`);

describe('a checklist under numbered steps (12-csl)', () => {
  const posting = [
    'How To Apply',
    '',
    '  • STEP 1: Complete the online Registration Form',
    '  • STEP 3: Prepare your application including:',
    '    1. Supporting documents as outlined in the Application Guidelines',
    '    2. Referee reports as detailed in the Referees Guideline',
    '  • STEP 4: PDF application documents and compile into a single zip file',
    '  • STEP 5: Check you have included the following:',
    '    • Details of Proposed Research Project',
    '    • Full CV',
    '    • List of Publications',
    '    • Sponsor Recommendation',
    '  • STEP 6: Submit application by email',
  ].join('\n');

  it('a bullet less indented than the numbers above it goes back to its own level', () => {
    const depths = textLines(posting).map((l) => l.depth);
    expect(depths).toEqual([0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 0]);
  });

  it('reads the checklist entries, and no step as a document', () => {
    const got = titles(posting);
    expect(got).toEqual(expect.arrayContaining(['cv:Full CV', 'publication_list:List of Publications', 'other:Sponsor Recommendation']));
    expect(got.some((t) => /STEP|Submit application|compile/iu.test(t))).toBe(false);
  });
});

describe('an entry that groups entries for one case (sydney)', () => {
  it('gives its entries the case as their condition', () => {
    const posting = [
      'Your application should include the following:',
      '  • A cover letter.',
      '  • For academic appointments, details of:',
      '    (a) research outputs, including a list of your publications',
      '    (b) courses taught and curriculum-development activities',
      '    (c) a teaching statement',
    ].join('\n');
    const items = importPosting(posting).profile.items;
    expect(items.find((i) => i.kind === 'publication_list')?.condition).toBe('For academic appointments');
    expect(items.some((i) => i.kind === 'cv')).toBe(false);
  });

  it('"curriculum-development" is not a CV', () => {
    expect(findKindMentions('students supervised and curriculum-development activities')).toEqual([]);
  });
});

describe('Polish lists of documents (06-polsl, 07-amu)', () => {
  it('"Spis dokumentów do wniosku ...:" introduces the list, so its items carry no mark of an unintroduced list', () => {
    const r = importPosting('Rekrutacja\n\nSpis dokumentów do wniosku o przyjęcie na studia doktoranckie:\n\n • podanie;\n • życiorys;\n • klauzula informacyjna');
    expect(r.review.some((n) => /no sentence introduces/u.test(n.reason))).toBe(false);
  });

  it('two entries named by the same word are two documents', () => {
    const got = titles('Spis dokumentów:\n\n • podanie;\n • podanie o przyznanie stypendium doktoranckiego;\n • życiorys;');
    expect(got.filter((t) => t.startsWith('other:Podanie'))).toHaveLength(2);
  });

  it('reads the entries of a numbered list without an opening sentence', () => {
    const posting = [
      '1. Ankieta osobowa',
      '',
      '2. Aktualna fotografia',
      '',
      '4.Zaświadczenie o zatrudnieniu w pełnym wymiarze czasu pracy',
      '',
      '5. Dokumenty potwierdzające znajomości języka angielskiego na poziomie co najmniej B2 (opcjonalnie)',
      '',
      '6. Opis tematu w ramach planowanej działalności naukowej',
      '',
      '7. Harmonogram realizacji działalności naukowej.',
      '',
      '8. List motywacyjny',
      '',
      '10. Dokumenty potwierdzające osiągnięcia naukowe kandydata',
      '',
      '11. Informacja o aktywności naukowej, w szczególności o publikacjach',
    ].join('\n');
    const kinds = importPosting(posting).profile.items.map((i) => i.kind);
    expect(kinds).toEqual(['other', 'other', 'other', 'language_certificate', 'research_plan', 'other', 'motivation_letter', 'other', 'other']);
  });
});

describe('the last line of a checklist without its bullet (15-vu)', () => {
  it('is the list\'s last entry', () => {
    const posting = 'Checklist application documents\n\nPlease send the following:\n■ A Curriculum Vitae.\n■ A copy of an identity document.\nTraining and Supervision Plan, signed by you and your supervisor(s).\n\nSend this to your supervisor.';
    expect(titles(posting)).toContain('other:Training and Supervision Plan');
  });

  it('not a rule about documents the list already names', () => {
    const posting = 'Please send the following:\n- A CV\n- A cover letter\nCV and cover letter in one PDF.\n\nThank you.';
    expect(titles(posting).map((t) => t.split(':')[0])).toEqual(['cv', 'cover_letter']);
  });
});
