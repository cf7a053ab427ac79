import type { Diagnostic } from '../diagnostics.js';
import { dayNumber } from '../parse/dates.js';
import type { YamlSource } from '../parse/yaml.js';
import { diagnosticAt } from '../parse/yaml.js';
import type { Profile } from '../schema/profile.js';
import { diag } from '../catalogue.js';

/** Days before the deadline from which the report counts them down. */
export const DEADLINE_NEAR_DAYS = 14;

/** `deadline.passed` (a warning; an error under --strict) and `deadline.near` (days left). */
export function checkDeadline(profile: Profile, today: string, source: YamlSource): Diagnostic[] {
  if (!profile.deadline) return [];
  const due = dayNumber(profile.deadline);
  const now = dayNumber(today);
  if (due === undefined || now === undefined) return [];
  const left = due - now;
  const date = profile.deadline;
  if (left < 0) {
    const open = profile.open_until_filled;
    return [
      diagnosticAt(source, ['profile'], diag('deadline.passed', { date, days: -left, open })),
    ];
  }
  if (left <= DEADLINE_NEAR_DAYS) {
    return [
      diagnosticAt(source, ['profile'], diag('deadline.near', { date, days: left })),
    ];
  }
  return [];
}
