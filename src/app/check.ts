/**
 * The shell around the pure pipeline: read the manifest, its profile and its files, then parse -> validate.
 * Shared by `validate`, `report` and `build`, so each input is read and parsed once.
 */
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { UsageError } from './errors.js';
import { refuseCheckOptions } from './options.js';
import { isBlocking, sortDiagnostics, withoutEchoes } from '../core/diagnostics.js';
import { diag, type ProfileAt } from '../core/catalogue.js';
import type { InputFacts, InspectOptions } from '../core/inspect/types.js';
import { WorkerInspector, workerEntryBuilt } from '../io/pdf-worker.js';
import { readPdfText } from '../io/pdf-text.js';
import type { Manifest } from '../core/parse/manifest.js';
import { filesOf, parseManifest } from '../core/parse/manifest.js';
import { baseFileRefs, extendsOf } from '../core/parse/extends.js';
import type { BaseDoc } from '../core/parse/extends.js';
import { parseProfile } from '../core/parse/profile.js';
import { readToday, readZone } from '../core/parse/dates.js';
import { listOr } from '../core/parse/suggest.js';
import type { YamlSource } from '../core/parse/yaml.js';
import { diagnosticAt, notYaml, yamlKind } from '../core/parse/yaml.js';
import { shellArg } from '../core/words.js';
import type { Profile } from '../core/schema/profile.js';
import type { FormMode } from '../core/schema/vocabulary.js';
import { buildsOnePdf, validate, withoutUnaskedShared } from '../core/validate/validate.js';
import { isLetterItem } from '../core/plan/plan.js';
import { refusedLetters } from '../core/validate/refused-letters.js';
import { WRITTEN_KINDS } from '../core/text/language.js';
import type { PagesValue } from '../core/page-selection.js';
import type { FileStatus, ValidationResult } from '../core/validate/types.js';
import { builtinProfileIds, displayPath, exists, nearPath, loadFonts, MAX_TEXT_BYTES, outputProblem, profilesDir, readInput, realOrSame, resolveProfilePath, suggestSimilar, toPosix } from '../io/files.js';
import { setFolderPath, singleOutput } from './outputs.js';
import { packetFileName, refusedNameCharacters } from '../core/plan/file-names.js';
import { Typesetter } from '../core/assemble/typeset.js';
import { layoutLink, layoutReferees, layoutText } from '../core/assemble/generated.js';
import { measureCover } from '../core/assemble/cover.js';
import { plan } from '../core/plan/plan.js';
import { TOOL } from '../io/version.js';
import type { Measure } from '../core/assemble/layout.js';
import type { Pager } from '../core/validate/validate.js';
import type { ReadProblem } from '../core/file-problems.js';
import { readFix, readReason } from '../core/file-problems.js';
import { parseYaml } from '../core/parse/yaml.js';
import { loadMarkdown, type MarkdownReader } from '../core/text/markdown.js';
import { decodeText } from '../core/text/encoding.js';

export interface CheckOptions {
  /**
   * The day (and time) to judge the deadline by: `2025-11-01` (noon that day), a date and time
   * (`2025-11-14T23:30+02:00`, `2025-11-14 23:30 Europe/Helsinki`) or `new Date().toISOString()`. Anything else
   * (`garbage`, `2026-13-45`) throws a `UsageError`.
   */
  today: string;
  /**
   * The applicant's IANA time zone, as `ValidateInput.zone`: their calendar and clock for the deadline (a `today`
   * in `Z`, as `new Date().toISOString()` writes it, or with a time and no offset, is read there). A name the runtime
   * does not know throws a `UsageError`.
   */
  zone?: string;
  /**
   * Inspect the files in a worker thread with a time and memory limit (`validate`, `report`), so a hostile PDF
   * ends as `file.too-complex` instead of a hang. The build parses in process, since it needs the documents.
   */
  isolate?: boolean;
  /** `--forms`, when given: the notes about form fields say what this build will do. */
  forms?: FormMode;
  /** `-o` of a build, relative to the working folder; otherwise the manifest's `output` is checked. */
  output?: string;
  /** `build --separate`: the output is a folder of PDFs, not one PDF; `false` (`--no-separate`): one PDF, even for a posting that asks for a file per item. */
  separate?: boolean;
  /** `build --fit`: the MB caps are checked on the fitted PDF, not on the input files. */
  sizeAfterBuild?: boolean;
  /** `build --cover` / `--no-cover`: the page estimate counts the cover the build will make. */
  cover?: boolean;
  /**
   * Judge the packet already built at the output (or `output`) as `packet validate` does (default): one built before
   * an input changed is `build.stale`, its caps are judged on it. `false` checks the inputs only.
   */
  built?: boolean;
  /**
   * `packet validate --strict`: warnings (a passed deadline, a page cap guessed from words) make the packet not
   * ready, as errors do; `ready` says so. Default false: only errors stop it.
   */
  strict?: boolean;
}

