/**
 * The objects of a PDF read straight from its bytes, before pdf-lib parses it: a tolerant lexer started at every
 * `obj` keyword (not only where pdf-lib's sequential parse would look), so it finds a superset of the objects
 * pdf-lib will see. Only what the decompression guard needs is kept: each object's value in outline (names,
 * numbers, references, arrays and dictionaries of them) and, for streams, where the data starts and where
 * pdf-lib will take it to end.
 */

import { indexOfBytes } from './raw.js';

/** A value as the guard sees it; strings, booleans and anything unreadable are `other`. */
export type RawValue =
  | { kind: 'name'; name: string }
  | { kind: 'number'; value: number }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'array'; items: RawValue[] }
  | { kind: 'dict'; entries: Map<string, RawValue>; ranges: Map<string, [number, number]> }
  // Only read in full (`readValueAt`): strings as written between their delimiters, and keywords.
  | { kind: 'string'; raw: string }
  | { kind: 'hex'; raw: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'other' };

export interface RawObject {
  /** Object and generation numbers from the header (-1 when no header could be read before `obj`). */
  num: number;
  gen: number;
  /** Where the header (`num gen obj`) starts, or where `obj` is when no header could be read. */
  headerStart: number;
  value: RawValue;
  /** Where the value's bytes start and end (the dictionary of a stream, without its data). */
  valueStart: number;
  valueEnd: number;
  /** For a stream: the offset of its first data byte. */
  dataStart?: number;
}

const OTHER: RawValue = { kind: 'other' };
/** Nesting kept in outline; deeper values are skipped (pdf-lib would fail on them with a stack overflow anyway). */
const MAX_DEPTH = 32;
/** Items kept per array or dictionary: more than any filter list or stream dictionary has. */
const MAX_ITEMS = 64;

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const DIGIT = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const HEX = (c: number | undefined): number => {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
};
const at = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const OBJ = at('obj');
const END = at('end');
const STREAM = at('stream');
const ENDSTREAM = at('endstream');

/** Thrown when the lexer has done more work than the file's size justifies (a file built to make it slow). */
export class ScanBudgetExceeded extends Error {}

/** A cursor over the bytes with a shared work budget. */
class Lexer {
  pos = 0;
  private readonly maxItems: number;
  constructor(
    readonly bytes: Uint8Array,
    private budget: { left: number },
    /** Keep everything (strings, keywords, every item), to rebuild objects. */
    private readonly full = false,
  ) {
    this.maxItems = full ? Infinity : MAX_ITEMS;
  }

  private text(from: number, to: number): string {
    let out = '';
    for (let i = from; i < to; i += 8192) out += String.fromCharCode(...this.bytes.subarray(i, Math.min(to, i + 8192)));
    return out;
  }

  private spend(n: number): void {
    this.budget.left -= n;
    if (this.budget.left < 0) throw new ScanBudgetExceeded();
  }

  skipSpace(): void {
    const b = this.bytes;
    const from = this.pos;
    for (;;) {
      while (this.pos < b.length && WS[b[this.pos]!]) this.pos++;
      if (b[this.pos] !== 0x25) break;
      // A comment runs to the end of its line.
      while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
    }
    this.spend(this.pos - from);
  }

  matches(word: number[], pos = this.pos): boolean {
    for (let k = 0; k < word.length; k++) if (this.bytes[pos + k] !== word[k]) return false;
    return true;
  }

  /** Read one value; never throws on bad syntax (unknown bytes are skipped as `other`). */
  value(depth = 0): RawValue {
    this.skipSpace();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) return OTHER;
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.hexString();
    if (c === 0x28) return this.literalString();
    if (c === 0x2f) return { kind: 'name', name: this.name() };
    if (c === 0x5b) return this.array(depth);
    if (DIGIT(c) || c === 0x2b || c === 0x2d || c === 0x2e) return this.numberOrRef();
    // A keyword (true, false, null, R, stream...) or a stray delimiter: one token.
    const from = this.pos;
    if (DELIM[c]) this.pos++;
    else while (this.pos < b.length && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    this.spend(this.pos - from);
    if (this.full) {
      const word = this.text(from, this.pos);
      if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true' };
      if (word === 'null') return { kind: 'null' };
    }
    return OTHER;
  }

  /** A name with its `#xx` escapes decoded, as pdf-lib's `PDFName.of` reads it. */
  name(): string {
    const b = this.bytes;
    const from = ++this.pos;
    while (this.pos < b.length && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
    this.spend(this.pos - from + 1);
    let out = '';
    for (let i = from; i < this.pos; i++) {
      const hi = b[i] === 0x23 ? HEX(b[i + 1]) : -1;
      const lo = hi >= 0 ? HEX(b[i + 2]) : -1;
      if (lo >= 0) {
        out += String.fromCharCode(hi * 16 + lo);
        i += 2;
      } else out += String.fromCharCode(b[i]!);
    }
    return out;
  }

  private hexString(): RawValue {
    const end = this.bytes.indexOf(0x3e, this.pos + 1);
    const to = end < 0 ? this.bytes.length : end + 1;
    this.spend(to - this.pos);
    const from = this.pos;
    this.pos = to;
    return this.full ? { kind: 'hex', raw: this.text(from + 1, end < 0 ? to : to - 1) } : OTHER;
  }

  /** A literal string, balanced as pdf-lib balances it: unescaped parentheses nest, a backslash escapes one byte. */
  private literalString(): RawValue {
    const b = this.bytes;
    const from = this.pos;
    let depth = 0;
    let escaped = false;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (!escaped) {
        if (c === 0x28) depth++;
        else if (c === 0x29) depth--;
      }
      escaped = c === 0x5c ? !escaped : false;
      if (depth === 0) break;
    }
    this.spend(this.pos - from);
    return this.full ? { kind: 'string', raw: this.text(from + 1, depth === 0 ? this.pos - 1 : this.pos) } : OTHER;
  }

