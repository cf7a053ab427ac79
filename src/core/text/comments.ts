/**
 * HTML comments in an applicant's text (`<!-- note to self -->`): every Markdown preview hides them, so the packet
 * leaves them out too, neither drawn nor counted. A comment inside code (a `` `span` `` or a fenced block) is code,
 * kept as typed.
 */

/** A comment found in a text. `line`: its first line in the text (0-based); `closed`: false when no `-->` ends it. */
export interface TextComment {
  line: number;
  text: string;
  closed: boolean;
}

/**
 * Fenced code blocks (``` or ~~~, to their closing fence or the text's end), indented code blocks and inline code
 * spans: markup there is code, printed as typed.
 */
export function codeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // `(?![\s\S])` is the text's end: `$` would be the first line's end, as `m` is set for the fence's start.
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|(?![\s\S]))/gm;
  for (const m of text.matchAll(fence)) ranges.push([m.index, m.index + m[0].length]);
  ranges.push(...indentedCode(text, ranges));
  const span = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
  for (const m of text.matchAll(span)) if (!inside(ranges, m.index)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** Indented code blocks (4 spaces or a tab, after a blank line), outside `fences`; a list item's indented paragraph is no code. */
function indentedCode(text: string, fences: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  let blank = true;
  let list = false;
  let open: number | undefined;
  for (const line of text.split('\n')) {
    const end = at + line.length;
    const indented = /^(?: {4}|\t)/.test(line) && line.trim() !== '';
    if (inside(fences, at)) open = undefined;
    else if (open === undefined && indented && blank && !list) open = at;
    else if (open !== undefined && !indented && line.trim() !== '') {
      out.push([open, at]);
      open = undefined;
    }
    if (line.trim() !== '' && !indented && !inside(fences, at)) list = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line) || (list && !blank);
    blank = line.trim() === '';
    at = end + 1;
  }
  if (open !== undefined) out.push([open, text.length]);
  return out;
}

/** Whether offset `at` falls in one of `ranges` (`codeRanges`). */
export function inside(ranges: readonly [number, number][], at: number): boolean {
  return ranges.some(([from, to]) => at >= from && at < to);
}

/**
 * The text without its comments, and the comments. A comment's place keeps the line breaks it spanned (a comment
 * on a line of its own still ends a paragraph, as in a preview), and the space before it goes with it. An
 * unclosed `<!--` is not a comment: it is kept, printed as typed, and reported with `closed: false`.
 *
 * @example
 * stripComments('Bio text.\n<!-- ask Mikko -->\nMore.').text; // 'Bio text.\n\nMore.'
 */
export function stripComments(text: string): { text: string; comments: TextComment[] } {
  if (!text.includes('<!--')) return { text, comments: [] };
  const code = codeRanges(text);
  const comments: TextComment[] = [];
  let out = '';
  let from = 0;
  for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    if (m.index < from || inside(code, m.index)) continue;
    const line = (text.slice(0, m.index).match(/\n/g) ?? []).length;
    const closed = m[0].endsWith('-->');
    comments.push({ line, text: m[0], closed });
    if (!closed) break;
    const after = text.charAt(m.index + m[0].length);
    let kept = text.slice(from, m.index);
    if (after === '' || /[ \t\n\r]/.test(after)) kept = kept.replace(/[ \t]+$/, '');
    out += kept + m[0].replace(/[^\n]/g, '');
    from = m.index + m[0].length;
  }
  return { text: out + text.slice(from), comments };
}
