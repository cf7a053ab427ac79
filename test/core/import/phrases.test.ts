/**
 * One case per phrase family in src/core/import/phrases.ts: add a row here when you add a pattern there.
 */
import { describe, expect, it } from 'vitest';
import { fileNamePattern, findCount, findKindMentions, findLimits, importPosting } from '../../../src/core/import/index.js';
import { KIND_PHRASES } from '../../../src/core/import/phrases.js';
import { htmlToText, looksLikeHtml, textLines as toLines } from '../../../src/core/import/markup.js';
import { toSentences } from '../../../src/core/import/text.js';
import { templateQuote } from '../../helpers/templates.js';
import { ITEM_KINDS } from '../../../src/core/schema/vocabulary.js';

const kindsIn = (s: string) => findKindMentions(s).map((h) => h.kind);
/** Items of a one-sentence posting, as `kind/stage`. */
const items = (s: string) => importPosting(s).profile.items.map((i) => `${i.kind}/${i.stage}`);
const item = (s: string) => importPosting(s).profile.items[0];

const KIND_CASES: Record<(typeof ITEM_KINDS)[number], string[]> = {
  cv: ['CV', 'curriculum vitae', 'an updated résumé', 'Lebenslauf', 'Ansioluettelo', 'academic CV'],
  cover_letter: ['cover letter', 'a covering letter', 'letter of application', 'Anschreiben', 'hakemuskirje'],
  motivation_letter: ['a statement of career goals', 'motivation letter', 'letter of motivation', 'statement of purpose', 'personal letter', 'Motivationsschreiben', 'motivaatiokirje'],
  bio: ['short bio', 'a brief biography', 'biosketch'],
  research_plan: ['draft research plan', 'research proposal', 'project proposal', 'a description of the proposed research project', 'a description of the rationale and methodology of the proposed project', 'a statement of research plans', 'Forschungsexposé', 'tutkimussuunnitelma'],
  research_statement: ['research statement', 'statement of research interests', 'a summary of your research accomplishments', 'descriptions of past research'],
  teaching_statement: ['teaching statement', 'statement of teaching philosophy', 'teaching portfolio'],
  diversity_statement: ['a statement about commitment to inclusivity and equity', 'diversity statement', 'a statement on contributions to diversity', 'DEI statement'],
  transcript: ['transcript of records', 'official transcripts', 'copies of grades', 'Notenspiegel', 'opintosuoritusote'],
  thesis: ['MSc thesis', "Master's thesis", 'a copy of your thesis', 'Masterarbeit', 'pro gradu'],
  publication_list: ['list of publications', 'publication list', 'Publikationsliste', 'julkaisuluettelo'],
  writing_sample: ['samples of publications', 'a sample of scholarly or creative work', 'writing sample', 'copies of up to three publications', 'two representative papers', 'a sample of written work', 'up to 3 reprints', '1-2 example publications', 'your five most recent journal publications', 'an example of your scholarly work', 'pre-prints'],
  references: ["referees' reports", 'three letters of recommendation', 'recommendation letter(s)', 'names of two referees', 'reference letters', 'Empfehlungsschreiben', 'suosittelijat'],
  diplomas: ['documentation affirming that the requisite doctorate was awarded', "Bachelor's and Master's diplomas", 'degree certificates', 'copies of diplomas', 'Zeugnisse', 'tutkintotodistus'],
  language_certificate: ['TOEFL or IELTS scores', 'proof of English proficiency', 'language certificate', 'Sprachnachweis', 'kielitodistus'],
  portfolio: ['portfolio', 'link to your GitHub profile', 'a few examples of works'],
  other: [],
};

