/** What `packet report` knows about a packet built earlier: where each item landed, and whether it is stale. */
import { contactsCapped } from '../core/plan/plan.js';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { displayPath, fileHead, fileMtimeOf, isFolder, MAX_TEXT_BYTES, mtimeOf, pdfFilesIn, readInput, realOrSame, toPosix, yamlFilesAndFolders } from '../io/files.js';
import { describeNonPdf, pdfHeaderOffset } from '../core/inspect/sniff.js';
import { sha256Hex } from '../io/digest.js';
import { filesOf } from '../core/parse/manifest.js';
import { fileNames } from '../core/plan/file-names.js';
import { changedInput, DIGEST_HEX, digestPrefix, PRINTS_VERSION, type InputDigest } from '../core/built-from.js';
import { setFolderPath, singleOutput } from './outputs.js';
import type { CheckResult } from './check.js';
import type { ItemReport } from '../core/validate/types.js';
import type { BuiltDamage, BuiltPdf, BuiltSection } from '../core/report/built.js';
import type { CopyOf, Report } from '../core/report/model.js';
import { diag } from '../core/catalogue.js';
import { plural, shellArg } from '../core/words.js';
import { readReason } from '../core/file-problems.js';
import { UsageError } from './errors.js';
import { sortDiagnostics } from '../core/diagnostics.js';
import { isItemSizeEstimate, judgeFilesOnBuilt, judgeItemsOnBuilt, judgeOnBuilt, longestFiles, overBuiltFileCaps, type BuiltFile } from '../core/validate/built-caps.js';

/**
 * `report --pdf <file>`: the file must be there. A typo in the path used to be ignored, and the report then
 * said Ready without having read any PDF. (The default output missing is normal: nothing is built yet.) When the
 * manifest's own packet (`check`) is built, the error names it rather than asking for a second build.
 *
 * @example
 * await requireBuiltPdf('out/packet-final.pdf', 'manifest.yaml'); // throws a UsageError when it is not there
 */
export async function requireBuiltPdf(pdfPath: string, manifestPath: string, check?: CheckResult): Promise<'file' | 'folder'> {
  const read = await readInput(pdfPath);
  if (read.ok) return 'file';
  // A separate-files posting's set is a folder: the caller decides once the posting is known (`setAtPdf`).
  if (read.problem.kind === 'folder') return 'folder';
  const shown = displayPath(resolve(pdfPath));
  if (read.problem.kind === 'not-found') {
    const own = check && (await ownBuilt(check));
    if (own) {
      // Typed as the manifest writes `output:`, from another folder: the path is read from here, not from the manifest's folder.
      const fromManifest = resolve(check.manifestDir, pdfPath);
      const why = fromManifest === own.path || (await fileMtimeOf(fromManifest)) !== undefined ? ' (a path given to --pdf is read from the folder you run packet in, not from the manifest\'s folder)' : ', or check the path given to --pdf';
      throw new UsageError(`${shown} does not exist; ${own.text}${why}`);
    }
    // The manifest's own output typed from another folder: `-o` with it would build a second packet here, so the plain build is suggested.
    const target = check?.manifest && check.profile?.submission.format !== 'separate-files' ? builtPathOf(check) : undefined;
    if (target !== undefined && target !== resolve(pdfPath) && resolve(check!.manifestDir, pdfPath) === target) {
      const at = displayPath(target);
      throw new UsageError(`${shown} does not exist; the packet this manifest builds is ${at}, not built yet: build it first (packet build ${shellArg(manifestPath)}), then give --pdf ${shellArg(at)} (a path given to --pdf is read from the folder you run packet in, not from the manifest's folder)`);
    }
    throw new UsageError(`${shown} does not exist: build the packet first (packet build ${shellArg(manifestPath)} -o ${shellArg(shown)}), or check the path given to --pdf`);
  }
  throw new UsageError(`${shown} cannot be read: ${readReason(read.problem)}. Give --pdf the packet PDF that \`packet build\` wrote`);
}

/** The manifest's own packet (or separate-files folder) when it is built: its path and how to give it to --pdf. */
async function ownBuilt(check: CheckResult): Promise<{ path: string; text: string } | undefined> {
  if (!check.manifest) return undefined;
  if (check.profile?.submission.format === 'separate-files') {
    const folder = separateFolderOf({ ...check, manifest: check.manifest });
    return (await isFolder(folder)) ? { path: folder, text: `this manifest's set of files is in ${folderShown(folder)}: give --pdf ${shellArg(folderShown(folder))} or one of its files` } : undefined;
  }
  const path = builtPathOf(check) as string;
  const shown = displayPath(path);
  return (await fileMtimeOf(path)) !== undefined ? { path, text: `the packet this manifest builds is ${shown}: give --pdf ${shellArg(shown)}` } : undefined;
}

/**
 * Where `packet build` writes this manifest's packet, in words for a usage error: the one PDF's path, or a
 * separate-files posting's folder (its files, or the folder, go to --pdf). Undefined when the manifest was not read.
 */
function whereBuilt(check: CheckResult): { text: string; single: boolean } | undefined {
  if (!check.manifest) return undefined;
  const build = `packet build ${shellArg(check.manifestFile)}`;
  if (check.profile?.submission.format === 'separate-files') {
    return { text: `--pdf takes the set of files that \`${build}\` writes in ${folderShown(separateFolderOf({ ...check, manifest: check.manifest }))}: one of them, or that folder`, single: false };
  }
  const out = displayPath(builtPathOf(check) as string);
  return { text: `--pdf takes the PDF that \`${build}\` writes, ${out} (or a copy of it)`, single: true };
}

/**
 * `report --pdf` given something no build writes: a folder for a one-PDF posting, or a file that is no PDF and not
 * where the build writes (the manifest itself, a .docx). Before, a file was judged as a damaged packet
 * ("build.damaged: manifest.yaml is not a PDF ... Build it again"), which no build changes. A usage error that says
 * what --pdf takes and where the build puts it. A non-PDF under a .pdf name, or at the output, is a damaged copy
 * of the packet: judged as before.
 *
 * @example
 * await refuseNonPacket(check, 'manifest.yaml', 'file'); // throws: "manifest.yaml is your manifest, not a PDF: --pdf takes ..."
 */
export async function refuseNonPacket(check: CheckResult, pdfPath: string, kind: 'file' | 'folder'): Promise<void> {
  const path = resolve(pdfPath);
  const where = whereBuilt(check);
  if (kind === 'folder') {
    if (where && !where.single) return;
    throw new UsageError(`${folderShown(path)} is a folder: ${where?.text ?? 'give --pdf the packet PDF that `packet build` wrote'}`);
  }
  const head = (await fileHead(path, 1024)) ?? new Uint8Array();
  if (pdfHeaderOffset(head) >= 0 || extname(path).toLowerCase() === '.pdf') return;
  if (path === builtPathOf(check)) return;
  const what = path === resolve(check.manifestFile) ? 'your manifest' : check.profilePath !== undefined && path === resolve(check.profilePath) ? "the posting's profile" : head.length === 0 ? 'empty' : describeNonPdf(head);
  throw new UsageError(`${displayPath(path)} is ${what}, not a PDF: ${where?.text ?? 'give --pdf the packet PDF that `packet build` wrote'}`);
}

/** What `report --pdf` gave of a separate-files posting's set: its folder, or one file of it with the item it holds. */
export interface SetAt {
  folder: string;
  file?: { name: string; item: ItemReport };
}

