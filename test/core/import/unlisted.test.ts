import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importPosting, readPosting, readRequirements, unlistedMentions } from '../../../src/core/import/index.js';

const unlistedOf = (text: string) => importPosting(text, { today: '2025-10-01' }).unlisted.map((u) => [u.kind, u.name]);

describe('documents the posting names that no item lists', () => {
  it('points at a document named outside a request, with its words, its line and the line around it', () => {
    const r = importPosting('Please send your CV.\nA research proposal is the heart of the application and will be judged on originality.');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv']);
    expect(r.unlisted).toEqual([
      { kind: 'research_plan', name: 'research proposal', text: 'A research proposal is the heart of the application and will be judged on originality.', line: 1 },
    ]);
  });

  it('flags the item list for review, says why in the review list and the YAML, and marks the whole profile', () => {
    const r = importPosting('Please send your CV.\nShortlisted candidates give a talk; bring a copy of your passport.');
    expect(r.review).toContainEqual({ path: 'items', reason: 'the posting also names a document no item lists ("copy of your passport"); add it if the posting asks for it' });
    expect(r.profile.review).toBe(true);
    expect(r.yaml).toContain('# - "copy of your passport": "Shortlisted candidates give a talk; bring a copy of your passport."\nitems:');
    expect(parse(r.yaml).items).toHaveLength(1);
  });

  it('says nothing when every document named is listed', () => {
    const r = importPosting('Applicants should submit a CV and a cover letter. The CV should fit on two pages.');
    expect(r.unlisted).toEqual([]);
    expect(r.review.some((x) => x.path === 'items')).toBe(false);
  });

  it('points at a listed kind asked for again at a later stage, when no item of that kind is a later one', () => {
    // Of a kind mostly said of a document to send: an item of the stage read, marked, in place of the pointer.
    const later = importPosting('Please send a cover letter, a CV and the names of three referees. Reference letters will only be solicited for those short-listed.');
    expect(later.unlisted).toEqual([]);
    expect(later.profile.items.filter((i) => i.review === true).map((i) => `${i.kind}/${i.stage}/${i.title}`)).toContain('references/later/Reference letters');
    expect(importPosting('Please send a CV and copies of your diplomas. Applicants who are called for an interview must bring the original diplomas.').profile.items.filter((i) => i.kind === 'diplomas').length).toBe(2);
    // Asked for later and read so: an item, no pointer.
    const r = importPosting('Upload a CV and unofficial transcripts. Official transcripts are required only of applicants who are offered admission.');
    expect(r.profile.items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['cv/required', 'transcript/required', 'transcript/later']);
    expect(r.unlisted).toEqual([]);
  });

  it('names each kind once, at its first line, and points at its second line only (an item is read from the first)', () => {
    const r = importPosting('Send a CV.\nA transcript helps.\nThe transcript must be official.');
    expect(r.profile.items.filter((i) => i.kind === 'transcript').map((i) => [i.source, i.review])).toEqual([['A transcript helps.', true]]);
    expect(r.unlisted.map((u) => [u.kind, u.line])).toEqual([['transcript', 2]]);
  });

  it('tells apart documents outside the kinds by their names', () => {
    // Not "Bring your passport copy to the interview": that asks for it (later), so it is an item.
    expect(unlistedOf('Please submit a CV and the application form.\nShow your passport copy at the interview.')).toEqual([['other', 'passport copy']]);
  });

  it('looks also in the lists the importer took for duties or qualifications, where a misjudged list hides requests', () => {
    expect(unlistedOf('Your tasks:\n- Supervise Master\'s theses\n\nPlease send a CV.')).toEqual([['thesis', "Master's theses"]]);
  });

  it('points at an entry of a list of documents to send that gave no item, by its first words, never dropping it silently', () => {
    const r = importPosting(
      [
        'The applicant must submit the following documents:',
        '  1. CV;',
        '  2. A summary of research proposal for a post-doctoral fellowship at AU that has been approved by a prospective supervising faculty member (up to 2 pages);',
        '  3. A letter of undertaking from a supervisor at AU explaining their reasons for wishing to serve as the candidate’s advisor.',
      ].join('\n'),
      { today: '2025-10-01' },
    );
    // The supervisor's "letter of undertaking" is a document of its own, so an item (i24b); the summary stays a pointer.
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'other']);
    expect(r.unlisted.map((u) => [u.kind, u.name, u.line])).toEqual([['other', 'A summary of research proposal for a post-doctoral…', 2]]);
    expect(r.review.find((x) => x.path === 'items')?.reason).toMatch(/^the posting also names a document no item lists/);
  });

  it('leaves out what the posting asks not to send', () => {
    expect(unlistedOf('Please submit a CV and a cover letter.\nDo not send transcripts.')).toEqual([]);
  });

  it('leaves out a part of a listed document and words about people or topics', () => {
    expect(unlistedOf('Applicants should submit a cover letter and a CV including a list of publications.')).toEqual([]);
    expect(unlistedOf('Please submit:\n- a CV including a list of publications and the names of three referees')).toEqual([]);
    expect(unlistedOf('Send a CV and a statement outlining future research plans.')).toEqual([]);
    expect(unlistedOf('Please send a CV and two letters of reference, one from your thesis advisor.')).toEqual([]);
  });

  it('cuts a long line around the name, at word boundaries', () => {
    const filler = 'The institute hosts many groups working on many things in many places. '.repeat(4);
    const [u] = importPosting(`Send a CV.\n${filler}Candidates may add a writing sample. ${filler}`).unlisted;
    expect(u?.kind).toBe('writing_sample');
    expect(u?.text).toMatch(/^….* writing sample\. .*…$/);
    expect(u?.text.length).toBeLessThanOrEqual(122);
  });

  it('is a function of the lines and the items alone', () => {
    const lines = readPosting('Send a CV.\nA portfolio helps.').lines;
    expect(unlistedMentions(lines, readRequirements(lines).items, []).map((u) => u.kind)).toEqual(['portfolio']);
    expect(unlistedMentions(lines, [], []).map((u) => u.kind)).toEqual(['cv', 'portfolio']);
  });
});
