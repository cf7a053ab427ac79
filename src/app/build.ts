/**
 * The build, end to end: check -> plan -> assemble -> check the caps -> write atomically.
 */
import { basename, join, resolve } from 'node:path';
import { assemble, assembleInChunks } from '../core/assemble/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { isBlocking, sortDiagnostics, withoutRepeats } from '../core/diagnostics.js';
import { cappedPages, plan } from '../core/plan/plan.js';
import type { Fonts, Plan, PlanPart, SectionRange } from '../core/plan/types.js';
import { fileNames } from '../core/plan/file-names.js';
import { nameInFiles } from '../core/validate/validate.js';
import { diagnosticAt } from '../core/parse/yaml.js';
import { diag } from '../core/catalogue.js';
import { isPacketEstimate, longestFiles, overBuiltCaps } from '../core/validate/built-caps.js';
import type { FormMode } from '../core/schema/vocabulary.js';
import { displayPath, fileHead, loadFonts, readInput, outputProblem, pdfFilesIn, toPosix, writeFileIfAccepted, writeFilesAtomic, WriteError } from '../io/files.js';
import { replaceProblem } from '../core/report/recognise.js';
import { checkInputs, clashWithInput } from './check.js';
import { UsageError } from './errors.js';
import { epochSeconds, refuseBuildValues } from './options.js';
import { pageCheck } from './page-check.js';
import { folderShown, inputDigests, manifestKey, manifestNear, ownManifestKey, ownOutput } from './built.js';
import type { Report } from '../core/report/model.js';
import { localDay } from './local-day.js';
import { TOOL } from '../io/version.js';
import { setFolder, setFolderPath, singleOutput } from './outputs.js';
import type { CheckResult } from './check.js';
import type { FitReport } from '../core/fit/fit.js';
import { mergeFitReports } from '../core/fit/report.js';
import { fileCaps, fitStep, packetCaps, type FitRequest } from './fit.js';

export interface BuildRequest {
  manifestPath: string;
  /** `-o`: relative to the working folder; otherwise the manifest's `output`, relative to the manifest. */
  output?: string;
  /** The day (and time) to judge the deadline by, as `CheckOptions.today`: a date, a date and time, or `new Date().toISOString()`; anything else throws a `UsageError`. */
  today: string;
  /** The applicant's IANA time zone, as `CheckOptions.zone`; the cover's date is on its calendar too. */
  zone?: string;
  strict: boolean;
  overrides?: { cover?: boolean; stamps?: boolean; forms?: FormMode };
  /** Build time; `SOURCE_DATE_EPOCH` (seconds) wins when set, for byte-identical rebuilds. */
  now: Date;
  /** Whole seconds since 1970, as `SOURCE_DATE_EPOCH` holds them (`'1767225600'`) or as a number (`1767225600`). */
  sourceDateEpoch?: string | number;
  /** The producer named in the PDF's metadata; default `application-packet <version>`, as the CLI writes it. */
  tool?: string;
  /** One PDF per item; default: when the profile's submission format is `separate-files`. */
  separate?: boolean;
  /** `--fit`: recompress images until the PDF (or each file) is within the posting's MB caps. */
  fit?: FitRequest;
  /** `--force`: replace an existing output that is not a PDF (without it, such a file is kept and nothing is built). */
  force?: boolean;
}

export interface BuildOutcome {
  check: CheckResult;
  diagnostics: Diagnostic[];
  /** Present when a PDF was written (with `--separate`: the folder, and one entry per file). */
  built?: {
    path: string;
    display: string;
    pages: number;
    bytes: number;
    ranges: SectionRange[];
    files?: { path: string; display: string; itemId: string; title: string; pages: number; bytes: number }[];
    /** A set's output as given (`-o` or `output:`) when it named a PDF (`application.pdf`): the folder is `application/`. */
    asked?: string;
    /** What `--fit` did (with --separate: all files together). */
    fit?: FitReport;
  };
}

