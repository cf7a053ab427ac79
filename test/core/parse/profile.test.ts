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
    expect(lines('max_pages: 0').lines).toEqual(['p.yaml:5:85 profile.invalid `max_pages` of item 2 of `items` must be 1 or more.  hint: Write a whole number of 1 or more.']);
    expect(lines('max_words: -5').lines).toEqual(['p.yaml:5:85 profile.invalid `max_words` of item 2 of `items` must be 1 or more.  hint: Write a whole number of 1 or more.']);
    expect(lines('max_mb: 0').lines).toEqual(['p.yaml:5:82 profile.invalid `max_mb` of item 2 of `items` must be more than 0.  hint: Write a number more than 0.']);
    expect(lines('min: -1').lines).toEqual(['p.yaml:5:79 profile.invalid `min` of item 2 of `items` must be 0 or more.  hint: Write a whole number of 0 or more.']);
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

  // Audit 12-05b C: `{lastname}` passed `profile check` and was dropped from every file name (the committee got
  // `cv.pdf`); `language: english` was written into every PDF as /Lang (english).
  const head = (top: string) => parseProfile(`id: p\ntitle: P\n${top}items:\n  - { id: cv, kind: cv, title: CV }\n`, 'p.yaml');
  const found = (top: string) => head(top).diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}  hint: ${d.hint}`);

  it('refuses a file_name placeholder it does not fill, at the pattern, naming the ones it does', () => {
    expect(found('submission:\n  format: separate-files\n  file_name: "{lastname}_{firstname}_{item}.pdf"\n')).toEqual([
      '5:14 profile.invalid `file_name` uses {lastname} and {firstname}, which packet does not fill: every file name would go without them.  hint: Write {last} for {lastname} and {first} for {firstname}; the placeholders are {name}, {first}, {last}, {item}, {id} and {title}.',
    ]);
    expect(found('submission: { file_name: "{surname}-{item}.pdf" }\n')).toEqual([
      '3:26 profile.invalid `file_name` uses {surname}, which packet does not fill: every file name would go without it.  hint: The placeholders are {name}, {first}, {last}, {item}, {id} and {title}.',
    ]);
    expect(head('submission: { file_name: "{last}_{first}_{name}_{item}_{id}_{title}.pdf" }\n').profile).toBeDefined();
  });

  it('refuses a separate-files file_name that names no item: every file would be named alike (audit 12-06h note; before: application.pdf, application-2.pdf, ...)', () => {
    expect(found('submission:\n  format: separate-files\n  file_name: "application.pdf"\n')).toEqual([
      '5:14 profile.invalid `file_name` "application.pdf" names no item, so every file of the set would be named alike (application.pdf, application-2.pdf, ...) and a reviewer could not tell which is the CV.  hint: Add {item} (the item\'s short name), {id} or {title}, as in {last}_{item}.pdf.',
    ]);
    // The one PDF's name needs no item; a set's with {title} or {id} is fine.
    expect(found('submission: { format: single-pdf, file_name: "{last}_application.pdf" }\n')).toEqual([]);
    expect(found('submission: { format: separate-files, file_name: "{last}-{title}.pdf" }\n')).toEqual([]);
  });

  it('refuses a language that is not a language tag, with the tag of a language it can name', () => {
    const why = 'the PDF names its language by its tag, which screen readers use.';
    expect(found('language: english\n')).toEqual([`3:11 profile.invalid \`language\` should be a language tag such as en, en-GB or fi, not "english".  hint: Write \`en\` for English: ${why}`]);
    expect(found('language: Suomi\n')).toEqual([`3:11 profile.invalid \`language\` should be a language tag such as en, en-GB or fi, not "Suomi".  hint: Write \`fi\` for Finnish: ${why}`]);
    expect(found('language: german\n')[0]).toContain('hint: Write `de` for German');
    expect(found('language: en_GB\n')[0]).toContain('hint: Write `en-GB`, with a hyphen');
    expect(found('language: klingon\n')[0]).toContain('hint: Write a BCP 47 language tag: two or three letters for the language (en, fi, de), optionally with a region (en-GB, pt-BR)');
    for (const tag of ['en', 'en-GB', 'fi', 'pt-BR', 'zh-Hant-TW', 'sv']) expect(found(`language: ${tag}\n`), tag).toEqual([]);
  });
});
