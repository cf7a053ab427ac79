import { diag } from '../catalogue.js';
import type { Diagnostic } from '../diagnostics.js';
import { clockOf, dateAt, dayNumber, instantOf, parseDateTime } from '../parse/dates.js';
import type { YamlSource } from '../parse/yaml.js';
import { diagnosticAt } from '../parse/yaml.js';
import type { Profile } from '../schema/profile.js';

/** Days before the deadline from which the report counts them down. */
export const DEADLINE_NEAR_DAYS = 14;

/**
 * `deadline.passed` and `deadline.near`, judged at the instant `today` stands for (a date: noon UTC of that
 * day; a date-time: that instant), against the deadline's own time and zone. Days are counted as calendar days
 * where the deadline is.
 */
export function checkDeadline(profile: Profile, today: string, source: YamlSource): Diagnostic[] {
  const deadline = profile.deadline === undefined ? undefined : parseDateTime(profile.deadline);
  const now = clockOf(today);
  if (!deadline || Number.isNaN(now)) return [];
  const date = profile.deadline as string;
  const days = (dayNumber(deadline.date) ?? 0) - (dayNumber(dateAt(now, deadline)) ?? 0);
  if (now > instantOf(deadline)) {
    return [diagnosticAt(source, ['profile'], diag('deadline.passed', { date, days: Math.max(0, -days), open: profile.open_until_filled }))];
  }
  if (days <= DEADLINE_NEAR_DAYS) return [diagnosticAt(source, ['profile'], diag('deadline.near', { date, days: Math.max(0, days) }))];
  return [];
}
