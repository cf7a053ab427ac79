/**
 * What a file with `pages:` brings to its item: the selected pages, their words and characters, and the share of
 * the file's bytes they take, from the inspector's per-page figures.
 */
import { diag } from '../catalogue.js';
import type { Finding, PathSegment } from '../diagnostics.js';
import type { InputFacts } from '../inspect/types.js';
import type { LocateOptions } from '../parse/yaml.js';
import { checkPagesSyntax, describePages, selectPages, type PagesValue, type SelectionProblem } from '../page-selection.js';

/** The measures of the selected pages, or the problem with the selection (located at `path`). */
export type SelectionMeasure =
  | { ok: true; pages: number[]; text: string; words?: number; chars?: number; bytes: number; notice?: { problem: Finding; path: PathSegment[] } }
  | { ok: false; problem: Finding; path: PathSegment[]; where?: LocateOptions };

/**
 * Check `pages:` of a file against what the inspector found (`facts` undefined when the file could not be read:
 * only the syntax is checked then) and measure the pages it selects.
 *
 * @example
 * measureSelection('1-2', ['items', 'cv', 'pages'], 'cv.pdf', facts); // { ok: true, pages: [0, 1], text: '1-2', bytes: 51234, ... }
 */
export function measureSelection(value: PagesValue, path: PathSegment[], file: string, facts: InputFacts | undefined): SelectionMeasure | undefined {
  const text = describePages(value);
  const fail = (problem: SelectionProblem, count?: number): SelectionMeasure => ({
    ok: false,
    // An empty entry is shown as written: the one-line form drops it.
    problem: diag('file.pages-range', { file, pages: problem.kind === 'empty-entry' ? String(Array.isArray(value) ? value[problem.index ?? 0] : value) : text, problem, ...(count !== undefined ? { count } : {}) }),
    // A problem in one element of a YAML list is shown at that element; an empty entry at its own column.
    path: problem.index !== undefined ? [...path, problem.index] : path,
    ...(problem.kind === 'empty-entry' ? { where: { char: problem.at } } : {}),
  });
  if (facts?.pages === undefined) {
    const problem = checkPagesSyntax(value);
    return problem ? fail(problem) : undefined;
  }
  const r = selectPages(value, facts.pages);
  if ('problem' in r) return fail(r.problem, facts.pages);
  const sum = (per: readonly number[] | undefined): number | undefined => (per ? r.pages.reduce((n, i) => n + (per[i] ?? 0), 0) : undefined);
  const words = facts.words !== undefined ? sum(facts.pageWords) : undefined;
  const chars = facts.chars !== undefined ? sum(facts.pageChars) : undefined;
  const b = r.backwards;
  // Pages in reverse order are what a descending range means, but "last-1" for "the page before the last" is a slip.
  const notice = b ? { problem: diag('file.pages-reversed', { file, pages: text, term: b.term, from: b.from, to: b.to, count: facts.pages, ...(b.fromEnd ? { fromEnd: true } : {}) }), path: b.index !== undefined ? [...path, b.index] : path } : undefined;
  return { ok: true, pages: r.pages, text, ...(words !== undefined ? { words } : {}), ...(chars !== undefined ? { chars } : {}), bytes: selectedBytes(facts, r.pages), ...(notice ? { notice } : {}) };
}

/**
 * The file's bytes scaled by the share of its page data the selected pages use (what they draw, alone or with
 * other pages): the bytes they share with other pages are counted in full, once, and those only other pages use
 * not at all (where the inspector could tell which pages use them; else every shared byte counts), so the
 * estimate errs on the large side. Without per-page figures (an image, or a file that could not be measured),
 * the whole file.
 */
function selectedBytes(facts: InputFacts, pages: readonly number[]): number {
  const per = facts.pageBytes;
  if (!per) return facts.bytes;
  const all = per.shared + per.own.reduce((n, b) => n + b, 0);
  if (all <= 0) return facts.bytes;
  const taken = new Set(pages);
  const grouped = per.groups?.reduce((n, g) => n + g.bytes, 0) ?? 0;
  const shared = per.shared - grouped + (per.groups ?? []).reduce((n, g) => n + (g.pages.some((p) => taken.has(p)) ? g.bytes : 0), 0);
  const used = shared + pages.reduce((n, i) => n + (per.own[i] ?? 0), 0);
  return Math.min(facts.bytes, Math.ceil((facts.bytes * used) / all));
}