  private numberOrRef(): RawValue {
    const first = this.number();
    const save = this.pos;
    this.skipSpace();
    if (DIGIT(this.bytes[this.pos]) && Number.isInteger(first)) {
      const second = this.number();
      this.skipSpace();
      if (this.bytes[this.pos] === 0x52 && Number.isInteger(second)) {
        this.pos++;
        return { kind: 'ref', num: first, gen: second };
      }
    }
    this.pos = save;
    return { kind: 'number', value: first };
  }

  private number(): number {
    const b = this.bytes;
    const from = this.pos;
    if (b[this.pos] === 0x2b || b[this.pos] === 0x2d) this.pos++;
    while (this.pos < b.length && (DIGIT(b[this.pos]) || b[this.pos] === 0x2e)) this.pos++;
    this.spend(this.pos - from + 1);
    let text = '';
    for (let i = from; i < this.pos; i++) text += String.fromCharCode(b[i]!);
    const n = Number(text);
    return Number.isFinite(n) ? n : NaN;
  }

  private array(depth: number): RawValue {
    this.pos++;
    const items: RawValue[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.bytes[this.pos];
      if (c === undefined) break;
      if (c === 0x5d) {
        this.pos++;
        break;
      }
      // A dictionary's end inside an array: the array was never closed (pdf-lib fails here too).
      if (c === 0x3e && this.bytes[this.pos + 1] === 0x3e) break;
      const v = depth >= MAX_DEPTH ? this.skipNested() : this.value(depth + 1);
      if (items.length < this.maxItems) items.push(v);
    }
    return { kind: 'array', items };
  }

  private dict(depth: number): RawValue {
    this.pos += 2;
    const entries = new Map<string, RawValue>();
    const ranges = new Map<string, [number, number]>();
    for (;;) {
      this.skipSpace();
      const c = this.bytes[this.pos];
      if (c === undefined) break;
      if (c === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        break;
      }
      if (c !== 0x2f) {
        // Not a key: skip the token, as tolerant readers do.
        if (depth >= MAX_DEPTH) this.skipNested();
        else this.value(depth + 1);
        continue;
      }
      const key = this.name();
      this.skipSpace();
      const from = this.pos;
      const v = depth >= MAX_DEPTH ? this.skipNested() : this.value(depth + 1);
      // A repeated key: the last one counts, as in pdf-lib's map.
      if (entries.size < this.maxItems || entries.has(key)) {
        entries.set(key, v);
        ranges.set(key, [from, this.pos]);
      }
    }
    return { kind: 'dict', entries, ranges };
  }

  /** Skip one value of any depth without recursion. */
  private skipNested(): RawValue {
    const b = this.bytes;
    let depth = 0;
    const from = this.pos;
    do {
      this.skipSpace();
      const c = b[this.pos];
      if (c === undefined) break;
      if (c === 0x28) this.literalString();
      else if (c === 0x3c && b[this.pos + 1] === 0x3c) {
        depth++;
        this.pos += 2;
      } else if (c === 0x3e && b[this.pos + 1] === 0x3e) {
        depth--;
        this.pos += 2;
      } else if (c === 0x3c) this.hexString();
      else if (c === 0x5b) {
        depth++;
        this.pos++;
      } else if (c === 0x5d) {
        depth--;
        this.pos++;
      } else if (c === 0x2f) this.name();
      else {
        this.pos++;
        while (this.pos < b.length && !WS[b[this.pos]!] && !DELIM[b[this.pos]!]) this.pos++;
      }
    } while (depth > 0);
    this.spend(this.pos - from);
    return OTHER;
  }
}

/**
 * Read one object's value in full at `pos` (just after its `obj` keyword), tolerantly: a dictionary entry whose
 * key is not a name is skipped, as viewers do. For a stream, also where its data starts.
 *
 * @example
 * const { value, dataStart } = readValueAt(bytes, object.valueStart);
 */
export function readValueAt(bytes: Uint8Array, pos: number): { value: RawValue; end: number; dataStart?: number } {
  const lexer = new Lexer(bytes, { left: Infinity }, true);
  lexer.pos = pos;
  const value = lexer.value();
  const end = lexer.pos;
  if (value.kind !== 'dict') return { value, end };
  lexer.skipSpace();
  const dataStart = lexer.matches(STREAM) ? afterStreamKeyword(bytes, lexer.pos) : undefined;
  return dataStart === undefined ? { value, end } : { value, end, dataStart };
}

