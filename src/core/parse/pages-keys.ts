/**
 * `{ file: thesis.pdf, pages: 1-3, 7 }`: inside `{ }` a comma ends a value, so YAML reads `pages: 1-3` and a key
 * `7`. Such keys are reported with the fix (quotes), and joined back to `pages:` so the selection meant is still
 * checked in the same pass.
 */
import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { diagnosticAt, type YamlSource } from './yaml.js';
import { invalid } from './zod-issues.js';

/** A key that is a page term (`7`, `10-last`, `-1`, `5-`) with no value: the rest of an unquoted `pages:`. */
const PAGE_KEY = /^\s*(?:-?\d+|last|(?:\d+|last)\s*[-\u2013]\s*(?:\d+|last)?)\s*$/i;

/**
 * The entry with stray page keys joined back to its `pages:` (and, for a referee, its letter's), reporting each.
 *
 * @example
 * rejoinPages({ file: 'a.pdf', pages: '1-3', '7': null }, path, source, out); // { file: 'a.pdf', pages: '1-3, 7' }
 */
export function rejoinPages(value: Record<string, unknown>, path: PathSegment[], source: YamlSource, out: Diagnostic[]): Record<string, unknown> {
  const letter = value.letter;
  if (letter !== null && typeof letter === 'object' && !Array.isArray(letter)) {
    return { ...value, letter: rejoin(letter as Record<string, unknown>, [...path, 'letter'], source, out) };
  }
  return rejoin(value, path, source, out);
}

function rejoin(value: Record<string, unknown>, path: PathSegment[], source: YamlSource, out: Diagnostic[]): Record<string, unknown> {
  if (!('pages' in value) || (typeof value.pages !== 'string' && typeof value.pages !== 'number')) return value;
  const stray = Object.keys(value).filter((k) => value[k] === null && PAGE_KEY.test(k));
  if (stray.length === 0) return value;
  const pages = [String(value.pages), ...stray].join(', ');
  for (const key of stray) {
    out.push(
      diagnosticAt(
        source,
        [...path, key],
        invalid('manifest', `inside { } a comma ends a value: \`pages: ${pages}\` is read as \`pages: ${String(value.pages)}\` and a key \`${key}\``, `put the pages in quotes: \`pages: "${pages}"\``),
        { key: true },
      ),
    );
  }
  const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !stray.includes(k)));
  return { ...rest, pages };
}