describe('item kinds', () => {
  it('has a phrase family for every kind but "other"', () => {
    expect(Object.keys(KIND_PHRASES).sort()).toEqual(ITEM_KINDS.filter((k) => k !== 'other').sort());
  });

  for (const [kind, phrases] of Object.entries(KIND_CASES)) {
    for (const phrase of phrases) {
      it(`reads "${phrase}" as ${kind}`, () => {
        expect(kindsIn(`Please submit ${phrase}.`)).toEqual([kind]);
      });
    }
  }

  it('prefers the longest phrase at a position ("teaching portfolio" is not a portfolio)', () => {
    expect(kindsIn('a teaching portfolio')).toEqual(['teaching_statement']);
    expect(kindsIn('diploma thesis')).toEqual(['thesis']);
  });

  it('ignores mentions that are not requests for a document', () => {
    expect(kindsIn('a research plan (max. 10 pages, excluding references)')).toEqual(['research_plan']);
    expect(kindsIn('Please describe the bio-inspired design.')).toEqual([]);
    expect(kindsIn('Please reference AcademicKeys in your cover letter when applying.')).toEqual([]);
    expect(kindsIn('Outstanding applicants have a strong publication record.')).toEqual([]);
    expect(items('Teaching duties include two courses per year.')).toEqual(['other/required']);
  });

  it('splits one bullet that names two documents ("Transcript of records and a pdf or link to your MSc thesis")', () => {
    const p = importPosting('Please submit:\n- Transcript of records and a pdf or link to your MSc thesis').profile;
    expect(p.items.map((i) => [i.kind, i.title, i.accepts])).toEqual([
      ['transcript', 'Transcript of records', ['file']],
      ['thesis', 'MSc thesis', ['file', 'link']],
    ]);
  });

  it('keeps a document described by another as one item ("CV including a list of publications")', () => {
    expect(items('Please send a CV including a list of publications.')).toEqual(['cv/required']);
    expect(items('Please send a CV and a list of publications.')).toEqual(['cv/required', 'publication_list/required']);
  });

  it('names what it cannot classify as "other", for review', () => {
    const r = importPosting('Required documents:\n- CV\n- Copy of the rental agreement');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'other']);
    expect(r.profile.items[1]).toMatchObject({ title: 'Copy of the rental agreement', review: true });
  });

  it('knows common documents outside the kinds as "other" by name (passport copy, application form, photo)', () => {
    const p = importPosting('Please send a completed application form, a copy of your passport and a passport photo.').profile;
    expect(p.items.map((i) => [i.kind, i.title])).toEqual([
      ['other', 'Completed application form'],
      ['other', 'Copy of your passport'],
      ['other', 'Passport photo'],
    ]);
  });
});

