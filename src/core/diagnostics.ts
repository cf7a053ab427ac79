/**
 * Diagnostics are data: every check returns them, nothing throws on bad user input. Each is made from the
 * catalogue (`catalogue.ts`), which holds every code with its severity and wording.
 */
import type { DiagnosticCode } from './catalogue.js';

export type { DiagnosticCode } from './catalogue.js';

export type Severity = 'error' | 'warning' | 'info';

/** One problem (or note) found in a manifest, a profile or an input file. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `item.missing`, `limit.pages`: one of the catalogue's. */
  code: DiagnosticCode;
  /** What is wrong, in the applicant's words. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** The YAML file the problem is located in (as given by the caller, usually relative). */
  file?: string;
  /** 1-based line and column in `file`. */
  line?: number;
  col?: number;
  /** Dotted path of the offending value, e.g. `items.transcript[1].file`. */
  path?: string;
  /** The profile item this diagnostic is about, when there is one. */
  item?: string;
  /** Set on a `yaml.syntax` error that leaves its line read as written (a key written twice): see `withoutEchoes`. */
  [LINE_READ]?: true;
}

/** The key of `Diagnostic`'s mark for a syntax error that garbles nothing: a symbol, so the JSON report leaves it out and a spread copy keeps it. */
export const LINE_READ: unique symbol = Symbol('line read');

/** A problem found in an input file, before it is tied to a place in the manifest. */
export type Finding = Pick<Diagnostic, 'severity' | 'code' | 'message' | 'hint'>;

export type PathSegment = string | number;

/** `['items', 'transcript', 1, 'file']` -> `items.transcript[1].file` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort by file, then position, then severity, keeping the original order for ties (stable). */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.file ?? '';
      const fb = b.d.file ?? '';
      if (fa !== fb) return fa < fb ? -1 : 1;
      const la = a.d.line ?? Number.MAX_SAFE_INTEGER;
      const lb = b.d.line ?? Number.MAX_SAFE_INTEGER;
      if (la !== lb) return la - lb;
      const ca = a.d.col ?? 0;
      const cb = b.d.col ?? 0;
      if (ca !== cb) return ca - cb;
      const sa = severityRank[a.d.severity];
      const sb = severityRank[b.d.severity];
      if (sa !== sb) return sa - sb;
      return a.i - b.i;
    })
    .map((x) => x.d);
}

/**
 * One diagnostic per code and place: the assembler notes again what inspection found (scripts removed,
 * attachments dropped), and the reader should be told once. Unlocated diagnostics are all kept.
 */
export function withoutRepeats(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, Set<string | undefined>>();
  return diags.filter((d) => {
    if (d.line === undefined) return true;
    const key = `${d.code} ${d.file} ${d.line}:${d.col}`;
    const items = seen.get(key) ?? new Set<string | undefined>();
    seen.set(key, items);
    // Per item too: every item.missing sits at `items:`, and build printed only the first of them. One that
    // names no item (the assembler's note on a file) repeats any at its place.
    if (items.size > 0 && (d.item === undefined || items.has(d.item) || items.has(undefined))) return false;
    items.add(d.item);
    return true;
  });
}

/** Whether these diagnostics block the packet: errors always, warnings only under `strict`. */
export function isBlocking(d: Diagnostic, strict: boolean): boolean {
  return d.severity === 'error' || (strict && d.severity === 'warning');
}

export function countBySeverity(diags: readonly Diagnostic[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diags) out[d.severity] += 1;
  return out;
}

/**
 * Without the later checks' complaints on a line that has a YAML syntax error: what the parser made of that line
 * is a guess, and its syntax error is the one thing to fix there. `errorLines`: the lines of the errors not shown
 * (the first error's echoes), by file.
 */
export function withoutEchoes(diags: readonly Diagnostic[], errorLines: ReadonlyArray<{ file: string; lines: Iterable<number> }> = []): Diagnostic[] {
  // A key written twice garbles nothing: its value is read (the last), and what is wrong with it is said there.
  const broken = new Set(diags.filter((d) => d.code === 'yaml.syntax' && d.severity === 'error' && !d[LINE_READ]).map((d) => `${d.file}:${d.line}`));
  for (const { file, lines } of errorLines) for (const line of lines) broken.add(`${file}:${line}`);
  if (broken.size === 0) return [...diags];
  return diags.filter((d) => d.code.startsWith('yaml.') || !broken.has(`${d.file}:${d.line}`));
}