/**
 * What `build --json` says of what it built, as `report --format json` says of it: a `--separate` set's folder
 * with its slash, and its files with their items (before: the folder alone, without the slash or the files).
 *
 * @example
 * builtReport(outcome.built) // { output: 'out/', pages: 3, bytes: 48_091, files: [{ item: 'CV', itemId: 'cv', file: 'out/Costa_cv.pdf', pages: 1, bytes: 16_000 }, ...] }
 */
export function builtReport(built: NonNullable<BuildOutcome['built']>): NonNullable<Report['build']> {
  const files = built.files?.map((f) => ({ item: f.title, itemId: f.itemId, file: toPosix(f.display), pages: f.pages, bytes: f.bytes }));
  return { output: files ? folderShown(built.path) : built.display, pages: built.pages, bytes: built.bytes, ...(built.fit ? { fit: built.fit } : {}), ...(files ? { files } : {}) };
}

/**
 * Throws the `UsageError` `packet build -o -` gives for an output that names no file: `-` (a PDF is written to a
 * file, never to standard output) or an empty or blank name (before, `-` wrote a file named "-", `''` fell back to
 * the manifest's `output`).
 *
 * @example
 * refuseOutput('-'); // throws UsageError('build writes the PDF to a file, not to standard output: ...')
 */
export function refuseOutput(output: string | undefined): void {
  if (output === '-') throw new UsageError('build writes the PDF to a file, not to standard output: name it with -o, e.g. -o packet.pdf (or --separate -o packet/ for one PDF per item)');
  if (output !== undefined && output.trim() === '') throw new UsageError("output was given an empty path; name the file, e.g. { output: 'packet.pdf' }, or leave output out for the manifest's.");
}

/** What a `BuildRequest` may hold: a JavaScript caller's other key is a misspelling, said as such. */
const REQUEST_KEYS: readonly (keyof BuildRequest)[] = ['manifestPath', 'output', 'today', 'zone', 'strict', 'overrides', 'now', 'sourceDateEpoch', 'tool', 'separate', 'fit', 'force'];

/** Throws a `UsageError` naming a request's unknown options and its missing `manifestPath` (before: "now should be a valid Date" for `{ manifest: ... }`). */
function refuseRequest(req: BuildRequest): void {
  if (typeof req !== 'object' || req === null) throw new UsageError("buildPacket takes one object, e.g. { manifestPath: 'manifest.yaml', today: '2025-11-01', strict: false, now: new Date() }.");
  const unknown = Object.keys(req).filter((k) => !(REQUEST_KEYS as readonly string[]).includes(k));
  const given = unknown.length > 0 ? ` (given ${unknown.join(', ')}, which buildPacket does not know; it knows ${REQUEST_KEYS.join(', ')})` : '';
  if (typeof req.manifestPath !== 'string') throw new UsageError(`buildPacket needs manifestPath, the manifest's path, e.g. { manifestPath: 'manifest.yaml', ... }${given}.`);
  if (unknown.length > 0) throw new UsageError(`buildPacket does not know the option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; it knows ${REQUEST_KEYS.join(', ')}.`);
  refuseBuildValues(req);
}

/**
 * Validate, then build the packet PDF when nothing blocks it. Throws a `UsageError` as `checkManifest` does (a
 * `today` that is not a date, an unknown `zone`); every problem of the packet is a diagnostic of the outcome.
 *
 * @example
 * const outcome = await buildPacket({ manifestPath: 'manifest.yaml', today: '2025-11-01', strict: false, now: new Date() });
 * outcome.built?.pages;
 */
