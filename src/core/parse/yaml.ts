import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { formatPath, LINE_READ } from '../diagnostics.js';
import { diag } from '../catalogue.js';
import { sentence } from '../words.js';
import { MAX_YAML_DEPTH, tooDeep } from './depth.js';
import { describeNonPdf, sniffType } from '../inspect/sniff.js';

/** Bounds that keep a hostile or mistaken YAML file from hanging or exhausting the process. */
export const YAML_LIMITS = {
  /** Largest YAML text accepted, in characters. */
  maxChars: 1_000_000,
  /** Aliases expanded at most (defuses "billion laughs" alias bombs). */
  maxAliasCount: 100,
} as const;

export interface Position {
  line: number;
  col: number;
  /** Set when the value lives in another file than the source's own (a manifest's `extends` base). */
  file?: string;
}

/**
 * `key`: the position of the key itself (for unknown keys). `line`: a line of a text value (0-based), where it
 * sits in the file when the text is a literal block (`text: |`, its lines as written); the value's own position
 * otherwise.
 */
export interface LocateOptions {
  key?: boolean;
  line?: number;
  /** A character of a one-line text value (or, with `key`, of the key; 0-based, as read): its own column, when the file writes it as read. */
  char?: number;
}

/** A parsed YAML document that can say where any value sits in the text. */
export interface YamlSource {
  file: string;
  /** The plain JavaScript value, or undefined when the text could not be parsed. */
  value: unknown;
  /**
   * Line and column of the value at `path`; of its nearest existing parent when it is absent.
   * With `key: true`, the position of the key itself (for unknown keys).
   */
  locate(path: readonly PathSegment[], options?: LocateOptions): Position;
  /** Whether a value exists at `path`. */
  has(path: readonly PathSegment[]): boolean;
  /** The value at `path` as the file it came from wrote it (a path in an `extends` file, before it was rebased). */
  written?(path: readonly PathSegment[]): unknown;
  /** Whether the map at `path` is written inline, `{ a: 1, b: 2 }` (where a comma in a plain value splits it). */
  inline(path: readonly PathSegment[]): boolean;
  /** The plain value at `path` as typed in the file (`06221545000`, which YAML reads as the number 6221545000). */
  typed?(path: readonly PathSegment[]): string | undefined;
  /** After a syntax error: what may not have been read as written (see `unreadPart`). */
  unread?: UnreadPart;
}

/** The part of a text a syntax error garbles: from its first error on, the parser's reading is a guess. */
export interface UnreadPart {
  /** Line of the first syntax error. */
  line: number;
  /** Every line a syntax error was found on (the first is shown; the others are its echoes). */
  lines: ReadonlySet<number>;
  /** The keys written (`key:`) from that line on: an item named here but absent was lost, not left out. */
  keys: ReadonlySet<string>;
}

/** What a file named as a manifest or a profile is when it cannot be one: a document, or a posting's text (to import first). */
export type NotYaml = { posting: true } | { posting: false; what: string };

/**
 * Whether a file given as a manifest or named by `profile:` is plainly not YAML: a PDF or another document, or a
 * posting's own text (an HTML page, a .txt or .md file) that `packet profile import` turns into a profile. Anything
 * else is read as YAML.
 *
 * @example
 * notYaml(pdfBytes, 'cv.pdf'); // { posting: false, what: 'a PDF' }
 * notYaml(textBytes, 'posting.txt'); // { posting: true }
 */
export function notYaml(bytes: Uint8Array, path: string): NotYaml | undefined {
  const type = sniffType(bytes);
  if (type !== 'invalid') return { posting: false, what: type === 'pdf' ? 'a PDF' : type === 'png' ? 'a PNG image' : 'a JPEG image' };
  const what = describeNonPdf(bytes);
  if (what === 'an HTML page' || (what === 'a plain-text file' && /\.(?:txt|text|md|markdown|html?)$/i.test(path))) return { posting: true };
  // Unknown bytes may be text in UTF-16 (an old Windows editor), which the YAML reader decodes.
  if (what === 'a plain-text file' || what === 'not a recognised document' || bytes.length === 0) return undefined;
  return { posting: false, what };
}

