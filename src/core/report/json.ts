import type { Report } from './model.js';

/**
 * The report as JSON for scripts: `{ ready, verdict, profile, items, diagnostics, ... }`.
 *
 * @example
 * JSON.parse(renderJson(report)).ready; // true or false
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
