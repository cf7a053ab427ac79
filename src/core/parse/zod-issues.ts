/**
 * zod's issues, rewritten as sentences that say the fix: the one place where validator wording becomes ours.
 */
import type { z } from 'zod';
import { diag, NO_LETTER, type OddSpaceAt } from '../catalogue.js';
import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { formatPath } from '../diagnostics.js';
import { oddSpace, sentence } from '../words.js';
import { rewrittenDeadline } from './dates.js';
import { closest, listOr } from './suggest.js';
import type { YamlSource } from './yaml.js';
import { diagnosticAt } from './yaml.js';

type Issue = z.core.$ZodIssue & { input?: unknown };

/**
 * How every user document is checked: issues keep their input (the messages quote it), and zod's eval-based
 * fast path is off. That path compiles a function per object schema on first use (with `new Function`, so never
 * from the code cache): a run checks one manifest and one profile and never earns it back.
 *
 * @example
 * const result = ProfileSchema.safeParse(value, PARSE_OPTIONS);
 */
export const PARSE_OPTIONS = { reportInput: true, jitless: true } as const;

/** Keys written in a referee's `letter:` by someone who has no letter to give: it comes later, or from the referee. */
const LETTER_LATER: ReadonlySet<string> = new Set(['later', 'text', 'link', 'sent_by', 'sent', 'note']);

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of `key: value` lines',
  record: 'a block of `key: value` lines',
};

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of keys';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return String(value);
}

/**
 * Text typed without quotes that YAML reads as a number or true/false (a phone number `06221545000`, a name `42`):
 * said with what was typed, since the value read has lost its leading zeros, and the quotes that keep it text.
 *
 * @example
 * readAsOther('`applicant.phone`', 'phone', 6221545000, '06221545000');
 * // { problem: '`applicant.phone` is read as a number, not as text: `06221545000` would lose its leading 0', fix: 'put it in quotes: `phone: "06221545000"`, ...' }
 */
function readAsOther(name: string, key: string, input: unknown, typed: string | undefined): { problem: string; fix: string } | undefined {
  if (typed === undefined || (typeof input !== 'number' && typeof input !== 'boolean')) return undefined;
  const zeros = typeof input === 'number' ? (/^[+-]?(0+)\d/.exec(typed)?.[1] ?? '') : '';
  const phone = /phone|fax|mobile/i.test(key);
  return {
    problem: `${name} is read as ${typeof input === 'number' ? 'a number' : 'true or false'}, not as text${zeros ? `: \`${typed}\` would lose its leading ${zeros}` : ''}`,
    fix: `put it in quotes: \`${key}: "${typed}"\`${phone ? ', or write it with its country code and spaces, e.g. +49 6221 545000' : ''}`,
  };
}

/** The schema at `path` (optional, default and pipe wrappers taken off), or undefined when there is none. */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): unknown {
  let s: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 10; guard++) {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return;
      if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(def.type as string)) s = def.innerType;
      else if (def.type === 'pipe') s = def.in;
      // `cover: true` or `cover: { ... }`: the keys are those of the block.
      else if (def.type === 'union') s = (def.options as { _zod: { def: { type: string } } }[]).find((o) => o._zod.def.type === 'object') ?? s;
      else return;
    }
  };
  unwrap();
  for (const seg of path) {
    const def = (s as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') s = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'array') s = def.element;
    else return undefined;
    if (!s) return undefined;
    unwrap();
  }
  return s;
}

/** The keys an object schema allows at `path`, for "did you mean" on unknown keys. */
export function knownKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  const def = (schemaAt(schema, path) as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object).filter((k) => k !== '$schema') : [];
}