export async function buildPacket(req: BuildRequest): Promise<BuildOutcome> {
  refuseRequest(req);
  refuseOutput(req.output);
  // A library caller's `now` that is no time ("new Date('garbage')") would fail deep in the build as a RangeError.
  if (!(req.now instanceof Date) || Number.isNaN(req.now.getTime())) throw new UsageError('now should be a valid Date, such as new Date(); it is the build time written into the PDF.');
  const fonts = await loadFonts();
  const check = await checkInputs(req.manifestPath, { today: req.today, ...(req.zone !== undefined ? { zone: req.zone } : {}), ...(req.overrides?.forms ? { forms: req.overrides.forms } : {}), ...(req.output ? { output: req.output } : {}), ...(req.separate !== undefined ? { separate: req.separate } : {}), ...(req.fit ? { sizeAfterBuild: true } : {}), ...(req.overrides?.cover !== undefined ? { cover: req.overrides.cover } : {}) });
  // The build measures the PDF it writes: validate's "close to the cap, build to be sure" is answered here.
  check.diagnostics = check.diagnostics.filter((d) => d.code !== 'limit.size-near');
  const diagnostics = [...check.diagnostics];
  const done = (extra: Diagnostic[] = [], built?: BuildOutcome['built']): BuildOutcome => {
    // A one-PDF packet written is judged on its own pages and bytes (overBuiltCaps), not on the estimate.
    const all = sortDiagnostics(withoutRepeats([...(built && !built.files ? diagnostics.filter((d) => !isPacketEstimate(d)) : diagnostics), ...extra]));
    // `outcome.check.result` handed to `makeReport` gives the build's verdict, as `outcome.diagnostics` does.
    if (check.result) check.result = { ...check.result, diagnostics: all };
    return { check, diagnostics: all, ...(built ? { built } : {}) };
  };
  // Over the posting's page cap, one PDF is still built, so you can see what to cut: its error says it was written.
  const separate = req.separate ?? check.profile?.submission.format === 'separate-files';
  const toLookAt = (d: Diagnostic) => !separate && isPacketEstimate(d) && d.code === 'limit.pages';
  if (!check.manifest || !check.profile || !check.result || !check.source || diagnostics.some((d) => isBlocking(d, req.strict) && !toLookAt(d))) return done();
  return buildChecked(req, check as Checked, fonts, done);
}

async function buildChecked(req: BuildRequest, check: Checked, fonts: Fonts, done: Done): Promise<BuildOutcome> {

  const buildDate = buildDateOf(req);
  const thePlan = plan({
    manifest: check.manifest,
    profile: check.profile,
    files: check.files,
    buildDate,
    // The cover's date on the local calendar (the user's zone, as the deadline's "your time"): built at 21:00 in Toronto, that day, not the next day's UTC date.
    buildDay: localDay(buildDate, req.zone),
    fonts,
    tool: req.tool ?? TOOL,
    source: check.source,
    ...(req.overrides ? { overrides: req.overrides } : {}),
    ...(check.markdown ? { markdown: check.markdown } : {}),
  });
  // What it is built from, recorded in each PDF: `report` tells a current build by its inputs' contents, not dates.
  thePlan.builtFrom = (await inputDigests(check)).map((d) => d.digest);
  const separate = req.separate ?? check.profile.submission.format === 'separate-files';
  return separate ? buildSeparate(req, check, thePlan, done) : buildSingle(req, check, thePlan, done);
}

type Done = (extra?: Diagnostic[], built?: BuildOutcome['built']) => BuildOutcome;
type Checked = CheckResult & { manifest: NonNullable<CheckResult['manifest']>; profile: NonNullable<CheckResult['profile']>; result: NonNullable<CheckResult['result']>; source: NonNullable<CheckResult['source']> };

