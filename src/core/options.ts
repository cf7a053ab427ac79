/**
 * The options objects of the library's pure calls, one schema each, checked whole before any work: a misspelt key,
 * a value of the wrong type or an enum value not allowed throws a `UsageError` naming the call, the option and what it
 * should be, as `buildPacket` does (before, `renderText(report, { colour: true })` rendered without colours, and `makeReport`'s
 * `strict: 'no'` judged strictly).
 */
import { z } from 'zod';
import { FORM_MODES } from './schema/vocabulary.js';
import { UsageError } from './usage-error.js';

/** A value as the message shows it: strings quoted, as a JavaScript caller wrote them. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return 'a Date';
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

/** An issue's message: what the value should be, then what it was. */
export const should = (what: string) => ({ error: (iss: { input?: unknown }) => `should be ${what}, not ${shown(iss.input)}` });

export const flag = z.boolean(should('true or false')).optional();
export const forms = z.enum(FORM_MODES, should(`one of ${FORM_MODES.join(', ')}`));

/** A strict object whose unknown key is said as a misspelling, with the keys it knows. */
export function strict<T extends z.ZodRawShape>(shape: T, example: string) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown:${iss.keys.join(', ')}:${known}` : `should be an object, e.g. ${example}, not ${shown(iss.input)}`),
  });
}

/** `buildPacket`'s and `plan`'s `overrides`: the flags that override the manifest's `options`. */
export const OVERRIDES = strict({ cover: flag, stamps: flag, forms: forms.optional() }, '{ stamps: false }');

/** `fitToCaps`'s and `buildPacket`'s image library. */
export const CODEC = z.custom((v) => typeof v === 'object' && v !== null && typeof (v as { toJpeg?: unknown }).toJpeg === 'function', should('an image library with toJpeg and resize, such as sharpCodec'));

/** What another call made (a manifest, a profile, fonts): only its kind is checked, its contents are that call's. */
const made = (what: string) => z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), should(what));
const fn = (what: string) => z.custom<unknown>((v) => typeof v === 'function', should(what));
const map = (what: string) => z.custom<unknown>((v) => v instanceof Map, should(what));
const text = (what: string) => z.string(should(what));
const list = (what: string) => z.array(z.unknown(), should(what));
const count = (what: string) => z.number(should(what)).positive(should(what));
/** A bound: 0 (a ratio turned off) and Infinity (no bound) are bounds too. */
const bound = (what: string) => z.custom<number>((v) => typeof v === 'number' && v >= 0, should(what));

const MANIFEST = made('the manifest parseManifest gives (its .manifest)');
const PROFILE = made('a profile, e.g. parseProfile(text, file).profile');
const SOURCE = made('the YamlSource parseManifest gives (its .source)');
const FILES = map('a Map from each path as written to its FileStatus');
const MARKDOWN = fn('the reader loadMarkdown gives');

const VALIDATE = strict(
  {
    manifest: MANIFEST,
    source: SOURCE,
    profile: PROFILE,
    files: FILES,
    // Read by readToday and readZone, with their own messages.
    today: z.unknown(),
    zone: z.unknown().optional(),
    missingGlyphs: fn('a function from a text to the characters the font lacks').optional(),
    profileSource: made("the profile's YamlSource (parseProfile's .source)").optional(),
    profileMarks: z.array(z.string(), should("a list of the profile's keys, e.g. reviewedKeys(text)")).optional(),
    sizeAfterBuild: flag,
    cover: flag,
    separate: flag,
    profileAt: made("where the profile is, e.g. { file: 'profile.yaml' }").optional(),
    markdown: MARKDOWN.optional(),
    pager: made('an object that lays out pages (text, link, referees)').optional(),
  },
  "{ manifest, source, profile, files, today: '2025-11-01' }",
);

const FIT = strict(
  {
    codec: CODEC,
    maxBytes: bound('a number of bytes, e.g. 2e6').optional(),
    itemCaps: map('a Map from item id to its cap in bytes').optional(),
    floorDpi: count('dots per inch above 0, e.g. 150').optional(),
    quality: z.number(should('a JPEG quality from 1 to 100, e.g. 75')).int(should('a whole JPEG quality from 1 to 100, e.g. 75')).min(1, should('at least 1')).max(100, should('at most 100')).optional(),
  },
  '{ codec: sharpCodec, maxBytes: 2e6 }',
);

const POSTING_FORMATS = ['text', 'html', 'markdown'] as const;
const IMPORT = strict(
  {
    format: z.enum(POSTING_FORMATS, should(`one of ${POSTING_FORMATS.join(', ')}`)).optional(),
    html: flag,
    today: text("an ISO date, e.g. '2025-10-01'").optional(),
  },
  "{ format: 'html' }",
);

const LIMIT_KEYS = ['maxObjects', 'maxPageTreeNodes', 'maxPageTreeDepth', 'maxTextPages', 'maxInflatedBytes', 'maxInflationRatio', 'maxStreamBytes', 'maxCarriedBytes', 'maxCarriedRatio'] as const;
const INSPECT = strict(
  {
    countWords: flag,
    keepText: z.union([z.boolean(), z.literal('first-page')], should("true, false or 'first-page'")).optional(),
    textSample: list("a list of pages: selections (null: the whole file), e.g. [null, '1-2']").optional(),
    pageBytes: flag,
    fileName: text("a file's name, e.g. 'cv.pdf'").optional(),
    forms: forms.optional(),
    limits: strict(Object.fromEntries(LIMIT_KEYS.map((k) => [k, bound('a number, 0 or more').optional()])), '{ maxObjects: 2000000 }').optional(),
  },
  '{ countWords: true }',
);

const RENDER_TEXT = strict({ color: flag }, '{ color: false }');

const MAKE_REPORT = strict(
  {
    manifest: text("the manifest's file name, e.g. 'manifest.yaml'"),
    profile: PROFILE.optional(),
    result: made("validate's result (checkManifest's .result)").optional(),
    diagnostics: list("a list of diagnostics (checkManifest's .diagnostics)").optional(),
    strict: z.boolean(should('true or false')),
    build: made("the built packet's facts (reportManifest's report.build)").optional(),
  },
  "{ manifest: 'manifest.yaml', result, diagnostics, strict: false }",
);

const PLAN = strict(
  {
    manifest: MANIFEST,
    profile: PROFILE,
    files: FILES,
    buildDate: z.custom<Date>((v) => v instanceof Date && !Number.isNaN(v.getTime()), should('a valid Date, e.g. new Date()')),
    buildDay: z.string(should("a date, e.g. '2025-11-01'")).regex(/^\d{4}-\d{2}-\d{2}$/, should("a date, e.g. '2025-11-01'")).optional(),
    fonts: made('the fonts loadFonts() gives'),
    overrides: OVERRIDES.optional(),
    tool: text("a name, e.g. 'application-packet 0.1.0'"),
    source: SOURCE.optional(),
    markdown: MARKDOWN.optional(),
  },
  "{ manifest, profile, files, buildDate: new Date(), fonts, tool: 'my-tool 1.0' }",
);

const CHUNKS = strict({ reuseBuffer: flag }, '{ reuseBuffer: true }');

const STARTER = strict(
  {
    profileRef: text("a built-in profile id or a path relative to the manifest, e.g. './profile.yaml'"),
    schema: text("the $schema address, e.g. './manifest.schema.json'"),
  },
  "{ profileRef: './profile.yaml', schema: './manifest.schema.json' }",
);

/** The options object of each pure library call, by the call's name. */
const SCHEMAS = {
  validate: VALIDATE,
  fitToCaps: FIT,
  importPosting: IMPORT,
  inspectInput: INSPECT,
  renderText: RENDER_TEXT,
  makeReport: MAKE_REPORT,
  plan: PLAN,
  assembleInChunks: CHUNKS,
  starterManifest: STARTER,
} as const;

/** Throws a `UsageError` for `value`'s first problem against `schema`, as one line: `fn`'s option by its path, what it should be and what it was. */
export function refuse(fn: string, schema: z.ZodType, value: unknown): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  // A misspelt key first: the required key it was meant to be is missing for that reason.
  const issue = parsed.error.issues.find((i) => i.message.startsWith('unknown:')) ?? parsed.error.issues[0]!;
  const at = issue.path.join('.');
  const unknown = /^unknown:(.*):(.*)$/.exec(issue.message);
  if (unknown) {
    const keys = unknown[1]!.split(', ').map((k) => (at ? `${at}.${k}` : k));
    throw new UsageError(`${fn} does not know the option${keys.length > 1 ? 's' : ''} ${keys.join(', ')}; ${at || 'it'} knows ${unknown[2]}.`);
  }
  throw new UsageError(`${fn}'s ${at || 'options'} ${issue.message}.`);
}

/** Throws a `UsageError` for a misspelt key, a value of the wrong type or an enum value not allowed in `fn`'s options. */
export function refuseOptions(fn: keyof typeof SCHEMAS, options: unknown): void {
  refuse(fn, SCHEMAS[fn], options);
}
