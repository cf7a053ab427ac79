/**
 * The one module that touches the file system: reading the manifest and inputs, finding built-in templates,
 * and writing outputs atomically.
 */
import { constants, readFileSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, realpath, rename, rm, rmdir, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FallbackFace } from '../core/assemble/scripts.js';
import { liveTemps } from './temps.js';
import { closest } from '../core/parse/suggest.js';
import type { Fonts } from '../core/plan/types.js';
import type { ReadProblem, SpecialKind, WriteProblem } from '../core/file-problems.js';
import { readReason, writeReason } from '../core/file-problems.js';

/** The package's root folder (holds templates/ and schemas/), from dist/io or src/io alike. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const templatesDir = join(packageRoot, 'templates');
export const profilesDir = join(templatesDir, 'profiles');
/** Files copied from pinned packages by `npm run build` (scripts/vendor.mjs): pdf.js and the fonts. */
export const vendorDir = join(packageRoot, 'vendor');

/** Largest input file read (MB): far above any portal's cap, low enough to keep memory bounded. */
export const MAX_INPUT_MB = 200;
/** Largest manifest, profile, `extends` file or posting read (bytes); YAML over 1 MB of text is refused anyway. */
export const MAX_TEXT_BYTES = 10e6;

export type ReadResult = { ok: true; bytes: Uint8Array; resolved: string } | { ok: false; problem: ReadProblem; resolved: string };

// Non-blocking: opening a FIFO, or a device that waits for a carrier, returns at once instead of hanging.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Read a whole file, at most `maxBytes` of it: the one way `packet` reads anything. Only regular files are read
 * (a device, FIFO or socket is refused, also behind a link, without reading a byte); a file larger than the
 * bound is refused without reading it. A name typed in one Unicode form finds the file stored in the other.
 *
 * @example
 * const read = await readInput('docs/cv.pdf');
 * if (!read.ok) console.log(readReason(read.problem)); // e.g. 'it is a device (/dev/zero), not a regular file'
 */
export async function readInput(path: string, maxBytes = MAX_INPUT_MB * 1e6): Promise<ReadResult> {
  const first = await readBounded(path, maxBytes);
  if (first.ok || first.problem.kind !== 'not-found') return first;
  // Typed in NFC while the disk holds NFD (files from a Mac), or the reverse: the same name to the user.
  const spelled = await spelledOnDisk(path);
  if (spelled) return readBounded(spelled, maxBytes);
  if (fsPath(first.resolved).includes('\uFFFD')) return { ...first, problem: { kind: 'not-utf8' } };
  return first;
}

/** A whole text file (UTF-8), bounded like every read; a file that cannot be read throws a `ReadError`. */
export async function readText(path: string, maxBytes = MAX_TEXT_BYTES): Promise<string> {
  const read = await readInput(path, maxBytes);
  if (!read.ok) throw new ReadError(path, read.problem);
  return new TextDecoder().decode(read.bytes);
}

/** A file that could not be read, with the reason as data (its message says it in plain words). */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  constructor(
    readonly path: string,
    readonly problem: ReadProblem,
  ) {
    super(readReason(problem));
  }
}

async function readBounded(path: string, maxBytes: number): Promise<ReadResult> {
  const resolved = resolve(path);
  const target = fsPath(resolved);
  const fail = (problem: ReadProblem): ReadResult => ({ ok: false, problem, resolved });
  let handle: FileHandle;
  try {
    handle = await open(target, READ_FLAGS);
  } catch (err) {
    return fail(await openProblem(target, err));
  }
  try {
    // The opened file itself, not the name: a link resolved, and nothing swapped in between.
    const s = await handle.stat();
    if (s.isDirectory()) return fail({ kind: 'folder' });
    if (!s.isFile()) return fail(await specialProblem(target, resolved, s));
    if (s.size > maxBytes) return fail({ kind: 'too-large', bytes: s.size, limit: maxBytes });
    const bytes = await readUpTo(handle, s.size, maxBytes);
    return bytes ? { ok: true, bytes, resolved } : fail({ kind: 'too-large', bytes: maxBytes + 1, limit: maxBytes });
  } catch (err) {
    return fail(problemOf(err));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** At most `maxBytes` (undefined when there is more), in one allocation when the size is known. */
async function readUpTo(handle: FileHandle, size: number, maxBytes: number): Promise<Uint8Array | undefined> {
  // Files that do not know their size (/proc) grow in steps; one byte more than the bound tells "too large".
  let buf = Buffer.allocUnsafeSlow(Math.min(maxBytes, size > 0 ? size : 64 * 1024) + 1);
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > maxBytes) return undefined;
      const next = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, buf.length * 2));
      buf.copy(next, 0, 0, length);
      buf = next;
    }
    const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return length > maxBytes ? undefined : new Uint8Array(buf.buffer, buf.byteOffset, length);
}