describe('stages', () => {
  it.each([
    ['Please submit a CV and a writing sample (optional).', ['cv/required', 'writing_sample/optional']],
    ['Please submit a CV and, if available, a list of publications.', ['cv/required', 'publication_list/optional']],
    ['Applicants may include a teaching statement.', ['teaching_statement/optional']],
    ['Applicants are encouraged to submit a diversity statement.', ['diversity_statement/optional']],
    ['A portfolio is welcome but not required. Please submit a CV.', ['portfolio/optional', 'cv/required']],
    ['At a later stage, you will need to provide your diplomas.', ['diplomas/later']],
    ['Shortlisted candidates will be asked to provide three letters of reference and transcripts.', ['references/later', 'transcript/later']],
    ['Please send a CV. Official transcripts will be requested from shortlisted candidates upon invitation.', ['cv/required', 'transcript/later']],
  ])('%s', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('reads "Required: a; b" and "Optional: c" lines', () => {
    expect(items('Required: Cover Letter; Curriculum Vitae\nOptional: Portfolio (URL)')).toEqual(['cover_letter/required', 'cv/required', 'portfolio/optional']);
  });

  it('takes the stage of a list from the line that introduces it', () => {
    expect(items('Required materials:\n- CV\n\nOptional materials:\n- Writing sample')).toEqual(['cv/required', 'writing_sample/optional']);
    expect(items('Shortlisted candidates will be asked to send:\n- diplomas\n- transcripts')).toEqual(['diplomas/later', 'transcript/later']);
  });
});

describe('forms', () => {
  it.each([
    ['Please submit a link to your MSc thesis.', ['file', 'link']],
    ['Please submit a pdf or link to your MSc thesis.', ['file', 'link']],
    ['Please submit a short bio.', ['file', 'text']],
    ['Please submit your CV.', ['file']],
    ['Please submit recommendation letter(s) or contact details for such.', ['referee', 'letter']],
    ['Please submit three letters of recommendation.', ['letter']],
    ['Please submit the names and e-mail addresses of three referees.', ['referee']],
    ['Please submit contact details of two references.', ['referee']],
    ['Please submit two letters from your referees.', ['letter']],
    ['Please submit a link to your GitHub profile.', ['link']],
  ])('%s -> %j', (text, accepts) => {
    expect(item(text)?.accepts).toEqual(accepts);
  });

  it('flags references that could be letters or contacts', () => {
    const r = importPosting('Please submit your CV and two references.');
    expect(r.profile.items[1]).toMatchObject({ kind: 'references', accepts: ['referee', 'letter'], review: true });
  });
});

describe('counts', () => {
  it.each([
    ['', 'two letters', '', { min: 2, max: 2 }],
    ['names of', 'three referees', '', { min: 3, max: 3 }],
    ['', 'at least two letters of recommendation', '', { min: 2 }],
    ['', 'at most three publications', '', { max: 3 }],
    ['copies of', 'up to three publications', '', { max: 3 }],
    ['', '2-3 letters', '', { min: 2, max: 3 }],
    ['', 'two to three letters', '', { min: 2, max: 3 }],
    ['', 'letters of recommendation', ' (at least two)', { min: 2 }],
    ['', 'referees', ' (2-3)', { min: 2, max: 3 }],
    ['', 'Reference Letters', ' (3 required; at least one on teaching)', { min: 3, max: 3 }],
  ])('%s %s%s', (before, mention, after, count) => {
    expect(findCount(before, mention, after)).toEqual(count);
  });

  it('does not read a page count or an article as a count', () => {
    expect(findCount('a', 'two-page research statement', '')).toBeUndefined();
    expect(findCount('', 'one page CV', '')).toBeUndefined();
    expect(findCount('a', 'cover letter', '')).toBeUndefined();
  });

  it('infers at least 2 from a plural, for review, and 1 from "letter(s)"', () => {
    expect(item('Please submit letters of recommendation.')).toMatchObject({ min: 2, review: true });
    expect(item('Please submit recommendation letter(s).')).toMatchObject({ min: 1 });
    expect(item('Please submit recommendation letter(s).')?.review).toBeUndefined();
  });
});

describe('limits', () => {
  it.each([
    ['max. 1 page', 'max_pages', 1],
    ['maximum 2 pages', 'max_pages', 2],
    ['no more than 2 pages', 'max_pages', 2],
    ['not exceeding three pages', 'max_pages', 3],
    ['(2 pages max)', 'max_pages', 2],
    ['1-2 pages', 'max_pages', 2],
    ['a two-page statement', 'max_pages', 2],
    ['max. 1 Seite', 'max_pages', 1],
    ['3,500 words at most', 'max_words', 3500],
    ['no more than 2,000 words', 'max_words', 2000],
    ['max. 5000 characters', 'max_chars', 5000],
    ['up to 5 000 characters (including spaces)', 'max_chars', 5000],
    ['under 10 MB', 'max_mb', 10],
    ['max. 2.5 MB', 'max_mb', 2.5],
    ['of no more than 4 x A4 sides', 'max_pages', 4],
    ['a total of 5 (A4) pages', 'max_pages', 5],
    ['Three (3) page maximum; double-spaced', 'max_pages', 3],
    ['not to exceed five single-spaced pages', 'max_pages', 5],
    ['(maximum length 6000 characters)', 'max_chars', 6000],
    ['Bör ej överstiga 2 sidor', 'max_pages', 2],
    ['nicht mehr als 3 Seiten', 'max_pages', 3],
    ['ne doit pas dépasser 10 pages', 'max_pages', 10],
    ['maximal dreiseitiger Auszug', 'max_pages', 3],
  ])('%s', (text, key, value) => {
    const [l] = findLimits(text);
    expect(l).toMatchObject({ key, value, cue: true });
  });

  it('reads "ca. 3 pages" as approximate, and a size right after a cap as capped', () => {
    expect(findLimits('A short research proposal of ca. 3 pages')).toEqual([]);
    expect(findLimits('Bör ej överstiga en sida, 4000 tecken').map((l) => [l.key, l.value, l.cue])).toEqual([
      ['max_pages', 1, true],
      ['max_chars', 4000, true],
    ]);
  });

  it('ignores lower bounds and notes a bare size as a guess', () => {
    expect(findLimits('at least 2 pages')).toEqual([]);
    expect(findLimits('a 3 pages summary')[0]).toMatchObject({ key: 'max_pages', value: 3, cue: false });
  });

  it('attaches a limit to the item it follows or modifies, and a packet limit to the submission', () => {
    const p = importPosting('Please submit one PDF (max. 10 MB) with a CV, a research statement (max. 3 pages) and a one-page cover letter.').profile;
    expect(p.submission).toMatchObject({ format: 'single-pdf', max_mb: 10 });
    expect(p.items.map((i) => [i.kind, i.max_pages, i.max_mb])).toEqual([
      ['cv', undefined, undefined],
      ['research_statement', 3, undefined],
      ['cover_letter', 1, undefined],
    ]);
  });

  it('adds a limit stated in a later sentence to the item', () => {
    const p = importPosting('Please submit a CV and a research plan. The research plan should not exceed 3 pages.').profile;
    expect(p.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['cv', undefined],
      ['research_plan', 3],
    ]);
  });
});

