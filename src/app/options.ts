/**
 * The options objects of the library's file-level calls (`buildPacket`, `checkManifest`, `reportManifest`), each one
 * schema checked whole before anything is read: a misspelt key or a value of the wrong type throws a `UsageError`
 * naming the option and its fix, as the CLI refuses `--forms flaten` (before, `overrides: { stmps: false }` built
 * with stamps and `separate: 'no'` built a set, audit 12-07c F6).
 */
import { z } from 'zod';
import { CODEC, flag, forms, OVERRIDES, refuse, should, strict } from '../core/options.js';
import { UsageError } from './errors.js';

const path = z.string(should("a path, e.g. 'packet.pdf'")).optional();

/** `SOURCE_DATE_EPOCH` as reproducible-builds.org defines it: whole seconds since 1970, as `date +%s` prints them. */
const EPOCH = /^\d{1,12}$/;

/**
 * The whole seconds since 1970 that `SOURCE_DATE_EPOCH` (digits) or a library caller's number (`Math.floor(Date.now() / 1000)`)
 * holds; undefined for a blank or anything else (`1.5`, `-1`, `NaN`, `'abc'`).
 */
export function epochSeconds(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 999_999_999_999 ? value : undefined;
  const text = value?.trim();
  return text && EPOCH.test(text) ? Number(text) : undefined;
}

/**
 * Throws the CLI's `UsageError` for a `SOURCE_DATE_EPOCH` that is set but not whole seconds: the spec says a malformed
 * one should fail the build, and the wall clock in its place would silently break byte-identical rebuilds.
 */
export function refuseSourceDateEpoch(value: string | undefined): void {
  if (value === undefined || value.trim() === '' || epochSeconds(value) !== undefined) return;
  throw new UsageError(`SOURCE_DATE_EPOCH is ${JSON.stringify(value)}, not whole seconds since 1970: set it to an integer, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it to date the PDF now.`);
}

const fit = strict(
  {
    floorDpi: z.number(should('dots per inch from 50 to 600, e.g. 120')).int(should('a whole number of dots per inch, e.g. 120')).min(50, should('at least 50 (below, no text stays readable)')).max(600, should('at most 600')).optional(),
    codec: CODEC.optional(),
  },
  '{ floorDpi: 120 }',
);

/** `buildPacket`'s values below the top level (its keys, `manifestPath`, `today`, `zone` and `now` are checked with their own messages). */
const BUILD = z.object({
  output: path,
  strict: flag,
  overrides: OVERRIDES.optional(),
  // A blank string is no epoch, as an empty SOURCE_DATE_EPOCH is.
  sourceDateEpoch: z.custom((v) => (typeof v === 'string' && (v.trim() === '' || epochSeconds(v) !== undefined)) || (typeof v === 'number' && epochSeconds(v) !== undefined), should("whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600'")).optional(),
  tool: z.string(should("a name, e.g. 'my-tool 1.0'")).optional(),
  separate: flag,
  fit: fit.optional(),
  force: flag,
});

const CHECK_SHAPE = {
  // Read by readToday and readZone, with their own messages.
  today: z.unknown().optional(),
  zone: z.unknown().optional(),
  isolate: flag,
  forms: forms.optional(),
  output: path,
  separate: flag,
  sizeAfterBuild: flag,
  cover: flag,
};
const CHECK = strict({ ...CHECK_SHAPE, built: flag, strict: flag }, "{ today: '2025-11-01' }");
const REPORT = strict({ ...CHECK_SHAPE, strict: flag, pdf: path }, "{ today: '2025-11-01' }");

/** Throws a `UsageError` for a `buildPacket` request value of the wrong type or an unknown key under `overrides` or `fit`. */
export function refuseBuildValues(req: unknown): void {
  refuse('buildPacket', BUILD, req);
}

/** Throws a `UsageError` for an unknown key or a value of the wrong type in `checkManifest`'s options. */
export function refuseCheckOptions(options: unknown): void {
  refuse('checkManifest', CHECK, options);
}

/** Throws a `UsageError` for an unknown key or a value of the wrong type in `reportManifest`'s options. */
export function refuseReportOptions(options: unknown): void {
  refuse('reportManifest', REPORT, options);
}