/**
 * `report --pdf` on a separate-files posting: a folder is the set (judged as the set at the manifest's `output`
 * is), and a file of it (by the name a build gives an item, or the one item's bookmark it holds) is judged as that
 * item's file. Before, the file was judged as a whole one-PDF packet ("it has no "Cover letter"": out of date,
 * build again, which changed nothing) and the folder was refused. Undefined: judged as the one PDF (the CV itself,
 * another applicant's packet). A folder for a one-PDF posting is a usage error, as is a PDF this manifest's build
 * wrote that holds no item alone (no build makes it a file of the set).
 *
 * @example
 * const at = await setAtPdf(check, 'packet/Virtanen_Aino_cv.pdf', 'file'); // { folder: '/…/packet', file: { name: 'Virtanen_Aino_cv.pdf', item: … } }
 */
export async function setAtPdf(check: CheckResult, pdfPath: string, kind: 'file' | 'folder'): Promise<SetAt | undefined> {
  const path = resolve(pdfPath);
  const shown = displayPath(path);
  const s = check.profile?.submission;
  if (s?.format !== 'separate-files' || !check.manifest || !check.result) {
    if (kind === 'folder') await refuseNonPacket(check, pdfPath, kind);
    return undefined;
  }
  const ownFolder = separateFolderOf({ ...check, manifest: check.manifest });
  const own = folderShown(ownFolder);
  const items = check.result.items.filter((i) => i.status === 'ok' && i.entries.length > 0);
  const names = fileNames(items.map((i) => ({ id: i.id, title: i.title })), check.manifest.applicant, s.file_name, s.max_name_length);
  if (kind === 'folder') {
    // Another folder with none of the set's files (a copy of one file, renamed): building again would not change it.
    const inFolder = await pdfFilesIn(path);
    if (path !== ownFolder && !names.some((n) => inFolder.includes(n))) {
      throw new UsageError(`${folderShown(path)} holds none of the files \`packet build\` writes for this posting (${names.slice(0, 2).join(', ')}${names.length > 2 ? ', …' : ''}): give --pdf the folder it writes them in, ${own}, or build the set there (packet build ${shellArg(check.manifestFile)} -o ${shellArg(folderShown(path))})`);
    }
    return { folder: path };
  }
  const name = basename(path);
  const read = await builtFile(check, path);
  const sections = read?.built.damage ? undefined : read?.built.sections;
  const item = items[names.indexOf(name)] ?? (sections?.length === 1 ? items.find((i) => sameItem(sections[0], i)) : undefined);
  if (item) return { folder: dirname(path), file: { name, item } };
  if (read?.built.inputs && !read.built.damage && (await ownManifestKey(check, read.built.manifest, { path, inputs: read.built.inputs, copy: true }))) {
    throw new UsageError(`${shown} is not a file of this posting's set: the posting asks for one file per item, which \`packet build\` writes in ${own}; give --pdf one of them, or the folder ${own}`);
  }
  return undefined;
}

/** Where the built packet is: `--pdf`, else the manifest's `output`, else the default; undefined without a manifest. */
export function builtPathOf(check: CheckResult, pdfPath?: string): string | undefined {
  if (pdfPath) return resolve(pdfPath);
  return check.manifest ? resolve(check.manifestDir, singleOutput(check.manifest, check.profile)) : undefined;
}

/**
 * When the packet PDF exists, put each item's page range in the report, and warn when an input changed since.
 *
 * @example
 * const notes = await attachBuiltRanges(check, undefined);
 */
export async function attachBuiltRanges(check: CheckResult, pdfPath?: string, options: { ranges?: boolean; validate?: boolean } = {}): Promise<BuiltRead> {
  const path = builtPathOf(check, pdfPath);
  if (path === undefined || !check.result) return { diagnostics: [] };
  const read = await readInput(path);
  if (!read.ok) return { diagnostics: [] };
  // pdf-lib is loaded only when there is a built packet to read.
  const { readBuilt } = await import('../core/report/built.js');
  // An item over its own MB cap by its files (the cap `build --fit` fits): its share of the built PDF decides.
  const capped = new Set(check.diagnostics.filter(isItemSizeEstimate).map((d) => check.result?.items.find((i) => i.id === d.item)?.title ?? ''));
  const { sections, inputs, damage, author, manifest, title, ours: written, otherPrints, resaved, rewritten } = await readBuilt(read.bytes, capped);
  const shown = displayPath(path);
  // Not the packet to upload, whatever its bookmarks say: no page ranges, no verdict on its size.
  if (damage) return { diagnostics: [damaged(shown, damage)] };
  const other = await otherApplicant(check, { path, shown, copy: pdfPath !== undefined }, inputs, author, manifest, { pdf: !options.validate });
  if (other) return { diagnostics: [other] };
  const another = await otherManifest(check, { path, shown, inputs, copy: pdfPath !== undefined }, manifest, title);
  if (another) return { diagnostics: [another] };
  // Its record rewritten by another program (pypdf's "save a copy"): not compared, so never "built before manifest.yaml changed".
  if (rewritten) return { diagnostics: [{ ...diag('build.resaved', { built: shown, manifest: displayPath(resolve(check.manifestFile)), rewritten, ...(pdfPath !== undefined ? { pdf: true } : {}) }), file: shown }] };
  // A PDF `packet build` did not write (no record of its inputs): with --pdf the user asked about that very file
  // (the CV itself, to be uploaded by mistake); at the output, one without the items' bookmarks either. One a build
  // wrote (its creator, and the items' bookmarks: the example documents name this tool too) that lost the record
  // was saved again by another program: said so, not "not the packet". At the output too when its document
  // information says another program saved it (a viewer's Save of the packet there; not a build of an earlier version).
  if (!inputs && (pdfPath !== undefined || !sections || resaved)) {
    const given = check.result.items.filter((i) => i.status === 'ok' && i.entries.length > 0);
    const ours = given.length > 0;
    const marked = given.filter((i) => sections?.some((x) => x.title === i.title)).length;
    const manifestShown = displayPath(resolve(check.manifestFile));
    const d = written && marked > 0 && marked >= Math.min(2, given.length) ? diag('build.resaved', { built: shown, manifest: manifestShown, ...(pdfPath !== undefined ? { pdf: true } : { replace: true }) }) : diag('build.not-packet', { built: shown, manifest: manifestShown, ...(options.validate ? { validate: true } : {}) });
    return { diagnostics: ours ? [{ ...d, file: shown }] : [] };
  }
  const validate = options.validate ? { validate: true } : {};
  if (!sections) return { diagnostics: [{ ...diag('build.mismatch', { built: shown, first: 'it has none of its items\' bookmarks', more: 0, ...validate }), file: shown }] };
  const differences = differencesOf(check.result.items, sections);
  const stale = await staleInput(check, path, inputs);
  // The old build's page ranges beside the items as they are now would point at pages that do not hold them: none then.
  const byItem = sectionsByItem(check.result.items, sections);
  if (differences.length === 0 && !stale && options.ranges !== false) {
    for (const item of check.result.items) {
      const s = byItem.get(item.id);
      if (s) item.range = { first: s.first, last: s.last };
    }
  }
  const pages = sections.at(-1)?.last;
  // Given with --pdf from elsewhere (`cp out/packet.pdf ~/Desktop/`): a copy, which building again does not replace.
  const own = pdfPath !== undefined ? builtPathOf(check) : undefined;
  const copy = stale && own !== undefined && (await realOrSame(path)) !== (await realOrSame(own)) ? { copy: { at: displayPath(own), set: false } } : {};
  const diagnostics: Diagnostic[] = stale ? [{ ...diag('build.stale', { built: displayPath(path), ...stale, ...copy }), file: displayPath(path) }] : [];
  if (differences.length > 0) diagnostics.push({ ...diag('build.mismatch', { built: displayPath(path), first: differences[0] as string, more: differences.length - 1, ...validate }), file: displayPath(path) });
  const itemBytes = Object.fromEntries(check.result.items.flatMap((i) => {
    const b = byItem.get(i.id)?.bytes;
    return b === undefined ? [] : [[i.id, b] as const];
  }));
  const current = diagnostics.length === 0 && pages !== undefined;
  // Its page digests not compared (another version's): a stale one is built again anyway.
  if (otherPrints !== undefined && !stale) diagnostics.push({ ...diag('build.prints-version', { built: shown, version: otherPrints, now: PRINTS_VERSION }), file: shown });
  const cover = sections.length > 0 && Math.min(...sections.map((s) => s.first)) > 1;
  return { path: displayPath(path), bytes: read.bytes.length, ...(pages ? { pages } : {}), itemBytes, diagnostics, current, ...(cover ? { cover } : {}), ...copy };
}

