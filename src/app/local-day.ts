import { zoneOffsetAt } from '../core/parse/dates.js';

/**
 * A moment's date on the user's calendar, YYYY-MM-DD: in `zone` (an IANA name) when given, else on this
 * machine's (its `TZ`): the date a user would write for it, as `--today` and the deadline rules read the clock.
 *
 * @example
 * localDay(new Date('2026-12-16T02:00:00Z'), 'America/Toronto'); // '2026-12-15'
 */
export function localDay(d: Date, zone?: string): string {
  if (zone !== undefined) return new Date(d.getTime() + zoneOffsetAt(d.getTime(), zone) * 60_000).toISOString().slice(0, 10);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