export interface CheckResult {
  /** The manifest path as shown in messages. */
  manifestFile: string;
  manifestDir: string;
  manifest?: Manifest;
  source?: YamlSource;
  profile?: Profile;
  profilePath?: string;
  /** Where the profile is, for the hints that change one of its values (a built-in one is copied first). */
  profileAt?: ProfileAt;
  /** Files named by `extends`, nearest first. */
  basePaths: string[];
  /** Every file the `extends` bases' items name, resolved, those this posting leaves out included: inputs too. */
  baseFiles?: string[];
  /**
   * The profile and `extends` files the manifest names, resolved, whether found or not (missing, unreadable, not
   * YAML): `build --watch` waits for one deleted and written again (a `git checkout`) as for any other input.
   */
  lookedFor?: string[];
  result?: ValidationResult;
  files: Map<string, FileStatus>;
  diagnostics: Diagnostic[];
  /** The Markdown reader, when a text of the manifest has markup (the build reads its texts with it too). */
  markdown?: MarkdownReader;
}

/** What `checkManifest` gives: the check, and its verdict. */
export interface CheckedManifest extends CheckResult {
  /**
   * Whether the packet is ready, as `packet validate` (with `--strict` when `strict` was given) exits 0: no error,
   * no warning under `strict`, and a profile to judge by.
   */
  ready: boolean;
}

export { UsageError };

/**
 * Read and check a manifest with everything it names. Throws a `UsageError` when the manifest path cannot be
 * read, `today` is not a date or `zone` not a time zone (see `CheckOptions`); every problem of the packet is a diagnostic. Long
 * because it is the pipeline written out in order (manifest, profile, files, texts, validate), each step a call,
 * with the reason for its place beside it.
 *
 * @example
 * import { checkManifest, formatDiagnostic } from 'application-packet';
 * // As `packet validate manifest.yaml --today 2025-11-01 --strict`: its lines, and warnings stop the packet too.
 * const check = await checkManifest('manifest.yaml', { today: '2025-11-01', strict: true });
 * for (const d of check.diagnostics) console.log(formatDiagnostic(d));
 * console.log(check.ready ? 'ready' : 'not ready');
 */
export async function checkManifest(manifestPath: string, options: CheckOptions): Promise<CheckedManifest> {
  refuseCheckOptions(options);
  const check = await checkInputs(manifestPath, options);
  // An output refused (one of the inputs, a folder): what is there is no packet to judge, and saying so would be an echo.
  if (options.built === false || check.diagnostics.some((d) => d.severity === 'error' && OUTPUT_REFUSED.has(d.code))) return oneVerdict(check, options.strict);
  // The packet already built at the output, judged as `packet validate` judges it: before, a script said Ready over
  // a PDF built before the CV changed, which the CLI calls stale (audit 12-06i #4).
  const { judgeBuiltPacket, judgeSeparateBuilt } = await import('./built.js');
  const pdf = options.output !== undefined && !options.separate ? { pdf: options.output } : {};
  check.diagnostics = (await judgeBuiltPacket(check, { validate: true, ...pdf })).diagnostics;
  check.diagnostics = await judgeSeparateBuilt(check);
  return oneVerdict(check, options.strict);
}

/**
 * `check.result.diagnostics` made the same list as `check.diagnostics`, so a script handing `result` alone to
 * `makeReport` gets the CLI's verdict (before: Ready over a stale packet, audit 12-06j #1).
 */
function oneVerdict(check: CheckResult, strict = false): CheckedManifest {
  if (check.result) check.result = { ...check.result, diagnostics: check.diagnostics };
  return { ...check, ready: check.profile !== undefined && !check.diagnostics.some((d) => isBlocking(d, strict)) };
}

const OUTPUT_REFUSED = new Set<string>(['build.output-is-input', 'build.output-path', 'build.write-failed']);