/** Said of a file of a `--separate` set: `separate` when the posting's own format is one PDF, so every hint builds with --separate. */
type Separate = { separate?: true };

/**
 * A built PDF that is not the build's as it wrote it: changed after it (pages added, a page edited: `build.edited`),
 * protected (`build.encrypted`), or damaged. `separate`: a file of a set built with --separate, whose hint says so.
 */
function damaged(shown: string, damage: BuiltDamage, separate: Separate = {}): Diagnostic {
  const d =
    damage.kind === 'pages-added'
      ? diag('build.edited', { built: shown, pages: damage.pages, recorded: damage.recorded, ...separate })
      : damage.kind === 'edited'
        ? diag('build.edited', { built: shown, edit: damage.edit, ...separate })
        : damage.kind === 'encrypted'
          ? diag('build.encrypted', { built: shown, lock: damage.lock, denied: damage.denied, ...separate })
          : diag('build.damaged', { built: shown, problem: damage, ...separate });
  return { ...d, file: shown };
}

/**
 * How a built PDF's items differ from the manifest's: items made of files have exact page counts, so the PDF must
 * hold each, with as many pages (else another packet, or an old one). Also asked of each file of a `--separate` set.
 */
function differencesOf(items: readonly ItemReport[], sections: readonly BuiltSection[]): string[] {
  const differences: string[] = [];
  const byItem = sectionsByItem(items, sections);
  for (const item of items) {
    const s = byItem.get(item.id);
    if (item.status !== 'ok' || item.pages === undefined || item.entries.length === 0 || !item.entries.every((e) => e.form === 'file')) continue;
    if (!s) differences.push(`it has no "${item.title}"`);
    else if (s.last - s.first + 1 !== item.pages) differences.push(`"${item.title}" has ${plural(s.last - s.first + 1, 'page')} there, ${item.pages} now`);
  }
  return differences;
}

/**
 * Each item's section of a built PDF: by the item id the build recorded, never by title (two items may share one);
 * in a packet of an earlier version (no ids), by title, the n-th item given of a title taking its n-th bookmark.
 */
function sectionsByItem(items: readonly ItemReport[], sections: readonly BuiltSection[]): Map<string, BuiltSection> {
  const byItem = new Map<string, BuiltSection>();
  const recorded = sections.some((x) => x.item !== undefined);
  const taken = new Set<BuiltSection>();
  for (const item of items) {
    if (!recorded && (item.status !== 'ok' || item.entries.length === 0)) continue;
    const s = sections.find((x) => !taken.has(x) && sameItem(x, item));
    if (!s) continue;
    taken.add(s);
    byItem.set(item.id, s);
  }
  return byItem;
}

/** A built section is the item's: by the id the build recorded, or by title in a packet of an earlier version. */
function sameItem(section: BuiltSection | undefined, item: { id: string; title: string }): boolean {
  return section !== undefined && (section.item !== undefined ? section.item === item.id : section.title === item.title);
}

/** Another manifest's packet at the same path (two manifests in one folder, both writing packet.pdf): `build.other-manifest`; `set`: a file of a `--separate` set. */
async function otherManifest(check: CheckResult, at: { path: string; shown: string; inputs: string[] | undefined; copy?: boolean }, recorded: string | undefined, title: string | undefined, set?: Separate): Promise<Diagnostic | undefined> {
  if (recorded === undefined || (await ownManifestKey(check, recorded, at))) return undefined;
  const shown = at.shown;
  // A --separate set's `output` names its folder.
  const own = set ? ownOutput(check.manifestFile).replace(/\.pdf$/u, '') : ownOutput(check.manifestFile);
  return { ...diag('build.other-manifest', { built: shown, manifest: displayPath(resolve(check.manifestFile)), own, ...(title ? { title } : {}), ...set }), file: shown };
}

/**
 * A packet this tool built (it has the record of its inputs) for another applicant than the manifest's: the
 * name it was built for (its author) is not the manifest's applicant. Spaces and Unicode forms aside. Built by
 * this manifest (its key) from files it still names as they are (half of its files and bases at least; not the shared profile), it
 * is the applicant's own build under a name since corrected: `build.old-name`, not someone else's packet.
 * `pdf`: the command reading it takes --pdf (report), which the hint may then name; `set`: a file of a `--separate` set.
 */
async function otherApplicant(check: CheckResult, at: { path: string; shown: string; copy?: boolean }, inputs: string[] | undefined, author: string | undefined, builtFor: string | undefined, options: { set?: Separate; pdf?: boolean } = {}): Promise<Diagnostic | undefined> {
  const name = check.manifest?.applicant.name;
  if (inputs === undefined || author === undefined || !name?.trim()) return undefined;
  const same = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (same(author) === same(name)) return undefined;
  const shown = at.shown;
  const manifest = displayPath(resolve(check.manifestFile));
  const params = { built: shown, author: same(author), name: same(name), manifest, ...(options.set ? { set: true, ...options.set } : {}) };
  if (builtFor !== undefined && (await ownManifestKey(check, builtFor, { path: at.path, inputs, ...(at.copy ? { copy: true } : {}) }))) {
    const recorded = new Set(inputs);
    const shared = new Set([manifest, ...(check.profilePath ? [displayPath(check.profilePath)] : [])]);
    const own = (await inputDigests(check)).filter((i) => !shared.has(i.shown));
    // Half of them at least: a form two applicants both attach (unfilled, the same bytes) is not her documents.
    const kept = own.filter((i) => recorded.has(i.digest.slice(0, DIGEST_HEX))).length;
    if (kept > 0 && kept * 2 >= own.length) return { ...diag('build.old-name', params), file: shown };
  }
  return { ...diag('build.other-applicant', { ...params, ...(options.pdf && !options.set ? { pdf: true } : {}) }), file: shown };
}

/** What report (and validate) read of a built packet. */
export interface BuiltRead {
  path?: string;
  pages?: number;
  bytes?: number;
  diagnostics: Diagnostic[];
  /**
   * Built from this manifest as it is now: from the inputs' contents as they are now, or for a PDF without that
   * record no input newer (`build.stale`); every item there (`build.mismatch`).
   */
  current?: boolean;
  /** The share of the built PDF of each item over its own `max_mb` by its files, by item id. */
  itemBytes?: Record<string, number>;
  /** A page before the first item's bookmark: the cover (`--no-cover` would save it). */
  cover?: boolean;
  /** An out-of-date copy elsewhere (`report --pdf ~/Desktop/packet.pdf`): where the build writes the packet. */
  copy?: CopyOf;
}