/**
 * Which of the two YAML documents a parsed value plainly is, by its top-level keys, so a profile given as a manifest
 * (or the other way round) is named as such instead of a dozen unknown and missing keys. Undefined when it is
 * neither plainly (a posting's text, which YAML cannot read as a block of keys, among them).
 *
 * @example
 * yamlKind({ id: 'x', title: 'X', submission: { format: 'single-pdf' }, items: [] }); // 'profile'
 * yamlKind({ profile: 'aalto-tml-doctoral', applicant: { name: 'A' } }); // 'manifest'
 */
export function yamlKind(value: unknown): 'manifest' | 'profile' | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const items = v.items;
  const itemsMap = typeof items === 'object' && items !== null && !Array.isArray(items);
  const manifest = 'applicant' in v || 'profile' in v || 'extends' in v || itemsMap;
  const profile = 'submission' in v || ('id' in v && Array.isArray(items)) || 'open_until_filled' in v;
  return manifest === profile ? undefined : manifest ? 'manifest' : 'profile';
}

/** Build a diagnostic located at `path` in `source`. */
export function diagnosticAt(
  source: YamlSource,
  path: readonly PathSegment[],
  d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'path'>,
  options?: LocateOptions,
): Diagnostic {
  const pos = source.locate(path, options);
  return { ...d, file: pos.file ?? source.file, line: pos.line, col: pos.col, path: formatPath(path) };
}

/**
 * Parse YAML text, keeping positions. Syntax errors come back as `yaml.syntax` diagnostics, never thrown.
 *
 * @example
 * const { source, diagnostics } = parseYaml('a: 1\nb: [2', 'm.yaml');
 * diagnostics[0]?.code; // 'yaml.syntax'
 */