/** `checkManifest` without the built packet: what `build`, which replaces it, and `report`, which reads it its own way, start from. */
export async function checkInputs(manifestPath: string, options: CheckOptions): Promise<CheckResult> {
  // Before any file is read: a `today` or `zone` the deadline rules cannot read throws, it never turns them off.
  const zone = readZone(options.zone);
  options = { ...options, today: readToday(options.today), ...(zone !== undefined ? { zone } : {}) };
  const manifestFile = displayPath(resolve(manifestPath));
  const read = await readInput(manifestPath, MAX_TEXT_BYTES);
  if (!read.ok) throw new UsageError(manifestPathError(manifestFile, read.problem));
  // `packet validate cv.pdf`: YAML errors about "%PDF-1.7" would not say what went wrong.
  const other = notYaml(read.bytes, manifestPath);
  if (other && !other.posting) throw new UsageError(`${manifestFile} is ${other.what}, not a manifest: give the manifest (a .yaml file that lists your documents), e.g. packet validate manifest.yaml`);
  const manifestDir = dirname(read.resolved);
  const { text, diagnostics: encoding } = yamlText(read.bytes, manifestFile);
  const bases = await readBases(text, manifestDir, manifestFile);
  if (bases.problem) {
    // Without its base the manifest would only show echoes (no applicant, missing items): this first.
    return { manifestFile, manifestDir, files: new Map(), basePaths: bases.docs.map((d) => resolve(d.file)), lookedFor: bases.lookedFor, diagnostics: [bases.problem] };
  }
  const parsed = parseManifest(text, manifestFile, bases.docs);
  // A profile or a posting given where the manifest goes: said in one line, not as a dozen unknown and missing keys.
  if (!parsed.manifest) {
    const kind = yamlKind(parsed.source.value);
    if (kind === 'profile') throw new UsageError(`${manifestFile} is a requirements profile, not a manifest: a manifest beside it names it with \`profile: ./${basename(read.resolved)}\`; start one with packet init --profile ${shellArg(manifestPath)}`);
    if (other?.posting && kind === undefined) throw new UsageError(`${manifestFile} is a posting's text, not a manifest: make a profile from it (packet profile import ${shellArg(manifestPath)} -o profile.yaml), read it through, then start the manifest with packet init --profile profile.yaml`);
  }
  const check: CheckResult = {
    manifestFile,
    manifestDir,
    source: parsed.source,
    files: new Map(),
    basePaths: bases.docs.map((d) => resolve(d.file)),
    baseFiles: baseFileRefs(bases.docs).map((ref) => resolve(manifestDir, ref)),
    lookedFor: [...bases.lookedFor],
    diagnostics: [...encoding, ...bases.encoding, ...parsed.diagnostics],
  };
  // The lines of the syntax errors not shown: what checks say there is the first error's echo.
  const echoes = parsed.source.unread ? [{ file: parsed.source.file, lines: parsed.source.unread.lines }] : [];
  const profileRef = typeof (parsed.source.value as { profile?: unknown } | undefined)?.profile === 'string'
    ? ((parsed.source.value as { profile: string }).profile)
    : undefined;
  let profileSource: YamlSource | undefined;
  let profileMarks: string[] = [];
  if (profileRef) {
    const loaded = await loadProfile(profileRef, manifestDir, parsed.source);
    check.diagnostics.push(...loaded.diagnostics);
    // Not found: where a profile file of that name would be, so a watch sees it come back.
    check.lookedFor!.push(loaded.path ?? resolve(manifestDir, profileRef));
    if (loaded.profile) {
      check.profile = loaded.profile;
      check.profilePath = loaded.path;
      profileSource = loaded.source;
      profileMarks = loaded.reviewMarks ?? [];
    }
  }
  if (!parsed.manifest) {
    check.diagnostics = sortDiagnostics(withoutEchoes(check.diagnostics, echoes));
    return check;
  }
  // A built-in profile lives inside the installed package: the hints that change it say how to copy it first.
  const profileAt: ProfileAt | undefined = !check.profilePath || !profileRef ? undefined
    : dirname(check.profilePath) === profilesDir ? { builtin: profileRef, manifest: manifestFile } : { file: displayPath(check.profilePath) };
  if (profileAt) check.profileAt = profileAt;
  if (check.profile) {
    const asked = withoutUnaskedShared(parsed.manifest, check.profile, parsed.source, profileAt);
    parsed.manifest = asked.manifest;
    check.diagnostics.push(...asked.diagnostics);
  }
  check.manifest = parsed.manifest;
  // Without a usable profile the files, texts, links and referees are still checked, in the same pass.
  const profile = check.profile ?? anyItemProfile(parsed.manifest);
  const wordItems = new Set(profile.items.filter((i) => i.max_words !== undefined || i.max_chars !== undefined).map((i) => i.id));
  // A letter's text is read to see who signed it (a referee's `letter:`, a file in an item of letters).
  const letterItems = new Set(profile.items.filter(isLetterItem).map((i) => i.id));
  // A file with `pages:` under another item that takes letters too: read to see whether the selection cuts a letter's signature off.
  const takesLetters = new Set(profile.items.filter((i) => i.accepts.includes('letter')).map((i) => i.id));
  // Letters the posting refuses, or wants from the referees, are looked for in every item's files.
  const lettersRefused = refusedLetters(profile) !== undefined || profile.items.some((i) => i.sent_by === 'referees');
  // A CV's text is read to see whose name heads it.
  const cvItems = new Set(profile.items.filter((i) => i.kind === 'cv').map((i) => i.id));
  // What the applicant wrote is read to see its language, when the posting names one.
  const writtenItems = new Set(profile.language === undefined ? [] : profile.items.filter((i) => WRITTEN_KINDS.has(i.kind)).map((i) => i.id));
  const refs = new Map<string, { countWords: boolean; pageBytes: boolean; keepText: boolean | 'first-page'; textSample: (PagesValue | null)[] }>();
  for (const item of parsed.manifest.items) {
    for (const e of item.entries) {
      for (const { ref, pages } of filesOf(e)) {
        const was = refs.get(ref);
        // A file of any item may be a letter the posting refuses ("Letters of recommendation are not needed") or wants from the referees: read to see.
        const letter = e.form === 'referee' || letterItems.has(item.id) || lettersRefused || (pages !== undefined && takesLetters.has(item.id));
        const written = e.form === 'file' && writtenItems.has(item.id);
        const cv = e.form === 'file' && cvItems.has(item.id);
        const keepText = was?.keepText === true || letter ? true : (was?.keepText ?? false) || (cv ? 'first-page' : false);
        // A language is told from the first pages the packet takes: the rest of a long plan is not read for it.
        const textSample = [...(was?.textSample ?? []), ...(written ? [pages ?? null] : [])];
        refs.set(ref, { countWords: (was?.countWords ?? false) || wordItems.has(item.id), pageBytes: (was?.pageBytes ?? false) || pages !== undefined, keepText, textSample });
      }
    }
  }
  const forms = options.forms ?? parsed.manifest.options.forms;
  const inspector = options.isolate && workerEntryBuilt() ? new WorkerInspector() : undefined;
  // pdf-lib is loaded in this thread only when the files are inspected here.
  const local = inspector ? undefined : (await import('../core/inspect/inspect.js')).inspectInput;
  const inspect: Inspect = (bytes, o) => (inspector ? inspector.inspect(bytes, o) : local!(bytes, o, readPdfText));
  try {
    // Inputs are independent: read and inspect them concurrently.
    await Promise.all(
      [...refs].map(async ([ref, { countWords, pageBytes, keepText, textSample }]) => {
        const options = { countWords, ...(pageBytes ? { pageBytes } : {}), ...(keepText ? { keepText } : {}), ...(textSample.length > 0 ? { textSample } : {}), fileName: ref, forms };
        check.files.set(ref, await statusOf(ref, manifestDir, options, inspect));
      }),
    );
  } finally {
    await inspector?.close();
  }
  // markdown-it is loaded only when a text, a link's note or the cover's note has markup.
  const coverNote = typeof parsed.manifest.options.cover === 'object' ? parsed.manifest.options.cover.note : undefined;
  check.markdown = await loadMarkdown([
    ...parsed.manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'text' ? [e.text] : e.form === 'link' && e.note ? [e.note] : []))),
    ...(coverNote ? [coverNote] : []),
  ]);
  const result = validate({
    manifest: parsed.manifest,
    source: parsed.source,
    profile,
    files: check.files,
    today: options.today,
    ...(options.zone ? { zone: options.zone } : {}),
    ...(await typesetChecks()),
    ...(options.sizeAfterBuild ? { sizeAfterBuild: true } : {}),
    ...(options.cover !== undefined ? { cover: options.cover } : {}),
    ...(options.separate !== undefined ? { separate: options.separate } : {}),
    ...(check.markdown ? { markdown: check.markdown } : {}),
    ...(profileSource ? { profileSource } : {}),
    ...(profileMarks.length ? { profileMarks } : {}),
    ...(profileAt ? { profileAt } : {}),
  });
  if (!check.profile) {
    check.diagnostics = sortDiagnostics(withoutEchoes([...check.diagnostics, ...result.diagnostics.filter((d) => /^(file|text|link|referee)\.|^manifest\.placeholder$/.test(d.code))], echoes));
    return check;
  }
  check.result = result;
  check.diagnostics = sortDiagnostics(withoutEchoes([...check.diagnostics, ...result.diagnostics, ...(await outputProblems(check, profile, options))], echoes));
  return check;
}

