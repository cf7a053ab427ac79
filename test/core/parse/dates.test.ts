/**
 * Deadlines with a time and a zone are judged in that zone, on both sides of a change of the clocks; an unknown
 * zone is refused by `profile check`.
 */
import { describe, expect, it } from 'vitest';
import { checkIsoDate, clockOf, dateAt, instantOf, isoDateFix, isTimeZone, parseDateTime } from '../../../src/core/parse/dates.js';
import { checkDeadline } from '../../../src/core/validate/deadline.js';
import { parseYaml } from '../../../src/core/parse/yaml.js';
import type { Profile } from '../../../src/core/schema/profile.js';

const at = (s: string) => instantOf(parseDateTime(s)!);
const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Helsinki')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(checkIsoDate('2025-11-14 23:59 Mars/Olympus_Mons', false)).toMatch(/time zone that does not exist: "Mars\/Olympus_Mons"/);
    expect(checkIsoDate('2025-11-14 24:30 Europe/Helsinki', false)).toMatch(/time that does not exist/);
    expect(checkIsoDate('2025-11-14 23:59 Europe/Helsinki', false)).toBeUndefined();
    // Each with its own fix (before: "Write the date as YYYY-MM-DD" for a wrong zone or time too).
    expect(isoDateFix(checkIsoDate('2025-11-14 23:59 Mars/Olympus', false) ?? '')).toBe('write an IANA time zone name such as Europe/Helsinki or America/New_York, or an offset such as 2025-11-14T23:59+02:00');
    expect(isoDateFix(checkIsoDate('2025-11-14T25:00', false) ?? '')).toBe('write the time as HH:MM, from 00:00 to 23:59');
    expect(isoDateFix(checkIsoDate('14.11.2025', false) ?? '')).toBe('write the date as YYYY-MM-DD');
  });

  it('refuses a zone abbreviation, which the runtime reads as one zone of several (before: "AST" was Alaska, 12 hours off Arabia)', () => {
    for (const zone of ['AST', 'CST', 'BST', 'IST']) {
      expect(checkIsoDate(`2026-12-20 23:59 ${zone}`, false)).toBe(`names a time zone by an abbreviation, which means different zones in different countries: "${zone}"`);
    }
    // One with a single meaning: what it stands for, and the place (before: "means different zones", Riyadh as the example).
    expect(checkIsoDate('2026-12-20 23:59 PST', false)).toBe('names a time zone by an abbreviation, which a profile does not take: "PST" stands for -08:00, written 2026-12-20T23:59-08:00, or 2026-12-20 23:59 America/Los_Angeles for the local time there, summer time included');
    expect(checkIsoDate('2026-12-20T23:59 CET', false)).toMatch(/"CET" stands for \+01:00, written 2026-12-20T23:59\+01:00, or 2026-12-20 23:59 Europe\/Berlin for/);
    expect(isoDateFix(checkIsoDate('2026-12-20 23:59 AST', false) ?? '')).toMatch(/^write the IANA time zone name of the place the posting means, such as Asia\/Riyadh/);
    for (const fine of ['2026-12-20 23:59 UTC', '2026-12-20 23:59 GMT', '2026-12-20 23:59 Asia/Riyadh', '2026-12-20T23:59Z']) expect(checkIsoDate(fine, false), fine).toBeUndefined();
  });

  it('refuses a time the clocks skip in its zone, and takes the hour they repeat', () => {
    expect(checkIsoDate('2026-03-29 02:30 Europe/Berlin', false)).toBe('has a time that does not exist in Europe/Berlin (the clocks skip it that night): "2026-03-29 02:30 Europe/Berlin"');
    expect(checkIsoDate('2026-03-29 03:30 Europe/Berlin', false)).toBeUndefined();
    expect(checkIsoDate('2026-10-25 02:30 Europe/Berlin', false)).toBeUndefined();
    expect(checkIsoDate('2026-03-08 02:30 America/New_York', false)).toMatch(/does not exist in America\/New_York/);
  });

  it('refuses UTC offsets that do not exist, and takes every real one', () => {
    // Before, +25:00 and +99:99 passed (and moved the deadline by a day or more) while a time of 24:00 was refused.
    for (const offset of ['+25:00', '+99:99', '+14:01', '-12:30', '+05:60', '+0560', '-13:00']) {
      expect(checkIsoDate(`2025-06-30T23:59${offset}`, false)).toBe(`has a UTC offset that does not exist: "${offset}"`);
    }
    for (const offset of ['+14:00', '-12:00', '+05:45', '+0530', '-03:30', 'Z', '+00:00']) {
      expect(checkIsoDate(`2025-06-30T23:59${offset}`, false)).toBeUndefined();
    }
    expect(isoDateFix(checkIsoDate('2025-06-30T23:59+25:00', false) ?? '')).toBe(
      'write the offset as +HH:MM or -HH:MM, from -12:00 to +14:00 (Helsinki in winter is +02:00), or an IANA time zone name such as Europe/Helsinki',
    );
  });

  it('puts 23:59 Helsinki time at UTC+2 in winter and UTC+3 in summer, also on the days the clocks change', () => {
    expect(iso(at('2026-01-15 23:59 Europe/Helsinki'))).toBe('2026-01-15T21:59:00.000Z');
    expect(iso(at('2026-07-15 23:59 Europe/Helsinki'))).toBe('2026-07-15T20:59:00.000Z');
    // Summer time starts at 03:00 local on 2026-03-29, ends at 04:00 local on 2026-10-25.
    expect(iso(at('2026-03-29 23:59 Europe/Helsinki'))).toBe('2026-03-29T20:59:00.000Z');
    expect(iso(at('2026-03-29 01:30 Europe/Helsinki'))).toBe('2026-03-28T23:30:00.000Z');
    expect(iso(at('2026-10-25 23:59 Europe/Helsinki'))).toBe('2026-10-25T21:59:00.000Z');
    expect(iso(at('2026-11-01 17:00 America/New_York'))).toBe('2026-11-01T22:00:00.000Z');
  });

  it('reads offsets; a date alone is the end of that day, and without a zone an instant is UTC (deadlines without one are judged on your clock)', () => {
    expect(iso(at('2025-11-14T23:59+02:00'))).toBe('2025-11-14T21:59:00.000Z');
    // Before, the end of the day at UTC-12 (anywhere on Earth): a date-only deadline stayed open 36 hours for Helsinki.
    expect(iso(at('2025-11-14'))).toBe('2025-11-14T23:59:59.000Z');
    expect(dateAt(Date.UTC(2025, 10, 14, 22, 30), parseDateTime('2025-11-14 23:59 Europe/Helsinki')!)).toBe('2025-11-15');
  });

  it('takes --today as noon UTC of a date, or as the instant given', () => {
    expect(iso(clockOf('2025-11-01'))).toBe('2025-11-01T12:00:00.000Z');
    expect(iso(clockOf('2025-11-14T23:30+02:00'))).toBe('2025-11-14T21:30:00.000Z');
    expect(iso(clockOf('2025-11-14T21:30'))).toBe('2025-11-14T21:30:00.000Z');
  });
});

