import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../../src/core/import/dates.js';
import { importPosting } from '../../../src/core/import/index.js';
import { toSentences } from '../../../src/core/import/text.js';
import { summary } from '../../../src/cli/commands/profile-import.js';
import { DATE_TIME_PATTERN } from '../../../src/core/schema/profile.js';
import { localTimeReason } from '../../helpers/import-reasons.js';

const value = (s: string, today?: string) => parseDate(s, today ? { today } : {})?.value;

describe('parseDate', () => {
  it.each([
    ['14.11.2025', '2025-11-14'],
    ['14.11.25', '2025-11-14'],
    ['1.2.2026', '2026-02-01'],
    ['November 14, 2025', '2025-11-14'],
    ['Nov. 14, 2025', '2025-11-14'],
    ['Nov 14 2025', '2025-11-14'],
    ['November 14th, 2025', '2025-11-14'],
    ['2025-11-14', '2025-11-14'],
    ['14 Nov 2025', '2025-11-14'],
    ['14 November 2025', '2025-11-14'],
    ['14th of November 2025', '2025-11-14'],
    ['Friday, 14 November, 2025', '2025-11-14'],
    ['15. Januar 2026', '2026-01-15'],
    ['31. joulukuuta 2025', '2025-12-31'],
    ['14/11/2025', '2025-11-14'],
    ['11/14/2025', '2025-11-14'],
    ['2009年10月30日(金)', '2009-10-30'],
    ['平成16年2月23日(月)午後5時', '2004-02-23T17:00'],
    ['令和元年5月7日', '2019-05-07'],
    ['截止日期:2025年3月1日 17:30', '2025-03-01T17:30'],
    ['2025년 3월 1일 오후 6시', '2025-03-01T18:00'],
    ['do 6 września 2025', '2025-09-06'],
    ['do 30. listopadu 2025', '2025-11-30'],
  ])('reads %s as %s', (text, iso) => {
    expect(value(text)).toBe(iso);
  });

  it.each([
    ['14.11.2025 23:59', '2025-11-14T23:59'],
    ['14.11.2025 at 23:59 EET', '2025-11-14T23:59+02:00'],
    ['14.11.2025 klo 23.59 EEST', '2025-11-14T23:59+03:00'],
    ['November 14, 2025, 11:59 pm EST', '2025-11-14T23:59-05:00'],
    ['14 November 2025, 23:59 (UTC+2)', '2025-11-14T23:59+02:00'],
    ['14 November 2025 23:59 UTC+02:00', '2025-11-14T23:59+02:00'],
    ['14 November 2025 at 16:00 CET', '2025-11-14T16:00+01:00'],
    ['14 November 2025 at 23:59 Finnish time', '2025-11-14 23:59 Europe/Helsinki'],
    ['14.11.2025 at 23:59 (Helsinki time)', '2025-11-14 23:59 Europe/Helsinki'],
    ['2025-11-14T23:59', '2025-11-14T23:59'],
    ['by 23:59 (UTC+2) on 14 November 2025', '2025-11-14T23:59+02:00'],
    ['12 noon, 9 January 2026 (UK time)', '2026-01-09 12:00 Europe/London'],
    ['midnight on 1 March 2026', '2026-03-01T23:59'],
    ['5 February 2026 at 14:00 AoE', '2026-02-05T14:00-12:00'],
    ['15 Jan 2026 - 23:00 (Europe/Brussels)', '2026-01-15 23:00 Europe/Brussels'],
    ['3 March 2026 (17:00 CET)', '2026-03-03T17:00+01:00'],
  ])('reads %s with its time and zone as %s', (text, iso) => {
    const v = value(text);
    expect(v).toBe(iso);
    expect(v).toMatch(DATE_TIME_PATTERN);
  });

  it('reads a month and year only when asked (start dates)', () => {
    expect(findDates('The expected start date is January 2026.')).toEqual([]);
    expect(findDates('The expected start date is January 2026.', { monthYear: true })[0]?.value).toBe('2026-01');
    expect(findDates('starting 1 September 2026', { monthYear: true })[0]?.value).toBe('2026-09-01');
  });

  it('gives a date without a year the next such date after `today`, and says so', () => {
    const d = parseDate('Applications are due by March 15.', { today: '2025-11-01' });
    expect(d?.value).toBe('2026-03-15');
    expect(d?.review).toMatch(/no year; assumed 2026/);
    expect(parseDate('due 20 November', { today: '2025-11-01' })?.value).toBe('2025-11-20');
  });

  it('leaves a date without a year and without `today` unvalued, for review', () => {
    const d = parseDate('Deadline: 14 November');
    expect(d?.value).toBeUndefined();
    expect(d?.review).toMatch(/no year/);
  });

  it('flags a slashed date whose day and month could be swapped', () => {
    expect(parseDate('03/04/2026')?.review).toMatch(/day\/month or month\/day/);
    expect(parseDate('14/11/2025')?.review).toBeUndefined();
  });

  it('ignores impossible dates and things that only look like dates', () => {
    expect(findDates('31.02.2026')).toEqual([]);
    expect(findDates('the annual workload is 1 612 hours')).toEqual([]);
    expect(findDates('you may include a writing sample')).toEqual([]);
    expect(findDates('version 2.5.1 of the software')).toEqual([]);
  });

  it('finds every date in a text, in order', () => {
    const ds = findDates('Posted Oct. 6, 2025; the deadline is 14.11.2025 and interviews start 1 December 2025.');
    expect(ds.map((d) => d.value)).toEqual(['2025-10-06', '2025-11-14', '2025-12-01']);
    expect(ds[1]?.text).toBe('14.11.2025');
  });
});