/**
 * The packet's caps judged on the built PDF when it is current: its own bytes and pages count against
 * `max_mb` and `max_pages`, not the estimate from the files. Otherwise the diagnostics stay as they are.
 *
 * @example
 * check.diagnostics = judgeBuilt(check, await attachBuiltRanges(check));
 */
export function judgeBuilt(check: CheckResult, built: BuiltRead): Diagnostic[] {
  if (!built.current || built.path === undefined || built.pages === undefined || built.bytes === undefined) return check.diagnostics;
  if (!check.profile || !check.source || !check.result || check.profile.submission.format !== 'single-pdf') return check.diagnostics;
  // A current build was made of these inputs: its cover is the one validate laid out.
  const long = built.cover && (check.result.coverLayout?.pages ?? 1) > 1 ? { longCover: check.result.coverLayout } : {};
  const facts = { display: built.path, pages: built.pages, bytes: built.bytes, ...(built.cover ? { cover: true } : {}), ...long };
  const longest = longestFiles(check.result.items.flatMap((i) => i.entries));
  const estimate = { bytes: check.result.totals.bytes, pages: check.result.totals.estimatedPages, exact: check.result.totals.pagesExact, cover: check.result.totals.cover, ...(longest ? { longest } : {}) };
  const items = Object.entries(built.itemBytes ?? {}).map(([itemId, bytes]) => ({ itemId, bytes, estimate: check.result?.items.find((i) => i.id === itemId)?.bytes ?? 0 }));
  const judged = sortDiagnostics(judgeItemsOnBuilt(judgeOnBuilt(check.diagnostics, check.profile, check.source, facts, estimate), check.profile, check.source, built.path, items));
  followBuilt(check.result.items, check.diagnostics, judged);
  return judged;
}

/**
 * The items' status as the built PDF decided: an item whose only errors were its size estimate, which the built
 * PDF found within the cap, is `ok` (never `invalid` under a Ready verdict); one the built PDF found over it, `invalid`.
 */
function followBuilt(items: ItemReport[], before: readonly Diagnostic[], after: readonly Diagnostic[]): void {
  const errorsOf = (diagnostics: readonly Diagnostic[], id: string) => diagnostics.some((d) => d.item === id && d.severity === 'error');
  const added = after.filter((d) => !before.includes(d));
  for (const item of items) {
    if (item.status === 'invalid' && errorsOf(before, item.id) && !errorsOf(after, item.id)) item.status = 'ok';
    else if (item.status === 'ok' && errorsOf(added, item.id)) item.status = 'invalid';
  }
}

const itemsBuilt = new WeakMap<CheckResult, ItemReport[]>();

/**
 * The items a `--separate` build writes a file for: those the check found usable, as it found them, before the
 * files there were judged (a file over its cap makes its item invalid, yet the build wrote it and report lists it).
 */
function builtItems(check: CheckResult): ItemReport[] {
  let items = itemsBuilt.get(check);
  if (!items) {
    items = check.result?.items.filter((i) => i.status === 'ok' && i.entries.length > 0) ?? [];
    itemsBuilt.set(check, items);
  }
  return items;
}

/** The items a `--separate` build writes a file for (`builtItems`), and the names it gives their files, in order. */
function setNames(check: CheckResult): { items: ItemReport[]; names: string[] } {
  const s = check.profile?.submission;
  const items = builtItems(check);
  if (!s || !check.manifest) return { items, names: [] };
  return { items, names: fileNames(items.map((i) => ({ id: i.id, title: i.title })), check.manifest.applicant, s.file_name, s.max_name_length) };
}

/**
 * The files a `--separate` build writes for the items as they are now, and those of them in its folder (`at`: the
 * folder `report --pdf` gave, or the one file of the set it gave, alone).
 */
async function separateNames(check: CheckResult, at?: SetAt): Promise<{ folder: string; items: ItemReport[]; names: string[]; present: { name: string; path: string }[]; others: string[] }> {
  const s = check.profile?.submission;
  if (!s || !check.manifest || !check.result) return { folder: '', items: [], names: [], present: [], others: [] };
  const folder = at?.folder ?? separateFolderOf({ ...check, manifest: check.manifest });
  if (at?.file) return { folder, items: [at.file.item], names: [at.file.name], present: [{ name: at.file.name, path: join(folder, at.file.name) }], others: [] };
  const { items, names } = setNames(check);
  const inFolder = await pdfFilesIn(folder);
  const present = names.filter((n) => inFolder.includes(n)).map((name) => ({ name, path: join(folder, name) }));
  return { folder, items, names, present, others: inFolder.filter((f) => !names.includes(f)) };
}

/**
 * The built packet judged for `report` and `validate` alike, so that the two never disagree on it: the one PDF
 * at the output (or `--pdf`, for `report`; `attachBuiltRanges`), its caps judged on it when it is current
 * (`judgeBuilt`), and a `--separate` set (`separateBuiltProblems`). Returns the
 * diagnostics with those of the built packet, and what was read of the one PDF. `validate` differs only in what it
 * does not repeat: a PDF the next build replaces is `build.stale`, not also each item it lacks (the verdict is the
 * same), and its hints do not name --pdf, which it does not take.
 *
 * @example
 * const { diagnostics, built } = await judgeBuiltPacket(check, { validate: true });
 */
export async function judgeBuiltPacket(check: CheckResult, options: { pdf?: string; validate?: boolean; at?: SetAt } = {}): Promise<{ diagnostics: Diagnostic[]; built: BuiltRead }> {
  // `report --pdf` given a separate-files posting's set, or one file of it: judged as the set's, never as one PDF.
  if (options.at) {
    check.diagnostics.push(...(await separateBuiltProblems(check, { at: options.at })));
    return { diagnostics: sortDiagnostics(check.diagnostics), built: { diagnostics: [] } };
  }
  // Without --pdf, the build the applicant uploads: the one PDF or the `--separate` set, whichever was built last.
  const judged = options.pdf ? { pdf: true, set: false } : await uploadedBuild(check);
  const built = judged.pdf ? await attachBuiltRanges(check, options.pdf, options.validate ? { ranges: false, validate: true } : {}) : { diagnostics: [] };
  const stale = built.diagnostics.some((d) => d.code === 'build.stale');
  const said = options.validate && stale ? built.diagnostics.filter((d) => d.code !== 'build.mismatch') : built.diagnostics;
  check.diagnostics = judgeBuilt({ ...check, diagnostics: [...check.diagnostics, ...said] }, built);
  if (judged.set) check.diagnostics.push(...(await separateBuiltProblems(check, options.validate ? { validate: true } : {})));
  return { diagnostics: sortDiagnostics(check.diagnostics), built };
}

const uploadedBuilds = new WeakMap<CheckResult, Promise<{ pdf: boolean; set: boolean }>>();

/**
 * Which build `validate` and `report` judge as the one the applicant uploads: the one PDF at the output, or the
 * `--separate` set in its folder (on a one-PDF posting only a set this manifest's build wrote: a folder of
 * documents is not a build). When both are there, the one built last (the newest file): building the other form
 * again is how an applicant switches, and the older one is then left unused. A tie goes to the posting's format.
 * Before, a set built with --separate for a one-PDF posting was never judged, and validate said Ready over its old CV.
 *
 * @example
 * await uploadedBuild(check); // { pdf: false, set: true } after `packet build --separate`
 */