describe('checkDeadline', () => {
  const source = parseYaml('profile: p.yaml\n', 'manifest.yaml').source;
  const profile = (deadline: string, open = false) => ({ deadline, open_until_filled: open }) as Profile;
  const codes = (deadline: string, today: string) => checkDeadline(profile(deadline), today, source).map((d) => `${d.code} ${d.message}`);

  it('judges 23:59 Helsinki time in Helsinki on the night summer time starts', () => {
    const deadline = '2026-03-29 23:59 Europe/Helsinki';
    expect(codes(deadline, '2026-03-29T23:58+03:00')).toEqual(['deadline.near The deadline is today (2026-03-29 23:59 Europe/Helsinki): 1 minute left.']);
    expect(codes(deadline, '2026-03-29T20:58Z')).toEqual(['deadline.near The deadline is today (2026-03-29 23:59 Europe/Helsinki): 1 minute left.']);
    // 23:59 lasts to 23:59:59 (audit 12-06g: at 23:59:30 it was "passed less than a minute ago").
    expect(codes(deadline, '2026-03-29T20:59:30Z')).toEqual(['deadline.near The deadline is today (2026-03-29 23:59 Europe/Helsinki): less than a minute left.']);
    // 21:00 UTC is already 00:00 on the 30th in Helsinki: just after the deadline, not a day.
    expect(codes(deadline, '2026-03-29T21:00Z')).toEqual(['deadline.passed The deadline (2026-03-29 23:59 Europe/Helsinki) passed less than a minute ago.']);
    expect(codes(deadline, '2026-03-29T21:01Z')).toEqual(['deadline.passed The deadline (2026-03-29 23:59 Europe/Helsinki) passed 1 minute ago.']);
    expect(codes(deadline, '2026-03-31')).toEqual(['deadline.passed The deadline (2026-03-29 23:59 Europe/Helsinki) passed 2 days ago.']);
  });

  it('counts days left in the deadline zone', () => {
    expect(codes('2026-11-01 17:00 America/New_York', '2026-10-25')).toEqual(['deadline.near 7 days left until the deadline (2026-11-01 17:00 America/New_York).']);
    expect(codes('2026-11-01 17:00 America/New_York', '2026-11-01T21:59Z')).toEqual(['deadline.near The deadline is today (2026-11-01 17:00 America/New_York): 1 minute left.']);
    expect(codes('2026-11-01 17:00 America/New_York', '2026-11-01T22:02Z')).toEqual(['deadline.passed The deadline (2026-11-01 17:00 America/New_York) passed 1 minute ago.']);
    expect(codes('2026-12-31', '2026-10-01')).toEqual([]);
  });

  // The audit: a date-only deadline was judged at the end of its day at UTC-12, so at 13:00 in Helsinki on the
  // date it said "1 day left", and "today" (Ready) until 14:00 the next day.
  it('judges a date-only deadline on your own calendar: today all that day, passed from the next, whatever your zone', () => {
    expect(codes('2025-11-14', '2025-11-14T13:00+02:00')).toEqual(['deadline.near The deadline is today (2025-11-14).']);
    expect(codes('2025-11-14', '2025-11-14T00:00+02:00')).toEqual(['deadline.near The deadline is today (2025-11-14).']);
    expect(codes('2025-11-14', '2025-11-14T23:59+14:00')).toEqual(['deadline.near The deadline is today (2025-11-14).']);
    expect(codes('2025-11-14', '2025-11-15T00:30+02:00')).toEqual(['deadline.passed The deadline (2025-11-14) passed 1 day ago.']);
    expect(codes('2025-11-14', '2025-11-15T13:30+02:00')).toEqual(['deadline.passed The deadline (2025-11-14) passed 1 day ago.']);
    expect(codes('2025-11-14', '2025-11-15T00:01+14:00')).toEqual(['deadline.passed The deadline (2025-11-14) passed 1 day ago.']);
    expect(codes('2025-11-14', '2025-11-13T23:30-08:00')).toEqual(['deadline.near 1 day left until the deadline (2025-11-14).']);
    expect(codes('2025-11-14', '2025-11-13T23:30-12:00')).toEqual(['deadline.near 1 day left until the deadline (2025-11-14).']);
    // A date alone for --today is that date; in UTC, the CLI's old default.
    expect(codes('2025-11-14', '2025-11-14')).toEqual(['deadline.near The deadline is today (2025-11-14).']);
    expect(codes('2025-11-14', '2025-11-15')).toEqual(['deadline.passed The deadline (2025-11-14) passed 1 day ago.']);
    expect(codes('2025-11-14', '2025-11-14T23:00Z')).toEqual(['deadline.near The deadline is today (2025-11-14).']);
    expect(codes('2025-11-14', '2025-10-31T23:30+01:00')).toEqual(['deadline.near 14 days left until the deadline (2025-11-14).']);
  });

  it('counts a date-only deadline in calendar days across a change of the clocks', () => {
    // Summer time ends in Europe on 2025-10-26: the 25 hours of that day are still one day.
    expect(codes('2025-10-27', '2025-10-25T23:30+03:00')).toEqual(['deadline.near 2 days left until the deadline (2025-10-27).']);
    expect(codes('2025-10-27', '2025-10-26T23:30+02:00')).toEqual(['deadline.near 1 day left until the deadline (2025-10-27).']);
    expect(codes('2025-10-27', '2025-10-27T23:59:59+02:00')).toEqual(['deadline.near The deadline is today (2025-10-27).']);
  });

  it('reads a time without a zone on your own clock, and says so', () => {
    const d = '2027-01-15T12:00';
    const read = '2027-01-15T12:00, read in your time zone; the posting gives none';
    // Before: at 11:30Z "1 day left", at 23:00Z "today" (judged at UTC-12).
    expect(codes(d, '2027-01-15T11:30Z')).toEqual([`deadline.near The deadline is today (${read}): 30 minutes left.`]);
    expect(codes(d, '2027-01-15T11:59+02:00')).toEqual([`deadline.near The deadline is today (${read}): 1 minute left.`]);
    expect(codes(d, '2027-01-15T12:00:30+02:00')).toEqual([`deadline.near The deadline is today (${read}): less than a minute left.`]);
    expect(codes(d, '2027-01-15T12:01+02:00')).toEqual([`deadline.passed The deadline (${read}) passed less than a minute ago.`]);
    expect(codes(d, '2027-01-15T23:01Z')).toEqual([`deadline.passed The deadline (${read}) passed 11 hours ago.`]);
    expect(codes(d, '2027-01-14T23:30-08:00')).toEqual([`deadline.near The deadline is tomorrow (${read}): 12 hours 30 minutes left.`]);
    expect(codes(d, '2027-01-16T09:01+09:00')).toEqual([`deadline.passed The deadline (${read}) passed 21 hours ago.`]);
    // A date alone for today says nothing of hours.
    expect(codes(d, '2027-01-14')).toEqual([`deadline.near 1 day left until the deadline (${read}).`]);
  });

  it('keeps the exact instant for a deadline with a zone, to the minute', () => {
    const d = '2025-11-14 23:59 Europe/Helsinki';
    expect(codes(d, '2025-11-14T23:58+02:00')).toEqual([`deadline.near The deadline is today (${d}): 1 minute left.`]);
    // Given to the minute, it lasts that minute, as portals read 23:59; given to the second, that second.
    expect(codes(d, '2025-11-14T23:59:30+02:00')).toEqual([`deadline.near The deadline is today (${d}): less than a minute left.`]);
    expect(codes(d, '2025-11-14T23:59:59+02:00')).toEqual([`deadline.near The deadline is today (${d}): less than a minute left.`]);
    expect(codes(d, '2025-11-15T00:00+02:00')).toEqual([`deadline.passed The deadline (${d}) passed less than a minute ago.`]);
    expect(codes('2025-11-14T23:59:30+02:00', '2025-11-14T23:59:45+02:00')).toEqual(['deadline.passed The deadline (2025-11-14T23:59:30+02:00) passed less than a minute ago.']);
    // 13:58 in Honolulu is 01:58 on the 15th in Helsinki: passed, though it is still the 14th where you are (before: "1 day ago").
    expect(codes(d, '2025-11-14T13:58-10:00')).toEqual([`deadline.passed The deadline (${d}, 11:59 your time) passed 1 hour 58 minutes ago.`]);
    expect(codes('2025-11-14T12:00+00:00', '2025-11-14T13:30+02:00')).toEqual(['deadline.near The deadline is today (2025-11-14T12:00+00:00, 14:00 your time): 30 minutes left.']);
  });

  // Audit 12-05f #12: 23:59 Berlin time said "The deadline is today" with no hour, at 10:00 in California and at
  // 23:30 in Berlin alike, with "Submit a day early"; 11 minutes after it, "passed 1 day ago".
  it('on the last two days: the hours and minutes left, the time on your clock, and no "day early" on the day', () => {
    const d = '2026-12-15 23:59 Europe/Berlin';
    const lines = (today: string, zone?: string) => checkDeadline(profile(d), today, source, zone).map((x) => `${x.code} ${x.message}  hint: ${x.hint}`);
    const now = 'Submit now if you can: portals slow down in the last hours before a deadline.';
    expect(lines('2026-12-15T10:00-08:00')).toEqual([`deadline.near The deadline is today (${d}, 14:59 your time): 4 hours 59 minutes left.  hint: ${now}`]);
    expect(lines('2026-12-15T23:30+01:00')).toEqual([`deadline.near The deadline is today (${d}): 29 minutes left.  hint: ${now}`]);
    const late = 'If the employer moved the deadline, change `deadline:` to the new date in your own copy of the profile (`packet profile copy <id>` writes one of a built-in profile); otherwise ask whether late applications are accepted.';
    expect(lines('2026-12-16T00:10+01:00')).toEqual([`deadline.passed The deadline (${d}) passed 10 minutes ago.  hint: ${late}`]);
    expect(lines('2026-12-15T15:10-08:00')).toEqual([`deadline.passed The deadline (${d}, 14:59 your time) passed 10 minutes ago.  hint: ${late}`]);
    // In Tokyo it is already the 16th: the deadline's date there is said.
    expect(lines('2026-12-16T05:00+09:00')).toEqual([`deadline.near The deadline is today (${d}, 2026-12-16 07:59 your time): 2 hours 59 minutes left.  hint: ${now}`]);
    // Over a day left: "tomorrow", and a day early is still possible; over two days, days again.
    expect(lines('2026-12-14T00:30+01:00')).toEqual([`deadline.near The deadline is tomorrow (${d}): 47 hours 29 minutes left.  hint: Submit a day early: portals slow down on the last day.`]);
    expect(lines('2026-12-10T10:00-08:00')).toEqual([`deadline.near 5 days left until the deadline (${d}, 14:59 your time).  hint: Submit a day early: portals slow down on the last day.`]);
    expect(lines('2026-12-17T00:30+01:00')).toEqual([`deadline.passed The deadline (${d}) passed 1 day ago.  hint: ${late}`]);
    // A today written in a named zone is that zone's clock.
    expect(lines('2026-12-15 10:00 America/Los_Angeles')[0]).toContain('(2026-12-15 23:59 Europe/Berlin, 14:59 your time): 4 hours 59 minutes left.');
  });

  it("says the deadline on your clock with your zone's summer time, when today is written at its offset", () => {
    // New York leaves summer time on 2026-11-01: 17:00 in Berlin on the 5th is 11:00 there, not 12:00.
    const d = '2026-11-05 17:00 Europe/Berlin';
    const message = (today: string, zone?: string) => checkDeadline(profile(d), today, source, zone)[0]?.message;
    expect(message('2026-10-30T10:00-04:00', 'America/New_York')).toBe(`6 days left until the deadline (${d}, 11:00 your time).`);
    // Without the zone, or a today written at another offset than the zone's (a --today for elsewhere): that offset.
    expect(message('2026-10-30T10:00-04:00')).toBe(`6 days left until the deadline (${d}, 12:00 your time).`);
    expect(message('2026-10-30T10:00-04:00', 'Europe/Berlin')).toBe(`6 days left until the deadline (${d}, 12:00 your time).`);
    // toISOString()'s Z names an instant, not a clock: your zone's clock reads it, whatever zone (before: only one at UTC
    // then, so --today ...Z said "your time" under TZ=UTC and not under TZ=America/New_York); without a zone, no "your time".
    expect(message('2026-11-05T15:30Z')).toBe(`The deadline is today (${d}): 30 minutes left.`);
    expect(message('2026-11-05T15:30Z', 'Europe/London')).toBe(`The deadline is today (${d}, 16:00 your time): 30 minutes left.`);
    expect(message('2026-11-05T15:30Z', 'America/New_York')).toBe(`The deadline is today (${d}, 11:00 your time): 30 minutes left.`);
    expect(message('2026-11-05T15:30:00Z', 'Asia/Tokyo')).toBe(`The deadline is today (${d}, 2026-11-06 01:00 your time): 30 minutes left.`);
  });

  it('hints where the day of a date-only deadline may end first', () => {
    const [d] = checkDeadline(profile('2025-11-14'), '2025-11-14T13:00+02:00', source);
    expect(d?.hint).toBe('The posting gives no time or time zone: submit before the day ends where the employer is, which can be hours before it ends where you are.');
  });
});