export function parseYaml(text: string, file: string): { source: YamlSource; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  if (text.length > YAML_LIMITS.maxChars) {
    diagnostics.push({ ...diag('yaml.too-large', { file, chars: text.length, limit: YAML_LIMITS.maxChars }), file, line: 1, col: 1 });
    return { source: emptySource(file), diagnostics };
  }
  // Before the parser, which recurses once per level: thousands of levels would take seconds and much memory.
  const deep = tooDeep(text, MAX_YAML_DEPTH);
  if (deep) {
    diagnostics.push({ ...diag('yaml.too-deep', { limit: MAX_YAML_DEPTH }), file, line: deep.line, col: deep.col });
    return { source: emptySource(file), diagnostics };
  }
  // merge: `<<: *base` copies an anchored map's keys, as YAML 1.1 tools (and people used to them) expect.
  // logLevel 'error': the library's own warnings (a list as a key) would reach the user's stderr; the checks report those.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error', merge: true });
  // After the first syntax error the parser's later complaints are mostly echoes of it: show the first, and
  // any repeated keys before it, which are independent mistakes (after it, the parser's keys are a guess).
  const first = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const errors = doc.errors.filter((e) => e === first || (e.code === 'DUPLICATE_KEY' && e.pos[0] < (first?.pos[0] ?? Infinity)));
  const garbling = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').map((e) => lineCounter.linePos(e.pos[0]).line);
  for (const err of [...errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')]) {
    const severity = errors.includes(err) ? 'error' : 'warning';
    // The parser finds a quote left open where the text ends, maybe many lines on: the place to fix is the quote.
    const open = err.code === 'MISSING_CHAR' ? openQuote(text, err.pos[0], err.message) : undefined;
    if (open) {
      const pos = lineCounter.linePos(open.offset);
      const end = lineCounter.linePos(err.pos[0]).line;
      garbling.push(pos.line);
      const problem = `This ${open.quote === '"' ? 'double' : 'single'} quote is never closed: ${end > pos.line ? `the lines after it, to line ${end}, were` : 'the rest of the line was'} read as part of its text.`;
      diagnostics.push({ ...diag('yaml.syntax', { problem, fix: `Close the quote with ${open.quote} where the value ends, or remove it.`, severity }), file, line: pos.line, col: pos.col });
      continue;
    }
    const pos = lineCounter.linePos(err.pos[0]);
    // A tab where the indentation is, which most editors do not show: named, wherever the parser tripped on it
    // (after a `text: |` block it says "block scalar lines must not be less indented", audit 12-06j #9).
    // A non-breaking space there (pasted from a web page or Word) is as invisible, and named the same way.
    const tab = err === first ? tabIndent(text, lineCounter, pos.line) : undefined;
    if (tab) {
      const [what, needs] = tab.char === '\t' ? ['a tab', 'spaces'] : [LOOKALIKES[tab.char]?.[0] ?? 'an unusual space', 'ordinary spaces'];
      const fix = `Replace the ${what.replace(/^an? /, '')} before ${tab.key ? `\`${tab.key}:\`` : 'the text'} with ${needs}, as many as the lines around it have (two per level).`;
      diagnostics.push({ ...diag('yaml.syntax', { problem: `Line ${pos.line} is indented with ${what}: YAML needs ${needs}.`, fix, severity }), file, line: pos.line, col: tab.col });
      continue;
    }
    // A space or colon that looks like YAML's but is not (pasted from a word processor): the error says so.
    const odd = err === first ? lookalike(text, lineCounter, pos.line) : undefined;
    if (odd) {
      diagnostics.push({ ...diag('yaml.syntax', { problem: `Line ${odd.line} has ${odd.what} where YAML needs ${odd.needs}, so it cannot be read.`, fix: `Type ${odd.needs} there instead.`, severity }), file, line: odd.line, col: odd.col });
      continue;
    }
    // Only part of a value quoted (`name: "Aino" Virtanen`, `relation: "Supervisor" (2019-2020)`): YAML takes the quotes as the whole value.
    const part = err === first ? partQuoted(text, lineCounter, pos.line) : undefined;
    if (part) {
      const problem = `Line ${pos.line} has text after the closing quote of \`${part.key}:\`, so it cannot be read: YAML takes a quoted value as a whole.`;
      diagnostics.push({ ...diag('yaml.syntax', { problem, fix: `Put the whole value in quotes: \`${part.key}: ${part.whole}\`.`, severity }), file, line: pos.line, col: part.col });
      continue;
    }
    // A bracket inside a value within `{ }` (`email: a@[129.240.1.1]`) opens or closes a list or map there.
    const bracket = err === first ? bracketInFlow(text, lineCounter, pos.line) : undefined;
    if (bracket) {
      const problem = `Line ${pos.line} has a bracket inside the value of \`${bracket.key}:\` within { }, where YAML reads brackets as the start or end of a list or map.`;
      diagnostics.push({ ...diag('yaml.syntax', { problem, fix: `Put the value in quotes: \`${bracket.key}: "${bracket.value}"\`.`, severity }), file, line: pos.line, col: bracket.col });
      continue;
    }
    diagnostics.push({
      ...diag('yaml.syntax', { problem: yamlMessage(err.code, err.message), fix: yamlHint(err.code), severity }),
      file,
      line: pos.line,
      col: pos.col,
      // A key written twice garbles nothing: what checks say on its line is about the value read.
      ...(err.code === 'DUPLICATE_KEY' ? { [LINE_READ]: true as const } : {}),
    });
  }
  const unread = garbling.length ? unreadPart(text, lineCounter, garbling) : undefined;
  // Past a syntax error the document is still read as far as it makes sense, so that the rest of the manifest
  // is checked in the same pass (what the error itself garbles is left out: see withoutEchoes).
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const unresolved = /^Unresolved alias[^:]*: (.+)$/.exec(msg)?.[1];
    if (unresolved !== undefined && doc.errors.length === 0) {
      // `*name` without an `&name` before it: at the alias, not "too many aliases" at 1:1.
      const at = text.search(new RegExp(`\\*${unresolved.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
      const pos = lineCounter.linePos(Math.max(0, at));
      const problem = `A value starting with * is read as a YAML alias (a repeat of a value marked &${unresolved}), and there is no such value.`;
      diagnostics.push({ ...diag('yaml.syntax', { problem, fix: `Put the value in quotes: "*${unresolved} ...".` }), file, line: pos.line, col: pos.col });
      return { source: emptySource(file), diagnostics };
    }
    const merge = /^Merge sources must be maps/.test(msg) ? badMerge(doc) : undefined;
    if (merge && doc.errors.length === 0) {
      const pos = lineCounter.linePos(merge.offset);
      diagnostics.push({ ...diag('yaml.syntax', merge), file, line: pos.line, col: pos.col });
      return { source: emptySource(file), diagnostics };
    }
    const problem = /alias/i.test(msg) ? `${file} expands too many aliases (*name references).` : sentence(`${file} could not be read as YAML: ${msg.split('\n')[0]}`);
    if (doc.errors.length === 0) diagnostics.push({ ...diag('yaml.syntax', { problem, fix: 'Write the values out instead of repeating them through aliases.' }), file, line: 1, col: 1 });
    value = undefined;
  }
  const source = makeSource(file, text, doc, lineCounter, value);
  return { source: unread ? { ...source, unread } : source, diagnostics };
}

/** The first `<<:` merge key not given a map to copy (an alias of a text, or of no value at all), with what to say. */
function badMerge(doc: Document): { offset: number; problem: string; fix: string } | undefined {
  let found: { offset: number; problem: string; fix: string } | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.source !== '<<') return undefined;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const source of sources) {
        if (isMap(source) || (isAlias(source) && isMap(source.resolve(doc)))) continue;
        const offset = pair.key.range?.[0] ?? 0;
        if (isAlias(source) && source.resolve(doc) === undefined) {
          const name = source.source;
          found = { offset, problem: `\`<<: *${name}\` copies the keys of a map marked &${name}, and there is no such map.`, fix: `Mark the map to copy with &${name}, or write its keys out here.` };
        } else {
          found = { offset, problem: '`<<:` copies the keys of a map marked with &name, and what follows it here is not such a map.', fix: 'Write `<<: *name`, where &name marks a map of keys, or write the keys out here.' };
        }
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Where the quote opens that the parser found unclosed at `at`: the last quote before it that is not escaped
 * (`\\"` in double quotes, `''` in single ones), since an unclosed text holds no other.
 */
function openQuote(text: string, at: number, message: string): { offset: number; quote: '"' | "'" } | undefined {
  const quote = /"quote/.test(message) ? '"' : /'quote/.test(message) ? "'" : undefined;
  if (!quote) return undefined;
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === '"' && text[i - 1] === '\\') continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--;
      continue;
    }
    return { offset: i, quote };
  }
  return undefined;
}