export function uploadedBuild(check: CheckResult): Promise<{ pdf: boolean; set: boolean }> {
  let which = uploadedBuilds.get(check);
  if (!which) {
    which = findUploaded(check);
    uploadedBuilds.set(check, which);
  }
  return which;
}

async function findUploaded(check: CheckResult): Promise<{ pdf: boolean; set: boolean }> {
  const pdfPath = builtPathOf(check);
  const s = check.profile?.submission;
  if (!pdfPath || !check.manifest || !check.result || !s) return { pdf: true, set: false };
  const folder = separateFolderOf({ ...check, manifest: check.manifest });
  const separate = s.format === 'separate-files';
  // `output: packet/` (as `init` writes it for such a posting) names the set's folder, which is then also the path
  // a one PDF would take: the set is what is there. Before, it was skipped, and validate said Ready over a broken set.
  const inFolder = folder === pdfPath && !separate ? [] : await pdfFilesIn(folder);
  const setFiles = separate ? inFolder : (await oursIn(check, folder, inFolder)).map((o) => o.name);
  const pdfTime = await fileMtimeOf(pdfPath);
  if (setFiles.length === 0) return { pdf: true, set: false };
  if (pdfTime === undefined) return { pdf: false, set: true };
  const setTime = Math.max(...(await Promise.all(setFiles.map(async (f) => (await fileMtimeOf(join(folder, f))) ?? 0))));
  const set = setTime > pdfTime || (setTime === pdfTime && separate);
  return { pdf: !set, set };
}

/** The first input (the manifest, its profile, a file it names) changed after `builtAt`, if any: the build is stale. */
async function newerInput(check: CheckResult, builtAt: number): Promise<string | undefined> {
  const inputs = [resolve(check.manifestFile), ...(check.profilePath ? [check.profilePath] : []), ...[...check.files.values()].map((f) => f.resolved)];
  for (const p of inputs) if (((await mtimeOf(p)) ?? 0) > builtAt) return p;
  return undefined;
}

/** Why a built PDF is not current, as `build.stale` says it: an input it was not built from, or (without a record) one newer. */
async function staleInput(check: CheckResult, path: string, recorded: string[] | undefined): Promise<{ newer: string; changed: boolean } | undefined> {
  if (recorded) {
    // The record decides: a file replaced by another with an old date is caught, one touched and unchanged is not.
    const changed = changedInput(recorded, await inputDigests(check));
    return changed ? { newer: changed.shown, changed: true } : undefined;
  }
  // A PDF from a version that did not record its inputs: only the dates can tell.
  const newer = await newerInput(check, (await mtimeOf(path)) ?? 0);
  return newer ? { newer: displayPath(newer), changed: false } : undefined;
}

const digestsOf = new WeakMap<CheckResult, Promise<InputDigest[]>>();

/**
 * The digest of each input of the packet as it is now, in the order a message names the first changed one: the
 * manifest, the files it extends, the profile, the files it names. The files' bytes are those the check read
 * (no second read); the manifest, its bases and the profile are short texts, read again. Worked out once per check.
 *
 * @example
 * const plan = { ...thePlan, builtFrom: (await inputDigests(check)).map((d) => d.digest) };
 */
export function inputDigests(check: CheckResult): Promise<InputDigest[]> {
  let digests = digestsOf.get(check);
  if (!digests) {
    digests = digestAll(check);
    digestsOf.set(check, digests);
  }
  return digests;
}

async function digestAll(check: CheckResult): Promise<InputDigest[]> {
  const text = async (path: string): Promise<Uint8Array> => {
    const read = await readInput(path, MAX_TEXT_BYTES);
    return read.ok ? read.bytes : new Uint8Array();
  };
  const manifest = resolve(check.manifestFile);
  const inputs: { prefix: Uint8Array; path: string; bytes: () => Promise<Uint8Array> }[] = [
    { prefix: digestPrefix('manifest'), path: manifest, bytes: () => text(manifest) },
    ...check.basePaths.map((p) => ({ prefix: digestPrefix('extends', toPosix(relative(check.manifestDir, p))), path: p, bytes: () => text(p) })),
    ...(check.profilePath ? [{ prefix: digestPrefix('profile'), path: check.profilePath, bytes: () => text(check.profilePath as string) }] : []),
  ];
  // In the manifest's order (the check read them all at once, in whatever order they came): the same record each build.
  const refs = new Set([...(check.manifest?.items ?? []).flatMap((i) => i.entries.flatMap((e) => filesOf(e).map((f) => f.ref))), ...check.files.keys()]);
  for (const ref of refs) {
    const status = check.files.get(ref);
    if (status?.status === 'ok') inputs.push({ prefix: digestPrefix('file', ref), path: status.resolved, bytes: () => Promise.resolve(status.data) });
  }
  return Promise.all(inputs.map(async (i) => ({ shown: displayPath(i.path), digest: await sha256Hex([i.prefix, await i.bytes()]) })));
}

/**
 * Whose packet a build is: the digest of the manifest's path relative to the PDF's folder (`../aalto/manifest.yaml`)
 * and its posting's profile id, recorded in the PDF, so that a second manifest in the folder, writing the same
 * default `packet.pdf`, or another `manifest.yaml` in a folder of its own writing the same PDF (`-o ../shared/packet.pdf`),
 * is told the PDF there is not its own. Relative, not absolute: moving or renaming the folder that holds both keeps
 * the key; not its contents: the manifest changes. A renamed manifest, or one for another posting, builds again.
 *
 * @example
 * await manifestKey(check, 'out/packet.pdf'); // '9c1e4b0a7d2f3e61...' (64 hex digits; the record keeps 16)
 */
export async function manifestKey(check: CheckResult, pdfPath: string): Promise<string> {
  const [folder, manifest] = await Promise.all([realFolder(dirname(resolve(pdfPath))), realOrSame(check.manifestFile)]);
  return sha256Hex([digestPrefix('manifest-path', toPosix(relative(folder, manifest))), digestPrefix('profile', check.profile?.id ?? '')]);
}

/** A folder's real path, links resolved, also before the build makes it: its nearest existing parent's real path and the rest (macOS's /tmp is /private/tmp). */
async function realFolder(folder: string): Promise<string> {
  const parent = dirname(folder);
  if (parent === folder || (await isFolder(folder))) return realOrSame(folder);
  return join(await realFolder(parent), basename(folder));
}

/**
 * A recorded manifest key (16 hex digits) of the PDF at `at.path` is this manifest's: its key for that place; its key
 * for where its build writes (a copy of the packet elsewhere: `cp out/packet.pdf ~/Desktop/`); the keys of earlier
 * versions (the file name and profile id; the file name alone: they cannot tell two folders' `manifest.yaml` apart);
 * or, for a copy given to `report --pdf` (`copy`), whatever its key, when its recorded inputs hold this manifest as it
 * is now (a copy of a build to another `-o`). Not at an output: two manifests alike, writing one PDF, are still two.
 *
 * @example
 * await ownManifestKey(check, read.built.manifest, { path: 'out/packet.pdf', inputs: read.built.inputs, copy: false }); // true for a packet this manifest built
 */