describe('profile check', () => {
  it('refuses a deadline with an offset that does not exist, at its line', async () => {
    const { parseProfile } = await import('../../../src/core/parse/profile.js');
    const text = 'id: p\ntitle: P\ndeadline: 2025-06-30T23:59+25:00\nitems:\n  - { id: cv, kind: cv, title: CV }\n';
    const { profile, diagnostics } = parseProfile(text, 'p.yaml');
    expect(profile).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}  hint: ${d.hint}`)).toEqual([
      'p.yaml:3:11 profile.invalid `deadline` has a UTC offset that does not exist: "+25:00".  hint: Write the offset as +HH:MM or -HH:MM, from -12:00 to +14:00 (Helsinki in winter is +02:00), or an IANA time zone name such as Europe/Helsinki.',
    ]);
  });

  // Audit 12-06g: "Etc/GMT+12" (Anywhere on Earth by its IANA name) was "should be an ISO date", "AoE" a zone "that does not exist".
  it('takes Etc/GMT±N zones, and for AoE says the offset the importer writes for it', async () => {
    const { parseProfile } = await import('../../../src/core/parse/profile.js');
    const read = (deadline: string) => parseProfile(`id: p\ntitle: P\ndeadline: ${deadline}\nitems:\n  - { id: cv, kind: cv, title: CV }\n`, 'p.yaml');
    for (const fine of ['2026-12-10 23:59 Etc/GMT+12', '2026-12-10 23:59 Etc/GMT-14', '2026-12-10T23:59-12:00']) {
      expect(read(fine).diagnostics, fine).toEqual([]);
      expect(read(fine).profile?.deadline, fine).toBe(fine);
    }
    expect(instantOf(parseDateTime('2026-12-10 23:59 Etc/GMT+12')!)).toBe(instantOf(parseDateTime('2026-12-10T23:59-12:00')!));
    const hint = 'hint: Write that offset, as `packet profile import` writes a posting\'s AoE (or the same zone by its IANA name, Etc/GMT+12).';
    for (const aoe of ['2026-12-10 23:59 AoE', '2026-12-10T23:59 aoe']) {
      const { profile, diagnostics } = read(aoe);
      expect(profile).toBeUndefined();
      expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}  ${d.hint}`)).toEqual([
        `p.yaml:3:11 profile.invalid \`deadline\` names "Anywhere on Earth" by an abbreviation, which a profile does not take: "AoE" is UTC-12, where the day ends last, written 2026-12-10T23:59-12:00.  ${hint.slice(6)}`,
      ]);
    }
  });

  // Audit 12-06k #10: the hint paired Europe/London with +01:00 for a January deadline: copying it, an applicant was an hour early.
  it('hints, for a deadline without a zone, the offset each example zone keeps on that date: January and July', async () => {
    const { parseProfile } = await import('../../../src/core/parse/profile.js');
    const hint = (deadline: string) => parseProfile(`id: p\ntitle: P\ndeadline: ${deadline}\nitems:\n  - { id: cv, kind: cv, title: CV }\n`, 'p.yaml').diagnostics.find((d) => d.code === 'profile.deadline-zone')?.hint;
    expect(hint('2023-01-27T17:00')).toBe('Add the zone the posting means, as an IANA name or as the offset it keeps on that date: 2023-01-27T17:00 Europe/London or 2023-01-27T17:00+00:00 for London, 2023-01-27T17:00 Europe/Helsinki or 2023-01-27T17:00+02:00 for Helsinki, 2023-01-27T17:00 America/New_York or 2023-01-27T17:00-05:00 for New York.');
    expect(hint('2027-07-15T12:00')).toBe('Add the zone the posting means, as an IANA name or as the offset it keeps on that date: 2027-07-15T12:00 Europe/London or 2027-07-15T12:00+01:00 for London, 2027-07-15T12:00 Europe/Helsinki or 2027-07-15T12:00+03:00 for Helsinki, 2027-07-15T12:00 America/New_York or 2027-07-15T12:00-04:00 for New York.');
    // Each offset offered is the same instant as its zone: copying either gives one deadline.
    for (const [zone, offset] of [['Europe/London', '+00:00'], ['Europe/Helsinki', '+02:00'], ['America/New_York', '-05:00']]) expect(at(`2023-01-27T17:00${offset}`)).toBe(at(`2023-01-27 17:00 ${zone}`));
  });

  it('refuses a deadline in a zone that does not exist, at its line', async () => {
    const { parseProfile } = await import('../../../src/core/parse/profile.js');
    const text = 'id: p\ntitle: P\ndeadline: 2025-11-14 23:59 Mars/Olympus_Mons\nitems:\n  - { id: cv, kind: cv, title: CV }\n';
    const { profile, diagnostics } = parseProfile(text, 'p.yaml');
    expect(profile).toBeUndefined();
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}  hint: ${d.hint}`)).toEqual([
      'p.yaml:3:11 profile.invalid `deadline` names a time zone that does not exist: "Mars/Olympus_Mons".  hint: Write an IANA time zone name such as Europe/Helsinki or America/New_York, or an offset such as 2025-11-14T23:59+02:00.',
    ]);
  });
});
