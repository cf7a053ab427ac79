/**
 * `pages:` on a file entry: which pages of the file go into the packet, in which order. Read and checked here,
 * without the file (syntax) and against its page count (range); the plan and the assembler use the result.
 *
 * Syntax, 1-based, as PDFsam, pdftk and qpdf write it: `7`, `1-3`, `10-last`, `5-` (to the end), `last` or
 * `-1` (the last page; `-3` is refused: beside `5-` it reads as "up to 3"), a comma-separated mix (`"1-3, 7, 10-last"`), or a YAML list of
 * those. Pages come in the order given, so `"3-1"` is pages 3, 2, 1. A page may be taken only once: a reviewer
 * who meets the same page twice sees a mistake, and the file's links could land on only one of the two.
 */

/** `pages:` as written in the manifest: a number, a string, or a list of those. */
export type PagesValue = string | number | readonly (string | number)[];

/** One page reference: `n`-th page from the start (`from: 'start'`) or from the end (`last` is 1 from the end). */
type PageRef = { from: 'start' | 'end'; n: number };

/** One term of a selection, where it was written (`index`: its position in a YAML list, when it is in one). */
interface Term {
  text: string;
  index?: number;
  first: PageRef;
  /** Absent for a single page. */
  last?: PageRef;
}

/** Why a selection cannot be used. `index`: the list element it is in (for its line:col), when `pages:` is a list. */
export type SelectionProblem =
  | { kind: 'syntax'; term: string; index?: number }
  | { kind: 'zero'; term: string; index?: number }
  | { kind: 'past-end'; term: string; page: string; count: number; index?: number }
  | { kind: 'twice'; term: string; page: number; index?: number }
  | { kind: 'empty'; index?: number }
  /** `"1-3,,5"`: an entry left empty between commas (a page number deleted, or a typo). `at`: its offset in the string. */
  | { kind: 'empty-entry'; at: number; fix: string; index?: number }
  | { kind: 'from-end'; term: string; n: number; index?: number };

const REF = '(?:\\d+|last)';
const RANGE = new RegExp(`^(${REF})?\\s*-\\s*(${REF})?$`, 'i');

/** Dashes people paste from word processors (en dash, minus sign...) read as the hyphen of a range. */
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

function ref(text: string): PageRef {
  return /^last$/i.test(text) ? { from: 'end', n: 1 } : { from: 'start', n: Number(text) };
}

/** The terms of one comma-separated string (or number), or the problem with one of them. */
function termsOf(value: string | number, index: number | undefined, out: Term[]): SelectionProblem | undefined {
  const at = index === undefined ? {} : { index };
  if (typeof value === 'number') {
    const text = String(value);
    if (!Number.isInteger(value)) return { kind: 'syntax', term: text, ...at };
    if (value === 0) return { kind: 'zero', term: text, ...at };
    if (value < -1) return { kind: 'from-end', term: text, n: -value, ...at };
    out.push({ text, ...at, first: value > 0 ? { from: 'start', n: value } : { from: 'end', n: -value } });
    return undefined;
  }
  const parts = value.replace(DASHES, '-').split(',').map((p) => p.trim());
  if (parts.every((p) => p === '')) return { kind: 'empty', ...at };
  // "1-3,,5" is read as "1-3, 5" by pdftk and qpdf alike, but a page number may have been deleted there: asked.
  const gap = parts.findIndex((p) => p === '');
  if (gap >= 0) {
    const offset = value.split(',').slice(0, gap).reduce((n, p) => n + p.length + 1, 0);
    return { kind: 'empty-entry', at: Math.min(offset, value.length - 1), fix: parts.filter((p) => p !== '').join(', '), ...at };
  }
  for (const text of parts) {
    if (text === '') continue;
    if (/^\d+$/.test(text) || /^last$/i.test(text)) {
      const first = ref(text);
      if (first.n === 0) return { kind: 'zero', term: text, ...at };
      out.push({ text, ...at, first });
      continue;
    }
    // `-3` is the third page from the end, not "up to 3": the last page is `-1` in qpdf and pdftk alike.
    const fromEnd = /^-\s*(\d+)$/.exec(text);
    if (fromEnd) {
      const n = Number(fromEnd[1]);
      if (n === 0) return { kind: 'zero', term: text, ...at };
      // Beside the documented "5-" (page 5 to the end), "-3" reads as "up to page 3": which was meant is asked.
      if (n > 1) return { kind: 'from-end', term: text, n, ...at };
      out.push({ text, ...at, first: { from: 'end', n } });
      continue;
    }
    const m = RANGE.exec(text);
    if (!m || m[1] === undefined) return { kind: 'syntax', term: text, ...at };
    const first = ref(m[1]);
    const last = m[2] === undefined ? { from: 'end' as const, n: 1 } : ref(m[2]);
    if (first.n === 0 || last.n === 0) return { kind: 'zero', term: text, ...at };
    out.push({ text, ...at, first, last });
  }
  return undefined;
}