describe('zone abbreviations after a time', () => {
  it('marks an abbreviation that names several places, and one not read, for review (before: "23:59 CST" was -06:00 and "23:59 AST" anywhere on Earth, unmarked)', () => {
    const cst = parseDate('20 December 2026 at 23:59 CST');
    expect([cst?.value, cst?.review]).toEqual(['2026-12-20T23:59-06:00', '"CST" is read as -06:00, but it names other places\' time too (China Standard Time is +08:00, Cuba -05:00): check which the posting means']);
    const ast = parseDate('20 December 2026, 23:59 AST.');
    expect([ast?.value, ast?.review]).toEqual(['2026-12-20T23:59', 'the time is followed by "AST", a time zone not read: the deadline is read in your own time zone, which may be hours off; write the zone the posting means']);
    const eet = parseDate('20 December 2026, 23:59 EET');
    expect([eet?.value, eet?.review]).toEqual(['2026-12-20T23:59+02:00', undefined]);
    expect(parseDate('20 December 2026, 11:59 PM')?.review).toBeUndefined();
  });
});

// The audit: a time or zone in the deadline sentence was dropped without a review mark.
describe('times and zones of a deadline sentence', () => {
  const posting = (sentence: string) =>
    importPosting(`Postdoctoral Researcher in Chemistry\n\nUniversity of Somewhere\n\nApply with a CV and a cover letter as one PDF.\n\n${sentence}\n`);
  const deadline = (sentence: string) => {
    const r = posting(sentence);
    return [r.profile.deadline, r.review.filter((n) => n.path === 'deadline').map((n) => n.reason)];
  };

  it('reads "12:00 midday GMT", "12 noon (UK time)" and "12:00 noon CET" (before: 12:00 without GMT, the date alone, 12:00 without CET)', () => {
    expect(deadline('Closing date: 15 January 2027 at 12:00 midday GMT.')).toEqual(['2027-01-15T12:00+00:00', []]);
    expect(deadline('Closing date: 12 noon (UK time), 15 January 2027.')).toEqual(['2027-01-15 12:00 Europe/London', []]);
    expect(deadline('Deadline: 2026-01-15 12:00 noon CET.')).toEqual(['2026-01-15T12:00+01:00', []]);
    expect(deadline('Closing date: 15 January 2027 at 12 noon.')).toEqual(['2027-01-15T12:00', [localTimeReason('2027-01-15', '12:00')]]);
    expect(deadline('Closing date: 15 January 2027 at 12:00 CET.')).toEqual(['2027-01-15T12:00+01:00', []]);
  });

  it('reads a time written before "the closing date" (before: "by 5.00 pm on the closing date, Monday 15 February 2027" was the date alone)', () => {
    expect(value('by 5.00 pm on the closing date, Monday 15 February 2027')).toBe('2027-02-15T17:00');
    expect(deadline('Applications must reach us by 5pm on the closing date: 15 February 2027.')).toEqual(['2027-02-15T17:00', [localTimeReason('2027-02-15', '17:00')]]);
  });

  it('keeps a zone written after "p.m." in the deadline sentence (before: the sentence ended at "p.m." and UK time was lost)', () => {
    expect(deadline('The closing date is 31 October 2027 (11:59 p.m. UK time). Late applications are not accepted.')).toEqual(['2027-10-31 23:59 Europe/London', []]);
  });

  it('marks "midnight" for review: read as the end of the day, the night before being the other reading', () => {
    const reason = '"midnight" is read as the end of that day (23:59); if the posting means the night before, write 2027-01-14T23:59';
    expect(deadline('Closing date: 15 January 2027, midnight (UK time).')).toEqual(['2027-01-15 23:59 Europe/London', [reason]]);
    expect(deadline('Closing date: 12:00 midnight (UK time), 15 January 2027.')).toEqual(['2027-01-15 23:59 Europe/London', [reason]]);
    expect(deadline('Deadline: 2027-01-15 12:00 midnight.')).toEqual(['2027-01-15T23:59', [reason, localTimeReason('2027-01-15', '23:59')]]);
  });

  it('marks a standard-time abbreviation on a summer date (CET in July, GMT in a British summer): the posting may mean the local time, an hour earlier', () => {
    expect(deadline('Closing date: 15 July 2027 at 12:00 CET.')).toEqual([
      '2027-07-15T12:00+01:00',
      ['"CET" is read as +01:00, but on 2027-07-15 Central Europe is at +02:00: if the posting means the local time there, the deadline is an hour earlier; check which it means'],
    ]);
    expect(deadline('Deadline: 15 July 2026 at 17:00 GMT.')[1]).toEqual([
      '"GMT" is read as +00:00, but on 2026-07-15 the UK is at +01:00: if the posting means the local time there, the deadline is an hour earlier; check which it means',
    ]);
    expect(deadline('Deadline: 15 July 2026 at 17:00 CEST.')).toEqual(['2026-07-15T17:00+02:00', []]);
  });

  it('marks a deadline whose sentence gives a time or zone that was not read into it, and the summary names it', () => {
    const r = posting('Deadline: 15 January 2027 (see the portal; all times are GMT).');
    expect(r.profile.deadline).toBe('2027-01-15');
    expect(r.review.filter((n) => n.path === 'deadline').map((n) => n.reason)).toEqual([
      'the sentence names a time zone ("GMT") that was not read: write the deadline with its offset (2027-01-15T23:59+00:00)',
    ]);
    expect(r.yaml).toContain('# REVIEW: the sentence names a time zone ("GMT")');
    // "GMT+2" is its own offset, never London's clock, two hours behind (audit 12-05j #5: the hint said Europe/London).
    expect(deadline('Apply by 1 March 2027; all times are in GMT+2.')).toEqual([
      '2027-03-01',
      ['the sentence names a time zone ("GMT+2") that was not read: write the deadline with its offset (2027-03-01T23:59+02:00)'],
    ]);
    expect(deadline('La date limite est le 15 janvier 2027.')).toEqual(['2027-01-15', []]);
    expect(deadline('The deadline is 14.11.2025.')).toEqual(['2025-11-14', []]);
  });
});