async function buildSingle(req: BuildRequest, check: Checked, thePlan: Plan, done: Done): Promise<BuildOutcome> {
  const outputPath = req.output ? resolve(req.output) : resolve(check.manifestDir, singleOutput(check.manifest, check.profile, req.separate === false));
  const unwritable = await outputProblem(outputPath, 'file');
  if (unwritable) return done([writeFailed(check, req, new WriteError(outputPath, unwritable))]);
  if (await clashWithInput(outputPath, check)) return done([outputClash(check, req, outputPath)]);
  const notOurs = await notAPdfThere(outputPath, req, check);
  if (notOurs) return done([writeFailed(check, req, notOurs)]);
  thePlan.builtFor = await manifestKey(check, outputPath);
  const fit = req.fit && fitStep(req.fit, packetCaps(check.profile), check.source, 'The packet');
  // writeFileAtomic writes each chunk before it asks for the next.
  const result = await assembleInChunks(thePlan, { reuseBuffer: true }, fit?.beforeSave);
  // The other way round from --separate on a one-PDF posting (buildSeparate): the same warning, as the CLI gives it.
  const format = check.profile.submission.format === 'separate-files' ? [diagnosticAt(check.source, ['profile'], diag('build.format', { onePdf: true, ...(check.profileAt ? { profile: check.profileAt } : {}) }))] : [];
  const extra = [...result.diagnostics, ...format];
  if (extra.some((d) => d.severity === 'error')) return done(extra);
  // What the inputs show must be what the packet shows: checked on the written file, before it is put in place.
  const pages = await pageCheck(thePlan, result.copied, damagedInputs(check));
  const written = await failureOf(() => writeFileIfAccepted(outputPath, result.chunks, pages.accept));
  if (written instanceof WriteError) return done([...extra, writeFailed(check, req, written)]);
  if (!written) return done([...extra, ...pages.found]);
  // The cover's pages as built (those before the first item's), with what validate's layout of it found fills it.
  const coverPages = (result.ranges.find((r) => r.firstPage > 0)?.firstPage ?? 1) - 1;
  const longCover = thePlan.options.cover && coverPages > 1 && check.result.coverLayout ? { longCover: { ...check.result.coverLayout, pages: coverPages } } : {};
  extra.push(...overBuiltCaps(check.profile, check.source, { display: displayPath(outputPath), pages: result.pageCount, bytes: result.size, cover: thePlan.options.cover, ...longCover }, false, longestFiles(check.result.items.flatMap((i) => i.entries))));
  result.ranges.forEach((range, i) => extra.push(...overItemCap(check, range, thePlan.sections[i]?.parts ?? [])));
  for (const range of result.ranges) {
    const item = check.result.items.find((i) => i.id === range.itemId);
    if (item) item.range = { first: range.firstPage, last: range.lastPage };
  }
  const fitted = fit?.report();
  return done(extra, { path: outputPath, display: displayPath(outputPath), pages: result.pageCount, bytes: result.size, ranges: result.ranges, ...(fitted ? { fit: fitted } : {}) });
}

