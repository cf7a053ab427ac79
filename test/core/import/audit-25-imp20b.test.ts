/**
 * Importer audit round 12 (notes/audit-import-2026-12-06h.md), findings 5 and 10: numbered headings that own bullets
 * or paragraphs are the documents, and what they own says what each holds. Each as a short posting in the audit's
 * words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);

describe('numbered headings that own bullets are the documents (audit #5)', () => {
  const UU = [
    'Instruktion för ansökan som docent',
    '',
    ' 1. Ansökningsbrev',
    ' • Ämne för docenturen',
    ' • Förteckning över bilagor',
    '',
    '2. Forskarutbildningsansvarig professors rekommendation (1-2 sidor)',
    '',
    ' • Sammanfattning av sökandes vetenskapliga meritering',
    ' • Sökandes självständighet',
    '',
    '3. CV (meritsammanställning)',
    '',
    ' • Vetenskaplig meritering:',
    '  • Doktorsexamen (lärosäte och datum)',
    '  • Övriga vetenskapliga meriter',
    ' • Pedagogisk meritering:',
    '  • Undervisningserfarenhet:',
    '   • Kursnamn, poäng, nivå, antal studenter',
    ' • Övriga meriter',
    '',
    '4. Vetenskaplig verksamhet',
    '',
    'Kortfattad (1-2 sidor) redogörelse för och reflektion över egen vetenskaplig verksamhet.',
    '',
  ].join('\n');

  it('reads the four headings as the items, the letter first, with the 1-2 pages on theirs (before: the CV and three bullets under it)', () => {
    const items = read(UU).profile.items;
    expect(items.map((i) => [i.kind, i.title, i.max_pages])).toEqual([
      ['cover_letter', 'Ansökningsbrev', undefined],
      ['other', 'Forskarutbildningsansvarig professors rekommendation', 2],
      ['cv', 'CV', undefined],
      ['other', 'Vetenskaplig verksamhet', 2],
    ]);
  });

  it('in English, the points as deep as the numbers: "3. CV" over "• Research record:", "4. Research account" over its paragraph', () => {
    const text = [
      'Guidelines for applying for promotion to Reader',
      '',
      '1. Letter of application',
      '• The field of the readership',
      '• A list of enclosures',
      '',
      "2. Head of department's endorsement (1-2 pages)",
      "• Summary of the applicant's research",
      "• Summary of the applicant's teaching",
      '',
      '3. CV',
      '• Research record:',
      '  • Degrees (institution and date)',
      '  • Grants held',
      '• Teaching record:',
      '  • Courses taught',
      '• Other merits',
      '',
      '4. Research account',
      '',
      'A brief (1-2 pages) account of and reflection on your own research.',
      '',
    ].join('\n');
    // Before: "Teaching record" a teaching statement and "Other merits" an item; the account without its 2 pages.
    expect(read(text).profile.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['cover_letter', undefined],
      ['other', 2],
      ['cv', undefined],
      ['other', 2],
    ]);
  });

  it('leaves numbered sections of the posting alone ("1. About the position", "2. Qualifications")', () => {
    const text = [
      '1. About the position',
      '• Three years, full time',
      '• Start in autumn',
      '',
      '2. Qualifications',
      '• A PhD in physics',
      '• Programming skills',
      '',
      '3. How to apply',
      'Please send a CV and a cover letter.',
      '',
    ].join('\n');
    expect(kinds(text)).toEqual(['cv', 'cover_letter']);
  });

  it('still reads a plain numbered list with a footnote under its last entry entry by entry', () => {
    const text = [
      'Applicants must submit the following documents:',
      '',
      '1. Curriculum Vitae',
      '2. Scanned copy of the master degree *',
      '3. A motivation letter',
      '* For those candidates that do not require a master degree in their university.',
      '',
    ].join('\n');
    expect(kinds(text)).toEqual(['cv', 'diplomas', 'motivation_letter']);
  });
});

describe('what a numbered document should contain gives no items (audit #10)', () => {
  const CETS = [
    'Application Requirements',
    '',
    '1. CV',
    'Must include:',
    '',
    '  • Academic experience',
    '  • Relevant ongoing/completed courses',
    '  • Relevant work experience pertaining to the internship.',
    '',
    '2. Statement of Research Interests ',
    '',
    'Prospective applicants are to submit a statement that does not exceed 750 words describing:',
    '',
    '  • Research and academic interests, background, and skills pertaining to specific research areas',
    '  • Contribution to the current research at CETS',
    '  • Duration of desired internship.  ',
    '',
    '3. Letter of Recommendation',
    '',
    'One (1) letter of recommendation from the academic supervisor the applicant has worked with.',
    '',
    'Letters should include:',
    '',
    '  • Academic achievement, research potential, originality, judgement, motivation',
    '  • Referees should justify their assessment by describing any special aptitudes.',
    '',
  ].join('\n');

  it('reads three items, the 750 words on the statement (before: 7 more `other` items, the cap left to a pointer)', () => {
    const items = read(CETS).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['cv', 'research_statement', 'references']);
    expect(items[1]?.max_words).toBe(750);
  });

  it('in other words: "It should address:", "Please write no more than 2 pages covering:"', () => {
    const text = [
      'Required documents',
      '',
      '1. Cover letter',
      'It should address:',
      '• your motivation for the post',
      '• your fit with the group',
      '',
      '2. Teaching statement',
      'Please write no more than 2 pages covering:',
      '• your teaching philosophy',
      '• courses you have taught',
      '',
    ].join('\n');
    const items = read(text).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['cover_letter', 'teaching_statement']);
    expect(items[1]?.max_pages).toBe(2);
  });
});

describe('a rule text whose numbered entries stand in their own indented paragraphs (audit #6)', () => {
  const HTDBW = [
    '(1) Bewerberinnen und Bewerber werden durch Stellenausschreibung ermittelt.',
    '',
    '(2) Bewerbungen sind an die Einstellungsbehörde zu richten. Der Bewerbung sind beizufügen:',
    '',
    '    1. ein tabellarischer Lebenslauf einschließlich eines Nachweises der Staatsangehörigkeit,',
    '',
    '    2. eine Kopie des Abschlusszeugnisses des mit einem Master- oder einem gleichwertigen Abschluss abgeschlossenen Hochschulstudiums sowie',
    '',
    '    3. gegebenenfalls',
    '',
    '      a) eine Erläuterung der Inhalte des abgeschlossenen Studiums, zum Beispiel ein Diploma Supplement,',
    '',
  ].join('\n');

  it('reads the list under "Der Bewerbung sind beizufügen:", the "gegebenenfalls" entry as the case of its points (before: the CV only pointed at)', () => {
    expect(read(HTDBW).profile.items.map((i) => [i.kind, i.condition])).toEqual([
      ['cv', undefined],
      ['diplomas', undefined],
      ['other', 'gegebenenfalls'],
    ]);
  });

  it('in English: "The following shall be attached to the application:" over indented entries and "3. where applicable"', () => {
    const text = [
      '(2) Applications are to be addressed to the Dean. The following shall be attached to the application:',
      '',
      '    1. a curriculum vitae,',
      '',
      "    2. a copy of the master's degree certificate,",
      '',
      '    3. where applicable',
      '',
      '      a) a copy of the disability card,',
      '',
    ].join('\n');
    expect(read(text).profile.items.map((i) => [i.kind, i.condition])).toEqual([
      ['cv', undefined],
      ['diplomas', undefined],
      ['other', 'where applicable'],
    ]);
  });
});
