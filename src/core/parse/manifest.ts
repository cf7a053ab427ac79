import { languageProblem } from './language.js';
import { z } from 'zod';
import { diag } from '../catalogue.js';
import type { Diagnostic, PathSegment } from '../diagnostics.js';
import { BuildOptionsSchema, ENTRY_FORMS, ManifestSchema } from '../schema/manifest.js';
import type { Applicant, BuildOptions, Entry, EntryForm } from '../schema/manifest.js';
import type { PagesValue } from '../page-selection.js';
import { mergeBases } from './extends.js';
import { rejoinPages } from './pages-keys.js';
import type { BaseDoc } from './extends.js';
import { diagnosticAt, parseYaml } from './yaml.js';
import type { YamlSource } from './yaml.js';
import { invalid, issuesToDiagnostics, PARSE_OPTIONS } from './zod-issues.js';

/** Most items a manifest may list, and entries per item: far above any posting, low enough to bound work. */
export const MANIFEST_LIMITS = { maxItems: 200, maxEntriesPerItem: 200 } as const;

export type { EntryForm };

/**
 * One thing the applicant gives for an item (a file, a text, a link or a referee, told apart by `form`), and
 * where it is in the manifest. A value under it (`[...path, 'file']`, `[...path, 'letter']`) is located at that
 * key, or at the entry itself when the entry is a bare path.
 */
export type ManifestEntry = Entry & { path: PathSegment[] };

/** A file an entry names, where it is written, and the pages it takes (`pages:`, when given). */
export interface FileRef {
  ref: string;
  path: PathSegment[];
  pages?: PagesValue;
  pagesPath?: PathSegment[];
}

/**
 * The files an entry names, with where each is written: a file entry's path, a referee's letter.
 *
 * @example
 * filesOf({ form: 'file', file: 'docs/cv.pdf', path: ['items', 'cv'] }); // [{ ref: 'docs/cv.pdf', path: ['items', 'cv', 'file'] }]
 */
export function filesOf(e: ManifestEntry): FileRef[] {
  switch (e.form) {
    case 'file':
      return [{ ref: e.file, path: [...e.path, 'file'], ...(e.pages !== undefined ? { pages: e.pages, pagesPath: [...e.path, 'pages'] } : {}) }];
    case 'referee':
      if (e.letter === undefined) return [];
      if (typeof e.letter === 'string') return [{ ref: e.letter, path: [...e.path, 'letter'] }];
      return [{ ref: e.letter.file, path: [...e.path, 'letter', 'file'], ...(e.letter.pages !== undefined ? { pages: e.letter.pages, pagesPath: [...e.path, 'letter', 'pages'] } : {}) }];
    case 'text':
    case 'link':
      return [];
    default:
      return assertNever(e);
  }
}

/** The compiler's proof that a switch covers every case. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

export interface ManifestItem {
  id: string;
  path: PathSegment[];
  /** Set when the applicant marks the item as coming later. */
  later?: string;
  entries: ManifestEntry[];
  /** Entries written but not read, each already an error of its own: they count toward the item's count of entries. */
  unreadEntries?: number;
}

export interface Manifest {
  profile: string;
  applicant: Applicant;
  output?: string;
  language?: string;
  extends?: string;
  options: BuildOptions;
  items: ManifestItem[];
}

export interface ParsedManifest {
  manifest?: Manifest;
  source: YamlSource;
  diagnostics: Diagnostic[];
}

// The top level is checked by the public schema, with items left to the entry-by-entry pass below,
// whose messages can say which form of entry was meant.
const TopLevelSchema = ManifestSchema.extend({ items: z.record(z.string(), z.unknown()).default({}) });

/**
 * Parse and check an application manifest from YAML text; every problem comes back located.
 *
 * @example
 * const { manifest, diagnostics } = parseManifest(text, 'examples/aalto-tml/manifest.yaml');
 */
