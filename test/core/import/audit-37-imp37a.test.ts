/**
 * Importer leftovers of the closing note s17 ("Noticed and left alone"): an approximate length, a title cut inside a
 * parenthesis, a document refused before its cue, a size cap in other languages, a diploma named inside a compound.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const run = (text: string) => importPosting(text, { today: '2026-12-07' });
const items = (text: string) => run(text).profile.items;
const reasons = (text: string, path: string) => run(text).review.filter((r) => r.path === path).map((r) => r.reason);

describe('an approximate length (before: dropped unseen)', () => {
  it.each([
    ['Please send a CV and a research statement of about 5 pages.', 'research_statement', 'about 5 pages'],
    ['Please send a CV and a research statement (approximately 1000 words).', 'research_statement', 'approximately 1000 words'],
    ['Bitte senden Sie einen Lebenslauf und ein Exposé (ca. 2 Seiten).', 'research_plan', 'ca. 2 Seiten'],
  ])('%s', (text, kind, said) => {
    const all = items(text);
    const j = all.findIndex((i) => i.kind === kind);
    // A guide is no cap a document breaks: none is set, and the item is marked so the length is seen.
    expect(all[j]).toMatchObject({ review: true });
    expect([all[j]?.max_pages, all[j]?.max_words]).toEqual([undefined, undefined]);
    expect(reasons(text, `items[${String(j)}]`)).toEqual([`the posting gives an approximate length ("${said}"), so no cap was set: add one by hand if the posting means it as a limit`]);
  });

  it('keeps a stated cap unmarked', () => {
    const rs = items('Please send a CV and a research statement (max. 5 pages).').find((i) => i.kind === 'research_statement');
    expect(rs).toMatchObject({ max_pages: 5 });
    expect(rs?.review).toBeUndefined();
  });
});

describe('a title is never cut inside a parenthesis (before: "Copies of degree certificate(s")', () => {
  it('keeps the plural "(s)" closed', () => {
    const list = items('Applications must include:\n- CV\n- Copies of degree certificate(s) and transcripts of records for previous studies (Bachelor and/or Master).');
    expect(list.find((i) => i.kind === 'diplomas')?.title).toBe('Copies of degree certificate(s)');
    expect(items('Copies of degree certificate(s) must be attached, with a CV.').find((i) => i.kind === 'diplomas')?.title).toBe('Copies of degree certificate(s)');
  });
});

describe('a document refused before its cue (before: "Scholarship documentation is not required" gave no not_wanted)', () => {
  it.each([
    ['Scholarship documentation is not required.', 'Scholarship documentation'],
    ['Ein Stipendiennachweis ist nicht erforderlich.', 'Stipendiennachweis'],
    ["Un justificatif de bourse n'est pas requis.", 'justificatif de bourse'],
    ['El certificado de beca no es necesario.', 'certificado de beca'],
    ['No es necesario el certificado de beca.', 'certificado de beca'],
  ])('%s', (sentence, what) => {
    const r = run(`Apply with a CV and a cover letter. ${sentence}`);
    expect(r.profile.not_wanted).toEqual([{ what, source: sentence, review: true }]);
    expect(r.review.find((x) => x.path === 'not_wanted[0]')?.reason).toBe(`"${what}" is guessed from the words of this sentence, which names no document the importer knows: check that the posting asks not to send it, and delete the entry if not`);
  });

  it('refuses nothing when what is not required is no paper ("Previous experience is not required")', () => {
    expect(run('Apply with a CV and a cover letter. Previous experience is not required. A PhD is not required.').profile.not_wanted).toBeUndefined();
    // Not refused but asked for in another form later (a dev posting's "Certified copies of documents are not required at the time of submission").
    expect(run('Apply with a CV and copies of your diplomas. Certified copies of documents are not required at the time of submission.').profile.not_wanted).toBeUndefined();
  });
});
