/**
 * Importer audit round 18 (notes/audit-import-2026-12-06p.md), findings 1, 2, 7 and 10: a CV written "curriculum",
 * a size cap after "als eine PDF-Datei" put on the last list entry, "No ... is required" not read as not wanted, and
 * front matter under a pasted address line. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });

describe('a bare "curriculum" the applicant sends is a CV, marked (audit #1)', () => {
  it('reads "include the participant\'s curriculum and a motivation letter" as a marked cv item (before: no item, no pointer)', () => {
    const r = read("Applications have to include the participant's curriculum and a motivation letter, which can be sent by email until 15 March 2027.", 'Summer School on Digital Humanities 2027');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter']);
    const cv = r.profile.items[0];
    expect(cv?.review).toBe(true);
    expect(r.review.find((x) => x.path === 'items[0].kind')?.reason).toBe('the kind (cv) is guessed from "curriculum"');
  });

  it('reads a second wording, "Please send your curriculum, a cover letter ...", and not a course "curriculum"', () => {
    expect(read('Please send your curriculum, a cover letter and two references to jobs@example.org.').profile.items.map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'references']);
    const teach = read('You will teach in the undergraduate curriculum and develop the student\'s curriculum in physics. Please send a cover letter.');
    expect(teach.profile.items.map((i) => i.kind)).toEqual(['cover_letter']);
  });
});

describe('a size cap after "as one PDF" is the whole submission\'s, not the last entry\'s (audit #2)', () => {
  it('puts "(Anschreiben, Lebenslauf, Zeugnisse) als eine PDF-Datei (max. 5 MB)" on submission.max_mb (before: max_mb 5 on "Zeugnisse")', () => {
    const r = read('Bitte senden Sie Ihre Unterlagen (Anschreiben, Lebenslauf, Zeugnisse) als eine PDF-Datei (max. 5 MB) bis zum 15.03.2027, 12:00 Uhr MEZ an bewerbung@example.de.', 'Wissenschaftliche Mitarbeiterin (m/w/d)');
    expect(r.profile.submission).toMatchObject({ format: 'single-pdf', max_mb: 5 });
    expect(r.profile.items.map((i) => i.title)).toEqual(['Anschreiben', 'Lebenslauf', 'Zeugnisse']);
    expect(r.profile.items.filter((i) => i.max_mb !== undefined)).toEqual([]);
  });

  it('reads the Spanish "en un solo PDF (máx. 5 MB)" the same way', () => {
    const r = read('Envíe sus documentos (carta de motivación, CV) en un solo PDF (máx. 5 MB) hasta el 15 de marzo de 2027.', 'Ayudante de investigación');
    expect(r.profile.submission.max_mb).toBe(5);
    expect(r.profile.items.filter((i) => i.max_mb !== undefined)).toEqual([]);
  });
});

describe('"No ... is required" of a document with no kind is read as not wanted, marked (audit #7)', () => {
  it('reads "No scholarship documentation is required." (before: nothing)', () => {
    const r = read('Please send a CV and a research proposal.\nFunding:\nUnless self-funding, please select PGR-SCOPE from the dropdown list. No scholarship documentation is required.', 'PhD in Quantum Light and Matter');
    expect(r.profile.not_wanted).toEqual([
      { what: 'scholarship documentation', source: 'No scholarship documentation is required.', review: true },
    ]);
  });

  it('reads a second wording, "No funding documents are needed", and keeps the first letter after "No need for separate" (before: "cholarship documentation")', () => {
    expect(read('Please send a CV. No funding documents are needed.').profile.not_wanted?.map((n) => n.what)).toEqual(['funding documents']);
    expect(read('Please send a CV. No need for separate scholarship documentation.').profile.not_wanted?.map((n) => n.what)).toEqual(['scholarship documentation']);
  });
});

describe('front matter under a pasted address line is split off (audit #10)', () => {
  it('takes the title from the front matter and keeps the address as the source (before: the title was the front matter\'s lines)', () => {
    const r = importPosting(
      'https://github.com/example/lab/blob/HEAD/_pages/openings.md\n---\ntitle: "van der Sar Lab - Vacancies"\npermalink: /vacancies\n---\n\n# Open positions\n\nWe have a PhD position. State briefly why you are interested and attach a CV.\n',
      { today: '2026-12-07' },
    );
    expect(r.profile.title).toBe('van der Sar Lab - Vacancies');
    expect(r.profile.source).toBe('https://github.com/example/lab/blob/HEAD/_pages/openings.md');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv']);
  });

  it('reads a second shape: a blank line after the address, a front matter date giving the year, and a summary read as text', () => {
    const r = importPosting(
      'https://example.org/join-us/postdoc/index.md\n\n---\ntitle: "Postdocs"\nsummary: "We are always looking for excellent postdoc candidates to join the lab."\ndate: 2020-05-24T14:46:56-07:00\n---\n\nPlease send a CV and a cover letter by March 1.\n',
      { today: '2026-12-07' },
    );
    expect(r.profile.title).toBe('Postdocs');
    expect(r.profile.source).toBe('https://example.org/join-us/postdoc/index.md');
    expect(r.profile.deadline).toBe('2021-03-01');
  });
});
