/**
 * Dates and times of postings: `2025-11-14`, `2025-11-14T23:59+02:00`, `2025-11-14 23:59 Europe/Helsinki`.
 * Time zones are IANA names checked against the runtime's time-zone database (Intl), so a deadline at 23:59
 * Helsinki time is judged in Helsinki, summer or winter.
 */
import { DATE_TIME_PATTERN } from '../schema/patterns.js';
import { UsageError } from '../usage-error.js';
import { ZONE_ABBREVIATIONS, ZONE_PLACES } from '../zones.js';

/** A calendar date as days since 1970-01-01, from `YYYY-MM-DD...`; undefined when not a real date. */
export function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / 86_400_000);
}

/** A UTC offset as ISO 8601 writes it: `+02:00`, `+0200`, or in hours alone, `+01` (`+01:00`). */
const OFFSET = /^([+-])(\d{2})(?::?(\d{2}))?$/;

/** A date with an optional time and either a UTC offset (minutes east) or an IANA zone. */
export interface DateTime {
  date: string;
  hour?: number;
  minute?: number;
  second?: number;
  offsetMinutes?: number;
  zone?: string;
}

/** The parts of an ISO date-time as postings write it; undefined when it does not match the pattern. */
export function parseDateTime(value: string): DateTime | undefined {
  const m = DATE_TIME_PATTERN.exec(value.trim());
  if (!m) return undefined;
  const out: DateTime = { date: `${m[1]}-${m[2]}-${m[3]}` };
  if (m[4] !== undefined) {
    out.hour = Number(m[4]);
    out.minute = Number(m[5]);
    out.second = m[6] === undefined ? 0 : Number(m[6]);
  }
  if (m[7] !== undefined) {
    const o = OFFSET.exec(m[7]);
    out.offsetMinutes = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0)) : 0;
  }
  if (m[8] !== undefined) out.zone = m[8];
  return out;
}

