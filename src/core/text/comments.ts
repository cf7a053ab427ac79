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

/** Fenced code blocks (``` or ~~~, to their closing fence or the end) and inline code spans: markup there is code. */
export function codeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm;
  for (const m of text.matchAll(fence)) ranges.push([m.index, m.index + m[0].length]);
  const span = /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
  for (const m of text.matchAll(span)) if (!inside(ranges, m.index)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
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
