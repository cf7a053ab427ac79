import { diag, type ProfileAt } from '../catalogue.js';
import type { Diagnostic } from '../diagnostics.js';
import { deadlineStanding, parseDateTime } from '../parse/dates.js';
import type { YamlSource } from '../parse/yaml.js';
import { diagnosticAt } from '../parse/yaml.js';
import type { Profile } from '../schema/profile.js';

/** Days before the deadline from which the report counts them down. */
export const DEADLINE_NEAR_DAYS = 14;

/**
 * `deadline.passed` and `deadline.near`. A deadline with a zone or offset is judged at the instant `today` stands
 * for (a date: noon UTC of that day; a date-time: that instant), its days counted where the deadline is; one
 * without is judged on the applicant's own calendar and clock, as `today` is written (`deadlineStanding`). When
 * `today` has a time, the messages count the minutes too, and say the deadline on the applicant's clock (`zone`:
 * their IANA time zone, as `deadlineStanding` takes it) when it reads otherwise there; `profileAt` makes a passed
 * deadline's hint the steps to change it.
 */
export function checkDeadline(profile: Profile, today: string, source: YamlSource, zone?: string, profileAt?: ProfileAt): Diagnostic[] {
  const deadline = profile.deadline === undefined ? undefined : parseDateTime(profile.deadline);
  const standing = deadline ? deadlineStanding(deadline, today, zone) : undefined;
  if (!standing) return [];
  const { passed, days, basis, msLeft, yours, yourDays } = standing;
  const date = profile.deadline as string;
  // Whole minutes, rounded down: "11 minutes ago" from 11 minutes on, and never a minute more left than there is.
  const timing = {
    ...(msLeft !== undefined ? { minutes: Math.floor(Math.abs(msLeft) / 60_000) } : {}),
    ...(yours !== undefined ? { yours } : {}),
    ...(yourDays !== undefined ? { yourDays } : {}),
  };
  if (passed) {
    return [diagnosticAt(source, ['profile'], diag('deadline.passed', { date, days: Math.max(0, -days), open: profile.open_until_filled, basis, ...timing, ...(profileAt ? { profile: profileAt } : {}) }))];
  }
  if (days <= DEADLINE_NEAR_DAYS) return [diagnosticAt(source, ['profile'], diag('deadline.near', { date, days: Math.max(0, days), basis, ...timing }))];
  return [];
}