/** Whether the runtime knows this IANA time zone (`Europe/Helsinki` yes, `Mars/Olympus_Mons` no). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `zone` at the instant `ms`. */
export function zoneOffsetAt(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The offset (minutes east of UTC) in force at `ms` for a date-time's zone or offset; UTC when it has neither. */
function offsetAt(dt: DateTime, ms: number): number {
  if (dt.offsetMinutes !== undefined) return dt.offsetMinutes;
  if (dt.zone !== undefined) return zoneOffsetAt(ms, dt.zone);
  return 0;
}

/**
 * The instant (ms since 1970) a date-time stands for: its time in its zone or offset; a date alone is the end of
 * that day. Without a zone or offset it is read as UTC: a deadline without one is not an instant, and
 * `deadlineStanding` judges it on the applicant's own clock instead.
 *
 * @example
 * instantOf(parseDateTime('2026-03-29 23:59 Europe/Helsinki')!); // 2026-03-29T20:59:00Z (summer time, UTC+3)
 */
export function instantOf(dt: DateTime): number {
  const wall = wallOf(dt);
  // The offset depends on the instant (summer time); two rounds settle it, also on the day the clocks change.
  let ms = wall - offsetAt(dt, wall) * 60_000;
  ms = wall - offsetAt(dt, ms) * 60_000;
  return ms;
}

/**
 * The UTC offset `zone` keeps at a zone-less date-time's wall-clock time, as ISO writes it: summer time included, so
 * London is `+00:00` in January and `+01:00` in July. Undefined when `value` is no date-time.
 *
 * @example
 * offsetInZone('2027-01-15T12:00', 'Europe/Helsinki'); // '+02:00'
 */
export function offsetInZone(value: string, zone: string): string | undefined {
  const dt = parseDateTime(value);
  if (!dt) return undefined;
  const { offsetMinutes: _written, ...wall } = dt;
  const minutes = zoneOffsetAt(instantOf({ ...wall, zone }), zone);
  const hhmm = `${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  return `${minutes < 0 ? '-' : '+'}${hhmm}`;
}

const END_OF_DAY: [number, number, number] = [23, 59, 59];
const NOON: [number, number, number] = [12, 0, 0];

/** A date-time's date and time as written, as ms of a UTC calendar; a date alone at `dateAlone` (the end of it). */
function wallOf(dt: DateTime, dateAlone = END_OF_DAY): number {
  const [y, mo, d] = dt.date.split('-').map(Number) as [number, number, number];
  const [h, m, s] = dt.hour === undefined ? dateAlone : [dt.hour, dt.minute ?? 0, dt.second ?? 0];
  return Date.UTC(y, mo - 1, d, h, m, s);
}

/** The calendar date (YYYY-MM-DD) at instant `ms` where a date-time's zone or offset applies. */
export function dateAt(ms: number, dt: DateTime): string {
  return new Date(ms + offsetAt(dt, ms) * 60_000).toISOString().slice(0, 10);
}

/**
 * How a deadline is judged. `exact`: it has a zone or an offset, so it is an instant. `date`: a date alone, the end
 * of that day where the employer is, which the profile does not say: the applicant's own calendar decides, so the
 * deadline is "today" all that day and passed from the next. `own-clock`: a time without a zone, read on the
 * applicant's own clock.
 */
export type DeadlineBasis = 'exact' | 'date' | 'own-clock';

export function deadlineBasis(dt: DateTime): DeadlineBasis {
  if (dt.offsetMinutes !== undefined || dt.zone !== undefined) return 'exact';
  return dt.hour === undefined ? 'date' : 'own-clock';
}

/** Where `today` stands against a deadline: whether it passed, and the calendar days from today to its date. */
export interface DeadlineStanding {
  passed: boolean;
  /** Calendar days from today's date to the deadline's: 0 on its date, negative after it. */
  days: number;
  basis: DeadlineBasis;
  /**
   * Milliseconds from `today` to the deadline's last moment (the end of its minute: 23:59 lasts to 23:59:59),
   * negative after it: when `today` has a time and the deadline is one (not a date alone, whose end of day is the
   * employer's and unknown).
   */
  msLeft?: number;
  /**
   * The deadline on the applicant's clock, when their zone is known and their clock reads otherwise than the
   * deadline's: `14:59` on its date, `2026-12-16 07:59` on another.
   */
  yours?: string;
  /** Calendar days from the applicant's date to the deadline's on their own calendar, when their zone is known. */
  yourDays?: number;
}

/**
 * Where a `--today` value stands against a deadline. A deadline with a zone or offset is judged at its instant,
 * its days counted on the calendar where it is; a time given to the minute lasts to the end of that minute
 * (23:59 up to 23:59:59, as portals read it). Without a zone, the applicant's own clock decides, so a date-only
 * deadline is never "1 day left" on its own date, and passed the day after it, wherever the applicant is. Their
 * clock (`applicantOffset`): `zone`, their IANA time zone (the computer's, in the CLI), for a `today` in `Z` (an
 * instant, as `toISOString()` writes it) or written at `zone`'s offset; a `today` written at another offset or
 * in a named zone (a user's `--today` for elsewhere) keeps its own; one without an offset is a time on `zone`'s
 * clock (UTC without `zone`); a date alone is that date (noon).
 *
 * @example
 * deadlineStanding(parseDateTime('2025-11-14')!, '2025-11-14T13:00+02:00'); // { passed: false, days: 0, basis: 'date' }
 * deadlineStanding(parseDateTime('2025-11-14')!, '2025-11-15T00:30+02:00'); // { passed: true, days: -1, basis: 'date' }
 * deadlineStanding(parseDateTime('2026-12-15 23:59 Europe/Berlin')!, '2026-12-15T10:00-08:00');
 * // { passed: false, days: 0, basis: 'exact', msLeft: 17_940_000, yours: '14:59', yourDays: 0 }
 */
export function deadlineStanding(dt: DateTime, written: string, zone?: string): DeadlineStanding | undefined {
  const basis = deadlineBasis(dt);
  const today = onApplicantClock(written, zone);
  const now = clockOf(today);
  const offset = Number.isNaN(now) ? undefined : applicantOffset(today, now, zone);
  // The applicant's date and time, as ms of a UTC calendar: on their zone's clock when known, else as `today` is written.
  const own = offset ? now + offset(now) * 60_000 : ownClockOf(today);
  const deadlineDay = dayNumber(dt.date);
  if (Number.isNaN(now) || Number.isNaN(own) || deadlineDay === undefined) return undefined;
  // A `today` without a time (noon, for reproducible days) says nothing about hours.
  const timed = parseDateTime(today)?.hour !== undefined;
  if (basis === 'exact') {
    const at = instantOf(dt);
    const last = at + lastMoment(dt);
    const standing: DeadlineStanding = { passed: now > last, days: deadlineDay - (dayNumber(dateAt(now, dt)) ?? deadlineDay), basis };
    if (!timed) return standing;
    standing.msLeft = last - now;
    if (!offset) return standing;
    const wall = new Date(at + offset(at) * 60_000).toISOString();
    const [day, time] = [wall.slice(0, 10), wall.slice(11, 16)];
    if (day !== dt.date || time !== clockText(dt)) standing.yours = day === dt.date ? time : `${day} ${time}`;
    const yourToday = dayNumber(new Date(own).toISOString());
    if (yourToday !== undefined) standing.yourDays = (dayNumber(day) ?? deadlineDay) - yourToday;
    return standing;
  }
  const days = deadlineDay - Math.floor(own / 86_400_000);
  const last = wallOf(dt) + lastMoment(dt);
  const standing: DeadlineStanding = { passed: basis === 'date' ? days < 0 : own > last, days, basis };
  if (timed && basis === 'own-clock') standing.msLeft = last - own;
  return standing;
}

/**
 * A `today` with a time and no offset (`2026-12-15T23:30`) as a time on the applicant's clock, `zone`, when it is
 * known: the library reads it as the CLI reads its own clock; without `zone` it stays UTC, as a `Z` does.
 */
function onApplicantClock(today: string, zone: string | undefined): string {
  const t = parseDateTime(today);
  if (zone === undefined || !isTimeZone(zone) || t?.hour === undefined || t.offsetMinutes !== undefined || t.zone !== undefined) return today;
  const two = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
  return `${t.date}T${two(t.hour)}:${two(t.minute)}:${two(t.second)} ${zone}`;
}

/** A deadline's last moment after its time as written: a time to the minute lasts that minute (23:59 to 23:59:59.999), one to the second that second. */
function lastMoment(dt: DateTime): number {
  return dt.second ? 999 : 59_999;
}

/** `23:59`: a date-time's time as written. */
function clockText(dt: DateTime): string {
  return `${String(dt.hour ?? 0).padStart(2, '0')}:${String(dt.minute ?? 0).padStart(2, '0')}`;
}

/**
 * The applicant's offset (minutes east of UTC) at any instant, from a `today` with a time: its IANA zone; `zone`
 * when `today` is in `Z` or written at `zone`'s offset (the CLI's "now"), so summer time is followed; else its
 * fixed offset. Undefined when nothing says the applicant's clock: a `Z` without `zone`, or no offset at all.
 */
function applicantOffset(today: string, now: number, zone: string | undefined): ((ms: number) => number) | undefined {
  const t = parseDateTime(today);
  if (!t || t.hour === undefined) return undefined;
  if (t.zone !== undefined && isTimeZone(t.zone)) return (ms) => zoneOffsetAt(ms, t.zone as string);
  const own = zone !== undefined && isTimeZone(zone) ? zone : undefined;
  const written = t.offsetMinutes;
  if (written === undefined) return undefined;
  // `Z` is how `toISOString()` writes every instant: it names the moment, not whose clock; the applicant's zone reads it.
  const instantOnly = /z$/i.test(today.trim());
  if (own !== undefined && (instantOnly || zoneOffsetAt(now, own) === written)) return (ms) => zoneOffsetAt(ms, own);
  if (instantOnly) return undefined;
  return () => written;
}

/** A `--today` value's date and time as written, on its own clock, as ms of a UTC calendar (a date alone: noon). */
function ownClockOf(today: string): number {
  const dt = parseDateTime(today);
  return dt ? wallOf(dt, NOON) : NaN;
}

/**
 * The instant a `--today` value stands for: a date is noon UTC of that day (the same calendar day from UTC-11
 * to UTC+11, so runs are reproducible); a date-time is that instant (UTC when it has no offset).
 *
 * @example
 * clockOf('2025-11-01'); // Date.UTC(2025, 10, 1, 12)
 */
export function clockOf(today: string): number {
  const dt = parseDateTime(today);
  if (!dt) return NaN;
  const wall = wallOf(dt, NOON);
  if (dt.hour === undefined) return wall;
  return wall - (dt.offsetMinutes ?? (dt.zone ? zoneOffsetAt(wall, dt.zone) : 0)) * 60_000;
}

/** A problem with an ISO date string (as a sentence fragment), or undefined when it is fine. */
export function checkIsoDate(value: string, lenient: boolean): string | undefined {
  if (lenient && /^\d{4}(-\d{2})?$/.test(value)) return undefined; // a start date like 2026-01
  if (lenient && !/^\d{4}-/.test(value)) return undefined; // a start date in words: "Available immediately"
  const dt = parseDateTime(value);
  if (!dt) return `should be an ISO date such as 2025-11-14, not "${value}"`;
  if (dayNumber(value) === undefined) return `is not a real date: "${value}"`;
  if ((dt.hour ?? 0) > 23 || (dt.minute ?? 0) > 59 || (dt.second ?? 0) > 59) return `has a time that does not exist: "${value}"`;
  const offset = offsetProblem(value);
  if (offset) return offset;
  // "AST" is Arabia, Atlantic or (to the runtime) Alaska; "CST", "IST" and "BST" are as many: a deadline 12 hours off.
  if (dt.zone !== undefined && !dt.zone.includes('/') && !/^(?:UTC|GMT)$/i.test(dt.zone)) {
    // "CET" has one meaning: say it, and the place whose zone keeps summer time too ("AST", "IST": several places).
    const abbr = dt.zone.toLowerCase();
    const stands = ZONE_ABBREVIATIONS[abbr];
    const place = ZONE_PLACES[abbr];
    const local = value.trim().replace(/\s*[A-Za-z]+$/u, '');
    if (abbr === 'aoe') return anywhereOnEarth(local.replace(' ', 'T'));
    if (stands && place) return `names a time zone by an abbreviation, which a profile does not take: "${dt.zone}" stands for ${stands}, written ${local.replace(' ', 'T')}${stands}, or ${local.replace('T', ' ')} ${place} for the local time there, summer time included`;
    if (isTimeZone(dt.zone)) return `names a time zone by an abbreviation, which means different zones in different countries: "${dt.zone}"`;
  }
  if (dt.zone !== undefined && !isTimeZone(dt.zone)) return `names a time zone that does not exist: "${dt.zone}"`;
  if (dt.zone !== undefined && dt.hour !== undefined) {
    // Back from the instant to the wall clock: a time the clocks skipped that night (02:30 when they go 02:00 -> 03:00) does not come back.
    const wall = new Date(instantOf(dt) + offsetAt(dt, instantOf(dt)) * 60_000).toISOString();
    if (wall.slice(11, 16) !== `${String(dt.hour).padStart(2, '0')}:${String(dt.minute ?? 0).padStart(2, '0')}`) return `has a time that does not exist in ${dt.zone} (the clocks skip it that night): "${value}"`;
  }
  return undefined;
}

/**
 * A `today` (the `--today` flag, or the library's `today` option) as the deadline rules read it, or a problem in
 * the words of `checkIsoDate` (`should be an ISO date ...`, `is not a real date: ...`). Accepted: a date
 * (`2025-11-01`), a date and time with an offset or zone or neither (`2025-11-14T23:30+02:00`,
 * `2025-11-14 23:30 Europe/Helsinki`), and what `new Date().toISOString()` gives (`2025-11-14T21:30:00.000Z`):
 * fractions of a second are dropped.
 *
 * @example
 * readTodayValue('2026-12-05T03:50:00.000Z'); // { today: '2026-12-05T03:50:00Z' }
 * readTodayValue('2026-13-45'); // { problem: 'is not a real date: "2026-13-45"' }
 */
export function readTodayValue(value: string): { today: string } | { problem: string } {
  const today = value.trim().replace(/^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})[.,]\d+/, '$1');
  if (!/^\d{4}-\d{2}-\d{2}/.test(today)) return { problem: `should be an ISO date such as 2025-11-14, not "${value}"` };
  const problem = checkIsoDate(today, false);
  return problem === undefined ? { today } : { problem };
}

/**
 * The accepted form of a deadline the date pattern does not read, when one is plain: a date with a zone but no
 * time is the end of that day there (`2026-12-10 AoE` is `2026-12-10T23:59-12:00`, as `profile import` writes AoE).
 *
 * @example
 * rewrittenDeadline('2026-12-10 AoE'); // { value: '2026-12-10T23:59-12:00', why: '"AoE" is UTC-12, where the day ends last' }
 */
export function rewrittenDeadline(value: string): { value: string; why: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})\s*\(?\s*([A-Za-z][A-Za-z0-9_+/-]*)\s*\)?$/u.exec(value.trim());
  if (!m || dayNumber(m[1]!) === undefined) return undefined;
  const [date, zone] = [m[1]!, m[2]!];
  if (/^aoe$/iu.test(zone)) return { value: `${date}T23:59-12:00`, why: '"AoE" is UTC-12, where the day ends last; a zone needs a time' };
  if (zone.includes('/') && isTimeZone(zone)) return { value: `${date} 23:59 ${zone}`, why: 'a zone needs a time; the end of the day is 23:59' };
  return undefined;
}

/** What `checkIsoDate` says of "AoE": the one meaning the importer gives it (UTC-12), as the offset to write. */
function anywhereOnEarth(local: string): string {
  return `names "Anywhere on Earth" by an abbreviation, which a profile does not take: "AoE" is UTC-12, where the day ends last, written ${local}-12:00`;
}

/**
 * `readTodayValue` for library callers (`validate`, `checkManifest`, `buildPacket`): the `today` to judge by, or a
 * `UsageError` that says what is wrong, so a value the deadline rules cannot read never turns them off silently.
 *
 * @example
 * readToday(new Date().toISOString()); // '2026-12-05T03:50:00Z'
 * readToday('garbage'); // throws UsageError: today should be an ISO date such as 2025-11-14, not "garbage"; ...
 */
export function readToday(value: unknown): string {
  if (typeof value !== 'string') {
    throw new UsageError(`today must be a string: a date such as 2025-11-01, a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(); not ${value === undefined ? 'undefined' : typeof value}`);
  }
  const read = readTodayValue(value);
  if ('today' in read) return read.today;
  throw new UsageError(`today ${read.problem}; ${isoDateFix(read.problem)} (a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(), works too)`);
}

/**
 * The library's `zone` option (the applicant's IANA time zone), checked: undefined when not given, else the name,
 * or a `UsageError` that says the fix, so a misspelt zone never turns the applicant's clock off silently.
 *
 * @example
 * readZone('Pacific/Kiritimati'); // 'Pacific/Kiritimati'
 * readZone('Mars/Olympus'); // throws UsageError: zone names a time zone that does not exist: "Mars/Olympus"; ...
 */
export function readZone(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isTimeZone(value)) return value;
  const what = typeof value === 'string' ? `names a time zone that does not exist: "${value}"` : `must be a string, not ${value === null ? 'null' : typeof value}`;
  throw new UsageError(`zone ${what}; write an IANA time zone name such as Europe/Helsinki or America/New_York (Intl.DateTimeFormat().resolvedOptions().timeZone gives this computer's), or leave zone out`);
}

/** Real UTC offsets run from -12:00 (Baker Island) to +14:00 (Kiribati), with minutes 00 to 59. */
const OFFSET_MIN = -12 * 60;
const OFFSET_MAX = 14 * 60;

/** A problem with the UTC offset of a date-time (`+25:00`, `+05:60`), or undefined when it has none or it is real. */
function offsetProblem(value: string): string | undefined {
  const raw = DATE_TIME_PATTERN.exec(value.trim())?.[7];
  const o = raw === undefined ? null : OFFSET.exec(raw);
  if (!raw || !o) return undefined; // none, or `Z`
  const minutes = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3] ?? 0));
  if (Number(o[3] ?? 0) > 59 || minutes < OFFSET_MIN || minutes > OFFSET_MAX) return `has a UTC offset that does not exist: "${raw}"`;
  return undefined;
}

