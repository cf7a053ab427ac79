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
    for (const tag of ['en', 'en-GB', 'fi', 'sv']) expect(found(`language: ${tag}\n`), tag).toEqual([]);
    // A three-letter ISO 639-2/3 code with a two-letter one (audit 12-06l #10; before: valid, "English (eng), which packet cannot read", then an English plan "not in English").
    expect(found('language: eng\n')).toEqual([`3:11 profile.invalid \`language\` should be a language tag such as en, en-GB or fi, not "eng".  hint: Write \`en\` for English, not its three-letter code \`eng\`: ${why}`]);
    for (const [tag, short] of [['fin', 'fi'], ['deu', 'de'], ['ger', 'de'], ['nob', 'nb'], ['eng-GB', 'en-GB']]) expect(found(`language: ${tag}\n`)[0], tag).toContain(`hint: Write \`${short}\` for `);
    // A language without a two-letter code keeps its three letters.
    expect(found('language: fil\n').map((l) => l.split(' ')[1])).toEqual(['profile.language-unread']);
    // A tag of a language the check cannot read is valid, and said once (audit 12-06k #9).
    for (const tag of ['pt-BR', 'zh-Hant-TW']) expect(found(`language: ${tag}\n`).map((l) => l.split(' ')[1]), tag).toEqual(['profile.language-unread']);
    expect(found('language: pl\n')).toEqual([
      "3:11 profile.language-unread The posting's language is Polish (pl), which packet cannot read: your documents are not checked to be in Polish, and the packet declares no language for screen readers.  hint: Check yourself that your letters and statements are in Polish; if they are, write `language: pl` in your manifest, so the packet is declared Polish.",
    ]);
  });
});

describe('a profile deadline in an ISO form the date pattern did not read (audit 12-06h)', () => {
  const parse = (deadline: string) => parseProfile(`id: p\ntitle: P\ndeadline: "${deadline}"\n${HEAD.split('\n').slice(2).join('\n')}`, 'p.yaml');
  const said = (deadline: string) => parse(deadline).diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}  hint: ${d.hint}`);

  it('takes fractions of a second and an offset in hours alone, as ISO 8601 writes them, at the instant they say (before: refused, "Write the date as YYYY-MM-DD")', async () => {
    const { instantOf, parseDateTime } = await import('../../../src/core/parse/dates.js');
    for (const [deadline, instant] of [
      ['2026-12-10T23:59+01', '2026-12-10T22:59:00.000Z'],
      ['2026-12-10T23:59-05', '2026-12-11T04:59:00.000Z'],
      ['2026-12-10T23:59:00.000+02:00', '2026-12-10T21:59:00.000Z'],
      ['2026-12-10T23:59:30.5Z', '2026-12-10T23:59:30.000Z'],
    ] as const) {
      expect(said(deadline), deadline).toEqual([]);
      expect(new Date(instantOf(parseDateTime(deadline)!)).toISOString(), deadline).toBe(instant);
    }
    expect(said('2026-12-10T23:59+15')).toEqual(['3:11 profile.invalid `deadline` has a UTC offset that does not exist: "+15".  hint: Write the offset as +HH:MM or -HH:MM, from -12:00 to +14:00 (Helsinki in winter is +02:00), or an IANA time zone name such as Europe/Helsinki.']);
  });

  it('refuses a date with a zone and no time with the value rewritten to the form it takes (before: "Write the date as YYYY-MM-DD, e.g. 2025-11-14")', () => {
    const refused = (value: string) => `3:11 profile.invalid \`deadline\` should be an ISO date such as 2025-11-14, optionally with a time and zone, not "${value}".`;
    expect(said('2026-12-10 AoE')).toEqual([`${refused('2026-12-10 AoE')}  hint: Write \`deadline: 2026-12-10T23:59-12:00\` ("AoE" is UTC-12, where the day ends last; a zone needs a time).`]);
    expect(said('2026-12-10 Europe/Helsinki')).toEqual([`${refused('2026-12-10 Europe/Helsinki')}  hint: Write \`deadline: 2026-12-10 23:59 Europe/Helsinki\` (a zone needs a time; the end of the day is 23:59).`]);
    expect(said('10.12.2026')).toEqual([`${refused('10.12.2026')}  hint: Write the date as YYYY-MM-DD, e.g. 2025-11-14; a time and zone as in 2025-11-14T23:59+02:00 or 2025-11-14 23:59 Europe/Helsinki.`]);
  });
});

// Audit 20 (12-06p) #7: `sent_by` on a CV or on letters "from the issuer" passed `profile check`, and dropped the
// item from the applicant's packet: Ready with no CV. Each sender fits its kinds only.
describe('sent_by on a kind its sender does not send', () => {
  const sent = (item: string) => parseProfile(`id: p\ntitle: P\nitems:\n  - ${item}\n`, 'p.yaml');
  it('warns at the `sent_by`, naming what fits, and keeps the item asked of the applicant', () => {
    const cv = sent('{ id: cv, kind: cv, title: CV, sent_by: referees }');
    expect(cv.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}  hint: ${d.hint}`)).toEqual([
      '4:45 warning profile.sent-by-kind The item `cv` ("CV", kind: cv) has `sent_by: referees`, but the referees send only their letters (kind: references): `sent_by` is ignored, and "CV" is asked of you for your packet.  hint: Remove `sent_by: referees` from `cv`; if it was meant for another item, move it there (`sent_by: referees` under the letters, `sent_by: issuer` under the transcripts or diplomas).',
    ]);
    expect(cv.profile?.items[0]?.sent_by).toBeUndefined();
    for (const [kind, by] of [
      ['references, accepts: [letter]', 'issuer'],
      ['transcript', 'referees'],
      ['diplomas', 'referees'],
      ['motivation_letter', 'issuer'],
      ['research_plan', 'referees'],
    ] as const) {
      const r = sent(`{ id: x, kind: ${kind}, title: X, sent_by: ${by} }`);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['profile.sent-by-kind']);
      expect(r.profile?.items[0]?.sent_by).toBeUndefined();
    }
  });
  it('counts an item whose `sent_by` is ignored as asked of the applicant: a refusal of its kind is a contradiction again', () => {
    const r = parseProfile('id: p\ntitle: P\nitems:\n  - { id: cv, kind: cv, title: CV, sent_by: referees }\nnot_wanted:\n  - { what: a CV, kind: cv }\n', 'p.yaml');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['profile.sent-by-kind', 'profile.not-wanted-item']);
  });
  it('says nothing of a sender on a kind it sends', () => {
    for (const [kind, by] of [
      ['references, accepts: [letter]', 'referees'],
      ['references, accepts: [referee, letter]', 'referees'],
      ['transcript', 'issuer'],
      ['diplomas', 'issuer'],
      ['language_certificate', 'issuer'],
      ['other', 'issuer'],
      ['other', 'referees'],
    ] as const) {
      const r = sent(`{ id: x, kind: ${kind}, title: X, sent_by: ${by} }`);
      expect(r.diagnostics).toEqual([]);
      expect(r.profile?.items[0]?.sent_by).toBe(by);
    }
  });
});