/** A stand-in profile that takes every item of the manifest in any form, for checking entries without the real one. */
function anyItemProfile(manifest: Manifest): Profile {
  return {
    id: 'unknown',
    title: '',
    open_until_filled: false,
    submission: { format: 'single-pdf' },
    notes: [],
    items: manifest.items.map((i) => ({ id: i.id, kind: 'other', title: i.id, stage: 'optional', accepts: ['file', 'text', 'link', 'referee', 'letter'] })),
  };
}

/** The output the build would write must not be one of the inputs: validate says so too, not only build. */
async function outputProblems(check: CheckResult, profile: Profile, options: CheckOptions): Promise<Diagnostic[]> {
  if (!check.manifest || !check.source) return [];
  // `~/packet.pdf` in a manifest made a folder named "~" beside it (which `rm -rf ~` then deletes the home of).
  const written = options.output ?? check.manifest.output;
  const onePdf = buildsOnePdf({ separate: options.separate, profile });
  const wrong = written === undefined ? undefined : outputPathProblem(written, options.output !== undefined, onePdf);
  if (written !== undefined && wrong) {
    // The value to type instead: trimmed, or with the name the build would give the file.
    const named = packetFileName(check.manifest.applicant, profile.submission.file_name, profile.submission.max_name_length) ?? 'packet.pdf';
    const fix = wrong === 'blanks' ? written.trim() : wrong === 'no-name' ? written.trim().replace(/[^\\/]*$/u, named) : wrong === 'backslash' ? posixOutput(written) : undefined;
    return [diagnosticAt(check.source, options.output ? [] : ['output'], diag('build.output-path', { output: written, problem: wrong, ...(fix !== undefined ? { fix } : {}), ...(options.output ? { flag: true } : {}) }))];
  }
  if (!onePdf) return separateFolderProblems(check, options);
  const output = options.output ? resolve(options.output) : resolve(check.manifestDir, singleOutput(check.manifest, profile, options.separate === false));
  const at = check.manifest.output && !options.output ? ['output'] : [];
  if (await clashWithInput(output, check)) {
    const d = diag('build.output-is-input', { output: displayPath(output) });
    // From `-o`, no line of the manifest holds it (before: the manifest's first key was cited; audit 25 F11).
    return [options.output ? d : diagnosticAt(check.source, at, d)];
  }
  // A folder or a device at the output (`output: application`, `/dev/null`): the build refuses it, so validate says so too.
  const unwritable = await outputProblem(output, 'file');
  if (unwritable && (unwritable.kind === 'folder' || unwritable.kind === 'special')) {
    const d = diag('build.write-failed', { path: displayPath(output), problem: unwritable });
    // `-o` is no line of the manifest: said as the build says it.
    return [options.output ? d : diagnosticAt(check.source, at, d)];
  }
  // As the user wrote it (`output:` or -o), so the suggested name can be typed in the same place.
  const shown = options.output ?? singleOutput(check.manifest, profile, options.separate === false);
  if (/\.pdf$/i.test(output)) return fileNameProblems(shown, check.manifest, profile).map((d) => diagnosticAt(check.source!, at, d));
  // "x.pdf.txt" is "x.pdf" (before: "x.pdf.pdf").
  const suggestion = `${shown.replace(/\.(?:[a-z0-9]{1,4})$/i, '').replace(/[/\\.]+$/, '').replace(/\.pdf$/i, '')}.pdf`;
  return [diagnosticAt(check.source, at, diag('build.output-not-pdf', { output: shown, suggestion }))];
}