describe('submission', () => {
  it.each([
    ['Please send all documents in one pdf file.', 'single-pdf'],
    ['Please send a single PDF.', 'single-pdf'],
    ['Combine everything into one file.', 'single-pdf'],
    ['Upload each document as a separate file.', 'separate-files'],
    ['Please upload each item separately.', 'separate-files'],
    ['Submit the documents as separate PDFs.', 'separate-files'],
    ['Each document should be uploaded as a separate PDF file.', 'separate-files'],
    ['Upload the forms in pdf (each document not more than 10 MB).', 'separate-files'],
    ['In the documents section, upload a single PDF file for each instance.', 'separate-files'],
    ['Send the CV in a separate email message.', 'separate-files'],
    ['Bitte laden Sie alle Dokumente als PDF-Dateien mit jeweils maximal 2 MB hoch.', 'separate-files'],
  ])('%s -> %s', (sentence, format) => {
    const r = importPosting(`Please submit a CV. ${sentence}`);
    expect(r.profile.submission.format).toBe(format);
    expect(r.profile.submission.review).toBeUndefined();
  });

  it('defaults to one PDF, for review, when the posting does not say', () => {
    const r = importPosting('Please submit a CV.');
    expect(r.profile.submission).toMatchObject({ format: 'single-pdf', review: true });
    expect(r.review).toContainEqual({ path: 'submission.format', reason: expect.stringMatching(/one PDF or separate files/) });
  });

  it('does not take the size of a document named in other words for the packet ("attach a short motivation (max one page)")', () => {
    const p = importPosting('Send an email with "Application PhD" in the subject line, and attach a short motivation (max one page) and a CV.').profile;
    expect(p.submission.max_pages).toBeUndefined();
    expect(importPosting('The application is made by attaching the following documentation in PDF format (10MB and 10 pages max.): a CV.').profile.submission).toMatchObject({ max_mb: 10, max_pages: 10 });
  });

  it('reads a size cap for the whole packet', () => {
    expect(importPosting('Please submit a CV as a single PDF under 10 MB.').profile.submission.max_mb).toBe(10);
  });

  it.each([
    ['Name the file Lastname_Firstname_CV.pdf.', '{last}_{first}_{item}.pdf'],
    ['Please name your file Surname_Firstname_Application.pdf', '{last}_{first}_Application.pdf'],
    ['Use the format FirstName-LastName-DocumentType.pdf', '{first}-{last}-{item}.pdf'],
    ['named [Surname]_[Name]_CV.pdf', '{last}_{name}_{item}.pdf'],
  ])('reads the file-name rule in "%s"', (sentence, pattern) => {
    expect(fileNamePattern(sentence)).toBe(pattern);
  });

  it('does not take an ordinary file name for a rule', () => {
    expect(fileNamePattern('See the guidelines in call_text_2026.pdf')).toBeUndefined();
  });
});

