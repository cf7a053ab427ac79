/**
 * Stages and sizes that the importer must not give with false confidence: a size stated in the next sentence of a
 * list entry, items a list marks as optional by leaving them unstarred, documents named only as examples, items
 * that "may be required".
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const profile = (text: string) => importPosting(text, {}).profile;

describe('a size stated in the next sentence of a list entry', () => {
  it('is the entry’s own size, whatever verb states it', () => {
    const text = [
      'Please send the following documents to the head of the department:',
      '- A curriculum vitae. It should not exceed three pages.',
      '- A description of the proposed project, with its aims and methods, and a research plan. This part should be no more than 5 pages.',
      '- Copies of degree certificates.',
    ].join('\n');
    expect(profile(text).items.map((i) => [i.kind, i.max_pages ?? '-'])).toEqual([
      ['cv', 3],
      ['research_plan', 5],
      ['diplomas', '-'],
    ]);
  });

  it('still leaves a size to the document a later sentence asks for', () => {
    const text = ['Please send:', '- A CV. You must also include a course outline (2 pages maximum).'].join('\n');
    expect(profile(text).items.find((i) => i.kind === 'cv')?.max_pages).toBeUndefined();
  });
});

describe('"(if any)" said of one degree of a document', () => {
  it('leaves the document asked for when another degree is named with it', () => {
    const text = [
      'To apply, write to the group leader and',
      '(1) attach a CV,',
      '(2) attach your Bachelor and Master (if applicable) transcripts,',
      '(3) name two referees.',
    ].join('\n');
    expect(profile(text).items.map((i) => `${i.kind}/${i.condition ? 'conditional' : i.stage}`)).toEqual(['cv/required', 'transcript/required', 'references/required']);
  });

  it('marks for review a cue after the last degree, which may be said of all of them', () => {
    const text = ['Please have these ready before you start the online form:', '- Scanned PhD and Master diploma (if any)', '- A research statement'].join('\n');
    const p = importPosting(text, {});
    expect(p.profile.items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['diplomas/required', 'research_statement/required']);
    expect(p.review.some((r) => r.path === 'items[0].stage')).toBe(true);
  });

  it('keeps the cue of a document named for one degree only', () => {
    expect(profile('Please send a CV and your Master transcripts (if available).').items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['cv/required', 'transcript/optional']);
  });
});

describe('a list whose mandatory documents are starred', () => {
  it('makes the unstarred entries optional, marked for review', () => {
    const text = [
      'Upload the following documents in the online portal:',
      '- Curriculum vitae*',
      '- Research proposal* (template on the call page)',
      '- Copy of your passport*',
      '- Up to two letters of recommendation',
      '- Copies of up to three publications',
      'Documents marked with an asterisk (*) are mandatory.',
    ].join('\n');
    const p = importPosting(text, {});
    expect(p.profile.items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['cv/required', 'research_plan/required', 'other/required', 'references/optional', 'writing_sample/optional']);
    expect(p.review.filter((r) => r.path.endsWith('.stage')).map((r) => r.path)).toEqual(['items[3].stage', 'items[4].stage']);
  });

  it('leaves a list without that sentence as it is', () => {
    const text = ['Upload the following documents:', '- Curriculum vitae*', '- Two letters of recommendation', '', 'Fields of the online form marked with * must be filled in.'].join('\n');
    expect(profile(text).items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['cv/required', 'references/required']);
  });
});

describe('who an entry is for, said in a label before it', () => {
  const stages = (text: string) => profile(text).items.map((i) => `${i.kind}/${i.condition ? `if ${i.condition}` : i.stage}`);

  it('reads a label before the entry as its condition, not as a document', () => {
    const text = ['Applications should include:', '- a CV', '- International applicants only: proof of English proficiency', '- Professorial posts only - a teaching portfolio'].join('\n');
    expect(stages(text)).toEqual(['cv/required', 'language_certificate/if International applicants only', 'teaching_statement/if Professorial posts only']);
  });

  it('keeps a label that names a document, with its condition in parentheses', () => {
    const text = ['Applications should include:', '- a CV', '- Response to reviewers (for resubmissions only): one page answering the earlier critiques'].join('\n');
    expect(stages(text)).toEqual(['cv/required', 'other/if for resubmissions only']);
  });
});

describe('documents named only as examples', () => {
  it('are optional, marked for review, after a word for documents in general', () => {
    const p = importPosting('If you are interested, please send meaningful documents to the group leader (e.g. your Master thesis, a transcript of records).', {});
    expect(p.profile.items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['thesis/optional', 'transcript/optional']);
    expect(p.review.filter((r) => r.path.endsWith('.stage')).length).toBe(2);
  });

  it('leave a document named before the examples required', () => {
    expect(profile('Please send a CV and supporting documents (e.g. transcripts).').items.map((i) => `${i.kind}/${i.stage}`)[0]).toBe('cv/required');
  });
});

describe('"optional" as a German or Dutch adjective (leftover of the importer audit 12-05k)', () => {
  it('makes the entry optional (before: "Optionale Ergänzung", "Optionele aanbevelingsbrief" were required)', () => {
    const de = profile('Doktorand*in\n\nIhre Bewerbung enthält:\n- Lebenslauf\n- Optionale Ergänzung (max. 1 Seite)\n\nBewerbungsschluss: 15.01.2027\n');
    expect(de.items.map((i) => [i.title, i.stage])).toEqual([['Lebenslauf', 'required'], ['Optionale Ergänzung', 'optional']]);
    const nl = profile('PhD positie\n\nStuur ons:\n- CV\n- Optionele aanbevelingsbrief\n\nDeadline: 15 januari 2027\n');
    expect(nl.items.find((i) => i.kind === 'references')?.stage).toBe('optional');
  });
});