// Audit 2026-12-05 #3: "5 p.m. ET", "5 pm Eastern" and "by noon Pacific" were read without their zone, unmarked, with
// the "# from:" quote cut before "ET", and the summary said "Nothing was guessed".
describe('US time zones after a deadline time', () => {
  const text = (sentence: string) =>
    `Organization: Example State University\nPosition: Assistant Professor of Chemistry\n${sentence}\n\nApplicants must submit the following, combined into a single PDF file:\n- a cover letter as a PDF file\n- a CV as a PDF file\n`;
  const read = (sentence: string) => {
    const r = importPosting(text(sentence));
    return { deadline: r.profile.deadline, review: r.review.filter((n) => n.path === 'deadline').map((n) => n.reason), from: /# from: (.*)\n(?:# .*\n)*deadline:/.exec(r.yaml)?.[1], r };
  };

  it.each([
    ['Deadline: March 4, 2027, 5 p.m. ET', '2027-03-04 17:00 America/New_York'],
    ['Deadline: March 4, 2027, 5 p.m. ET.', '2027-03-04 17:00 America/New_York'],
    ['Deadline: March 4, 2027, 5 pm Eastern', '2027-03-04 17:00 America/New_York'],
    ['Deadline: March 4, 2027, 5 p.m. Eastern Daylight Time', '2027-03-04 17:00 America/New_York'],
    ['Deadline: March 4, 2027, 5 p.m. EST/EDT', '2027-03-04 17:00 America/New_York'],
    ['Deadline: 5 p.m. ET, March 4, 2027.', '2027-03-04 17:00 America/New_York'],
    ['Deadline: March 4, 2027, 5 p.m. CT', '2027-03-04 17:00 America/Chicago'],
    ['Deadline: March 4, 2027, 5 p.m. Central.', '2027-03-04 17:00 America/Chicago'],
    ['Deadline: March 4, 2027, 5 p.m. Central Time', '2027-03-04 17:00 America/Chicago'],
    ['Deadline: March 4, 2027, 5 p.m. MT', '2027-03-04 17:00 America/Denver'],
    ['Deadline: March 4, 2027, 5 p.m. Mountain', '2027-03-04 17:00 America/Denver'],
    ['Deadline: March 4, 2027, 5 p.m. Mountain Time', '2027-03-04 17:00 America/Denver'],
    ['Deadline: March 4, 2027 by noon Pacific', '2027-03-04 12:00 America/Los_Angeles'],
    ['Deadline: March 4, 2027, 11:59 PM PT', '2027-03-04 23:59 America/Los_Angeles'],
    ['Deadline: March 4, 2027, 11:59 PM Pacific Time', '2027-03-04 23:59 America/Los_Angeles'],
    ['Deadline: March 4, 2027, 5 p.m. AKT', '2027-03-04 17:00 America/Anchorage'],
    ['Deadline: March 4, 2027, 5 p.m. Alaska time', '2027-03-04 17:00 America/Anchorage'],
    ['Deadline: March 4, 2027, 5 p.m. HT', '2027-03-04 17:00 Pacific/Honolulu'],
    ['Deadline: March 4, 2027, 5 p.m. Hawaii', '2027-03-04 17:00 Pacific/Honolulu'],
    ['Deadline: March 4, 2027, 5 p.m. (Pacific/Auckland)', '2027-03-04 17:00 Pacific/Auckland'],
  ])('reads "%s" as %s, unmarked, quoting the whole sentence', (sentence, value) => {
    const got = read(sentence);
    expect([got.deadline, got.review, got.from]).toEqual([value, [], JSON.stringify(sentence)]);
    expect(got.deadline).toMatch(DATE_TIME_PATTERN);
    expect(summary(got.r, 'Wrote p.yaml')).toContain('Nothing was guessed');
  });

  it('reads the season\'s abbreviations as offsets, and CST as US Central with its other meanings for review (as before)', () => {
    expect(read('Deadline: March 4, 2027, 5 p.m. PST')).toMatchObject({ deadline: '2027-03-04T17:00-08:00', review: [] });
    expect(read('Deadline: July 4, 2027, 5 p.m. MDT')).toMatchObject({ deadline: '2027-07-04T17:00-06:00', review: [] });
    expect(read('Deadline: March 4, 2027, 5 p.m. HST')).toMatchObject({ deadline: '2027-03-04T17:00-10:00', review: [] });
    const cst = read('Deadline: March 4, 2027, 5 p.m. CST');
    expect(cst.deadline).toBe('2027-03-04T17:00-06:00');
    expect(cst.review).toEqual([`"CST" is read as -06:00, but it names other places' time too (China Standard Time is +08:00, Cuba -05:00): check which the posting means`]);
    expect(read('Deadline: July 4, 2027, 5 p.m. EST').review).toEqual([
      `"EST" is read as -05:00, but it names other places' time too (Australian Eastern is +10:00): check which the posting means; ` +
        '"EST" is read as -05:00, but on 2027-07-04 the US East is at -04:00: if the posting means the local time there, the deadline is an hour earlier; check which it means',
    ]);
  });

  it('reads the short abbreviations only in capitals and a region word only alone ("et" is French; "Eastern Europe", "the PT post")', () => {
    expect(read('Date limite : 4 mars 2027 à 17h et le dossier complet.')).toMatchObject({ deadline: '2027-03-04T17:00', review: [localTimeReason('2027-03-04', '17:00')] });
    expect(read('Applications for the PT position are due March 4, 2027.')).toMatchObject({ deadline: '2027-03-04', review: [] });
    expect(read('Applications to Eastern Michigan University are due March 4, 2027 at 5 pm.')).toMatchObject({ deadline: '2027-03-04T17:00', review: [localTimeReason('2027-03-04', '17:00')] });
    expect(read('Bewerbungsfrist: 4. März 2027, 12:00 Uhr (Eingang).')).toMatchObject({ deadline: '2027-03-04T12:00', review: [localTimeReason('2027-03-04', '12:00')] });
  });

  it('marks a deadline whose time is followed by zone words that were not read, naming them, and the summary does not say "Nothing was guessed"', () => {
    const notRead = (words: string) =>
      `the time is followed by "${words}", a time zone not read: the deadline is read in your own time zone, which may be hours off; write the zone the posting means`;
    for (const [sentence, words] of [
      ['Deadline: March 4, 2027, 17:00 Eastern Europe', 'Eastern Europe'],
      ['Deadline: March 4, 2027 at 5 pm Pacific Northwest.', 'Pacific Northwest'],
      ['Deadline: March 4, 2027, 17:00 Tokyo time.', 'Tokyo time'],
      ['Deadline: March 4, 2027, 17:00 local time.', 'local time'],
      ['Deadline: March 4, 2027 at 5 pm, Atlantic Standard Time.', 'Atlantic Standard Time'],
      ['Deadline: March 4, 2027, 17:00 Helsinki.', 'Helsinki'],
      ['Deadline: March 4, 2027, 5 p.m. AST.', 'AST'],
    ] as const) {
      const got = read(sentence);
      expect([got.deadline?.length, got.review, got.from], sentence).toEqual([16, [notRead(words)], JSON.stringify(sentence)]);
      const said = summary(got.r, 'Wrote p.yaml');
      expect(said).not.toContain('Nothing was guessed');
      expect(said).toContain(`"${words}", a time zone not read`);
    }
  });

  it('marks a US zone named elsewhere in the deadline sentence, with its IANA name to write', () => {
    expect(read('Deadline: March 4, 2027 at 5 pm; all times are Pacific.')).toMatchObject({
      deadline: '2027-03-04T17:00',
      review: ['the sentence names a time zone ("Pacific") that was not read: write the deadline with it, as an IANA name (2027-03-04T17:00 America/Los_Angeles) or an offset'],
    });
    expect(read('Deadline: March 4, 2027 at 5 pm; all times are Tokyo time.').review).toEqual([
      'the sentence names a time zone ("Tokyo time") that was not read: write the deadline with it, as an IANA name (2027-03-04T17:00 Europe/London) or an offset',
    ]);
  });

  it('keeps the sentence whole after "p.m." before a zone, and ends it before a new sentence', () => {
    expect(toSentences('Deadline: March 4, 2027, 5 p.m. ET. Late files are not read.')).toEqual(['Deadline: March 4, 2027, 5 p.m. ET.', 'Late files are not read.']);
    expect(toSentences('Apply by 5 p.m. Pacific on March 4.')).toEqual(['Apply by 5 p.m. Pacific on March 4.']);
    expect(toSentences('Apply by 5 p.m. Applications sent later are not read.')).toEqual(['Apply by 5 p.m.', 'Applications sent later are not read.']);
  });
});