/**
 * The one PDF's name against what the posting asks (its `file_name` and `max_name_length`) and what upload forms
 * take: the reviewer's portal shows the name, and a `?` or `:` in it is refused by Windows and many portals.
 */
function fileNameProblems(shown: string, manifest: NonNullable<CheckResult['manifest']>, profile: Profile): Diagnostic[] {
  const s = profile.submission;
  const name = basename(shown);
  const named = packetFileName(manifest.applicant, s.file_name, s.max_name_length);
  // In the folder the user chose: the hint's `output:` is then what to type.
  const expected = named === undefined ? undefined : `${shown.slice(0, shown.length - name.length)}${named}`;
  const refused = refusedNameCharacters(name);
  if (refused.length > 0) return [diag('build.file-name', { output: name, problem: 'characters', characters: refused, ...(named ? { expected: named, suggestion: expected } : {}) })];
  if (named !== undefined && name !== named) return [diag('build.file-name', { output: name, problem: 'pattern', expected: named, ...(expected !== named ? { suggestion: expected } : {}) })];
  if (s.max_name_length !== undefined && name.length > s.max_name_length) return [diag('build.file-name', { output: name, problem: 'length', max: s.max_name_length })];
  return [];
}

/**
 * A `--separate` build writes one file per item into a folder that is uploaded as a set: a folder that holds the
 * manifest's input files is refused, as an output that is an input is. Else the files to upload are mixed with the
 * inputs, and the warning about PDFs the build did not write (`build.stray-files`) would name the inputs and say to
 * delete them.
 */