/** The terms of a whole `pages:` value, or its first problem. */
function parse(value: PagesValue): { terms: Term[] } | { problem: SelectionProblem } {
  const terms: Term[] = [];
  const list = Array.isArray(value) ? (value as readonly (string | number)[]) : [value as string | number];
  if (list.length === 0) return { problem: { kind: 'empty' } };
  for (const [i, v] of list.entries()) {
    const problem = termsOf(v, Array.isArray(value) ? i : undefined, terms);
    if (problem) return { problem };
  }
  return terms.length === 0 ? { problem: { kind: 'empty' } } : { terms };
}

/**
 * The syntax problem of a `pages:` value, when there is one: what can be said without the file.
 *
 * @example
 * checkPagesSyntax('1..3'); // { kind: 'syntax', term: '1..3' }
 * checkPagesSyntax([1, '4-last']); // undefined
 */
export function checkPagesSyntax(value: PagesValue): SelectionProblem | undefined {
  const r = parse(value);
  return 'problem' in r ? r.problem : undefined;
}

/**
 * The pages a selection takes from a file of `count` pages, as 0-based indexes in the order given, or the first
 * problem (a syntax error, a page past the end, a page taken twice, nothing selected).
 *
 * @example
 * selectPages('1-3, 7, 10-last', 12); // { pages: [0, 1, 2, 6, 9, 10, 11] }
 * selectPages('-1', 12); // { pages: [11] }
 * selectPages('1-30', 20); // { problem: { kind: 'past-end', term: '1-30', page: '30', count: 20 } }
 */
export function selectPages(value: PagesValue, count: number): { pages: number[]; backwards?: Backwards } | { problem: SelectionProblem } {
  const parsed = parse(value);
  if ('problem' in parsed) return parsed;
  const pages: number[] = [];
  let backwards: Backwards | undefined;
  const taken = new Map<number, Term>();
  for (const term of parsed.terms) {
    const at = term.index === undefined ? {} : { index: term.index };
    const index = (r: PageRef): number | SelectionProblem => {
      const i = r.from === 'start' ? r.n - 1 : count - r.n;
      if (i >= 0 && i < count) return i;
      return { kind: 'past-end', term: term.text, page: r.from === 'start' ? String(r.n) : `-${r.n}`, count, ...at };
    };
    const a = index(term.first);
    if (typeof a !== 'number') return { problem: a };
    const b = term.last ? index(term.last) : a;
    if (typeof b !== 'number') return { problem: b };
    const step = b >= a ? 1 : -1;
    if (step < 0) backwards ??= { term: term.text, from: a + 1, to: b + 1, ...(term.first.from === 'end' && term.last?.from === 'start' ? { fromEnd: true } : {}), ...at };
    for (let i = a; ; i += step) {
      if (taken.has(i)) return { problem: { kind: 'twice', term: term.text, page: i + 1, ...at } };
      taken.set(i, term);
      pages.push(i);
      if (i === b) break;
    }
  }
  return backwards ? { pages, backwards } : { pages };
}

/**
 * A range written backwards ("3-1", "last-1"): its pages come in reverse order, as documented, which is rarely what
 * was meant by "last-1". `fromEnd`: counted from the end to a page from the start ("last-1").
 */
export interface Backwards {
  term: string;
  /** 1-based, the first page taken and the last. */
  from: number;
  to: number;
  fromEnd?: true;
  index?: number;
}

/**
 * A `pages:` value as one line, the way the report shows it: terms joined by ", ".
 *
 * @example
 * describePages(['1-3', 7, '10 - last']); // '1-3, 7, 10-last'
 */
export function describePages(value: PagesValue): string {
  const list = Array.isArray(value) ? (value as readonly (string | number)[]) : [value as string | number];
  return list
    .flatMap((v) => String(v).replace(DASHES, '-').split(','))
    .map((t) => t.trim().replace(/\s*-\s*/g, '-'))
    .filter((t) => t !== '')
    .join(', ');
}

/**
 * The kept texts of the pages a selection takes (0-based indices), in its order; pages whose text was not kept (a
 * sample of a long file) are left out.
 *
 * @example
 * textsOfPages(['one', 'two', 'three'], [2, 0]); // ['three', 'one']
 */
export function textsOfPages(texts: readonly string[], pages: readonly number[]): string[] {
  return pages.flatMap((i) => (texts[i] !== undefined ? [texts[i]] : []));
}