describe('deadline, start and notes', () => {
  it('reads the deadline, open-until-filled and the start', () => {
    const p = importPosting('Please submit a CV. The deadline for applications is 14.11.2025 at 23:59 EET. The position will be filled as soon as suitable candidate has been identified. The expected start date is January 2026.').profile;
    expect(p).toMatchObject({ deadline: '2025-11-14T23:59+02:00', open_until_filled: true, start: '2026-01' });
  });

  it('reads deadlines in "must receive ... before" and "accepted between now and", with a zone in words', () => {
    expect(importPosting('Please submit a CV. The Foundation must receive the application before 3:00 pm (PST) on January 27, 2023.').profile.deadline).toBe('2023-01-27T15:00-08:00');
    expect(importPosting('Please submit a CV. Applications are being accepted between now and 1 December 2000.').profile.deadline).toBe('2000-12-01');
    expect(importPosting('Please submit a CV. Apply online before February 1, 2026 11:59 PM Indian Standard Time.').profile.deadline).toBe('2026-02-01 23:59 Asia/Kolkata');
  });

  it('does not take the date a degree is to be completed by for the deadline', () => {
    const p = importPosting('Please submit a CV. If you have no doctorate yet, show that it will be completed by April 15.\nApply by Dec. 9, 2022.', { today: '2022-10-01' }).profile;
    expect(p.deadline).toBe('2022-12-09');
  });

  it('does not take the posting date for the deadline', () => {
    const p = importPosting('Posted Oct. 6, 2025, set to expire Feb. 5, 2026\n\nPlease submit a CV. Application deadline: 1 December 2025.').profile;
    expect(p.deadline).toBe('2025-12-01');
  });

  it('keeps a review start date in the notes, not as the deadline, and flags it', () => {
    const r = importPosting('Please submit a CV. Review of applications will begin on December 1, 2025.');
    expect(r.profile.deadline).toBeUndefined();
    expect(r.profile).toMatchObject({ review: true, notes: ['Review of applications will begin on December 1, 2025.'] });
    expect(r.review).toContainEqual({ path: 'deadline', reason: expect.stringMatching(/no closing date; the review of applications begins 2025-12-01/) });
  });

  it('reads a full-consideration date as the deadline, for review', () => {
    const r = importPosting('Please submit a CV. Applications received by January 5, 2026 will receive full consideration.');
    expect(r.profile.deadline).toBe('2026-01-05');
    expect(r.review.map((x) => x.path)).toContain('deadline');
  });

  it('flags a deadline without a year', () => {
    const r = importPosting('Please submit a CV. Deadline: 14 November.', { today: '2025-10-01' });
    expect(r.profile.deadline).toBe('2025-11-14');
    expect(r.review).toContainEqual({ path: 'deadline', reason: expect.stringMatching(/no year/) });
    const r2 = importPosting('Please submit a CV. Deadline: 14 November.');
    expect(r2.profile.deadline).toBeUndefined();
    expect(r2.review.map((x) => x.path)).toContain('deadline');
  });

  it('copies eligibility rules into notes', () => {
    const p = importPosting("Please submit a CV. The candidates must have completed their Master's degree before the start of the contract period.").profile;
    expect(p.notes).toEqual(["The candidates must have completed their Master's degree before the start of the contract period."]);
  });
});

describe('mixed languages', () => {
  it('reads a German list under a German heading', () => {
    expect(items('Bewerbungsunterlagen\n- Lebenslauf\n- Motivationsschreiben\n- Zeugnisse')).toEqual(['cv/required', 'motivation_letter/required', 'diplomas/required']);
  });
  it('reads a Finnish list under a Finnish heading', () => {
    expect(items('Hakemus\n- Ansioluettelo\n- Tutkimussuunnitelma\n- Opintosuoritusote')).toEqual(['cv/required', 'research_plan/required', 'transcript/required']);
  });
});

describe('text', () => {
  it('reduces HTML to lines and paragraphs', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><h1>Postdoc &amp; PhD</h1><script>var cv=1</script><p>Send:</p><ul><li>CV</li><li>Cover&nbsp;letter &ndash; 1&#160;page</li></ul></body></html>';
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml('Salary < 5000 EUR and > 3000 EUR')).toBe(false);
    expect(htmlToText(html)).toBe('Postdoc & PhD\n\nSend:\n\n- CV\n- Cover letter - 1 page');
  });

  it('splits inline " * " bullets into lines', () => {
    expect(toLines('materials: * CV * Short bio').map((l) => [l.text, l.bullet])).toEqual([
      ['materials:', false],
      ['CV', true],
      ['Short bio', true],
    ]);
  });

  it('splits sentences but not at abbreviations or German ordinal dates', () => {
    expect(toSentences('Send max. 1 page to Prof. Smith. Deadline 15. Januar 2026. Thanks')).toEqual([
      'Send max. 1 page to Prof. Smith.',
      'Deadline 15. Januar 2026.',
      'Thanks',
    ]);
  });
});