/** Whether the schema at `path` takes whole numbers only (`z.int()`). */
function wantsInteger(schema: z.ZodType, path: readonly PathSegment[]): boolean {
  const def = (schemaAt(schema, path) as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
  return def?.type === 'number' && ['safeint', 'int32', 'uint32'].includes(def.format as string);
}

/**
 * The least a number may be, as a sentence and its fix: "must be 1 or more" for a whole number above 0 (not zod's
 * "at least 0 (exclusive)"), "must be more than 0" for a size.
 */
function lowerBound(name: string, min: number, inclusive: boolean, integer: boolean): [string, string] {
  if (integer) {
    const least = inclusive ? Math.ceil(min) : Math.floor(min) + 1;
    return [`${name} must be ${least} or more`, `write a whole number of ${least} or more`];
  }
  return inclusive ? [`${name} must be ${min} or more`, `write a number of ${min} or more`] : [`${name} must be more than ${min}`, `write a number more than ${min}`];
}

/**
 * A path as a message names it, counted from 1 as a reader counts: `` `email` of entry 3 of `items.references` ``,
 * `` item 2 of `items` ``, and a referee by their name when the document gives one: `` `relation` of the referee
 * Ari Oja `` (the diagnostic's `path` keeps the 0-based form for programs).
 *
 * @example
 * shownPath(['items', 'references', 2, 'email']); // '`email` of entry 3 of `items.references`'
 */
export function shownPath(path: readonly PathSegment[], root?: unknown): string {
  let i = path.length - 1;
  while (i >= 0 && typeof path[i] !== 'number') i--;
  if (i < 0) return `\`${formatPath(path)}\``;
  const before = path.slice(0, i);
  const after = path.slice(i + 1);
  const noun = before[before.length - 1] === 'items' ? 'item' : 'entry';
  const name = (valueAt(root, path.slice(0, i + 1)) as { name?: unknown } | undefined)?.name;
  const whole =
    typeof name === 'string' && name.trim() !== '' && before[0] === 'items'
      ? `the referee ${name.trim()}`
      : `${noun} ${Number(path[i]) + 1}${before.length ? ` of ${shownPath(before, root)}` : ''}`;
  return after.length ? `\`${formatPath(after)}\` of ${whole}` : whole;
}

/** The value at `path` in a document's plain value, or undefined. */
function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

/** Which document the issues are about: codes become `manifest.invalid`, `profile.unknown-key`, ... */
export type DocumentKind = 'manifest' | 'profile';

/** `manifest.invalid` or `profile.invalid`, with the problem and its fix as sentences. */
export function invalid(kind: DocumentKind, problem: string, fix: string) {
  return diag(kind === 'manifest' ? 'manifest.invalid' : 'profile.invalid', { problem: sentence(problem), fix: sentence(fix) });
}

/**
 * A non-breaking or other unusual space in a key (`key: true`, written plain) or a one-line value at `path`, with
 * its own line and column: the name looks right and matches nothing. Undefined when it has none.
 *
 * @example
 * oddSpaceAt(source, ['items', 'cv', 'file'], 'my\u00a0cv.pdf'); // { what: 'a non-breaking space', line: 11, col: 9, invisible: false }
 */
export function oddSpaceAt(source: YamlSource, path: readonly PathSegment[], value: string, key = false): OddSpaceAt | undefined {
  const odd = oddSpace(value);
  if (!odd) return undefined;
  // The character's own column, past the quote of a quoted key or value (`"name\u00a0": ...`).
  const pos = source.locate(path, key ? { key: true, char: odd.index } : { char: odd.index });
  // One the file writes otherwise than it reads (`"cv\u00a0.pdf"`) gives only its own start: no column to name.
  const start = source.locate(path, key ? { key: true } : undefined);
  if (odd.index > 0 && start.line === pos.line && start.col === pos.col) return { what: odd.what, invisible: odd.invisible };
  return { what: odd.what, line: pos.line, col: pos.col, invisible: odd.invisible };
}

/** `manifest.unknown-key` or `profile.unknown-key`. */
export function unknownKey(kind: DocumentKind, params: { key: string; where?: string; guess?: string; allowed: string; odd?: OddSpaceAt }) {
  return diag(kind === 'manifest' ? 'manifest.unknown-key' : 'profile.unknown-key', params);
}

/**
 * Turn zod issues into located diagnostics.
 * Long because it is one switch over zod's issue codes, each case a message; split, the cases would hide each other.
 * @param kind `manifest` or `profile`: codes become `manifest.invalid`, `manifest.unknown-key`, ...
 */
export function issuesToDiagnostics(
  issues: readonly Issue[],
  source: YamlSource,
  schema: z.ZodType,
  kind: DocumentKind,
  basePath: readonly PathSegment[] = [],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = [...basePath, ...(issue.path as PathSegment[])];
    const name = path.length ? shownPath(path, source.value) : 'the document';
    const last = path.length ? String(path[path.length - 1]) : '';
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = knownKeys(schema, issue.path as PathSegment[]);
        for (const key of issue.keys) {
          // Past a syntax error the parser may make a key of garbled lines (a list or map): no one typed it.
          if (source.unread && !source.has([...path, key])) continue;
          const guess = closest(key, allowed);
          const where = path.length ? `in ${shownPath(path, source.value)}` : '';
          const odd = oddSpaceAt(source, [...path, key], key, true);
          const d = unknownKey(kind, { key, where, ...(guess ? { guess } : {}), allowed: listOr(allowed), ...(odd ? { odd } : {}) });
          // `letter: { later: "sent directly" }`: no letter to give, which is said by leaving `letter:` out (audit 25 F7).
          if (kind === 'manifest' && LETTER_LATER.has(key) && path.at(-1) === 'letter') d.hint = NO_LETTER;
          // `{ file: a.pdf, title: BSc (TCD, scan) }`: the comma ended the title and `scan)` became a key.
          const input = (issue.input ?? {}) as Record<string, unknown>;
          const keys = Object.keys(input);
          const before = keys[keys.indexOf(key) - 1];
          if (source.inline(path) && input[key] === null && !guess && before !== undefined && typeof input[before] === 'string') {
            const value = String(input[before]);
            // "mikko@tuni,fi": a comma typed for a dot; quoting would keep an address no mail reaches.
            d.hint = before === 'email' && value.includes('@') && /^[\w.-]+$/u.test(key)
              ? `An email address has no comma: write ${before}: ${value}.${key} (a dot where the comma is).`
              : `A comma inside a value ends it in \`{ ... }\`: put the whole value in quotes, ${before}: "${value}, ${key}".`;
          }
          out.push(diagnosticAt(source, [...path, key], d, { key: true }));
        }
        break;
      }
      case 'invalid_type': {
        const missing = issue.input === undefined;
        const expected = typeWords[issue.expected] ?? issue.expected;
        // The key that is there instead (`letter: { later: ... }`) says what was meant; "`file` is missing" would not.
        if (missing && kind === 'manifest' && last === 'file' && path.at(-2) === 'letter' && Object.keys(Object(valueAt(source.value, path.slice(0, -1)))).some((k) => LETTER_LATER.has(k))) break;
        const unquoted = issue.expected === 'string' ? readAsOther(name, last, issue.input, source.typed?.(path)) : undefined;
        if (unquoted) {
          out.push(diagnosticAt(source, path, invalid(kind, unquoted.problem, unquoted.fix)));
          break;
        }
        out.push(
          diagnosticAt(
            source,
            path,
            invalid(kind, missing ? `${name} is missing` : `${name} should be ${expected}, not ${describe(issue.input)}`, missing ? `add \`${last}:\` with ${kind === 'manifest' && last === 'file' ? 'the path of the file, relative to the manifest (e.g. `file: docs/letter.pdf`)' : expected}` : `write ${expected} here`),
          ),
        );
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const guess = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
        out.push(
          diagnosticAt(source, path, invalid(kind, `${name} cannot be ${describe(issue.input)}`, guess ? `did you mean \`${guess}\`? (one of ${listOr(values)})` : `use one of ${listOr(values)}`)),
        );
        break;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'number') {
          const [message, fix] = lowerBound(name, min, issue.inclusive !== false, wantsInteger(schema, issue.path as PathSegment[]));
          out.push(diagnosticAt(source, path, invalid(kind, message, fix)));
          break;
        }
        const message =
          issue.origin === 'string'
            ? `${name} is empty`
            : issue.origin === 'array'
              ? `${name} needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`
              : `${name} must be at least ${min}${issue.inclusive === false ? ' (exclusive)' : ''}`;
        // A title has a default: the posting's (or the file's) is used without one.
        const fix = kind === 'manifest' && last === 'title' && issue.origin === 'string' ? 'write the title, or remove `title:` to use the posting\'s' : `fill in ${name}`;
        out.push(diagnosticAt(source, path, invalid(kind, message, fix)));
        break;
      }
      case 'too_big':
        if (issue.origin === 'string' && typeof issue.input === 'string') {
          const max = Number(issue.maximum);
          out.push(diagnosticAt(source, path, invalid(kind, `${name} has ${[...issue.input].length} characters; at most ${max} fit`, `shorten it to ${max} characters or fewer`)));
        } else out.push(diagnosticAt(source, path, invalid(kind, `${name} must be at most ${String(issue.maximum)}`, 'use a smaller value')));
        break;
      case 'invalid_union': {
        // The forms the value could take; a form of the value's own kind (a block for a block) says what is wrong in it.
        const near = issue.errors.filter((list) => !list.some((i) => i.code === 'invalid_type' && i.path.length === 0));
        if (near.length === 1) {
          out.push(...issuesToDiagnostics(near[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] })) as Issue[], source, schema, kind, basePath));
          break;
        }
        const forms = [...new Set(issue.errors.flatMap((list) => list.flatMap((i) => (i.code === 'invalid_type' && i.path.length === 0 ? [typeWords[i.expected] ?? i.expected] : []))))];
        const either = forms.length <= 1 ? (forms[0] ?? 'another value') : `${forms.slice(0, -1).join(', ')}, or ${forms[forms.length - 1]}`;
        out.push(diagnosticAt(source, path, invalid(kind, `${name} should be ${either}, not ${describe(issue.input)}`, `write ${either} here`)));
        break;
      }
      case 'invalid_format':
        out.push(
          diagnosticAt(
            source,
            path,
            invalid(
              kind,
              `${name} should be ${issue.message.startsWith('Invalid') ? `a valid ${issue.format}` : issue.message}, not ${describe(issue.input)}`,
              issue.format === 'regex' && last === 'deadline' ? deadlineFix(issue.input) : `correct ${name}`,
            ),
          ),
        );
        break;
      default:
        out.push(diagnosticAt(source, path, invalid(kind, `${name}: ${issue.message}`, `correct ${name}`)));
    }
  }
  return out;
}

/** How to write a deadline the pattern does not read: the user's own value rewritten when it is plain what it means. */
function deadlineFix(input: unknown): string {
  const rewritten = typeof input === 'string' ? rewrittenDeadline(input) : undefined;
  if (rewritten) return `write \`deadline: ${rewritten.value}\` (${rewritten.why})`;
  return 'write the date as YYYY-MM-DD, e.g. 2025-11-14; a time and zone as in 2025-11-14T23:59+02:00 or 2025-11-14 23:59 Europe/Helsinki';
}
