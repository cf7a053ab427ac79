/**
 * Importer audit round 18 (notes/audit-import-2026-12-06p.md), findings 5, 11, 6 and 12: what one written document must
 * contain read as documents of their own, counts and stages given with a misleading reason, list entries dropped without
 * a word, a bibliography read as references. Each as a short posting in the audit's words and in a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const reasons = (r: ReturnType<typeof read>) => r.review.map((x) => `${x.path}: ${x.reason}`).join(' | ');

describe('what a written application must contain is part of it, not a document of its own (audit #5)', () => {
  it('reads "please write an application (1-3 pages)" as the one item, its cap its own, and "include a link to your code" as no item (before: a required link item, the cap on the packet)', () => {
    const r = read(
      'To work in the LASSO lab, please write an application (1-3 pages), with section headings corresponding to the sections below.\n\n## Coding application\n\nPlease write a summary of one or two of your previous projects.\n\n* one project should involve substantial coding. Please do not include the code in your application, but please do include a link to your code (on GitHub etc).\n* one project should involve creating a figure using code. Please include a copy of the figure in your application, and a link to the code you used to make that figure.',
      'Research student application',
    );
    expect(r.profile.items.map((i) => [i.kind, i.title, i.stage, i.max_pages])).toEqual([['other', 'Application', 'required', 3]]);
    expect(r.profile.submission.max_pages).toBeUndefined();
    expect(reasons(r)).toMatch(/items\[0\]\.max_pages: the posting gives a range \("1-3 pages"\)/u);
  });

  it('reads a second wording: "Please write a 2-page application ... Please include a link to your GitHub profile ... in your application"', () => {
    const r = read('Please write a 2-page application explaining your interest. Please include a link to your GitHub profile and a copy of one figure you made in your application.', 'Summer research internship');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.max_pages])).toEqual([['other', '2-page application', 2]]);
  });

  it('still reads documents to include "in your application" when the application is the packet', () => {
    const r = read('Please include a CV and a cover letter in your application.');
    expect(r.profile.items.map((i) => i.kind).sort()).toEqual(['cover_letter', 'cv']);
  });
});

describe('counts and stages come from the words that say them (audit #11)', () => {
  const rows = (r: ReturnType<typeof read>) => r.profile.items.map((i) => [i.kind, i.stage, i.min, i.max]);

  it('reads "List of references (three or more)" as at least 3 (before: min 2 "inferred from a plural"), and "three or more referees"', () => {
    const r = read('Please send the following:\n1. Cover letter.\n2. CV.\n3. List of references (three or more).', 'Postdocs');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ min: 3 });
    expect(r.profile.items.find((i) => i.kind === 'references')?.max).toBeUndefined();
    expect(reasons(r)).not.toMatch(/inferred from a plural/u);
    const r2 = read('Please send a CV and the names of three or more referees.');
    expect(r2.profile.items.find((i) => i.kind === 'references')).toMatchObject({ min: 3 });
  });

  it('reads "If possible, please also arrange for at least one letter ... to be emailed directly to me" as optional, at least 1 (before: required, min 2 from the contacts)', () => {
    const r = read(
      '<h3>Information Requested</h3><ul><li> Cover email (include experience, interests, &amp; goals)</li><li> CV</li><li> Contact information for at least 2 references (full name, email, phone number)</li><li> If possible, please also arrange for at least one letter (from one of your above-named references) to be emailed directly to me, with your name in the subject line.</li></ul>',
      'Postdocs',
    );
    const letters = r.profile.items.find((i) => i.sent_by === 'referees');
    expect(letters).toMatchObject({ stage: 'optional', min: 1 });
    expect(r.profile.items.find((i) => i.kind === 'references' && i.accepts.includes('referee'))).toMatchObject({ min: 2 });
  });

  it('reads "Om du går vidare i anställningsprocessen ska ... kopior av betyg ... uppvisas" as later (before: required, "does not say when it is due")', () => {
    const r = read(
      'Varmt välkommen med din ansökan med tillhörande CV samt personligt brev där du motiverar varför just du passar.\nAnsökningar till denna befattning kommer endast tas emot via Försvarsmaktens webbplats. I Försvarsmakten finns en stark värdegrund som bygger på öppenhet, resultat och ansvar. En anställning hos oss innebär placering i säkerhetsklass. Vanligtvis krävs svenskt medborgarskap. Säkerhetsprövning med registerkontroll kommer att genomföras före anställning enligt 3 kap i säkerhetsskyddslagen. Till ansökan om anställning ska CV och personligt brev bifogas. Om du går vidare i anställningsprocessen ska alltid vidimerade kopior av betyg och intyg uppvisas. Samtal från externa rekryteringsföretag och säljare undanbedes.',
      'Soldat',
    );
    expect(r.profile.items.find((i) => i.kind === 'transcript')?.stage).toBe('later');
    expect(reasons(r)).not.toMatch(/does not say when it is due/u);
    const en = read('Please send a CV and a cover letter. If you advance to the next stage, certified copies of your transcripts must be shown.');
    expect(en.profile.items.filter((i) => i.kind === 'transcript').every((i) => i.stage === 'later')).toBe(true);
  });

  it('keeps the cap of "Up to ten top scientific publications" (before: no max), and "Three samples of your writing" counts 3', () => {
    const r = read('The application must include:\n- Application letter\n- CV\n- Up to ten top scientific publications. Your doctoral thesis is regarded as one work.', 'Associate Professor');
    expect(r.profile.items.find((i) => /publications/u.test(i.title))).toMatchObject({ max: 10 });
    expect(r.profile.items.find((i) => /publications/u.test(i.title))?.min).toBeUndefined();
    expect(rows(read('The application must include:\n- CV\n- Up to 5 selected artworks'))).toContainEqual(['other', 'required', undefined, 5]);
  });
});

describe('a bibliography heading is not a references item (audit #12)', () => {
  it('skips "- Références :" over "[1] R. Nassif, ..." (before: a required references item)', () => {
    const r = read('Candidature : envoyer un CV et une lettre de motivation.\n\n- Références :\n   - [1] R. Nassif, S. Vlaski, C. Richard, "Multitask Learning over Graphs," IEEE Signal Processing Magazine, vol. 37, 2020.\n   - [2] B. McMahan, E. Moore. "Communication-efficient learning". In Proc. AISTATS, 2017.', 'Stage M2');
    expect(r.profile.items.map((i) => i.kind).sort()).toEqual(['cv', 'motivation_letter']);
    expect(reasons(r)).not.toMatch(/Références/u);
  });

  it('skips an English "References" heading over author-year citations, but keeps "References:" over referee names', () => {
    const r = read('Please send a CV and a cover letter.\n\nReferences\n\nSmith, J. and Doe, A. (2019). Learning on graphs. Journal of Machine Learning Research, vol. 20, pp. 1-30.', 'PhD position');
    expect(r.profile.items.map((i) => i.kind).sort()).toEqual(['cover_letter', 'cv']);
    const k = read('Please send a CV and a cover letter.\n\nReferences:\nThe names and e-mail addresses of two referees.');
    expect(k.profile.items.some((i) => i.kind === 'references')).toBe(true);
  });
});

describe('a labelled entry beside entries that gave items is pointed at, not dropped (audit #6)', () => {
  it('points at "Funding: information about any fellowship opportunities you have in mind." (before: neither item nor pointer)', () => {
    const r = read(
      '<h3>Information Requested</h3><ul><li>Send to Prof. Hoffman (jh@example.edu) with useful subject line.</li><li> Cover email (include experience, interests, &amp; goals; preferred start date; etc.)</li><li> CV (include hyperlink to each of your publications)</li><li> Contact information for at least 2 references (full name, email, phone number)</li><li> Funding: information about any fellowship opportunities you have in mind.<li> If possible, please also arrange for at least one letter (from one of your above-named references) to be emailed directly to me, with your name in the subject line.</ul>',
      'Postdocs',
    );
    expect(reasons(r)).toMatch(/items: the posting also names a document no item lists \("Funding"\)/u);
  });

  it('points at a second wording: "- Availability: the earliest date you could start"', () => {
    const r = read('Please include:\n- A cover letter\n- A CV\n- Availability: the earliest date you could start', 'Research Assistant');
    expect(reasons(r)).toMatch(/no item lists \("Availability"\)/u);
  });
});