function kindOf(s: Stats): SpecialKind {
  return s.isFIFO() ? 'fifo' : s.isSocket() ? 'socket' : 'device';
}

/** A device, FIFO or socket, with where the path leads when that is another place (a link). */
async function specialProblem(target: string, resolved: string, s: Stats): Promise<ReadProblem & WriteProblem> {
  const real = await realpath(target).catch(() => resolved);
  // /dev/stdin leads wherever this program's input happens to come from (/dev/null, a pipe): the path given says more.
  const alias = resolved.startsWith('/dev/') || resolved.startsWith('/proc/');
  return { kind: 'special', what: kindOf(s), ...(real !== resolved && !alias ? { real: displayPath(real) } : {}) };
}

async function openProblem(target: string, err: unknown): Promise<ReadProblem> {
  const code = (err as NodeJS.ErrnoException).code;
  // Opening a socket fails (ENXIO on Linux): say what it is.
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') {
    const s = await stat(target).catch(() => undefined);
    if (s && !s.isFile() && !s.isDirectory()) return specialProblem(target, resolve(target), s);
  }
  return problemOf(err);
}

function problemOf(err: unknown): ReadProblem {
  const code = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'not-found' };
    case 'EISDIR':
      return { kind: 'folder' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'denied' };
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return { kind: 'nul' };
    default:
      return { kind: 'error', code };
  }
}

/**
 * The form of `path` to hand to the file system. Node decodes a folder name that is not valid UTF-8 (in the
 * working folder or in argv) to U+FFFD, which names no file; below the working folder, the relative form still
 * opens it.
 *
 * @example
 * fsPath('/tmp/caf\uFFFD/manifest.yaml', '/tmp/caf\uFFFD'); // 'manifest.yaml'
 */
export function fsPath(path: string, cwd = process.cwd()): string {
  if (!path.includes('\uFFFD') || !isAbsolute(path) || !cwd.includes('\uFFFD')) return path;
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel;
}

/** The path with each name spelled as on disk, when they differ only in Unicode normalization (NFC and NFD). */
async function spelledOnDisk(path: string): Promise<string | undefined> {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(path)) return undefined;
  const abs = resolve(path);
  const root = parse(abs).root;
  let at = root;
  for (const name of abs.slice(root.length).split(sep).filter(Boolean)) {
    const direct = join(at, name);
    if (await present(direct)) {
      at = direct;
      continue;
    }
    const wanted = name.normalize('NFC');
    const names = await readdir(fsPath(at)).catch(() => [] as string[]);
    const found = names.find((n) => n !== name && n.normalize('NFC') === wanted);
    if (!found) return undefined;
    at = join(at, found);
  }
  return at === abs ? undefined : at;
}

/** Whether something (even a dangling link) is at this exact path. */
async function present(path: string): Promise<boolean> {
  return lstat(fsPath(path)).then(
    () => true,
    () => false,
  );
}

/** The canonical path of a file (links resolved), or the path itself when it does not exist. */
export async function realOrSame(path: string): Promise<string> {
  return realpath(fsPath(resolve(path))).catch(() => resolve(path));
}

