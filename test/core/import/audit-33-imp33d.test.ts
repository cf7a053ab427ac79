/**
 * Importer audit round 16 (notes/audit-import-2026-12-06l.md), leftovers: finding 3 (a documents list after "who may
 * apply" bullets and a note between entries), finding 10's transcript "for other university studies", and German
 * verbs left at the end of titles. Each as a short posting in the audit's words and in a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Award') => importPosting(`${title}\n\n${body}`, { today: '2026-12-06' });
const titles = (body: string) => read(body).profile.items.map((i) => i.title);

describe('a documents list after "who may apply" bullets (audit #3)', () => {
  const sleep = [
    'SEF Career Development Award - How to apply',
    'The award application may be filed by',
    '- a main applicant for the complete project - the main applicant will receive the grant.',
    '- two or more applicants - the award sum will be distributed evenly.',
    'General documents:',
    '- Cover letter - (1 page)',
    '- Applicants information (Names and contact details of all applicants, portrait photos, ID copies, CV, publication list) - (1 page per applicant)',
    'If there is a main applicant, we need only his/her ID copy. For all other applicants please submit only photo, CV, publication list',
    '- Executive summary - the most important information in your project plan (1 page)',
    'In-depth documents',
    '- Statement of need - outlines why the project must be undertaken (1 page)',
    '- Project time-line 1 page',
    '- Organizational information - affiliation, report structures etc. (1 page)',
  ].join('\n');

  it('reads no applicant as a document, gives no entry the note\'s case, and reads the lists under "General documents:" and "In-depth documents" (before: 5 of 10 documents lost, CV given "For all other applicants please submit only photo")', () => {
    const items = read(sleep, 'https://example.org/sef').profile.items;
    expect(items.map((i) => i.title)).not.toContain('Two or more applicants');
    expect(items.some((i) => i.condition?.includes('please submit'))).toBe(false);
    expect(items.find((i) => i.title === 'Executive summary')?.condition).toBeUndefined();
    expect(items.find((i) => i.kind === 'cover_letter')).toMatchObject({ stage: 'required', max_pages: 1 });
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['Executive summary', 'Organizational information']));
    expect(items.some((i) => /^Project time-line/u.test(i.title))).toBe(true);
  });

  it('reads a second wording: "Applications can be submitted by:" over who, then "Required documents:" with a note between entries', () => {
    const items = read(
      'Applications can be submitted by:\n- individual researchers\n- research groups of up to four members\nRequired documents:\n- CV\n- Budget plan (1 page)\nFor the other co-applicants please send only a short CV.\n- Letter of support from the host institution',
    ).profile.items;
    expect(items.map((i) => i.title)).not.toContain('Research groups of up to four members');
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['CV', 'Budget plan', 'Letter of support from the host institution']));
    expect(items.find((i) => i.title === 'Letter of support from the host institution')?.condition).toBeUndefined();
  });
});

describe('a transcript "for other university studies" is conditional (audit #10)', () => {
  it('gives "the official transcript of records for other university studies which are not included ..." a condition (before: required of everyone, unmarked)', () => {
    const r = read(
      'Applicants are requested to provide the following additional documents:\n- curriculum vitae\n- motivation letter\n- the official transcript of records for other university studies which are not included in the mandatory part of the application',
      'Master\'s Programme',
    );
    expect(r.profile.items.find((i) => i.kind === 'transcript')?.condition).toMatch(/^for other university studies/u);
    expect(r.profile.items.find((i) => i.kind === 'cv')?.condition).toBeUndefined();
  });

  it('reads a second wording: "transcripts for any further studies" and "certificates that are not included in ..."', () => {
    const t = read('Please submit the following:\n- CV\n- transcripts for any further degrees you hold').profile.items.find((i) => i.kind === 'transcript');
    expect(t?.condition).toMatch(/^for any further degrees/u);
    const d = read('Please submit the following:\n- CV\n- language certificates that are not included in the online form').profile.items.find((i) => i.title.startsWith('Language certificates'));
    expect(d?.condition).toMatch(/^that are not included in/u);
  });
});

describe('German participles and zu-infinitives leave the title', () => {
  it('titles "zwei HochschullehrerInnen benannt werden" and "ein tabellarischer Werdegang beizufügen" without the verb (before: "HochschullehrerInnen benannt", "Tabellarischer Werdegang beizufügen")', () => {
    expect(titles('Bitte senden Sie einen Lebenslauf. Weiterhin sollen zwei HochschullehrerInnen benannt werden, die bereit sind, über den Bewerber Auskunft zu geben.')).toEqual(['Lebenslauf', 'HochschullehrerInnen']);
    expect(titles('Der Bewerbung ist ein tabellarischer Werdegang beizufügen.')).toEqual(['Tabellarischer Werdegang']);
  });

  it('reads a second wording: "... einzureichen", "... vorzulegen"', () => {
    expect(titles('Mit der Bewerbung ist ein Motivationsschreiben einzureichen.')).toEqual(['Motivationsschreiben']);
    expect(titles('Es ist eine Publikationsliste vorzulegen.')).toEqual(['Publikationsliste']);
    expect(titles('Außerdem ist ein Exposé des Forschungsvorhabens vorzulegen.')).toEqual(['Exposé des Forschungsvorhabens']);
  });
});