/** One PDF per item, for portals with one upload per item: no cover, ASCII names within the portal's length. */
async function buildSeparate(req: BuildRequest, check: Checked, thePlan: Plan, done: Done): Promise<BuildOutcome> {
  // `-o x.pdf` as `output: x.pdf`: the folder x/ (a folder named x.pdf looks like one PDF in an upload dialog).
  const asked = req.output ?? check.manifest.output;
  const named = setFolder(asked);
  const folder = setFolderPath(check.manifestDir, req.output, check.manifest.output);
  const s = check.profile.submission;
  const unwritable = await outputProblem(folder, 'folder');
  if (unwritable) return done([writeFailed(check, req, new WriteError(folder, unwritable.kind === 'not-folder' && s.format !== 'separate-files' ? { kind: 'not-folder', onePdf: true } : unwritable))]);
  const names = fileNames(thePlan.sections.map((x) => ({ id: x.itemId, title: x.title })), check.manifest.applicant, s.file_name, s.max_name_length);
  // A separate-files posting has this from validate already; a one-PDF posting built with --separate gets it here.
  const lost = s.format === 'separate-files' ? undefined : nameInFiles(check.manifest, check.profile, check.source);
  const extra: Diagnostic[] = lost ? [lost] : [];
  if (s.format === 'single-pdf') extra.push(diagnosticAt(check.source, ['profile'], diag('build.format', check.profileAt ? { profile: check.profileAt } : {})));
  const outputs: { path: string; bytes: Uint8Array; pages: number; section: Plan['sections'][number] }[] = [];
  // Each file of the set records the key of the set's folder.
  thePlan.builtFor = await manifestKey(check, join(folder, 'packet.pdf'));
  const fits: FitReport[] = [];
  for (const [i, section] of thePlan.sections.entries()) {
    const path = join(folder, names[i]!);
    if (await clashWithInput(path, check)) return done([outputClash(check, req, path)]);
    const notOurs = await notAPdfThere(path, req, check);
    if (notOurs) return done([writeFailed(check, req, notOurs)]);
    // Named as validate and report name the file there, at its item's line: one message in the three commands.
    const subject = `${displayPath(path)} (${section.title})`;
    // The portal's cap per file, or the item's own when tighter (its file holds it alone; --fit fits each file under both).
    const own = check.profile.items.find((x) => x.id === section.itemId)?.max_mb;
    const tighter = own !== undefined && (s.max_mb === undefined || own < s.max_mb);
    const max = tighter ? own : s.max_mb;
    const fit = req.fit && fitStep(req.fit, fileCaps(check.profile, section.itemId), check.source, subject, { itemId: section.itemId, scope: tighter ? 'item' : 'file' });
    const result = await assemble({
      ...thePlan,
      sections: [section],
      sectionOrder: [thePlan.sectionOrder[i]!],
      absent: [],
      options: { ...thePlan.options, cover: false },
      metadata: { ...thePlan.metadata, title: `${thePlan.metadata.title}: ${section.title}`, keywords: [section.title] },
    }, fit?.beforeSave);
    extra.push(...result.diagnostics, ...(await (await pageCheck(thePlan, result.copied, damagedInputs(check))).check(result.bytes)));
    const fitted = fit?.report();
    if (fitted) fits.push(fitted);
    outputs.push({ path, bytes: result.bytes, pages: result.pageCount, section });
    for (const range of result.ranges) extra.push(...overItemCap(check, range, section.parts));
    if (!req.fit && max !== undefined && result.bytes.length > max * 1e6) {
      extra.push({ ...diagnosticAt(check.source, ['items', section.itemId], diag('limit.size', { subject, bytes: result.bytes.length, max, scope: tighter ? 'item' : 'file' })), item: section.itemId });
    }
  }
  // Without --fit the files over a size or page cap are written, to look at; a fit that failed writes nothing.
  if (extra.some((d) => d.severity === 'error' && (d.code === 'limit.size' ? req.fit : d.code !== 'limit.pages'))) return done(extra);
  // Everything was assembled before anything is written, and the files appear together: no half set.
  const failed = await failureOf(() => writeFilesAtomic(outputs.map((o) => ({ path: o.path, data: o.bytes }))));
  if (failed instanceof WriteError) return done([...extra, writeFailed(check, req, failed)]);
  // A folder is uploaded whole: PDFs this build did not write (an earlier build's item since removed) would go too.
  const written = new Set(outputs.map((o) => basename(o.path)));
  const stray = (await pdfFilesIn(folder)).filter((f) => !written.has(f));
  if (stray.length > 0) extra.push(diagnosticAt(check.source, check.manifest.output && !req.output ? ['output'] : [], diag('build.stray-files', { folder: displayPath(folder), files: stray })));
  const pages = outputs.reduce((n, o) => n + o.pages, 0);
  const bytes = outputs.reduce((n, o) => n + o.bytes.length, 0);
  return done(extra, {
    path: folder,
    display: displayPath(folder),
    ...(asked !== undefined && named !== asked ? { asked } : {}),
    pages,
    bytes,
    ranges: [],
    files: outputs.map((o) => ({ path: o.path, display: displayPath(o.path), itemId: o.section.itemId, title: o.section.title, pages: o.pages, bytes: o.bytes.length })),
    ...(fits.length > 0 ? { fit: mergeFitReports(fits)! } : {}),
  });
}

