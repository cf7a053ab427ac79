/**
 * Importer audit round 14 (notes/audit-import-2026-12-06j.md), leftovers #6 and #7: what the posting refuses beside
 * what it asks ("two references (no letters required)"), and a sentence about a document read on the full page's
 * layout (numbered headings with paragraphs under them). Each in the audit's words and in a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const refs = (text: string) => read(text).profile.items.filter((i) => i.kind === 'references').map((i) => [i.title, i.stage, i.accepts]);
const refused = (text: string) => (read(text).profile.not_wanted ?? []).map((n) => [n.kind, n.what, n.source]);

describe('letters refused beside the referees asked for (audit #6)', () => {
  it('"two references (no letters required)" asks for referees and refuses letters, with the sentence (before: accepts referee and letter, nothing refused)', () => {
    const text = ['Summer Institute', '', 'Please send the contact information for two references (no letters required).'].join('\n');
    expect(refs(text)).toEqual([['Contact information for two references', 'required', ['referee']]]);
    expect(refused(text)).toEqual([['references', 'letters', 'Please send the contact information for two references (no letters required).']]);
  });

  it('reads it under a numbered heading "3) Two References" as on the page', () => {
    const text = ['How to Apply', '', 'Application Components', '', '1) The NEH cover sheet', '', 'Please fill out the cover sheet.', '', '2) Two References', '', 'Please send the contact information for two references (no letters required).', '', '3) CV', '', 'Please send a CV of no more than 3 pages.'].join('\n');
    expect(refs(text)).toEqual([['Two References', 'required', ['referee']]]);
    expect(refused(text).map(([k, w]) => [k, w])).toEqual([['references', 'letters']]);
  });

  it('"Letters of recommendation are not required/needed at this stage" beside the referees\' names is a refusal (before: a later letters item)', () => {
    const text = ['Postdoc', '', 'Please send a CV and the names and contact details of two referees. Letters of recommendation are not required at this stage.'].join('\n');
    expect(refs(text)).toEqual([['Names and contact details of two referees', 'required', ['referee']]]);
    expect(refused(text)).toEqual([['references', 'letters of recommendation', 'Letters of recommendation are not required at this stage.']]);
    const other = ['Postdoc', '', 'Please send a CV and the names of two referees; letters of recommendation are not needed at this stage.'].join('\n');
    expect(refused(other).map(([k, w]) => [k, w])).toEqual([['references', 'letters of recommendation']]);
  });

  it('"(no forms are required)" refuses the forms, in those words (before: nothing refused)', () => {
    const text = ['Postdoc', '', 'Please send a CV. Applications (no forms are required) should be sent to the secretary.'].join('\n');
    expect(refused(text).map(([k, w]) => [k, w])).toEqual([[undefined, 'forms']]);
  });

  it('without referees asked for, "not needed at this stage" stays a later letters item; "No prior experience required" refuses nothing', () => {
    expect(refs(['Postdoc', '', 'Please send a CV. Letters of recommendation are not needed at this stage.'].join('\n'))).toEqual([['Letters of recommendation', 'later', ['letter']]]);
    expect(refused(['Postdoc', '', 'Please send a CV. No prior experience required.'].join('\n'))).toEqual([]);
  });
});

describe('a sentence about a document under a numbered heading (audit #7, the full page)', () => {
  it('"Include your reasons for applying" in the paragraph under "2) The Application Essay" is no motivation letter (before: a marked item on the page)', () => {
    const text = [
      'How to Apply',
      '',
      'Application Components',
      '',
      '1) The NEH cover sheet',
      '',
      'Please fill out the cover sheet.',
      '',
      '2) The Application Essay',
      '',
      'Please write a 1-3 pages describing how your research project relates to the project of the institute. Include your reasons for applying for this specific project, your relevant personal and academic information.',
      '',
      '3) Two References',
      '',
      'Please send the contact information for two references.',
      '',
      '4) CV',
      '',
      'Please send a CV of no more than 3 pages.',
    ].join('\n');
    const r = read(text);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['other', 'other', 'references', 'cv']);
    expect(r.unlisted).toEqual([]);
  });

  it('"Please include your reasons for applying" under "1. Personal essay" is what it says; "in a separate letter" still asks', () => {
    const body = (s: string) => ['Summer school', '', 'How to apply', '', '1. Personal essay', '', `Write up to two pages about your research. ${s}`, '', '2. Curriculum vitae', '', 'Please send a CV.', '', '3. Writing sample', '', 'Please send one paper.'].join('\n');
    expect(read(body('Please include your reasons for applying for this programme.')).profile.items.map((i) => i.kind)).toEqual(['other', 'cv', 'writing_sample']);
    expect(read(body('Please include your reasons for applying in a separate letter.')).profile.items.map((i) => i.kind)).toContain('motivation_letter');
  });
});

describe('a narrower document refused beside the one asked for (audit #11)', () => {
  it('"(do not include high school transcripts)" beside the undergraduate transcripts is refused in those words (before: nothing refused)', () => {
    const text = ['REU', '', 'How to apply:', '  • Collect transcripts from all undergraduate institutions you have attended (do not include high school transcripts).', '  • A CV'].join('\n');
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['transcript', 'cv']);
    expect(refused(text).map(([k, w]) => [k, w])).toEqual([['transcript', 'high school transcripts']]);
  });

  it('reads "please do not send school certificates" beside the university diplomas the same way', () => {
    const text = ['PhD', '', 'Please send copies of your university diplomas (please do not send school diplomas).'].join('\n');
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['diplomas']);
    expect(refused(text).map(([k, w]) => [k, w])).toEqual([['diplomas', 'school diplomas']]);
  });
});