async function separateFolderProblems(check: CheckResult, options: CheckOptions): Promise<Diagnostic[]> {
  if (!check.manifest || !check.source) return [];
  // The folder `build` writes: `-o docs.pdf` is docs/, as `output: docs.pdf` is.
  const folder = setFolderPath(check.manifestDir, options.output, check.manifest.output);
  const real = await realOrSame(folder);
  const held: string[] = [];
  for (const status of check.files.values()) {
    if (status.status === 'not-found') continue;
    const name = basename(status.resolved);
    if (!held.includes(name) && (await realOrSame(dirname(status.resolved))) === real) held.push(name);
  }
  if (held.length === 0) return [];
  return [diagnosticAt(check.source, check.manifest.output && !options.output ? ['output'] : [], diag('build.output-holds-inputs', { folder: displayPath(folder), files: held.sort() }))];
}

/** What is wrong with an output path as written: empty, `~` in a manifest (the shell expands it in -o), a folder for one PDF. */
function outputPathProblem(written: string, fromFlag: boolean, onePdf: boolean): OutputPathProblem | undefined {
  if (written.trim() === '') return 'empty';
  // `output: " out/packet.pdf"` built into a folder named " out" (a blank no file manager shows).
  if (written.trim() !== written) return 'blanks';
  if (!fromFlag && /^~(?:[\\/]|$)/.test(written)) return 'home';
  // `output: out\packet.pdf` written on Windows: here "\" is part of a name, so it built one file named "out\packet.pdf" (audit 25 F5).
  if (sep === '/' && written.includes('\\')) return 'backslash';
  if (onePdf && (/[\\/]$/.test(written) || /(?:^|[\\/])\.{1,2}$/.test(written.trim()))) return 'folder';
  // `out/.pdf`: a name that is only the extension, a hidden file most file managers and upload dialogs do not show.
  if (onePdf && /(?:^|[\\/])\.pdf$/iu.test(written)) return 'no-name';
  return undefined;
}

/** A Windows path written with "\\" as it reads here, or undefined when it is a drive's or a network path (no folder of this computer). */
function posixOutput(written: string): string | undefined {
  return /^(?:[a-z]:|\\\\)/iu.test(written) ? undefined : written.replace(/\\+/gu, '/');
}

/** What is wrong with an output path as written, before any file is looked at. */
type OutputPathProblem = 'empty' | 'blanks' | 'home' | 'folder' | 'no-name' | 'backslash';

/** Whether `output` is (a link to) the manifest, the profile or an input file. */
export async function clashWithInput(output: string, check: CheckResult): Promise<boolean> {
  const out = await realOrSame(output);
  const inputs = [resolve(check.manifestFile), ...(check.profilePath ? [check.profilePath] : []), ...check.basePaths, ...(check.baseFiles ?? [])];
  for (const status of check.files.values()) inputs.push(status.resolved);
  for (const p of inputs) if ((await realOrSame(p)) === out) return true;
  return false;
}

/**
 * What validate asks of the build's fonts: the characters none of them has, and the pages a text, a link, the
 * referees or the cover take, laid out as the build lays them out (an estimate from words passed 240 words of long
 * German compounds as one page; they take two; a cover counted as one page ran onto a second with 12 publications).
 */
async function typesetChecks(): Promise<{ missingGlyphs: (text: string) => string[]; pager: Pager }> {
  const fonts = await loadFonts();
  const setter = new Typesetter(fonts, { han: 'zh' });
  const measure: Measure = (t, role, size) => setter.measure(t, role, size);
  const asIs = (t: string): string => t;
  const direction = (t: string): 'ltr' | 'rtl' => setter.direction(t);
  return {
    missingGlyphs: (t) => setter.missing(t),
    pager: {
      text: (title, doc) => layoutText(title, doc, measure, asIs, direction).length,
      link: (title, url, note) => layoutLink(title, url, note, measure, asIs, direction).length,
      referees: (title, referees) => layoutReferees(title, referees, measure, asIs).length,
      cover: (input) => measureCover(plan({ ...input, fonts, tool: TOOL }), measure, asIs, direction),
    },
  };
}

/**
 * The characters none of the build's fonts has, in a text: for `profile check` and `init`, which check a profile's
 * printed strings as validate does (`profileGlyphs`).
 *
 * @example
 * (await glyphChecker())('Research plan 🔬'); // ['🔬']
 */
export async function glyphChecker(): Promise<(text: string) => string[]> {
  return (await typesetChecks()).missingGlyphs;
}

/** Most `extends` links followed: a chain longer than this is surely a mistake. */
const MAX_EXTENDS = 5;

/** The one-line usage error for a manifest path that cannot be read. */
function manifestPathError(file: string, problem: ReadProblem): string {
  if (problem.kind === 'not-found') return `${file} does not exist`;
  if (problem.kind === 'folder') return `${file} is a folder, not a file (try ${file.replace(/\/$/, '')}/manifest.yaml)`;
  return `${file} cannot be read: ${readReason(problem)}. ${readFix(problem)}`;
}

/**
 * Read the chain of `extends` files, nearest first. A base that is missing or cannot be read, a loop or a chain
 * too long is a diagnostic at the `extends:` line that names it.
 */