export async function ownManifestKey(check: CheckResult, recorded: string | undefined, at: { path: string; inputs?: readonly string[] | undefined; copy?: boolean }): Promise<boolean> {
  if (recorded === undefined) return false;
  const short = (k: string) => k.slice(0, DIGEST_HEX);
  if ((await ownKeysOf(check)).includes(recorded) || short(await manifestKey(check, at.path)) === recorded) return true;
  if (!at.copy) return false;
  // The manifest's digest comes first (`inputDigests`).
  const [manifest] = await inputDigests(check);
  return manifest !== undefined && (at.inputs?.includes(short(manifest.digest)) ?? false);
}

/** Folders and YAML files looked at for the manifest another packet was built from: the neighbourhood of the PDF, not a disk. */
const MAX_NEAR_FOLDERS = 40;
const MAX_NEAR_MANIFESTS = 200;

/**
 * The manifest near a PDF whose key it records (`recorded`, 16 hex digits), to name it in a message: a YAML file in
 * the PDF's folder, its parent, or a folder beside it (`aalto/manifest.yaml` for `shared/packet.pdf`), keyed by this
 * manifest's profile id or its own `profile:`. Undefined when none is (moved, renamed, or further away).
 *
 * @example
 * await manifestNear(check, 'shared/packet.pdf', '9c1e4b0a7d2f3e61'); // '/…/aalto/manifest.yaml'
 */
