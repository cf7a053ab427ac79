/** A hand-written profile: limits and counts that cannot be met are refused at their key, in plain words. */
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/core/parse/profile.js';

const HEAD = 'id: p\ntitle: P\nitems:\n  - { id: cv, kind: cv, title: CV }\n';
/** `file:line:col code message  hint: ...` for each diagnostic of a profile whose second item has `extra`. */
const lines = (extra: string) => {
  const { profile, diagnostics } = parseProfile(`${HEAD}  - { id: refs, kind: references, title: References, accepts: [referee], ${extra} }\n`, 'p.yaml');
  return { profile, lines: diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}  hint: ${d.hint}`) };
};

describe('parseProfile', () => {
  it('says a cap must be 1 or more (before: "must be at least 0 (exclusive)", hint "Fill in")', () => {
    expect(lines('max_pages: 0').lines).toEqual(['p.yaml:5:85 profile.invalid `items[1].max_pages` must be 1 or more.  hint: Write a whole number of 1 or more.']);
    expect(lines('max_words: -5').lines).toEqual(['p.yaml:5:85 profile.invalid `items[1].max_words` must be 1 or more.  hint: Write a whole number of 1 or more.']);
    expect(lines('max_mb: 0').lines).toEqual(['p.yaml:5:82 profile.invalid `items[1].max_mb` must be more than 0.  hint: Write a number more than 0.']);
    expect(lines('min: -1').lines).toEqual(['p.yaml:5:79 profile.invalid `items[1].min` must be 0 or more.  hint: Write a whole number of 0 or more.']);
    const submission = parseProfile(`id: p\ntitle: P\nsubmission: { max_pages: 0 }\nitems:\n  - { id: cv, kind: cv, title: CV }\n`, 'p.yaml');
    expect(submission.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}  hint: ${d.hint}`)).toEqual(['3:26 `submission.max_pages` must be 1 or more.  hint: Write a whole number of 1 or more.']);
  });

  it('refuses `max: 0` at its key, with or without `min` (before: "the posting asks for 1 to 0" on the manifest)', () => {
    const hint = 'hint: Write the most entries the posting takes, 1 or more, or leave `max` out (no limit); an item the posting does not want belongs under `not_wanted`.';
    for (const [extra, col] of [
      ['max: 0', 79],
      ['min: 2, max: 0', 87],
    ] as const) {
      const { profile, lines: found } = lines(extra);
      expect(profile).toBeUndefined();
      expect(found).toEqual([`p.yaml:5:${col} profile.invalid \`max\` is 0 for \`refs\`: no entry of it could be given.  ${hint}`]);
    }
  });

  it('refuses a `min` larger than `max`, at `min`', () => {
    expect(lines('min: 3, max: 2').lines).toEqual(['p.yaml:5:79 profile.invalid `min` (3) is larger than `max` (2) for `refs`.  hint: Swap or correct the two counts.']);
    expect(lines('min: 2, max: 2').lines).toEqual([]);
  });
});