/** Inputs the inspector found damaged (read with repairs or with parts unread): their every page is checked after the build. */
function damagedInputs(check: Checked): (source: string) => boolean {
  return (source) => {
    const status = check.files.get(source);
    return status?.status === 'ok' && status.facts.damaged === true;
  };
}

/**
 * A file at the output that a build did not write (`-o research-statement.tex`, or `-o docs/teaching.pdf`, a slip
 * of tab completion): kept unless --force. A packet there (an earlier build, the common case) is replaced, as is
 * an empty file.
 */
async function notAPdfThere(path: string, req: BuildRequest, check: CheckResult): Promise<WriteError | undefined> {
  if (req.force) return undefined;
  // The whole file: a PDF is replaced only when a build wrote it, which its record (anywhere in it) tells.
  const there = await readInput(path);
  const problem = replaceProblem(there.ok ? there.bytes : await fileHead(path, 1024), 'pdf');
  if (problem) return new WriteError(path, problem);
  // A packet, but another manifest's (built before the key was recorded, or its record unreadable: taken as this one's).
  // Read as report reads it, in whatever string form a re-save (pypdf) gave it.
  const { recordedManifestKey } = await import('../core/report/built.js');
  const recorded = there.ok ? await recordedManifestKey(there.bytes) : undefined;
  if (recorded === undefined || !there.ok) return undefined;
  const { readBuilt } = await import('../core/report/built.js');
  const { inputs, title } = await readBuilt(there.bytes);
  if (await ownManifestKey(check, recorded, { path, inputs })) return undefined;
  // Named, so the user knows whose packet it is: the manifest near it with that key, else the application in its title.
  const other = await manifestNear(check, path, recorded);
  return new WriteError(path, { kind: 'other-manifest', own: ownOutput(check.manifestFile), ...(other !== undefined ? { other: displayPath(other) } : {}), ...(title !== undefined ? { title } : {}) });
}

function outputClash(check: Checked, req: BuildRequest, path: string): Diagnostic {
  return diagnosticAt(check.source, check.manifest.output && !req.output ? ['output'] : [], diag('build.output-is-input', { output: displayPath(path) }));
}

/** The write's failure, when it failed for a reason of the file system (anything else is a bug and is thrown). */
async function failureOf<T>(write: () => Promise<T>): Promise<T | WriteError> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof WriteError) return err;
    throw err;
  }
}

/** At the manifest's `output:` when it chose the path; without a place when -o or the default did. */
function writeFailed(check: Checked, req: BuildRequest, err: WriteError): Diagnostic {
  const d = diag('build.write-failed', { path: displayPath(resolve(err.path)), problem: err.problem });
  return check.manifest.output && !req.output ? diagnosticAt(check.source, ['output'], d) : d;
}

/**
 * An item's pages in the built PDF against its page cap: a text's pages are known only once laid out (validate
 * estimates them), so this is where its cap is sure. The PDF is written, to look at, as for the packet's cap.
 */
function overItemCap(check: Checked, range: SectionRange, parts: readonly PlanPart[]): Diagnostic[] {
  const { itemId, title } = range;
  const item = check.profile.items.find((i) => i.id === itemId);
  const pages = cappedPages(item, parts, range.parts.map((p) => (p.firstPage > 0 ? p.lastPage - p.firstPage + 1 : 0)));
  if (item?.max_pages === undefined || pages <= item.max_pages) return [];
  return [diagnosticAt(check.source, ['items', itemId], { ...diag('limit.pages', { subject: `${title} in the built PDF`, pages, max: item.max_pages, scope: 'built', item: true }), item: itemId })];
}

function buildDateOf(req: BuildRequest): Date {
  const epoch = epochSeconds(req.sourceDateEpoch);
  return epoch === undefined ? req.now : new Date(epoch * 1000);
}