const LOOKALIKES: Record<string, [string, string]> = {
  '\u00a0': ['a non-breaking space', 'an ordinary space'],
  '\u202f': ['a narrow non-breaking space', 'an ordinary space'],
  '\u3000': ['a full-width space', 'an ordinary space'],
  '\uff1a': ['a full-width colon (：)', 'an ordinary colon (:)'],
};

/** A look-alike of a space or colon at the start of a line's value, on the error's line or the one before it. */
function lookalike(text: string, lc: LineCounter, errorLine: number): { line: number; col: number; what: string; needs: string } | undefined {
  const starts = lc.lineStarts;
  for (const line of [errorLine, errorLine - 1]) {
    if (line < 1 || line > starts.length) continue;
    const from = starts[line - 1] ?? 0;
    const content = text.slice(from, starts[line] ?? text.length);
    const m = /^\s*(?:- )?[\w-]+(?:[\u00a0\u202f\u3000]*)(\uff1a)|^\s*(?:- )?[\w-]+:([\u00a0\u202f\u3000])/u.exec(content);
    const ch = m?.[1] ?? m?.[2];
    if (m && ch) {
      const [what, needs] = LOOKALIKES[ch] as [string, string];
      return { line, col: m[0].length, what, needs };
    }
  }
  return undefined;
}

