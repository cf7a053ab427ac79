/**
 * The one module that touches the file system: reading the manifest and inputs, finding built-in templates,
 * and writing outputs atomically.
 */
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, readFile, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest } from '../core/parse/suggest.js';

/** The package's root folder (holds templates/ and schemas/), from dist/io or src/io alike. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const templatesDir = join(packageRoot, 'templates');
export const profilesDir = join(templatesDir, 'profiles');
/** Files copied from pinned packages by `npm run build` (scripts/vendor.mjs): pdf.js and the fonts. */
export const vendorDir = join(packageRoot, 'vendor');

/** Largest input file read (MB): far above any portal's cap, low enough to keep memory bounded. */
export const MAX_INPUT_MB = 200;

export type ReadResult =
  | { ok: true; bytes: Uint8Array; resolved: string }
  | { ok: false; reason: 'not-found' | 'directory' | 'unreadable' | 'too-large'; resolved: string; detail?: string };

/** Read a whole file, saying plainly why when it cannot be read. */
export async function readInput(path: string, maxBytes = MAX_INPUT_MB * 1e6): Promise<ReadResult> {
  const resolved = resolve(path);
  try {
    const s = await stat(resolved);
    if (s.isDirectory()) return { ok: false, reason: 'directory', resolved };
    if (s.size > maxBytes) return { ok: false, reason: 'too-large', resolved, detail: `${(s.size / 1e6).toFixed(0)} MB` };
    const b = await readFile(resolved);
    // A view, not a copy: inputs can be tens of MB.
    return { ok: true, bytes: viewOf(b), resolved };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'not-found', resolved };
    return { ok: false, reason: 'unreadable', resolved, detail: code ?? String(err) };
  }
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8');
}

/** The canonical path of a file (links resolved), or the path itself when it does not exist. */
export async function realOrSame(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** A file in the same folder whose name is close to the missing one's, as a path like the one given. */
export async function suggestSimilar(path: string): Promise<string | undefined> {
  try {
    const names = await readdir(dirname(resolve(path)));
    const guess = closest(basename(path), names);
    if (!guess || guess === basename(path)) return undefined;
    const dir = dirname(path);
    return dir === '.' && !path.startsWith('.') ? guess : `${dir}/${guess}`;
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
  const local = resolve(manifestDir, ref);
  if (looksLikePath && (await exists(local))) return local;
  return undefined;
}

/** A path as the user would like to read it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : path;
}

/** A path with forward slashes, as manifests write them on every system. */
export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The embedded fonts for generated pages: DejaVu Sans covers Latin, Greek, Cyrillic and Vietnamese. */
export function loadFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  // Read once per process: validation and the build both need them.
  fontsOnce ??= readFonts();
  return fontsOnce;
}
let fontsOnce: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

async function readFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const dir = join(vendorDir, 'fonts');
  const [regular, bold] = await Promise.all([readFile(join(dir, 'DejaVuSans.ttf')), readFile(join(dir, 'DejaVuSans-Bold.ttf'))]);
  return { regular: viewOf(regular), bold: viewOf(bold) };
}

/** The bytes of a Buffer as a plain Uint8Array, without copying them (the core takes Uint8Arrays). */
function viewOf(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Write a file so that it appears only when complete: a temporary file in the same folder, then a rename.
 * A failure leaves no partial file behind. `data` may come in chunks, each written as it is made.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string | Iterable<Uint8Array>): Promise<void> {
  await writeFileIfAccepted(path, data, async () => true);
}

/**
 * `writeFileAtomic`, with a last look: `accept` reads the complete temporary file (its path is given) before it
 * is put in place; when it says no, nothing appears and false is returned.
 *
 * @example
 * const written = await writeFileIfAccepted('out/packet.pdf', chunks, async (tmp) => looksRight(await readFile(tmp)));
 */
export async function writeFileIfAccepted(path: string, data: Uint8Array | string | Iterable<Uint8Array>, accept: (written: string) => Promise<boolean>): Promise<boolean> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  // Unique enough with the process id, and 'wx' refuses to reuse a name (node:crypto would cost 8 ms to load).
  const tmp = join(dirname(target), `.packet-tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}-${basename(target)}`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data);
      else for (const chunk of data) await writeAll(handle, chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!(await accept(tmp))) {
      await rm(tmp, { force: true });
      return false;
    }
    await rename(tmp, target);
    return true;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let at = 0; at < chunk.length; ) at += (await handle.write(chunk, at)).bytesWritten;
}

/** Modification time in ms, or undefined when the file does not exist. */
export async function mtimeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}
