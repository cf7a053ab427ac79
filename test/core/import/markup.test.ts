/**
 * Postings as lines, from HTML (htmlparser2), Markdown (markdown-it, front matter by `yaml`) and plain text.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, htmlToText, readPosting, textLines } from '../../../src/core/import/markup.js';
import { importPosting } from '../../../src/core/import/index.js';

const texts = (input: string, format?: 'text' | 'html' | 'markdown') => readPosting(input, format).lines.map((l) => l.text);

describe('HTML', () => {
  it('drops comments, scripts, styles and PHP blocks, and decodes entities', () => {
    const html =
      '<html><head><title>Postdoc</title><style>li{}</style></head><body><!-- Please send a transcript. --><?php include("x"); ?>' +
      '<script>var cv = 1</script><p>Please send the following to jdoe&#64;example.edu &amp; the chair:</p><ul><li>CV</li></ul></body></html>';
    expect(texts(html, 'html')).toEqual(['Please send the following to jdoe@example.edu & the chair:', 'CV']);
    expect(readPosting(html, 'html').meta.title).toBe('Postdoc');
    expect(importPosting(html, { format: 'html' }).profile.items.map((i) => i.kind)).toEqual(['cv']);
  });

  it('keeps list nesting, headings (also bold-only paragraphs) and table rows as entries', () => {
    const html =
      '<h2>How to apply</h2><p><strong>Documents</strong></p><ul><li>CV<ul><li>with publications</li></ul></li><li>Letter</li></ul>' +
      '<table><tr><th>Document</th><th>Status</th></tr><tr><td>Transcript</td><td>required</td></tr></table>';
    const lines = readPosting(html, 'html').lines.map((l) => [l.text, l.bullet, l.depth, l.heading]);
    expect(lines).toEqual([
      ['How to apply', false, 0, 2],
      ['Documents', false, 0, 6],
      ['CV', true, 0, 0],
      ['with publications', true, 1, 0],
      ['Letter', true, 0, 0],
      ['Document | Status', false, 0, 6],
      ['Transcript | required', true, 0, 0],
    ]);
  });

  it('reads bullets typed as characters after <br> as entries', () => {
    const html = '<p>What to send us<br/>&#8226; a motivation letter<br/>&#8226; your CV</p>';
    expect(readPosting(html, 'html').lines.map((l) => [l.text, l.bullet])).toEqual([
      ['What to send us', false],
      ['• a motivation letter', true],
      ['• your CV', true],
    ]);
  });

  it('reads <dt>Deadline</dt><dd>...</dd> as one line; leaves out hidden text and a sidebar of other vacancies (before: their deadline and documents were taken)', () => {
    const html = [
      '<h1>PhD candidate</h1><p>Your application should consist of a motivation letter and a CV.</p>',
      '<dl><dt>Deadline</dt><dd>1 June 2026</dd><dt>Starting date</dt><dd>1 September 2026</dd></dl>',
      '<p style="display: none">Please also send a 10-page writing sample.</p><p hidden>Send a photo.</p>',
      '<aside><h3>Other vacancies</h3><ul><li>Postdoc in Ecology - deadline 1 May 2026. Applicants must send a research statement.</li></ul></aside>',
      '<section><h2>Related jobs</h2><p>Lecturer - send a teaching statement by 2 May 2026.</p></section>',
    ].join('');
    expect(readPosting(html, 'html').lines.map((l) => l.text)).toEqual([
      'PhD candidate',
      'Your application should consist of a motivation letter and a CV.',
      'Deadline: 1 June 2026',
      'Starting date: 1 September 2026',
    ]);
    const p = importPosting(html, { format: 'html' }).profile;
    expect(p.deadline).toBe('2026-06-01');
    expect(p.items.map((i) => i.kind)).toEqual(['motivation_letter', 'cv']);
  });

  it('reduces HTML to text for library users', () => {
    expect(htmlToText('<h2>Apply</h2><ul><li>CV</li><li>Cover letter</li></ul>')).toBe('Apply\n\n- CV\n- Cover letter');
  });
});

describe('Markdown', () => {
  const md = [
    '---',
    'title: "Open positions"',
    'date: 2025-01-20',
    'jobid: 606120',
    'summary: "Short."',
    '---',
    '{% include alert.html %}',
    '<!-- Please send a writing sample. -->',
    '## How to apply',
    '',
    'Please send the following as a single PDF:',
    '',
    '* **cover letter** (max. 1 page) detailing',
    '    * why our lab interests you',
    '* **CV**',
    '',
    'The deadline is January 26.',
  ].join('\n');

  it('splits the front matter off with yaml and keeps title, date and job id as metadata', () => {
    const p = readPosting(md, 'markdown');
    expect(p.meta).toEqual({ title: 'Open positions', date: '2025-01-20', reference: '606120' });
    expect(p.lines.map((l) => l.text)).not.toContainEqual(expect.stringMatching(/title:|include alert|writing sample/));
  });

  it('reads nested lists and headings from markdown-it', () => {
    expect(readPosting(md, 'markdown').lines.map((l) => [l.text, l.bullet, l.depth, l.heading])).toEqual([
      ['How to apply', false, 0, 2],
      ['Please send the following as a single PDF:', false, 0, 0],
      ['cover letter (max. 1 page) detailing', true, 0, 0],
      ['why our lab interests you', true, 1, 0],
      ['CV', true, 0, 0],
      ['The deadline is January 26.', false, 0, 0],
    ]);
  });

  it('gives dates without a year the page date\'s year, and the reference from the front matter', () => {
    const { profile } = importPosting(md, { format: 'markdown', today: '2027-06-01' });
    expect(profile.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['cover_letter', 1],
      ['cv', undefined],
    ]);
    expect(profile.deadline).toBe('2025-01-26');
    expect(profile.reference).toBe('606120');
  });

  it("titles the profile with the page's own title, for review, rather than its first heading", () => {
    const r = importPosting(md, { format: 'markdown' });
    expect(r.profile.title).toBe('Open positions');
    expect(r.review).toContainEqual({ path: 'title', reason: "taken from the page's own title" });
  });

  it('reads a page that is only front matter prose', () => {
    const only = '---\ntitle: Join\nbuttonBox_txt: "If you are interested in applying, please send a CV and a statement of why you would like to do research in our lab."\n---\n';
    expect(importPosting(only, { format: 'markdown' }).profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter']);
  });

  it('splits off TOML front matter (+++) too, keeping its title and date (before: "+++" and its lines read as the posting, "title: Imported posting")', () => {
    const toml = '+++\ntitle = "PhD position in genomics"\ndate = 2026-11-20\n[params]\n  lab = "Hesselberth"\n+++\n\n## How to apply\n\nPlease send a CV by 15 January.\n';
    expect(detectFormat(toml)).toBe('markdown');
    const p = readPosting(toml);
    expect(p.meta).toEqual({ title: 'PhD position in genomics', date: '2026-11-20' });
    expect(p.lines.map((l) => l.text)).toEqual(['How to apply', 'Please send a CV by 15 January.']);
    expect(importPosting(toml).profile.deadline).toBe('2027-01-15');
  });

  it('is detected from front matter or Markdown marks when no format is given', () => {
    expect(detectFormat(md)).toBe('markdown');
    expect(detectFormat('<p>Apply</p><ul><li>CV</li></ul>')).toBe('html');
    expect(detectFormat('Please send a CV.')).toBe('text');
  });
});

describe('plain text', () => {
  it('reads indentation as list depth and joins hard-wrapped sentences', () => {
    const text = [
      'Candidates should',
      'submit a curriculum vitae and arrange for three letters of',
      'recommendation.',
      '',
      'The file must include:',
      '  • Research proposal (maximum four pages), including:',
      '    • The objectives of the research.',
      '  • 3 letters of recommendation',
    ].join('\n');
    expect(textLines(text).map((l) => [l.text, l.bullet, l.depth])).toEqual([
      ['Candidates should submit a curriculum vitae and arrange for three letters of recommendation.', false, 0],
      ['The file must include:', false, 0],
      ['• Research proposal (maximum four pages), including:', true, 0],
      ['• The objectives of the research.', true, 1],
      ['• 3 letters of recommendation', true, 0],
    ]);
  });

  it('reads a bullet mark alone on its line, indented entries after a colon, and pipe tables', () => {
    expect(textLines('Includes:\n-\nA cover letter').map((l) => [l.text, l.bullet])).toEqual([
      ['Includes:', false],
      ['A cover letter', true],
    ]);
    expect(textLines('La domanda deve contenere:\n    il curriculum vitae;\n    il programma di ricerca;').map((l) => l.bullet)).toEqual([false, true, true]);
    expect(textLines('Document | Details |\n---|---|\nCV | Your education |\nTranscript | Official |').map((l) => [l.text, l.bullet])).toEqual([
      ['Document | Details', false],
      ['CV | Your education', true],
      ['Transcript | Official', true],
    ]);
  });

  it('reads entries numbered in Roman numerals ("i)", "ii)", "I - ", "II - ") as one list, not nested', () => {
    expect(textLines('Documents:\ni) Curriculum vitae;\nii) Two letters;\niii) Motivation letter;').map((l) => [l.text, l.bullet, l.depth])).toEqual([
      ['Documents:', false, 0],
      ['i) Curriculum vitae;', true, 0],
      ['ii) Two letters;', true, 0],
      ['iii) Motivation letter;', true, 0],
    ]);
    expect(textLines('I - Ficha de inscrição\n\nII - Fotocópia do Diploma\n\nIV - Curriculum Lattes').map((l) => [l.bullet, l.depth])).toEqual([
      [true, 0],
      [true, 0],
      [true, 0],
    ]);
    // A first-person "I" is no list number.
    expect(textLines('I am happy to answer questions.')[0]?.bullet).toBe(false);
    const kinds = (t: string) => importPosting(t).profile.items.map((i) => i.kind);
    expect(kinds('É obrigatório submeter os seguintes documentos:\ni) Curriculum vitae do candidato;\nii) Duas cartas de recomendação;\niii) Carta de motivação;\niv) Cópias autenticadas dos diplomas académicos.')).toEqual(['cv', 'references', 'motivation_letter', 'diplomas']);
  });

  it('reads the next number glued to a figure ("4.1 to 2 pages summary") as an entry when it follows entry 3', () => {
    const lines = textLines('Please submit the following documents:\n\n3.Certified copies of certificates\n4.1 to 2 pages summary of your thesis\n5.2 letters of recommendation');
    expect(lines.map((l) => [l.text, l.bullet])).toEqual([
      ['Please submit the following documents:', false],
      ['3.Certified copies of certificates', true],
      ['4. 1 to 2 pages summary of your thesis', true],
      ['5. 2 letters of recommendation', true],
    ]);
    // Without an entry 3 before it, "4.1" is a section number or a figure, not an entry.
    expect(textLines('4.1 Eligibility')[0]?.bullet).toBe(false);
  });

  it('splits a flattened list written with dashes after a colon ("Contenu du dossier: - une copie ... - une photo ..."), not a dash in prose', () => {
    expect(textLines('Contenu du dossier: - une copie du passeport - une photo format passeport - un curriculum vitae complet').map((l) => [l.text, l.bullet])).toEqual([
      ['Contenu du dossier:', false],
      ['une copie du passeport', true],
      ['une photo format passeport', true],
      ['un curriculum vitae complet', true],
    ]);
    expect(textLines('Cover letter: one page - no more - please.')).toHaveLength(1);
  });

  it('ends a paragraph at a "[...]" cut', () => {
    expect(textLines('Please send a CV\n[...]\nand nothing else').map((l) => [l.text, l.block])).toEqual([
      ['Please send a CV', 0],
      ['and nothing else', 1],
    ]);
  });
});