describe('the example sentences quoted in the built-in profiles', () => {
  it('us-tenure-track-cs: the limits of each document, and referees named only (the committee asks them for letters)', () => {
    const p = importPosting(templateQuote('us-tenure-track-cs')).profile;
    expect(p.submission).toMatchObject({ format: 'separate-files', max_mb: 5 });
    expect(p.items.map((i) => [i.kind, i.stage, i.max_pages, i.max_pages_each, i.min, i.max])).toEqual([
      ['cover_letter', 'required', 2, undefined, undefined, undefined],
      ['cv', 'required', undefined, undefined, undefined, undefined],
      ['research_statement', 'required', 3, undefined, undefined, undefined],
      ['teaching_statement', 'required', 2, undefined, undefined, undefined],
      ['diversity_statement', 'optional', 1, undefined, undefined, undefined],
      ['writing_sample', 'optional', undefined, undefined, undefined, 3],
      ['references', 'required', undefined, undefined, 3, 3],
    ]);
    // Before: max_pages_each 2 on the cover letter (the "each" of "5 MB each"), and letters accepted.
    expect(p.items.at(-1)?.accepts).toEqual(['referee']);
  });

  it('eu-postdoc-ml: the size and pages of the one PDF, and the limits of each document', () => {
    const p = importPosting(templateQuote('eu-postdoc-ml')).profile;
    // Before: max_pages 40 of "one PDF of at most 8 MB and 40 pages" was not read.
    expect(p.submission).toMatchObject({ format: 'single-pdf', max_mb: 8, max_pages: 40 });
    expect(p.items.map((i) => [i.kind, i.stage, i.max_pages, i.max_words, i.max_mb, i.min, i.max, i.accepts])).toEqual([
      ['motivation_letter', 'required', 2, 800, undefined, undefined, undefined, ['file', 'text']],
      ['cv', 'required', undefined, undefined, undefined, undefined, undefined, ['file']],
      ['research_plan', 'required', undefined, 1500, 2, undefined, undefined, ['file', 'text']],
      ['diplomas', 'required', undefined, undefined, undefined, 1, 4, ['file']],
      ['references', 'required', undefined, undefined, undefined, 2, 2, ['referee']],
      ['portfolio', 'optional', undefined, undefined, undefined, undefined, undefined, ['link']],
    ]);
  });
});

describe('guesses are marked for review', () => {
  it('a kind found only by a loose phrase ("three letters", "a proposal")', () => {
    const r = importPosting('Please submit a CV, a proposal (max. 5 pages) and three letters.');
    expect(r.profile.items.map((i) => [i.kind, i.review])).toEqual([
      ['cv', undefined],
      ['research_plan', true],
      ['references', true],
    ]);
    expect(r.profile.items[2]).toMatchObject({ min: 3, max: 3 });
    expect(r.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/guessed from "three letters"/));
  });

  it('an exact phrase wins over a loose one at the same place', () => {
    expect(importPosting('Please submit three letters of recommendation.').profile.items[0]?.review).toBeUndefined();
  });

  it('a lone date in a sentence about the position, as the start', () => {
    const r = importPosting('Please submit a CV. The contract runs from 1 March 2026 for two years.');
    expect(r.profile.start).toBe('2026-03-01');
    expect(r.review.map((x) => x.path)).toContain('start');
  });

  it('a date applications are due by, not called a deadline', () => {
    const r = importPosting('Please submit a CV. Applications arriving before 1 March 2026 are preferred.');
    expect(r.profile.deadline).toBe('2026-03-01');
    expect(r.review).toContainEqual({ path: 'deadline', reason: expect.stringMatching(/guessed/) });
    const sure = importPosting('Please submit a CV. Applications received by 1 March 2026 will be considered.');
    expect(sure.profile.deadline).toBe('2026-03-01');
    expect(sure.review.map((x) => x.path)).not.toContain('deadline');
  });
});

describe('file names', () => {
  it('reads a cap on the length of file names', () => {
    const p = importPosting('Please upload each document as a separate file. File names must not exceed 40 characters.').profile;
    expect(p.submission).toMatchObject({ format: 'separate-files', max_name_length: 40 });
  });
});

describe('a stage stated after the list', () => {
  it('applies to every item the sentence names', () => {
    expect(items('Please send a CV. Certified copies of certificates and two letters of reference will be required before the contract is signed.')).toEqual([
      'cv/required',
      'diplomas/later',
      'references/later',
    ]);
    expect(items('Please send a CV and three letters, which will be requested from shortlisted candidates.')).toEqual(['cv/required', 'references/later']);
  });
});

describe('certificates', () => {
  it('reads bare "certificates" as diplomas, for review, but not certificates of awards or work', () => {
    const r = importPosting('Please send your documents (motivation letter, CV, certificates) as one PDF file.');
    expect(r.profile.items.map((i) => [i.kind, i.review])).toEqual([
      ['motivation_letter', undefined],
      ['cv', undefined],
      ['diplomas', true],
    ]);
    expect(kindsIn('Certificates of awards and prizes')).toEqual([]);
    expect(kindsIn('work certificates')).toEqual([]);
  });
});
