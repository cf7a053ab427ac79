/**
 * A posting that says which language the documents are to be in (audit 12-06j #7): "All documents must be written in
 * English" was a note at most, so `validate` had no language to hold a German letter to. It is now the profile's
 * `language`, with its sentence; two languages, or a language skill, are none.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\nApplications must include:\n- a motivation letter\n- a CV\n\n${text}\n`, { today: '2026-12-06' });

describe('the language the documents are to be in (audit 12-06j #7)', () => {
  it('is the profile\'s language, from its sentence (before: none)', () => {
    const r = read('All documents must be written in English. Documents in Dutch will not be considered.');
    expect(r.profile.language).toBe('en');
    expect(r.yaml).toContain('# from: "All documents must be written in English."\nlanguage: en\n');
    expect(read('Applications should be submitted in English only.').profile.language).toBe('en');
    expect(read('The application materials must be in French.').profile.language).toBe('fr');
    expect(read('Die Bewerbungsunterlagen sind in englischer Sprache einzureichen.').profile.language).toBe('en');
  });

  it('not two languages, nor a skill asked of the applicant', () => {
    expect(read('Applications must be written in English or Swedish.').profile.language).toBeUndefined();
    expect(read('Die Bewerbungsunterlagen sind in deutscher oder englischer Sprache einzureichen.').profile.language).toBeUndefined();
    expect(read('The candidate must be fluent in English.').profile.language).toBeUndefined();
    expect(read('Documents in English are welcome.').profile.language).toBeUndefined();
  });
});
