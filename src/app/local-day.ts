/**
 * A moment's date on this machine's calendar (its time zone, `TZ`), YYYY-MM-DD: the date a user would write for
 * it, as `--today` and the deadline rules read the local clock.
 *
 * @example
 * localDay(new Date('2026-12-16T02:00:00Z')); // '2026-12-15' with TZ=America/Toronto
 */
export function localDay(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