export async function manifestNear(check: CheckResult, pdfPath: string, recorded: string): Promise<string | undefined> {
  const folder = await realFolder(dirname(resolve(pdfPath)));
  const parent = dirname(folder);
  const beside = (await yamlFilesAndFolders(parent)).folders.slice(0, MAX_NEAR_FOLDERS).map((f) => join(parent, f));
  const own = await realOrSame(check.manifestFile);
  const seen = new Set<string>();
  for (const dir of [folder, parent, ...beside]) {
    for (const name of (await yamlFilesAndFolders(dir)).yaml) {
      const file = await realOrSame(join(dir, name));
      if (file === own || seen.has(file)) continue;
      if (seen.size >= MAX_NEAR_MANIFESTS) return undefined;
      seen.add(file);
      const read = await readInput(file, MAX_TEXT_BYTES);
      const named = read.ok ? /^profile:[ \t]*["']?([^\s"'#]+)/mu.exec(new TextDecoder().decode(read.bytes))?.[1] : undefined;
      for (const profile of new Set([check.profile?.id ?? '', ...(named !== undefined ? [named] : [])])) {
        const key = await sha256Hex([digestPrefix('manifest-path', toPosix(relative(folder, file))), digestPrefix('profile', profile)]);
        if (key.slice(0, DIGEST_HEX) === recorded) return file;
      }
    }
  }
  return undefined;
}

/** The keys a manifest's packets carry wherever they are, as recorded (16 hex digits), hashed once per check: a set's files ask for each. */
const ownKeys = new WeakMap<CheckResult, Promise<string[]>>();

function ownKeysOf(check: CheckResult): Promise<string[]> {
  let keys = ownKeys.get(check);
  if (!keys) {
    const name = digestPrefix('manifest-name', basename(check.manifestFile));
    // Where its build writes: the one PDF, or a file of its set (keyed by the set's folder).
    const output = check.manifest ? (check.profile?.submission.format === 'separate-files' ? join(separateFolderOf({ ...check, manifest: check.manifest }), 'packet.pdf') : builtPathOf(check)) : undefined;
    keys = Promise.all([sha256Hex([name, digestPrefix('profile', check.profile?.id ?? '')]), sha256Hex([name]), ...(output !== undefined ? [manifestKey(check, output)] : [])]).then((ks) => ks.map((k) => k.slice(0, DIGEST_HEX)));
    ownKeys.set(check, keys);
  }
  return keys;
}

/** A file name for a manifest's own packet: `eu.pdf` beside `eu.yaml` (`manifest.yaml`: `application.pdf`). */
export function ownOutput(manifestFile: string): string {
  const stem = basename(manifestFile).replace(/\.ya?ml$/iu, '');
  return `${stem === '' || stem === 'manifest' ? 'application' : stem}.pdf`;
}

/** The folder a separate-files build of this manifest writes (its `output`, without .pdf, or `packet/`). */
function separateFolderOf(check: CheckResult & { manifest: NonNullable<CheckResult['manifest']> }): string {
  return setFolderPath(check.manifestDir, undefined, check.manifest.output);
}

/**
 * `report` (and `validate`) on a separate-files posting, once something was built: each file the build writes for
 * the items as they are now is judged as the one PDF is, for it is uploaded as it is: read whole (`build.damaged`
 * when cut off, with pages or bookmarks gone); without the build's record and its item's bookmark, a file put there
 * by hand (`build.not-packet`); built for another applicant (`build.other-applicant`), or under the applicant's name
 * as it was written before (`build.old-name`); with another item or other
 * pages than its item has now (`build.mismatch`); built from inputs that changed since (`build.stale`, once for the
 * set); over its item's page or size caps (on the file there, not the estimate). One missing from the folder while
 * the others there are current is `build.damaged` too: the set to upload is incomplete. Nothing is said when the
 * folder holds none of them (nothing built yet). `validate` judges the manifest: a file the next build replaces
 * (stale) is `build.stale` only, as for the one PDF, and its caps are not judged.
 *
 * @example
 * check.diagnostics.push(...(await separateBuiltProblems(check)));
 */
export async function separateBuiltProblems(check: CheckResult, options: { validate?: boolean; at?: SetAt } = {}): Promise<Diagnostic[]> {
  const s = check.profile?.submission;
  if (!s || !check.manifest || !check.result || !check.profile || !check.source) return [];
  if (!options.at && !(await uploadedBuild(check)).set) return [];
  // A set built with --separate for a one-PDF posting: every hint about it says --separate (a plain build makes the one PDF).
  const separate: Separate = s.format === 'separate-files' ? {} : { separate: true };
  const { folder, items, names, present: there, others } = await separateNames(check, options.at);
  const present = new Set(there.map((p) => p.name));
  // None under the names a build gives now: the folder may still hold a build of this manifest, under old names.
  if (present.size === 0) return builtUnderOtherNames(check, folder, names, others, separate);
  const diagnostics: Diagnostic[] = [];
  let current = false;
  const stale: { shown: string; why: { newer: string; changed: boolean } }[] = [];
  // Files whose page digests another version wrote (not compared): said once for the set.
  const unchecked: { shown: string; version: number }[] = [];
  const manifest = displayPath(resolve(check.manifestFile));
  for (const [i, name] of names.entries()) {
    const item = items[i];
    if (!present.has(name) || !item) continue;
    const path = join(folder, name);
    const shown = displayPath(path);
    const read = await builtFile(check, path);
    if (!read) continue;
    const { damage, inputs, sections, author, manifest: builtFor, title, pages = 0, otherPrints, resaved, rewritten } = read.built;
    if (damage) {
      diagnostics.push(damaged(shown, damage, separate));
      continue;
    }
    const file = { itemId: item.id, display: shown, pages, bytes: read.bytes };
    // No record of a build, nor its item's bookmark (a record-less build of an earlier version has it): put there by hand.
    const marked = sections?.some((x) => x.title === item.title) ?? false;
    if (!inputs && !marked) {
      diagnostics.push({ ...diag('build.not-packet', { built: shown, manifest, set: { title: item.title }, ...separate }), file: shown }, ...overFileCaps(check, file));
      continue;
    }
    // Written by a build (its creator, its item's bookmark) and saved since by another program that dropped the
    // record, or rewrote it past reading (pypdf), as the one PDF is judged: it cannot be checked against the manifest.
    if (!inputs && (resaved || rewritten)) {
      diagnostics.push({ ...diag('build.resaved', { built: shown, manifest, replace: true, ...(rewritten ? { rewritten } : {}), ...separate }), file: shown }, ...overFileCaps(check, file));
      continue;
    }
    const other = await otherApplicant(check, { path, shown, copy: options.at !== undefined }, inputs, author, builtFor, { set: separate });
    if (other) {
      diagnostics.push(other);
      continue;
    }
    const another = await otherManifest(check, { path, shown, inputs, copy: options.at !== undefined }, builtFor, title, separate);
    if (another) {
      diagnostics.push(another);
      continue;
    }
    // The file holds its item alone: its bookmark, with the item's pages when they are exact.
    const differences = sections?.length === 1 && sameItem(sections[0], item) ? differencesOf([item], sections) : [heldInstead(sections, item)];
    const why = await staleInput(check, path, inputs);
    if (why) stale.push({ shown, why });
    else if (otherPrints !== undefined) unchecked.push({ shown, version: otherPrints });
    // `validate` judges the manifest: a stale file is the build's to replace, as the one PDF is (build.stale, no more).
    if (differences.length > 0 && !(options.validate && why)) diagnostics.push({ ...diag('build.mismatch', { built: shown, first: differences[0] as string, more: differences.length - 1, set: true, ...separate }), file: shown });
    if (!why && differences.length === 0 && inputs) current = true;
    if (!options.validate || (!why && differences.length === 0)) diagnostics.push(...overFileCaps(check, file, !why && differences.length === 0));
  }
  // Files that hold an input as it was (before: nothing said, and Ready over the old CV): said once for the set.
  const [first] = stale;
  if (first) {
    // Each file records every input of the build, so the set is stale as a whole: named as the folder.
    const at = saidOfSet(stale.map((f) => f.shown), folder);
    const copy = options.at ? await copyOfSet(check, options.at) : undefined;
    diagnostics.push({ ...diag('build.stale', { built: at.built, ...first.why, ...(at.set ? { set: true } : {}), ...(copy ? { copy } : {}), ...separate }), file: at.file });
  }
  const [firstUnchecked] = unchecked;
  if (firstUnchecked && !first) {
    const at = saidOfSet(unchecked.map((f) => f.shown), folder);
    diagnostics.push({ ...diag('build.prints-version', { built: at.built, version: firstUnchecked.version, now: PRINTS_VERSION, ...(at.set ? { set: true } : {}), ...separate }), file: at.file });
  }
  // A file missing beside current ones was lost (deleted, not copied); beside stale ones, the items may have changed since.
  if (current) {
    names.forEach((name, i) => {
      if (present.has(name)) return;
      const shown = displayPath(join(folder, name));
      diagnostics.push({ ...diag('build.damaged', { built: shown, problem: { kind: 'missing', title: items[i]?.title ?? name }, ...separate }), file: shown });
    });
  }
  // Files an earlier build of this manifest wrote that the set no longer has would be uploaded with the folder (build says it; validate did not).
  // An item given but not usable now (its file invalid) keeps its old file: the build that fixes it replaces it.
  const pending = check.result.items.filter((i) => !items.includes(i) && i.entries.length > 0);
  const leftover = (await oursIn(check, folder, others)).filter((o) => !o.sections?.some((x) => pending.some((i) => sameItem(x, i))));
  const [firstLeft] = leftover;
  if (firstLeft) diagnostics.push({ ...diag('build.stray-files', { folder: displayPath(folder), files: leftover.map((l) => l.name), earlier: true }), file: displayPath(join(folder, firstLeft.name)) });
  // An item whose file there is over its cap is not `ok` in the report.
  followBuilt(check.result.items, [], diagnostics);
  return diagnostics;
}

/**
 * Why a file of a set is not its item's: another item's file under its name, though both items have one title (a
 * copy of the one over the other), or not that item alone.
 */
function heldInstead(sections: readonly BuiltSection[] | undefined, item: ItemReport): string {
  const [only] = sections ?? [];
  if (sections?.length === 1 && only?.item !== undefined && only.title === item.title) return `it holds the file built for \`${only.item}\`, not the one for \`${item.id}\` (both are titled "${item.title}")`;
  return `it does not hold "${item.title}" alone`;
}

/**
 * Where the build writes what `report --pdf` gave of a set, when that is a copy elsewhere (`cp packet/Virtanen_cv.pdf
 * ~/Desktop/`, or the folder copied): building again replaces the file there, never the copy. Undefined when it is
 * the build's own file or folder.
 */
async function copyOfSet(check: CheckResult, at: SetAt): Promise<CopyOf | undefined> {
  if (!check.profile || !check.manifest) return undefined;
  const own = separateFolderOf({ ...check, manifest: check.manifest });
  const { items, names } = setNames(check);
  const name = at.file ? names[items.indexOf(at.file.item)] : undefined;
  const sameFolder = (await realOrSame(at.folder)) === (await realOrSame(own));
  if (sameFolder && (!at.file || at.file.name === name)) return undefined;
  return name !== undefined ? { at: displayPath(join(own, name)), set: false } : { at: folderShown(own), set: true };
}

/** A file of a `--separate` folder that this manifest's build wrote, as read. */
interface OurBuiltFile {
  name: string;
  inputs: string[];
  author: string | undefined;
  sections: BuiltSection[] | undefined;
  builtFor: string | undefined;
}

/** The PDFs among `files` in `folder` that this manifest's build wrote (its record, this manifest's key), read; none past MAX_OLD_SET_FILES. */
async function oursIn(check: CheckResult, folder: string, files: readonly string[]): Promise<OurBuiltFile[]> {
  if (files.length === 0 || files.length > MAX_OLD_SET_FILES) return [];
  const ours: OurBuiltFile[] = [];
  for (const name of files) {
    const read = await builtFile(check, join(folder, name));
    if (!read) continue;
    const { damage, inputs, author, sections, manifest: builtFor } = read.built;
    // Only what this manifest's build wrote: another manifest's set or a document put there is not an old build.
    if (damage || !inputs || (builtFor !== undefined && !(await ownManifestKey(check, builtFor, { path: join(folder, name), inputs })))) continue;
    ours.push({ name, inputs, author, sections, builtFor });
  }
  return ours;
}

/** A set's folder as shown, with its slash: "packet/". */
export function folderShown(folder: string): string {
  return `${toPosix(displayPath(folder))}/`;
}

/**
 * What a diagnostic said once for several files of a set names, and where it is placed: the one file, or the
 * folder (the verdict names what to build again).
 */
function saidOfSet(files: readonly string[], folder: string): { built: string; file: string; set: boolean } {
  const [only] = files;
  if (files.length === 1 && only !== undefined) return { built: only, file: only, set: false };
  const set = folderShown(folder);
  return { built: `${set}, the set of ${plural(files.length, 'file')},`, file: set, set: true };
}

/** A built file of a `--separate` set as read: its size in bytes, and what `readBuilt` found in it. */
interface BuiltFileRead {
  bytes: number;
  built: BuiltPdf;
}

const builtFiles = new WeakMap<CheckResult, Map<string, Promise<BuiltFileRead | undefined>>>();

/**
 * A file of a `--separate` set, read and parsed once per check: `report` and `validate` judge the set
 * (`separateBuiltProblems`, its old files) and then its sizes (`judgeSeparateBuilt`) from the same reading, as the
 * digests of its pages are worked out once. Undefined when it cannot be read. pdf-lib is loaded only when there
 * are built files to read.
 */
function builtFile(check: CheckResult, path: string): Promise<BuiltFileRead | undefined> {
  let files = builtFiles.get(check);
  if (!files) {
    files = new Map();
    builtFiles.set(check, files);
  }
  let read = files.get(path);
  if (!read) {
    read = (async () => {
      const file = await readInput(path);
      if (!file.ok) return undefined;
      const { readBuilt } = await import('../core/report/built.js');
      return { bytes: file.bytes.length, built: await readBuilt(file.bytes) };
    })();
    files.set(path, read);
  }
  return read;
}

/**
 * The files of a `--separate` set found in its folder under the names a build gives now, each with its item, pages
 * and size, for `report` to show what it judged (as `build` lists what it wrote); `outOfDate` when one of them is
 * not the file to upload. Undefined for a one-PDF posting, or when none is there.
 *
 * @example
 * const set = await separateBuiltSet(check); // { output: 'packet/', pages: 7, bytes: 104_000, files: [{ item: 'Curriculum vitae', file: 'packet/Nunez_cv.pdf', ... }] }
 */
export async function separateBuiltSet(check: CheckResult, at?: SetAt): Promise<Report['build'] | undefined> {
  if (!check.profile || !check.manifest || !check.result) return undefined;
  if (!at && !(await uploadedBuild(check)).set) return undefined;
  const { folder, items, names, present } = await separateNames(check, at);
  const files: NonNullable<NonNullable<Report['build']>['files']> = [];
  for (const [i, name] of names.entries()) {
    const item = items[i];
    const path = join(folder, name);
    if (!item || !present.some((p) => p.name === name)) continue;
    const read = await builtFile(check, path);
    if (!read || read.built.damage) continue;
    files.push({ item: item.title, itemId: item.id, file: toPosix(displayPath(path)), pages: read.built.pages ?? 0, bytes: read.bytes });
  }
  if (files.length === 0) return undefined;
  const shown = new Set(files.map((f) => f.file));
  // Said of the set (its folder) or of one of its files: the files listed are not all the ones to upload.
  const set = folderShown(folder);
  const outOfDate = check.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('build.') && d.file !== undefined && (shown.has(toPosix(d.file)) || toPosix(d.file) === set));
  // A copy elsewhere of an older build, as its `build.stale` says: what to upload instead.
  const copyOf = at && outOfDate && check.diagnostics.some((d) => d.code === 'build.stale') ? await copyOfSet(check, at) : undefined;
  return { output: set, pages: files.reduce((n, f) => n + f.pages, 0), bytes: files.reduce((n, f) => n + f.bytes, 0), files, ...(outOfDate ? { outOfDate: true as const } : {}), ...(copyOf ? { copyOf } : {}) };
}

