/**
 * `extends: ../me.yaml`: a manifest takes the applicant, shared items and options from another YAML file,
 * so ten manifests do not repeat the same CV path and referees. The manifest's own keys win; items merge by id.
 */
import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { closest, listOr } from './suggest.js';
import { diagnosticAt, parseYaml } from './yaml.js';
import type { YamlSource } from './yaml.js';
import { invalid, oddSpaceAt, unknownKey } from './zod-issues.js';

/** A base file, as read by the caller. */
export interface BaseDoc {
  text: string;
  /** Its path as shown in messages. */
  file: string;
  /** Rewrite a path written in the base (relative to the base's folder) to one relative to the manifest's folder. */
  rebase: (ref: string) => string;
}

/** Keys a base file may hold. */
export const BASE_KEYS = ['$schema', 'extends', 'applicant', 'items', 'options', 'language'] as const;

/** The `extends` value of a manifest or base text, without validating anything else. */
export function extendsOf(text: string): string | undefined {
  const { source } = parseYaml(text, '');
  const v = (source.value as { extends?: unknown } | undefined)?.extends;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/**
 * Merge base documents (nearest first) under a manifest's raw value, and return a source that locates each
 * value in the file it came from.
 */
export function mergeBases(main: YamlSource, bases: readonly BaseDoc[]): { value: unknown; source: YamlSource; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let value = main.value as Record<string, unknown>;
  // Which source each top-level value (or item id, or applicant key) came from.
  const owner = new Map<string, YamlSource>();
  // Items the manifest leaves out with `id: null`: no base may bring them back.
  const dropped = new Set<string>();
  for (const base of bases) {
    const parsed = parseYaml(base.text, base.file);
    diagnostics.push(...parsed.diagnostics);
    const b = parsed.source.value;
    if (b === undefined || b === null) continue;
    if (typeof b !== 'object' || Array.isArray(b)) {
      diagnostics.push({ ...invalid('manifest', `${base.file} should be a block of \`key: value\` lines`, `give it some of ${listOr(BASE_KEYS.slice(2))}`), file: base.file, line: 1, col: 1 });
      continue;
    }
    const raw = b as Record<string, unknown>;
    for (const key of Object.keys(raw)) {
      if (!(BASE_KEYS as readonly string[]).includes(key)) {
        const guess = closest(key, BASE_KEYS.slice(1));
        // A key copied with a non-breaking space is said in the shared file as in the manifest.
        const odd = oddSpaceAt(parsed.source, [key], key, true);
        diagnostics.push(
          diagnosticAt(
            parsed.source,
            [key],
            unknownKey('manifest', { key, where: 'in a file shared through `extends` (put it in each manifest)', allowed: listOr(BASE_KEYS.slice(2)), ...(guess && guess !== key ? { guess } : {}), ...(odd ? { odd } : {}) }),
            { key: true },
          ),
        );
      }
    }
    const merged: Record<string, unknown> = { ...value };
    if (raw.applicant !== undefined && value.applicant === undefined) {
      merged.applicant = raw.applicant;
      owner.set('applicant', parsed.source);
    } else if (isMap(raw.applicant) && isMap(value.applicant)) {
      // Key by key, as options: a manifest that gives only its own email keeps the base's name and ORCID.
      const mine = value.applicant;
      merged.applicant = { ...raw.applicant, ...mine };
      for (const key of Object.keys(raw.applicant)) if (!(key in mine)) owner.set(`applicant.${key}`, parsed.source);
    }
    if (raw.language !== undefined && value.language === undefined) merged.language = raw.language;
    if (isMap(raw.options)) merged.options = { ...raw.options, ...(isMap(value.options) ? value.options : {}) };
    if (isMap(raw.items)) {
      const mine = isMap(value.items) ? value.items : {};
      const items: Record<string, unknown> = {};
      for (const [id, v] of Object.entries(raw.items)) {
        // `bio: null` in the manifest: this posting goes without the base's bio.
        if (mine[id] === null) dropped.add(id);
        if (id in mine || dropped.has(id)) continue;
        items[id] = rebaseItem(v, base.rebase);
        owner.set(`items.${id}`, parsed.source);
      }
      merged.items = Object.fromEntries(Object.entries({ ...items, ...mine }).filter(([id]) => !dropped.has(id)));
    }
    value = merged;
  }
  const pick = (path: readonly PathSegment[]): YamlSource => {
    if (path[0] === 'items' && path.length > 1) return owner.get(`items.${String(path[1])}`) ?? main;
    if (path[0] === 'applicant') return (path.length > 1 ? owner.get(`applicant.${String(path[1])}`) : undefined) ?? owner.get('applicant') ?? main;
    return main;
  };
  const source: YamlSource = {
    file: main.file,
    value,
    ...(main.unread ? { unread: main.unread } : {}),
    has: (path) => pick(path).has(path),
    written: (path) => path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), pick(path).value),
    inline: (path) => pick(path).inline(path),
    typed: (path) => pick(path).typed?.(path),
    locate: (path, options) => {
      const src = pick(path);
      const pos = src.locate(path, options);
      return src === main ? pos : { ...pos, file: src.file };
    },
  };
  return { value, source, diagnostics };
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Every file path the bases' items name (rewritten relative to the manifest's folder), whether or not this
 * posting takes the item or the manifest gives its own: all of them are the applicant's documents, which a
 * build must never write over (`build.output-is-input`).
 *
 * @example
 * baseFileRefs(bases); // ['../docs/cv.pdf', '../docs/teaching.pdf']
 */
export function baseFileRefs(bases: readonly BaseDoc[]): string[] {
  const refs: string[] = [];
  for (const base of bases) {
    const items = (parseYaml(base.text, base.file).source.value as { items?: unknown } | undefined)?.items;
    if (!isMap(items)) continue;
    for (const v of Object.values(items)) refsOf(rebaseItem(v, base.rebase), refs);
  }
  return refs;
}

/** The paths an item's raw value names as files (after `rebaseItem`, so in the same places it rewrites). */
function refsOf(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const e of v) refsOf(e, out);
  else if (isMap(v)) {
    if (typeof v.file === 'string') out.push(v.file);
    if (typeof v.letter === 'string') out.push(v.letter);
    else if (isMap(v.letter) && typeof v.letter.file === 'string') out.push(v.letter.file);
  }
}

/** Paths in a base are relative to the base's folder: rewrite file entries and referees' letters. */
function rebaseItem(v: unknown, rebase: (ref: string) => string): unknown {
  if (typeof v === 'string') return rebase(v);
  if (Array.isArray(v)) return v.map((e) => rebaseItem(e, rebase));
  if (isMap(v)) {
    const out = { ...v };
    if (typeof out.file === 'string') out.file = rebase(out.file);
    if (typeof out.letter === 'string') out.letter = rebase(out.letter);
    else if (isMap(out.letter) && typeof out.letter.file === 'string') out.letter = { ...out.letter, file: rebase(out.letter.file) };
    return out;
  }
  return v;
}
