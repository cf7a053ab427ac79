import { InvalidArgumentError } from 'commander';
import { isoDateFix, isTimeZone, readTodayValue, zoneOffsetAt } from '../core/parse/dates.js';
import type { CliIo } from './io.js';
import { localDay } from '../app/local-day.js';

/**
 * `--today YYYY-MM-DD` (or a date and time, `2025-11-14T23:30+02:00`, fractions of a second allowed as
 * `toISOString()` writes them), checked to be a real date; an offset or a zone that does not exist is named with
 * its fix.
 */
export function parseToday(value: string): string {
  const read = readTodayValue(value);
  if ('today' in read) return read.today;
  if (/^(has a UTC offset|names a time zone)/.test(read.problem)) {
    throw new InvalidArgumentError(`"${value}" ${read.problem}; ${isoDateFix(read.problem)}.`);
  }
  throw new InvalidArgumentError(`"${value}" is not a date; write it as YYYY-MM-DD, e.g. 2025-11-01 (or with a time: 2025-11-14T23:30+02:00).`);
}

/**
 * Now, on the user's own clock, with its offset (`2025-11-14T13:00:00+02:00`): a deadline with a zone is judged at
 * this instant in its zone; one without, on this date and time. The clock is `io.zone`'s, else the machine's.
 */
export function localToday(io: CliIo): string {
  const d = io.now();
  const zone = userZone(io);
  const offset = zone !== undefined ? zoneOffsetAt(d.getTime(), zone) : -d.getTimezoneOffset();
  const abs = Math.abs(offset);
  const two = (n: number): string => String(n).padStart(2, '0');
  const wall = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${wall}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Today's calendar date in the user's own time zone, YYYY-MM-DD (years for dates written without one). */
export function localDate(io: CliIo): string {
  return localDay(io.now(), userZone(io));
}

/** The user's IANA zone when the computer names one this Node knows; else undefined (the machine's offset is used). */
function userZone(io: CliIo): string | undefined {
  return io.zone !== undefined && isTimeZone(io.zone) ? io.zone : undefined;
}

/**
 * The computer's zone as the library's `zone` option (`{}` when it names none this Node knows, `TZ=` gives
 * `Etc/Unknown`): the CLI judges deadlines through the same option a library caller gives.
 */
export function zoneOption(io: CliIo): { zone?: string } {
  const zone = userZone(io);
  return zone !== undefined ? { zone } : {};
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIo): boolean {
  return io.isTTY && (io.env.NO_COLOR === undefined || io.env.NO_COLOR === '') && io.env.TERM !== 'dumb';
}

export function choice<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${what} must be one of ${allowed.join(', ')}, not "${value}".`);
    }
    return value as T;
  };
}

/** `--fit-floor-dpi N`: a whole number of dots per inch, 50 to 600 (below 50 no text stays readable). */
export function parseDpi(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 50 || n > 600) {
    throw new InvalidArgumentError(`"${value}" is not a resolution --fit can use; give dots per inch from 50 to 600, e.g. 120.`);
  }
  return n;
}

/** A path option (`-o`, `--pdf`): an empty one (`-o ""`, a shell variable left unset) is refused, not taken for no option. */
export function parsePath(flag: string) {
  return (value: string): string => {
    if (value.trim() === '') throw new InvalidArgumentError(`${flag} was given an empty path; name the file, e.g. ${flag} packet.pdf, or leave ${flag} out.`);
    return value;
  };
}