/** More PDFs than this in a set's folder are not read for an old build: a folder of documents, not a set. */
const MAX_OLD_SET_FILES = 40;

/**
 * A `--separate` folder that holds none of the files a build gives now, but files this manifest's build wrote
 * under other names: the applicant's name corrected (`build.old-name` for each file: its stamps name the
 * old one), or the profile's `file_name` changed (`build.other-names`, once). Before, such a folder was taken
 * for "nothing built yet", and validate said a bare Ready over the only built files.
 */
async function builtUnderOtherNames(check: CheckResult, folder: string, names: readonly string[], files: readonly string[], separate: Separate): Promise<Diagnostic[]> {
  const ours = await oursIn(check, folder, files);
  const manifest = displayPath(resolve(check.manifestFile));
  const others: Diagnostic[] = [];
  for (const { name, inputs, author, builtFor } of ours) {
    const other = await otherApplicant(check, { path: join(folder, name), shown: displayPath(join(folder, name)) }, inputs, author, builtFor, { set: separate });
    if (other) others.push(other);
  }
  if (others.length > 0) return others;
  const [first] = ours;
  if (!first) return [];
  const shown = displayPath(join(folder, first.name));
  return [{ ...diag('build.other-names', { folder: folderShown(folder), files: ours.map((o) => o.name), names, manifest, ...separate }), file: shown }];
}

/**
 * A file of a `--separate` set over its item's page cap or the size caps, judged on the file there (what would be
 * uploaded), where the manifest's items said nothing of that cap: said once per item. The size of a current file
 * is `judgeSeparateBuilt`'s (it replaces the estimate).
 */
function overFileCaps(check: CheckResult, file: BuiltFile, current = false): Diagnostic[] {
  if (!check.profile || !check.source) return [];
  const said = (code: string) => check.diagnostics.some((d) => d.item === file.itemId && d.code === code && d.severity === 'error');
  const item = check.result?.items.find((i) => i.id === file.itemId);
  const files = item?.entries.some((e) => e.form === 'file') ?? false;
  // A one-PDF posting's `max_mb` is the one PDF's: the estimate judges it, not each file of a set.
  const { max_mb: _packet, ...submission } = check.profile.submission;
  const profile = check.profile.submission.format === 'single-pdf' ? { ...check.profile, submission } : check.profile;
  // The file holds the contacts page too, which the cap of an item taking letters leaves out: validate counts its letters exactly, and only a text's pages wait for the file.
  const letters = item !== undefined && !contactsCapped(item) && item.entries.some((e) => e.form === 'referee') && !item.entries.some((e) => e.form === 'text');
  return overBuiltFileCaps(profile, check.source, { ...file, title: item?.title ?? file.itemId, files }).filter((d) => !said(d.code) && !(current && d.code === 'limit.size') && !(letters && d.code === 'limit.pages'));
}

/**
 * A separate-files posting (`validate`, `report`): where an item's files are near or over the cap on each file (or its own),
 * the file a current `build` wrote for it decides, found in the output folder by its bookmark, as the one PDF does
 * for a one-PDF posting. A file older than an input, or with other pages than the item has now, is not read.
 *
 * @example
 * check.diagnostics = await judgeSeparateBuilt(check);
 */
export async function judgeSeparateBuilt(check: CheckResult, at?: SetAt): Promise<Diagnostic[]> {
  const s = check.profile?.submission;
  if (!check.profile || !s || s.format !== 'separate-files' || !check.manifest || !check.result || !check.source) return check.diagnostics;
  const near = new Set(check.diagnostics.filter((d) => d.item !== undefined && (d.code === 'limit.size' || d.code === 'limit.size-near')).map((d) => d.item));
  if (near.size === 0) return check.diagnostics;
  const folder = at?.folder ?? separateFolderOf({ ...check, manifest: check.manifest });
  const files: BuiltFile[] = [];
  for (const name of at?.file ? [at.file.name] : await pdfFilesIn(folder)) {
    const path = join(folder, name);
    const read = await builtFile(check, path);
    if (!read) continue;
    const { sections, inputs } = read.built;
    if ((await staleInput(check, path, inputs)) !== undefined) continue;
    const item = check.result.items.find((i) => near.has(i.id) && sections?.length === 1 && sameItem(sections[0], i));
    const pages = sections?.[0]?.last;
    if (!item || pages === undefined || files.some((f) => f.itemId === item.id)) continue;
    if (item.pages !== undefined && item.entries.every((e) => e.form === 'file') && item.pages !== pages) continue;
    files.push({ itemId: item.id, display: displayPath(path), pages, bytes: read.bytes });
  }
  const estimates = Object.fromEntries(check.result.items.map((i) => [i.id, i.bytes]));
  const judged = sortDiagnostics(judgeFilesOnBuilt(check.diagnostics, check.profile, check.source, files, estimates));
  followBuilt(check.result.items, check.diagnostics, judged);
  return judged;
}