async function readBases(text: string, manifestDir: string, manifestFile: string): Promise<{ docs: BaseDoc[]; problem?: Diagnostic; encoding: Diagnostic[]; lookedFor: string[] }> {
  const docs: BaseDoc[] = [];
  const lookedFor: string[] = [];
  const encoding: Diagnostic[] = [];
  const seen = new Set<string>([resolve(manifestFile)]);
  let ref = extendsOf(text);
  let from = manifestDir;
  let by = { file: manifestFile, text };
  // Beside a manifest shown as written (`aalto/manifest.yaml`), its bases are too: `../shared/me.yaml`.
  const shown = isAbsolute(manifestFile) ? displayPath : nearPath;
  while (ref) {
    const path = resolve(from, ref);
    const at = { file: shown(path), from: displayPath(from) || '.' };
    const here = by;
    const problem = (why: { problem: ReadProblem } | { loop: true } | { chain: number }): Diagnostic =>
      diagnosticAt(parseYaml(here.text, here.file).source, ['extends'], diag('manifest.extends', { ...at, ...why }));
    if (seen.has(path)) return { docs, encoding, lookedFor, problem: problem({ loop: true }) };
    if (docs.length >= MAX_EXTENDS) return { docs, encoding, lookedFor, problem: problem({ chain: MAX_EXTENDS }) };
    seen.add(path);
    lookedFor.push(path);
    const read = await readInput(path, MAX_TEXT_BYTES);
    if (!read.ok) return { docs, encoding, lookedFor, problem: problem({ problem: read.problem }) };
    const { text: baseText, diagnostics: baseEncoding } = yamlText(read.bytes, shown(path));
    encoding.push(...baseEncoding);
    const baseDir = dirname(path);
    docs.push({ text: baseText, file: shown(path), rebase: (p) => toPosix(relative(manifestDir, resolve(baseDir, p))) });
    by = { file: shown(path), text: baseText };
    from = baseDir;
    ref = extendsOf(baseText);
  }
  return { docs, encoding, lookedFor };
}

type Inspect = (bytes: Uint8Array, options: InspectOptions) => Promise<InputFacts>;