export function parseManifest(text: string, file: string, bases: readonly BaseDoc[] = []): ParsedManifest {
  const parsed = parseYaml(text, file);
  const diagnostics = parsed.diagnostics;
  let source = parsed.source;
  // A syntax error leaves the rest of the document to check (every problem in one pass); nothing readable, nothing to check.
  const isMap = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isMap(source.value) && diagnostics.some((d) => d.severity === 'error')) return { source, diagnostics };
  if (bases.length && isMap(source.value)) {
    const merged = mergeBases(source, bases);
    diagnostics.push(...merged.diagnostics);
    source = merged.source;
  }
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    diagnostics.push({
      ...invalid('manifest', `${file} is not a manifest: it should be a block of \`key: value\` lines`, 'start from `packet init`, or see the manifest reference in the README'),
      file,
      line: 1,
      col: 1,
    });
    return { source, diagnostics };
  }
  const top = TopLevelSchema.safeParse(source.value, PARSE_OPTIONS);
  if (!top.success) diagnostics.push(...issuesToDiagnostics(top.error.issues, source, ManifestSchema, 'manifest'));
  // Written into the PDF as its /Lang for screen readers: a tag (`en`), not a name (`english`).
  const language = top.success && top.data.language !== undefined ? languageProblem(top.data.language) : undefined;
  if (language) diagnostics.push(diagnosticAt(source, ['language'], invalid('manifest', language.problem, language.fix)));
  const rawItems = (source.value as { items?: unknown }).items;
  const items: ManifestItem[] = [];
  if (rawItems && typeof rawItems === 'object' && !Array.isArray(rawItems)) {
    const entries = Object.entries(rawItems);
    if (entries.length > MANIFEST_LIMITS.maxItems) {
      diagnostics.push(
        diagnosticAt(
          source,
          ['items'],
          diag('manifest.too-large', { subject: '`items`', count: entries.length, noun: ['item', 'items'], limit: MANIFEST_LIMITS.maxItems, fix: 'List only the items the posting asks for.' }),
          { key: true },
        ),
      );
    } else {
      for (const [id, value] of entries) items.push(parseItem(id, value, source, diagnostics));
    }
  }
  if (diagnostics.some((d) => d.code === 'manifest.too-large')) return { source, diagnostics };
  const manifest = top.success ? fromValid(top.data, items) : salvage(source.value as Record<string, unknown>, items);
  return { source, diagnostics, ...(manifest ? { manifest } : {}) };
}

function fromValid(data: z.infer<typeof TopLevelSchema>, items: ManifestItem[]): Manifest {
  return {
    profile: data.profile,
    applicant: data.applicant,
    output: data.output,
    language: data.language,
    extends: data.extends,
    options: BuildOptionsSchema.parse(data.options ?? {}, PARSE_OPTIONS),
    items,
  };
}

/**
 * A best-effort manifest from a document with top-level mistakes, so that the items are still checked in
 * the same pass (every problem at once); the errors already reported keep it from being built.
 */
function salvage(raw: Record<string, unknown>, items: ManifestItem[]): Manifest | undefined {
  if (typeof raw.profile !== 'string') return undefined;
  const applicant = raw.applicant as Record<string, unknown> | undefined;
  const options = BuildOptionsSchema.safeParse(raw.options ?? {}, PARSE_OPTIONS);
  return {
    profile: raw.profile,
    applicant: {
      name: typeof applicant?.name === 'string' ? applicant.name : '',
      ...(typeof applicant?.email === 'string' ? { email: applicant.email } : {}),
    },
    options: options.success ? options.data : BuildOptionsSchema.parse({}, PARSE_OPTIONS),
    items,
  };
}


function parseItem(id: string, value: unknown, source: YamlSource, out: Diagnostic[]): ManifestItem {
  const path: PathSegment[] = ['items', id];
  const item: ManifestItem = { id, path, entries: [] };
  if (value === null || value === undefined || value === '') {
    out.push(diagnosticAt(source, path, invalid('manifest', `\`${id}\` has no value`, `give a file path (\`${id}: docs/file.pdf\`), or \`{ later: "..." }\`, or remove the line`)));
    return item;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(diagnosticAt(source, path, invalid('manifest', `\`${id}\` is an empty list`, 'list at least one file, text, link or referee, or remove the line')));
    }
    if (value.length > MANIFEST_LIMITS.maxEntriesPerItem) {
      out.push(
        diagnosticAt(
          source,
          path,
          diag('manifest.too-large', { subject: `\`${id}\``, count: value.length, noun: ['entry', 'entries'], limit: MANIFEST_LIMITS.maxEntriesPerItem, fix: 'Combine the files, or list only what the posting asks for.' }),
        ),
      );
      return item;
    }
    value.forEach((v, i) => {
      const entry = parseEntry(v, [...path, i], source, out, true);
      if (entry) item.entries.push(entry);
      else item.unreadEntries = (item.unreadEntries ?? 0) + 1;
    });
    return item;
  }
  if (typeof value === 'object' && 'later' in value) {
    const r = z.strictObject({ later: z.union([z.string(), z.literal(true)]) }).safeParse(value, PARSE_OPTIONS);
    if (!r.success) {
      out.push(...laterIssues(r.error.issues, source, path));
      return item;
    }
    item.later = r.data.later === true ? '' : r.data.later;
    return item;
  }
  const entry = parseEntry(value, path, source, out, false);
  if (entry) item.entries.push(entry);
  return item;
}