/** The first tab or non-breaking space in a line's indentation, its column, and the key the line starts with, if it does. */
function tabIndent(text: string, lc: LineCounter, line: number): { col: number; char: string; key?: string } | undefined {
  const content = text.slice(lc.lineStarts[line - 1] ?? text.length, lc.lineStarts[line] ?? text.length);
  const indent = /^[ \t\u00a0\u202f\u3000]*/u.exec(content)?.[0] ?? '';
  const at = indent.search(/[\t\u00a0\u202f\u3000]/u);
  if (at < 0) return undefined;
  const key = /^(?:- )?([^\s:#"'{[][^\s:]*):(?:\s|$)/.exec(content.slice(indent.length))?.[1];
  return { col: at + 1, char: indent[at] as string, ...(key ? { key } : {}) };
}

/**
 * A value on the line quoted only in part, `key: "Aino" Virtanen`: its key, the column of the text after the
 * closing quote, and the value quoted whole (`"Aino Virtanen"`). In `{ }` the value ends at a comma or brace.
 */
function partQuoted(text: string, lc: LineCounter, line: number): { key: string; col: number; whole: string } | undefined {
  const content = (text.slice(lc.lineStarts[line - 1] ?? text.length, lc.lineStarts[line] ?? text.length)).replace(/\r?\n$/, '');
  for (const m of content.matchAll(/([^\s:#"'{}[\],][^\s:"'{}[\],]*)[ \t]*:[ \t]+("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/gu)) {
    const after = m.index + m[0].length;
    const flow = /[{[]/.test(content.slice(0, m.index));
    const rest = (flow ? /^[^,}\]]*/ : /^.*?(?=\s#|$)/).exec(content.slice(after))?.[0] ?? '';
    const gap = /^\s*/.exec(rest)?.[0] ?? '';
    const tail = rest.slice(gap.length).trimEnd();
    if (!tail || tail.startsWith('#')) continue;
    const quote = m[2]!.charAt(0);
    const whole = `${quote}${m[2]!.slice(1, -1)}${gap}${tail.split(quote).join('')}${quote}`;
    return { key: m[1]!, col: after + gap.length + 1, whole };
  }
  return undefined;
}

/** A plain value inside `{ }` holding a bracket (`email: a@[129.240.1.1]`): its key, the value and the bracket's column. */
function bracketInFlow(text: string, lc: LineCounter, line: number): { key: string; value: string; col: number } | undefined {
  const content = (text.slice(lc.lineStarts[line - 1] ?? text.length, lc.lineStarts[line] ?? text.length)).replace(/\r?\n$/, '');
  if (!content.includes('{')) return undefined;
  for (const m of content.matchAll(/[{,][ \t]*([^\s:#"'{}[\],][^\s:"'{}[\],]*)[ \t]*:[ \t]+([^\s"'{}[\],][^,{}[\]]*)([[\]][^,{}]*)/gu)) {
    const value = `${m[2]!}${m[3]!}`.trim();
    return { key: m[1]!, value, col: m.index + m[0].length - m[3]!.length + 1 };
  }
  return undefined;
}

/** The lines of a text's syntax errors, and the keys written from the first of them on. */
function unreadPart(text: string, lc: LineCounter, errorLines: readonly number[]): UnreadPart {
  const line = Math.min(...errorLines);
  const keys = new Set<string>();
  for (const m of text.slice(lc.lineStarts[line - 1] ?? text.length).matchAll(/(?:^|[\s{,[-])["']?([A-Za-z_][\w-]*)["']?[ \t]*[:\uff1a](?=\s|$)/gmu)) keys.add(m[1] as string);
  // A key with nothing after it just above the error (`items:` over a tab-indented `cv:`): its block was lost to
  // the error, so "should be a block ..., not nothing" there is an echo too.
  const lines = new Set(errorLines);
  for (const l of errorLines) {
    const above = text.slice(lc.lineStarts[l - 2] ?? 0, lc.lineStarts[l - 1] ?? 0);
    if (l > 1 && /^\s*(?:- )?["']?[\w-]+["']?[ \t]*:[ \t]*(?:#.*)?\r?\n?$/u.test(above)) lines.add(l - 1);
  }
  return { line, lines, keys };
}

function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key appears twice in the same block.';
    case 'TAB_AS_INDENT':
      return 'A tab is used for indentation.';
    case 'MULTIPLE_DOCS':
      return 'A second YAML document starts here (after a `---` line); the file must hold one.';
    case 'BAD_DQ_ESCAPE':
      // A Windows path pasted from Explorer ("C:\Users\aino\cv.pdf"): inside double quotes `\U` is an escape.
      return sentence(`a backslash inside double quotes starts an escape sequence (such as \\n), so this value cannot be read: ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    default:
      return sentence(`the YAML is malformed here: ${first.charAt(0).toLowerCase()}${first.slice(1)}`);
  }
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Keep one of the two entries: until then, packet reads this one, the last.';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, not tabs.';
    case 'MULTIPLE_DOCS':
      return 'Remove the `---` line, and what follows it if it repeats the file (a `---` on the very first line is fine).';
    case 'BAD_DQ_ESCAPE':
      return "For a path, write it with / instead of \\ (docs/cv.pdf, from the manifest's folder), or put it in single quotes ('C:\\Users\\...').";
    default:
      return 'Check indentation (spaces, two per level), colons after keys, and closing quotes or brackets.';
  }
}

function emptySource(file: string): YamlSource {
  return { file, value: undefined, locate: () => ({ line: 1, col: 1 }), has: () => false, inline: () => false };
}

function makeSource(file: string, text: string, doc: Document, lc: LineCounter, value: unknown): YamlSource {
  const posOf = (node: Node | null | undefined): Position | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const p = lc.linePos(offset);
    return { line: p.line, col: p.col };
  };
  // A line of a literal block (`|`): its lines follow the header line one for one, at their own indentation.
  const lineOf = (node: unknown, line: number): Position | undefined => {
    if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return undefined;
    const header = lc.linePos(node.range[0]).line;
    const start = lc.lineStarts[header + line];
    if (start === undefined || start >= node.range[1]) return undefined;
    const indent = /^[ \t]*/.exec(text.slice(start))?.[0].length ?? 0;
    return { line: header + 1 + line, col: indent + 1 };
  };
  // A character of a plain or quoted one-line value; only where the file holds it as read (no escapes, no folding).
  const charOf = (node: unknown, char: number): Position | undefined => {
    if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    if (!quoted && node.type !== 'PLAIN') return undefined;
    const start = node.range[0] + (quoted ? 1 : 0);
    if (text.slice(start, start + node.value.length) !== node.value) return undefined;
    const p = lc.linePos(start + char);
    return { line: p.line, col: p.col };
  };
  // Walk the node tree along `path`, remembering the deepest node reached and the key of the last pair.
  const walk = (path: readonly PathSegment[]) => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    let parentPos: Position = posOf(doc.contents as Node) ?? { line: 1, col: 1 };
    let depth = 0;
    for (const seg of path) {
      if (isMap(node)) {
        // A key written twice is an error, and the value read is the last one (as toJS sets it): point there.
        const pair = node.items.findLast((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
        if (!pair) break;
        keyNode = pair.key as Node;
        parentPos = posOf(node) ?? parentPos;
        node = pair.value ?? null;
        if (node === null) {
          // `key:` with nothing after it: the value's place is the key.
          depth++;
          return { node: undefined, keyNode, depth, parentPos, pos: posOf(keyNode) };
        }
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        if (item === undefined) break;
        parentPos = posOf(node) ?? parentPos;
        keyNode = undefined;
        node = item;
      } else {
        break;
      }
      depth++;
    }
    return { node, keyNode, depth, parentPos, pos: posOf(node as Node) };
  };
  return {
    file,
    value,
    has(path) {
      return walk(path).depth === path.length;
    },
    inline(path) {
      const w = walk(path);
      return w.depth === path.length && isMap(w.node) && w.node.flow === true;
    },
    typed(path) {
      const w = walk(path);
      return w.depth === path.length && isScalar(w.node) && w.node.type === 'PLAIN' && w.node.range ? text.slice(w.node.range[0], w.node.range[1]) : undefined;
    },
    locate(path, options) {
      const w = walk(path);
      const complete = w.depth === path.length;
      if (complete && options?.key && w.keyNode) return (options.char !== undefined ? charOf(w.keyNode, options.char) : undefined) ?? posOf(w.keyNode) ?? w.parentPos;
      if (complete && options?.line !== undefined) {
        const pos = lineOf(w.node, options.line);
        if (pos) return pos;
      }
      if (complete && options?.char !== undefined) {
        const pos = charOf(w.node, options.char);
        if (pos) return pos;
      }
      if (complete) return w.pos ?? posOf(w.keyNode) ?? w.parentPos;
      // A key under a plain value (`file` of `cv: docs/cv.pdf`) is that value.
      if (isScalar(w.node)) return w.pos ?? w.parentPos;
      // Absent value: point at the parent, by its key when it has one (`applicant:` rather than its first child).
      return posOf(w.keyNode) ?? w.pos ?? w.parentPos;
    },
  };
}