async function statusOf(ref: string, manifestDir: string, options: InspectOptions, inspect: Inspect): Promise<FileStatus> {
  const path = resolve(manifestDir, ref);
  const read = await readInput(path);
  if (read.ok) {
    const facts = await inspect(read.bytes, options);
    await judgeImages(facts, read.bytes, options.fileName ?? ref);
    return { status: 'ok', resolved: read.resolved, data: read.bytes, facts };
  }
  if (read.problem.kind === 'not-found') {
    // `docs\cv.pdf` (Windows) or “docs/cv.pdf” (quotes from a word processor): the file meant, written plainly.
    const plain = ref.replace(/\\/g, '/').replace(/^[“”„"'‘’]+|[“”"'‘’]+$/gu, '').trim();
    const direct = plain !== ref && (await exists(resolve(manifestDir, plain))) ? plain : undefined;
    const similar = direct ? undefined : await suggestSimilar(path);
    const suggestion = direct ?? (similar ? suggestionLike(ref, similar, path) : undefined);
    return { status: 'not-found', resolved: read.resolved, ...(suggestion ? { suggestion } : {}) };
  }
  return { status: 'unreadable', resolved: read.resolved, reason: readReason(read.problem) };
}

/**
 * What only decoding images can tell, with the image library: a PNG or JPEG scan that shows nothing (a white page,
 * a transparent PNG) or is damaged inside with its end marker in place (a grey band or noise in print); a PDF of
 * scans whose lossless images are flat, blank when its JPEGs are flat too (a sheet scanned face up). The JPEGs
 * handed on by the inspector are judged one by one, stopping at the first that shows something, and removed.
 */
async function judgeImages(facts: InputFacts, bytes: Uint8Array, file: string): Promise<void> {
  const { scanJpegs, scanSheet } = facts;
  delete facts.scanJpegs;
  delete facts.scanSheet;
  // A blank sheet is blank at any resolution: an icon-sized scan of one is still looked at.
  if (facts.findings.some((f) => f.severity === 'error' && f.code !== 'file.low-resolution')) return;
  const image = facts.type === 'png' || facts.type === 'jpeg';
  if (!image && !scanJpegs) return;
  const { readScan, MAX_PIXELS } = await import('../io/image-codec.js');
  if (image) {
    const kind = facts.type === 'png' ? 'PNG' : 'JPEG';
    // Over the image library's bound it cannot be read at all: say so, rather than call a sound image damaged.
    const { width = 0, height = 0 } = facts;
    if (width * height > MAX_PIXELS) {
      facts.findings.push(diag('file.too-complex', { file, detail: `${width.toLocaleString('en-US')} x ${height.toLocaleString('en-US')} pixels, ${Math.round((width * height) / 1e6)} megapixels; this tool reads images up to ${MAX_PIXELS / 1e6}`, image: true }));
      return;
    }
    const seen = await readScan(bytes);
    if (seen === 'blank' || seen === 'white' || seen === 'sheet') facts.findings.push(diag('file.blank', { file, pages: 1, image: true, sheet: seen === 'sheet', ...(seen === 'white' ? { white: true } : {}) }));
    else if (seen === 'corrupt') facts.findings.push(diag('file.corrupt', { file, kind }));
    else if (seen === 'cut') facts.findings.push(diag('file.truncated', { file, kind, fatal: true }));
    return;
  }
  let sheet = scanSheet === true;
  for (const jpeg of scanJpegs ?? []) {
    const seen = await readScan(jpeg);
    if (seen !== 'blank' && seen !== 'white' && seen !== 'sheet') return;
    sheet ||= seen === 'sheet';
  }
  // A blank sheet is blank at any resolution.
  facts.findings = facts.findings.filter((f) => f.code !== 'file.no-text' && f.code !== 'file.low-resolution');
  facts.findings.push(diag('file.blank', { file, pages: facts.pages ?? 1, scan: true, sheet }));
}

/** The suggested file written the way the manifest wrote the missing one (same folder prefix; a subfolder kept). */
function suggestionLike(ref: string, similarAbs: string, missingAbs: string): string {
  const slash = ref.lastIndexOf('/');
  const folder = dirname(missingAbs);
  const tail = similarAbs.startsWith(`${folder}/`) ? similarAbs.slice(folder.length + 1) : similarAbs.slice(similarAbs.lastIndexOf('/') + 1);
  return slash >= 0 ? `${ref.slice(0, slash + 1)}${tail}` : tail;
}

async function loadProfile(ref: string, manifestDir: string, source: YamlSource): Promise<{ profile?: Profile; path?: string; source?: YamlSource; reviewMarks?: string[]; diagnostics: Diagnostic[] }> {
  const path = await resolveProfilePath(ref, manifestDir);
  if (!path) {
    const ids = await builtinProfileIds();
    return {
      diagnostics: [
        diagnosticAt(source, ['profile'], diag('profile.not-found', { ref, ids: listOr(ids) })),
      ],
    };
  }
  const read = await readInput(path, MAX_TEXT_BYTES);
  if (!read.ok) return { diagnostics: [diagnosticAt(source, ['profile'], diag('profile.unreadable', { ref: displayPath(path), problem: read.problem }))] };
  const not = notYaml(read.bytes, path);
  if (not) return { diagnostics: [diagnosticAt(source, ['profile'], diag('profile.not-profile', { ref, ids: listOr(await builtinProfileIds()), ...not }))] };
  const { text, diagnostics: encoding } = yamlText(read.bytes, displayPath(path));
  const parsed = parseProfile(text, displayPath(path));
  if (!parsed.profile && yamlKind(parsed.source.value) === 'manifest') return { diagnostics: [diagnosticAt(source, ['profile'], diag('profile.not-profile', { ref, ids: listOr(await builtinProfileIds()), posting: false, what: 'a manifest' }))] };
  return { ...(parsed.profile ? { profile: parsed.profile, source: parsed.source, reviewMarks: parsed.reviewMarks } : {}), path, diagnostics: [...encoding, ...parsed.diagnostics] };
}

/**
 * A manifest's, a base's or a profile's text: saved by an old editor as Latin-1 or as UTF-16, it is read as such
 * (so "Åsa" is not printed as "�sa" on the referees page) with a warning to save it as UTF-8; saved with lines
 * ending in a carriage return alone (classic Mac OS), it is read with them as line breaks, with a warning too.
 */
export function yamlText(bytes: Uint8Array, file: string): { text: string; diagnostics: Diagnostic[] } {
  const decoded = decodeText(bytes);
  const text = decoded ? decoded.text : new TextDecoder().decode(bytes);
  const diagnostics: Diagnostic[] = decoded && decoded.encoding !== 'utf-8' ? [{ ...diag('yaml.encoding', { file, encoding: decoded.encoding }), file, line: 1, col: 1 }] : [];
  // YAML takes a CR alone for a line break, but the reader does not: one character for one, so every line:col holds.
  const cr = /\r(?!\n)/u.exec(text);
  if (!cr) return { text, diagnostics };
  const lines = text.slice(0, cr.index).split(/\r\n|\r|\n/u);
  const at = { line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 };
  return { text: text.replace(/\r(?!\n)/gu, '\n'), diagnostics: [...diagnostics, { ...diag('yaml.line-endings', { file }), file, ...at }] };
}