/**
 * The first `max` bytes of the regular file at `path`, or undefined when there is none (nothing, a folder, a
 * device): what an output about to be replaced holds, to tell a file this tool wrote from one it did not.
 *
 * @example
 * await fileHead('out/packet.pdf', 1024); // Uint8Array starting with %PDF-, or undefined
 */
export async function fileHead(path: string, max: number): Promise<Uint8Array | undefined> {
  const s = await stat(fsPath(resolve(path))).catch(() => undefined);
  if (!s?.isFile()) return undefined;
  let handle: FileHandle | undefined;
  try {
    handle = await open(fsPath(resolve(path)), 'r');
    const buffer = new Uint8Array(Math.min(max, s.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/** Whether something is at `path` (also when the name there is spelled in another Unicode form). */
export async function exists(path: string): Promise<boolean> {
  return (await present(resolve(path))) || (await spelledOnDisk(path)) !== undefined;
}

/** A file in the same folder whose name is close to the missing one's, as a path like the one given. */
export async function suggestSimilar(path: string): Promise<string | undefined> {
  try {
    const entries = await readdir(fsPath(dirname(resolve(path))), { withFileTypes: true });
    const names = entries.map((e) => e.name);
    const dir = dirname(path);
    const at = (name: string): string => (dir === '.' && !path.startsWith('.') ? name : `${dir}/${name}`);
    const guess = closest(basename(path), names);
    // Never "did you mean" the same name, whatever its Unicode form.
    if (guess && guess.normalize('NFC') !== basename(path).normalize('NFC')) return at(guess);
    // A file moved one folder down (`old/cv.pdf`) during the week: the same name there.
    const want = basename(path).normalize('NFC');
    for (const sub of entries.filter((e) => e.isDirectory()).slice(0, 50)) {
      const inside = await readdir(fsPath(resolve(dirname(resolve(path)), sub.name))).catch(() => [] as string[]);
      const same = inside.find((n) => n.normalize('NFC') === want);
      if (same) return at(`${sub.name}/${same}`);
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Built-in profile ids (file names in templates/profiles without .yaml). */
export async function builtinProfileIds(): Promise<string[]> {
  try {
    return (await readdir(profilesDir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Where a manifest's `profile:` points: a built-in id, or a path relative to the manifest's folder.
 * Returns undefined when neither exists.
 */
export async function resolveProfilePath(ref: string, manifestDir: string): Promise<string | undefined> {
  const looksLikePath = /[\\/]|\.ya?ml$/i.test(ref);
  if (!looksLikePath) {
    const builtin = join(profilesDir, `${ref}.yaml`);
    if (await exists(builtin)) return builtin;
  }
  // A file of any name next to the manifest is read (and told apart from a PDF or a posting by its content).
  const local = resolve(manifestDir, ref);
  if (await exists(local)) return local;
  return undefined;
}

/** A path as the user would like to read it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}

/**
 * A file named from a manifest shown relative to the working folder (an `extends` base), as the manifest writes
 * it: `../shared/me.yaml` a folder or two up, in full when further away or shorter in full.
 *
 * @example
 * nearPath('/home/aino/apps/shared/me.yaml', '/home/aino/apps/aalto') // '../shared/me.yaml'
 */
export function nearPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  if (!rel || isAbsolute(rel)) return path;
  const parts = rel.split(sep);
  const up = parts.findIndex((p) => p !== '..');
  const shown = parts.join('/');
  return up !== -1 && up <= MAX_UP && shown.length < path.length ? shown : path;
}

/** Folders up that a shown path may climb before it is clearer in full. */
const MAX_UP = 2;

/** A path with forward slashes, as manifests write them on every system. */
export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * The embedded fonts for generated pages: DejaVu Sans (Latin, Greek, Cyrillic, Vietnamese), read now; the Noto
 * fonts for Arabic, Hebrew, Chinese, Japanese and Korean, read when a character first needs one (the CJK files
 * are 5 to 10 MB); and the shaping engine, loaded when a packet has Arabic or Hebrew text.
 */
export function loadFonts(): Promise<Fonts> {
  // Read once per process: validation and the build both need them.
  fontsOnce ??= readFonts();
  return fontsOnce;
}
let fontsOnce: Promise<Fonts> | undefined;

/** The file of each face in vendor/fonts (scripts/vendor.mjs copies them). */
const FALLBACK_FILES: Record<FallbackFace, string> = {
  italic: 'DejaVuSans-Oblique.ttf',
  'bold-italic': 'DejaVuSans-BoldOblique.ttf',
  arabic: 'NotoSansArabic_400Regular.ttf',
  'arabic-bold': 'NotoSansArabic_700Bold.ttf',
  hebrew: 'NotoSansHebrew-Regular.ttf',
  'hebrew-bold': 'NotoSansHebrew-Bold.ttf',
  sc: 'NotoSansSC_400Regular.ttf',
  jp: 'NotoSansJP_400Regular.ttf',
  kr: 'NotoSansKR_400Regular.ttf',
};

async function readFonts(): Promise<Fonts> {
  const dir = join(vendorDir, 'fonts');
  const [regular, bold] = await Promise.all([readPackageFile(join(dir, 'DejaVuSans.ttf')), readPackageFile(join(dir, 'DejaVuSans-Bold.ttf'))]);
  const fallbacks = new Map<FallbackFace, Uint8Array | undefined>();
  return {
    regular,
    bold,
    // Synchronous, as glyph checks ask for a font in the middle of laying out a line; read once.
    fallback: (face) => {
      if (!fallbacks.has(face)) {
        let bytes: Uint8Array | undefined;
        try {
          const b = readFileSync(join(dir, FALLBACK_FILES[face]));
          bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
        } catch {
          bytes = undefined;
        }
        fallbacks.set(face, bytes);
      }
      return fallbacks.get(face);
    },
    engine: async () => (await import('./shaping.js')).loadShapingEngine(),
  };
}

/** A file of the package itself: its absence is a broken installation, not a problem with the user's files. */
async function readPackageFile(path: string): Promise<Uint8Array> {
  const read = await readInput(path, MAX_TEXT_BYTES);
  if (!read.ok) throw new Error(`${path} of the installed package cannot be read: ${readReason(read.problem)}`);
  return read.bytes;
}

/** An output that could not be written, with the reason as data (its message says it in plain words). */
export class WriteError extends Error {
  override readonly name = 'WriteError';

  constructor(
    readonly path: string,
    readonly problem: WriteProblem,
  ) {
    super(`Cannot write ${path}: ${writeReason(problem)}`);
  }
}

/** The longest file name (in bytes) most file systems take. */
const NAME_MAX = 255;

/**
 * Why `path` cannot take an output, found before anything is built: something there that is not a regular file
 * (a folder for `want: 'folder'`), a folder on the way that is a file, a NUL or an over-long name.
 * Undefined when nothing stands in the way (the write itself may still fail: no space, no permission).
 *
 * @example
 * await outputProblem('/dev/null', 'file'); // { kind: 'special', what: 'device' }
 */
export async function outputProblem(path: string, want: 'file' | 'folder'): Promise<WriteProblem | undefined> {
  if (path.includes('\0')) return { kind: 'nul' };
  const abs = resolve(path);
  const here = await stat(fsPath(abs)).catch(() => undefined);
  if (here) {
    if (want === 'file' && here.isDirectory()) return { kind: 'folder' };
    if (want === 'folder' && here.isFile()) return { kind: 'not-folder' };
    if (!here.isFile() && !here.isDirectory()) return specialProblem(fsPath(abs), abs, here);
    return undefined;
  }
  if (abs.split(sep).some((name) => Buffer.byteLength(name) > NAME_MAX)) return { kind: 'name-too-long' };
  // The nearest existing folder on the way must be a folder; the missing ones are made.
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    const s = await stat(fsPath(dir)).catch(() => undefined);
    if (s) return s.isDirectory() ? undefined : { kind: 'parent-not-folder', parent: displayPath(dir) };
    // A missing folder named with U+FFFD stood for a name that is not valid UTF-8: making it would make another.
    if (basename(dir).includes('\uFFFD')) return { kind: 'not-utf8' };
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Write a file so that it appears only when complete: a temporary file in the same folder, then a rename.
 * A failure leaves no partial file behind and throws a `WriteError` that says why (never a bare system error).
 * `data` may come in chunks, each written as it is made.
 *
 * @example
 * await writeFileAtomic('out/packet.pdf', bytes);
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string | Iterable<Uint8Array>): Promise<void> {
  await writeFilesAtomic([{ path, data }]);
}

/**
 * `writeFileAtomic`, with a last look: `accept` reads the complete temporary file (its path is given) before it
 * is put in place; when it says no, nothing appears and false is returned.
 *
 * @example
 * const written = await writeFileIfAccepted('out/packet.pdf', chunks, async (tmp) => looksRight(await readFile(tmp)));
 */
export async function writeFileIfAccepted(path: string, data: Uint8Array | string | Iterable<Uint8Array>, accept: (written: string) => Promise<boolean>): Promise<boolean> {
  return writeFilesAtomic([{ path, data }], async ([tmp]) => accept(tmp!));
}

/**
 * Write several files, each appearing only when all of them are complete: a failure leaves none of them
 * (the one-PDF-per-item build never leaves half a set). With `accept`, the complete temporary files are shown
 * to it first; when it says no, none appears and false is returned.
 */
export async function writeFilesAtomic(
  files: readonly { path: string; data: Uint8Array | string | Iterable<Uint8Array> }[],
  accept?: (written: readonly string[]) => Promise<boolean>,
): Promise<boolean> {
  for (const f of files) {
    const problem = await outputProblem(f.path, 'file');
    if (problem) throw new WriteError(f.path, problem);
  }
  const written: { tmp: string; target: string }[] = [];
  // Folders made for the outputs, removed again (when still empty) if the write fails.
  const made: { first: string; last: string }[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      const target = await landing(fsPath(resolve(f.path)));
      const first = await makeFolders(dirname(target));
      if (first) made.push({ first: fsPath(first), last: dirname(target) });
      const tmp = tempNameFor(target);
      written.push({ tmp, target });
      liveTemps.add(tmp);
      await writeTemp(tmp, f.data);
    }
    if (accept && !(await accept(written.map((w) => w.tmp)))) {
      await discard(written, made);
      return false;
    }
    for (const w of written) {
      current = w.target;
      await rename(w.tmp, w.target);
      liveTemps.delete(w.tmp);
    }
    return true;
  } catch (err) {
    await discard(written, made);
    if (!isFsError(err)) throw err;
    throw new WriteError(current, (await outputProblem(current, 'file')) ?? writeProblemOf(err));
  }
}

/**
 * `mkdir -p`, returning the first folder made. Node's recursive mkdir says ENOENT where the disk is read-only or
 * the folder denies it; made one by one, the real reason comes out, to be told ("the disk is read-only").
 */
async function makeFolders(dir: string): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true });
  } catch (err) {
    if (!isFsError(err) || err.code !== 'ENOENT') throw err;
    const missing: string[] = [];
    for (let d = dir; !(await stat(d).then(() => true, () => false)) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
    for (const d of missing) await mkdir(d);
    return missing[0];
  }
}

/**
 * Where a write to `path` lands: through a symbolic link, the file it points at (the copy in a synced folder that the
 * link stands for), not a new file in the link's place that leaves that copy stale.
 */
async function landing(path: string): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  if (!link?.isSymbolicLink()) return path;
  const real = await realpath(path).catch(() => undefined);
  if (real) return real;
  // A link to a file not made yet: where it points, one step (the folder it names may be made for it).
  const to = await readlink(path).catch(() => undefined);
  return to === undefined ? path : resolve(dirname(path), to);
}

/**
 * The PDF files directly in `folder` (names only, sorted); none when it cannot be read.
 *
 * @example
 * await pdfFilesIn('packet'); // ['Virtanen_Aino_cv.pdf', 'Virtanen_Aino_publications.pdf']
 */
export async function pdfFilesIn(folder: string): Promise<string[]> {
  const entries = await readdir(fsPath(folder), { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.pdf$/iu.test(e.name))
    .map((e) => e.name)
    .sort();
}

/**
 * The YAML files (`*.yaml`, `*.yml`) and the subfolders of a folder, by name, sorted; none when it cannot be read.
 *
 * @example
 * await yamlFilesAndFolders('applications'); // { yaml: ['base.yaml'], folders: ['aalto', 'eu'] }
 */
export async function yamlFilesAndFolders(folder: string): Promise<{ yaml: string[]; folders: string[] }> {
  const entries = await readdir(fsPath(folder), { withFileTypes: true }).catch(() => []);
  return {
    yaml: entries.filter((e) => e.isFile() && /\.ya?ml$/iu.test(e.name)).map((e) => e.name).sort(),
    folders: entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort(),
  };
}

/** Remove the temporary files and the folders made for them (while still empty). */
async function discard(written: readonly { tmp: string }[], made: { first: string; last: string }[]): Promise<void> {
  for (const w of written) liveTemps.delete(w.tmp);
  await Promise.all(written.map((w) => rm(w.tmp, { force: true }).catch(() => undefined)));
  for (const m of made.reverse()) await removeEmptyFolders(m.last, m.first);
}

/** Remove `from` and its parents up to `upTo`, each only while empty (never anything someone else put there). */
async function removeEmptyFolders(from: string, upTo: string): Promise<void> {
  const last = resolve(upTo);
  for (let dir = from; ; dir = dirname(dir)) {
    if (!(await rmdir(dir).then(() => true, () => false))) return;
    if (resolve(dir) === last || dirname(dir) === dir) return;
  }
}

/** A temporary name beside the target, unique enough with the process id, and within the longest name allowed. */
function tempNameFor(target: string): string {
  // 'wx' refuses to reuse a name; node:crypto would cost 8 ms to load.
  const prefix = `.packet-tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}-`;
  let name = prefix;
  for (const ch of basename(target)) {
    if (Buffer.byteLength(name + ch) > NAME_MAX) break;
    name += ch;
  }
  return join(dirname(target), name);
}

async function writeTemp(tmp: string, data: Uint8Array | string | Iterable<Uint8Array>): Promise<void> {
  const handle = await open(tmp, 'wx');
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
    else for (const chunk of data) await writeAll(handle, chunk);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let at = 0; at < chunk.length; ) at += (await handle.write(chunk, at)).bytesWritten;
}

/** An error from the file system (not a bug elsewhere, such as an assembler error met while writing chunks). */
function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && ('syscall' in err || (err as NodeJS.ErrnoException).code === 'ERR_INVALID_ARG_VALUE');
}

function writeProblemOf(err: NodeJS.ErrnoException): WriteProblem {
  switch (err.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { kind: 'no-space' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'denied' };
    case 'EROFS':
      return { kind: 'read-only' };
    case 'ENAMETOOLONG':
      return { kind: 'name-too-long' };
    case 'EISDIR':
      return { kind: 'folder' };
    case 'ERR_INVALID_ARG_VALUE':
      return { kind: 'nul' };
    default:
      return { kind: 'error', code: err.code ?? 'EUNKNOWN' };
  }
}

/** Modification time in ms, or undefined when the file does not exist. */
export async function mtimeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(fsPath(resolve(path)))).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Modification time in ms of a regular file, or undefined when there is none at the path (nothing, or a folder). */
export async function fileMtimeOf(path: string): Promise<number | undefined> {
  try {
    const s = await stat(fsPath(resolve(path)));
    return s.isFile() ? s.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

/** Whether there is a folder at the path (not a file, not nothing). */
export async function isFolder(path: string): Promise<boolean> {
  return (await stat(fsPath(resolve(path))).catch(() => undefined))?.isDirectory() === true;
}
