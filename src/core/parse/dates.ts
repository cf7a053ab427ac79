import { DATE_TIME_PATTERN } from '../schema/patterns.js';

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

/** A problem with an ISO date string (as a sentence fragment), or undefined when it is fine. */
export function checkIsoDate(value: string, lenient: boolean): string | undefined {
  if (lenient && /^\d{4}(-\d{2})?$/.test(value)) return undefined; // a start date like 2026-01
  if (lenient && !/^\d{4}-/.test(value)) return undefined; // a start date in words: "Available immediately"
  if (!DATE_TIME_PATTERN.test(value)) return `should be an ISO date such as 2025-11-14, not "${value}"`;
  if (dayNumber(value) === undefined) return `is not a real date: "${value}"`;
  return undefined;
}

/** The calendar date part of an ISO date-time. */
export function datePart(iso: string): string {
  return iso.slice(0, 10);
}