function laterIssues(issues: z.core.$ZodIssue[], source: YamlSource, path: PathSegment[]): Diagnostic[] {
  return issuesToDiagnostics(issues, source, z.strictObject({ later: z.string() }), 'manifest', path);
}

/** The form whose keys the entry has, in the order of ENTRY_FORMS. */
function formOf(keys: readonly string[]): EntryForm | undefined {
  for (const [form, spec] of Object.entries(ENTRY_FORMS) as [EntryForm, (typeof ENTRY_FORMS)[EntryForm]][]) {
    if (spec.keys.some((k) => keys.includes(k))) return form;
  }
  return undefined;
}

/**
 * The one of `name:` and `email:` a referee entry lacks (absent or blank) while the other is there, reported as
 * "Jukka Nieminen has no email address" at the referee (at the key when it is written empty); undefined when both
 * are there, or both lack (then the schema says so).
 */
function refereeLacking(entry: Record<string, unknown>, path: PathSegment[], source: YamlSource, out: Diagnostic[]): 'name' | 'email' | undefined {
  const has = (key: string): boolean => typeof entry[key] === 'string' && entry[key].trim() !== '';
  const blank = (key: string): boolean => entry[key] === undefined || entry[key] === null || (typeof entry[key] === 'string' && entry[key].trim() === '');
  const lacking = blank('email') && has('name') ? 'email' : blank('name') && has('email') ? 'name' : undefined;
  if (!lacking) return undefined;
  const at = lacking in entry ? [...path, lacking] : path;
  const other = String(entry[lacking === 'email' ? 'name' : 'email']).trim();
  out.push(
    diagnosticAt(
      source,
      at,
      lacking === 'email'
        ? invalid('manifest', `${other} has no email address: add \`email:\``, "write the address the employer should write to, as on the referee's staff page")
        : invalid('manifest', `the referee at ${other} has no name: add \`name:\``, 'write their name as the referees page should print it'),
    ),
  );
  return lacking;
}

function parseEntry(value: unknown, path: PathSegment[], source: YamlSource, out: Diagnostic[], inList: boolean): ManifestEntry | undefined {
  if (typeof value === 'string') {
    if (value.trim() === '') {
      out.push(diagnosticAt(source, path, invalid('manifest', 'an empty file path', 'write the path of the file, relative to the manifest')));
      return undefined;
    }
    return { form: 'file', file: value, path };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.push(
      diagnosticAt(
        source,
        path,
        invalid(
          'manifest',
          `expected a file path or an entry, not ${Array.isArray(value) ? 'a list inside a list' : String(value)}`,
          'write a path such as `docs/cv.pdf`, or `{ file: ..., title: ... }`, `{ text: ... }`, `{ link: ... }`, or a referee',
        ),
      ),
    );
    return undefined;
  }
  const keys = Object.keys(value);
  const form = formOf(keys);
  if (form) {
    const spec = ENTRY_FORMS[form];
    const entry = form === 'file' || form === 'referee' ? rejoinPages(value as Record<string, unknown>, path, source, out) : value;
    // A referee without an email (or a name) is still a referee: said once, at them, and counted toward the item.
    const lacking = form === 'referee' ? refereeLacking(entry as Record<string, unknown>, path, source, out) : undefined;
    const given = { ...entry, form, ...(lacking ? { [lacking]: '-' } : {}) };
    const done = (data: object): ManifestEntry => ({ ...data, ...(lacking ? { [lacking]: '' } : {}), path }) as ManifestEntry;
    const r = spec.schema.safeParse(given, PARSE_OPTIONS);
    if (r.success) return done(r.data);
    out.push(...issuesToDiagnostics(r.error.issues, source, spec.input, 'manifest', path));
    // Unknown keys are reported above; without them the entry is still checked (its email, its file) in this pass.
    const rest = spec.schema.strip().safeParse(given, PARSE_OPTIONS);
    return rest.success ? done(rest.data) : undefined;
  }
  if (keys.includes('later') && inList) {
    out.push(diagnosticAt(source, path, invalid('manifest', '`later` applies to a whole item, not to one entry of a list', 'write `item_id: { later: "..." }` instead of a list')));
    return undefined;
  }
  out.push(
    diagnosticAt(
      source,
      keys.length ? [...path, keys[0]!] : path,
      invalid('manifest', `cannot tell what this entry is${keys.length ? ` (keys: ${keys.join(', ')})` : ''}`, "an entry has `file:`, `text:`, `link:`, or a referee's `name:` and `email:`"),
      { key: keys.length > 0 },
    ),
  );
  return undefined;
}