/**
 * How to fix what `checkIsoDate` found, as an imperative fragment.
 *
 * @example
 * isoDateFix('names a time zone that does not exist: "Mars/Olympus"'); // 'write an IANA time zone ...'
 */
export function isoDateFix(problem: string): string {
  if (problem.includes('"Anywhere on Earth"')) return 'write that offset, as `packet profile import` writes a posting\'s AoE (or the same zone by its IANA name, Etc/GMT+12)';
  if (problem.includes('which a profile does not take')) return 'write one of these two instead: the offset if the posting gives the abbreviation, the place if it means the local time';
  if (problem.startsWith('names a time zone by an abbreviation')) return 'write the IANA time zone name of the place the posting means, such as Asia/Riyadh, America/Halifax or Europe/London, or an offset such as 2025-11-14T23:59+03:00';
  if (problem.startsWith('has a time that does not exist in')) return 'write the time the posting gives as it will be on the clock that day (03:30 for 02:30 on the night summer time starts), or an offset';
  if (problem.startsWith('names a time zone')) return 'write an IANA time zone name such as Europe/Helsinki or America/New_York, or an offset such as 2025-11-14T23:59+02:00';
  if (problem.startsWith('has a UTC offset')) return 'write the offset as +HH:MM or -HH:MM, from -12:00 to +14:00 (Helsinki in winter is +02:00), or an IANA time zone name such as Europe/Helsinki';
  if (problem.startsWith('has a time')) return 'write the time as HH:MM, from 00:00 to 23:59';
  return 'write the date as YYYY-MM-DD';
}