/** The first data byte after a `stream` keyword at `p`, past the line end pdf-lib accepts there. */
function afterStreamKeyword(bytes: Uint8Array, keyword: number): number {
  let p = keyword + STREAM.length;
  if (bytes[p] === 0x20 && bytes[p + 1] === 0x0d && bytes[p + 2] === 0x0a) p += 3;
  else if (bytes[p] === 0x0d && bytes[p + 1] === 0x0a) p += 2;
  else if (bytes[p] === 0x0d || bytes[p] === 0x0a) p += 1;
  return p;
}

/** The header numbers read backwards from an `obj` keyword at `i`, or -1s. */
function headerBefore(bytes: Uint8Array, i: number): { num: number; gen: number; start: number } {
  let p = i - 1;
  const back = (): number => {
    const end = p;
    while (p >= 0 && DIGIT(bytes[p])) p--;
    if (p === end) return -1;
    let n = 0;
    for (let k = p + 1; k <= end; k++) n = n * 10 + (bytes[k]! - 0x30);
    return n;
  };
  while (p >= 0 && WS[bytes[p]!]) p--;
  const gen = back();
  while (p >= 0 && WS[bytes[p]!]) p--;
  const num = gen >= 0 ? back() : -1;
  return num >= 0 ? { num, gen, start: p + 1 } : { num: -1, gen: -1, start: i };
}

export interface RawScan {
  objects: RawObject[];
  /** Dictionaries after `trailer` keywords, with where they are. */
  trailers: { value: RawValue; valueStart: number; valueEnd: number }[];
}

/**
 * Every object of the file, lexed from each `obj` keyword (so objects hidden from a sequential reader by damage
 * are found too); throws `ScanBudgetExceeded` when the lexing costs more than `budget` bytes of work.
 *
 * @example
 * const { objects } = scanRawObjects(bytes, 64 * bytes.length);
 */
export function scanRawObjects(bytes: Uint8Array, budget: number): RawScan {
  const indexOf = (needle: string, from: number): number => indexOfBytes(bytes, needle, from);
  const work = { left: budget };
  const objects: RawObject[] = [];
  const trailers: RawScan['trailers'] = [];
  const lexer = new Lexer(bytes, work);
  for (let i = indexOf('obj', 0); i >= 0; i = indexOf('obj', i + 3)) {
    // `endobj` ends an object; `obj` followed by a name character is some other word.
    if (i >= 3 && END.every((c, k) => bytes[i - 3 + k] === c)) continue;
    const { num, gen, start } = headerBefore(bytes, i);
    lexer.pos = i + OBJ.length;
    lexer.skipSpace();
    const valueStart = lexer.pos;
    const value = lexer.value();
    const object: RawObject = { num, gen, headerStart: start, value, valueStart, valueEnd: lexer.pos };
    if (value.kind === 'dict') {
      lexer.skipSpace();
      // pdf-lib accepts `stream` followed by any of these line ends, or by nothing.
      if (lexer.matches(STREAM)) object.dataStart = afterStreamKeyword(bytes, lexer.pos);
    }
    objects.push(object);
  }
  for (let i = indexOf('trailer', 0); i >= 0; i = indexOf('trailer', i + 7)) {
    lexer.pos = i + 7;
    lexer.skipSpace();
    const valueStart = lexer.pos;
    const value = lexer.value();
    trailers.push({ value, valueStart, valueEnd: lexer.pos });
  }
  return { objects, trailers };
}

/**
 * Where pdf-lib ends a stream whose data starts at `start`: at `start + /Length` when that is a number followed
 * by `endstream`, otherwise at the `endstream` that balances the `stream` keywords met on the way (undefined
 * when there is none: pdf-lib then drops the object). Mirrors `PDFObjectParser.parseDictOrStream`.
 *
 * @example
 * const end = streamEnd(bytes, dataStart, 1234);
 */
export function streamEnd(bytes: Uint8Array, start: number, length: number | undefined): number | undefined {
  const indexOf = (needle: string, from: number): number => indexOfBytes(bytes, needle, from);
  if (length !== undefined && Number.isInteger(length) && start + length >= 0 && start + length <= bytes.length) {
    const lexer = new Lexer(bytes, { left: Infinity });
    lexer.pos = start + length;
    lexer.skipSpace();
    if (lexer.matches(ENDSTREAM)) return start + length;
  }
  let nesting = 1;
  for (let i = indexOf('stream', start); i >= 0; i = indexOf('stream', i + STREAM.length)) {
    const isEnd = i >= 3 && END.every((c, k) => bytes[i - 3 + k] === c);
    if (!isEnd) {
      nesting++;
      continue;
    }
    nesting--;
    if (nesting === 0) {
      // pdf-lib leaves the line end before `endstream` out of the data.
      let end = i - 3;
      if (bytes[end - 1] === 0x0a) end--;
      if (bytes[end - 1] === 0x0d) end--;
      return Math.max(start, end);
    }
  }
  return undefined;
}
