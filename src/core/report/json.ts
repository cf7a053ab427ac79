import { showDirectionControls } from '../words.js';
import type { Report } from './model.js';

/**
 * The report as JSON for scripts: `{ ready, verdict, profile, items, diagnostics, ... }`. The values are as given;
 * a direction embedding, override or isolate in them is written as its `\u` escape (the same string once parsed),
 * so printing the JSON in a terminal cannot turn the rest of a line around.
 *
 * @example
 * JSON.parse(renderJson(report)).ready; // true or false
 */
export function renderJson(report: Report): string {
  return `${showDirectionControls(JSON.stringify(report, null, 2), (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16)}`)}\n`;
}
