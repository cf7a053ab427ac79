/**
 * The packet's caps (`submission.max_mb`, `max_pages`) against what is known of the packet: before a build, an
 * estimate from the files (validate.ts); once a current packet is built, the built PDF itself. One answer for
 * validate, build and report: a built PDF over a cap is an error wherever it is read, and within the caps it
 * decides, whatever the estimate said (`build --fit` makes a 6 MB set of files a 1.4 MB PDF).
 */
import { diag, type CoverLayout } from '../catalogue.js';
import type { Diagnostic } from '../diagnostics.js';
import { diagnosticAt, type YamlSource } from '../parse/yaml.js';
import type { Profile } from '../schema/profile.js';
import { formatMb, plural } from '../words.js';

/**
 * How much larger than its files a built PDF may come out: measured (README, "Fitting under a size cap") from
 * 4% (a 2 MB packet of scans) through 12% (the std benchmark, 163 pages) to 26% (std + big, 873 pages), plus
 * about 50 KB of fonts, cover and referees page on a small packet (the example's 26 KB of files built to 75 KB);
 * page stamps take about 0.6 KB a page of that.
 */
export const BUILD_GROWTH = 0.3;
export const BUILD_FIXED_BYTES = 100_000;
/** The same for one file of a `--separate` build, which has no cover: 15 to 17 KB on the example's files. */
export const FILE_FIXED_BYTES = 30_000;

/**
 * Whether files of `bytes` may build to a PDF over `maxMb`, though they are within it.
 *
 * @example
 * nearCap(1.97e6, 2) // true
 */
export function nearCap(bytes: number, maxMb: number, fixed = BUILD_FIXED_BYTES): boolean {
  return bytes <= maxMb * 1e6 && bytes * (1 + BUILD_GROWTH) + fixed > maxMb * 1e6;
}

/**
 * A diagnostic of the packet's page or size cap where validate's estimate puts it (`checkPacket`), the `items:`
 * key: cutting items is the fix, and validate, build and report then point at the same line.
 *
 * @example
 * atPacketCaps(source, diag('limit.size-near', { bytes: 1.97e6, max: 2 })).path // 'items' (its line and column: the key's)
 */
export function atPacketCaps(source: YamlSource, d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'path'>): Diagnostic {
  return diagnosticAt(source, ['items'], d, { key: true });
}

/** What is known of a built packet: where it is (as shown), its pages and bytes; `cover`: its pages include a cover. */
export interface BuiltFacts {
  display: string;
  pages: number;
  bytes: number;
  cover?: boolean;
  /** The cover as laid out, when it takes more than one page: the cap's message says so and what fills it. */
  longCover?: CoverLayout;
}

/**
 * The built PDF against the posting's page and size caps, with the figures; `read` when report or validate read
 * it (build wrote it, and says so); at `items:`, as validate's estimate (`atPacketCaps`).
 *
 * @example
 * overBuiltCaps(profile, source, { display: 'out/packet.pdf', pages: 23, bytes: 2_068_521 }, true)[0]?.message
 * // 'The built PDF out/packet.pdf is 2.07 MB; the posting accepts at most 2 MB.'
 */
export function overBuiltCaps(profile: Profile, source: YamlSource, built: BuiltFacts, read: boolean, longest?: string): Diagnostic[] {
  const s = profile.submission;
  const subject = `The built PDF ${built.display}`;
  const out: Diagnostic[] = [];
  if (s.max_pages !== undefined && built.pages > s.max_pages) {
    out.push(atPacketCaps(source, diag('limit.pages', { subject, pages: built.pages, max: s.max_pages, scope: 'built', ...(read ? { read } : {}), ...(built.cover ? { cover: true } : {}), ...(built.cover && built.longCover ? { longCover: built.longCover } : {}), ...(longest ? { longest } : {}) })));
  }
  if (s.max_mb !== undefined && built.bytes > s.max_mb * 1e6) {
    out.push(atPacketCaps(source, diag('limit.size', { subject, bytes: built.bytes, max: s.max_mb, scope: 'built', ...(read ? { read } : {}) })));
  }
  return out;
}

/**
 * The files that bring the most pages into the packet (at most three, of two pages or more), for a packet over its
 * page cap: the ones worth cutting.
 *
 * @example
 * longestFiles([{ file: 'docs/thesis.pdf', pages: 136 }, { file: 'docs/cv.pdf', pages: 3 }]); // 'docs/thesis.pdf, 136 pages; docs/cv.pdf, 3 pages'
 */
export function longestFiles(entries: ReadonlyArray<{ file?: string; pages?: number }>): string | undefined {
  const top = entries.filter((e): e is { file: string; pages: number } => e.file !== undefined && (e.pages ?? 0) > 1).sort((a, b) => b.pages - a.pages).slice(0, 3);
  return top.length ? top.map((e) => `${e.file}, ${plural(e.pages, 'page')}`).join('; ') : undefined;
}

/**
 * A packet cap at `items:`: validate's estimate from the files, which a current built PDF replaces. The built
 * PDF's own (`overBuiltCaps`) sit there too, and are added after this is asked of a check's diagnostics; asked
 * again of them, a built PDF's figures replace themselves (`judgeOnBuilt` gives the same diagnostics).
 */
export function isPacketEstimate(d: Diagnostic): boolean {
  return d.path === 'items' && (d.code === 'limit.size' || d.code === 'limit.size-near' || d.code === 'limit.pages');
}

/**
 * The diagnostics with the packet's caps judged on a current built PDF instead of the estimate: the estimate's
 * errors and warnings go, the built PDF's own go in, and where the estimate had said something and the PDF is
 * within the caps, an info says which figure decided.
 *
 * @example
 * judgeOnBuilt(check.diagnostics, profile, source, { display: 'packet.pdf', pages: 15, bytes: 1_385_423 }, 6_480_000)
 */
export function judgeOnBuilt(diagnostics: readonly Diagnostic[], profile: Profile, source: YamlSource, built: BuiltFacts, estimate: { bytes: number; pages: number; exact?: boolean; cover?: boolean; longest?: string }): Diagnostic[] {
  const replaced = diagnostics.filter(isPacketEstimate);
  const over = overBuiltCaps(profile, source, built, true, estimate.longest);
  const kept = diagnostics.filter((d) => !isPacketEstimate(d));
  if (replaced.length === 0 || over.length > 0) return [...kept, ...over];
  const s = profile.submission;
  const caps = [s.max_mb !== undefined ? `the posting's ${s.max_mb} MB` : '', s.max_pages !== undefined ? `${s.max_pages} pages` : ''].filter(Boolean).join(' and ');
  const said = [replaced.some((d) => d.code !== 'limit.pages') ? formatMb(estimate.bytes) : '', replaced.some((d) => d.code === 'limit.pages') ? `${estimate.exact ? '' : 'about '}${plural(estimate.pages, 'page')}${estimate.cover ? ', its cover included' : ''}` : ''].filter(Boolean).join(', ');
  // Where the estimate was, which it replaces.
  return [...kept, atPacketCaps(source, diag('limit.built', { built: built.display, pages: built.pages, bytes: built.bytes, caps, estimate: said }))];
}

/** One file of a `--separate` build, as read back: the item it holds (by its bookmark), where it is, its size. */
export interface BuiltFile extends BuiltFacts {
  itemId: string;
}

/**
 * A separate-files posting's caps on each file judged on the files a current build wrote: the portal's `max_mb`
 * per file and an item's own `max_mb` (its file holds that item alone). For each item built, the estimate's size
 * errors and warnings (its files against the caps) go, and the file's own size decides.
 *
 * @example
 * judgeFilesOnBuilt(check.diagnostics, profile, source, [{ itemId: 'cv', display: 'packet/Virtanen_Aino_cv.pdf', pages: 2, bytes: 5_020_000 }], { cv: 4_500_000 })
 * // the warning limit.size-near at items.cv is replaced by the error limit.size: 5.02 MB over the 5 MB per file
 */
export function judgeFilesOnBuilt(diagnostics: readonly Diagnostic[], profile: Profile, source: YamlSource, files: readonly BuiltFile[], estimates: Readonly<Record<string, number>>): Diagnostic[] {
  if (profile.submission.format !== 'separate-files') return [...diagnostics];
  const perFile = profile.submission.max_mb;
  let out = [...diagnostics];
  for (const f of files) {
    const item = profile.items.find((i) => i.id === f.itemId);
    // The item's own cap, when tighter, is on the same file.
    const own = item?.max_mb !== undefined && (perFile === undefined || item.max_mb < perFile);
    const max = own ? item?.max_mb : perFile;
    if (max === undefined) continue;
    const estimated = (d: Diagnostic) => d.item === f.itemId && (d.code === 'limit.size' || d.code === 'limit.size-near');
    const built = { subject: `${f.display} (${item?.title ?? f.itemId})`, shown: f.display, bytes: f.bytes, pages: f.pages };
    out = onBuilt(out, source, f.itemId, estimated, built, { max, scope: own ? 'item' : 'file', caps: own ? `the posting's ${max} MB for it` : `the portal's ${max} MB per file` }, estimates[f.itemId] ?? 0);
  }
  return out;
}

/** An item's size estimate replaced by what was built for it: the error over `max`, else the info that the built figure decided. */
function onBuilt(diagnostics: Diagnostic[], source: YamlSource, itemId: string, estimated: (d: Diagnostic) => boolean, built: { subject: string; shown: string; bytes: number; pages?: number }, cap: { max: number; scope: 'item' | 'file'; caps: string }, estimate: number): Diagnostic[] {
  if (!diagnostics.some(estimated)) return diagnostics;
  const at = (d: Diagnostic): Diagnostic => ({ ...diagnosticAt(source, ['items', itemId], d), item: itemId });
  const judged =
    built.bytes > cap.max * 1e6
      ? diag('limit.size', { subject: built.subject, bytes: built.bytes, max: cap.max, scope: cap.scope, read: true })
      : diag('limit.built', { built: built.shown, ...(built.pages !== undefined ? { pages: built.pages } : {}), bytes: built.bytes, caps: cap.caps, estimate: formatMb(estimate) });
  return [...diagnostics.filter((d) => !estimated(d)), at(judged)];
}

/** An item over its own `max_mb` by its files, in a one-PDF packet: what `build --fit` fits and a built PDF decides. */
export function isItemSizeEstimate(d: Diagnostic): boolean {
  return d.code === 'limit.size' && d.item !== undefined && d.path === `items.${d.item}`;
}

/**
 * Items over their own `max_mb` by their files, judged on their share of a current built one-PDF packet (the
 * objects their pages draw with, as `build --fit` counts them): after a fit, the fitted images decide.
 *
 * @example
 * judgeItemsOnBuilt(diagnostics, profile, source, 'out/packet.pdf', [{ itemId: 'transcript', bytes: 683_120, estimate: 1_016_967 }])
 * // limit.size at items.transcript replaced by limit.built: 0.68 MB within the posting's 1 MB for it
 */
export function judgeItemsOnBuilt(diagnostics: readonly Diagnostic[], profile: Profile, source: YamlSource, display: string, items: readonly { itemId: string; bytes: number; estimate: number }[]): Diagnostic[] {
  let out = [...diagnostics];
  for (const it of items) {
    const item = profile.items.find((i) => i.id === it.itemId);
    const max = item?.max_mb;
    if (!item || max === undefined) continue;
    const shown = `${item.title} in ${display}`;
    out = onBuilt(out, source, it.itemId, (d) => d.item === it.itemId && isItemSizeEstimate(d), { subject: shown, shown, bytes: it.bytes }, { max, scope: 'item', caps: `the posting's ${max} MB for it` }, it.estimate);
  }
  return out;
}

/**
 * One file of a `--separate` set, as read back by `report` or `validate`, against its item's page cap and the size
 * cap on it (the portal's `max_mb` per file, or the item's own when tighter): the file there is what is uploaded.
 * `files`: its item is given as files (the hint may then suggest `pages:`).
 *
 * @example
 * overBuiltFileCaps(profile, source, { itemId: 'research', title: 'Research statement', display: 'upload/Virtanen_research.pdf', pages: 5, bytes: 80_000, files: true })[0]?.message
 * // 'upload/Virtanen_research.pdf (Research statement) has 5 pages; the posting allows 3.'
 */
export function overBuiltFileCaps(profile: Profile, source: YamlSource, file: BuiltFile & { title: string; files?: boolean }): Diagnostic[] {
  const perFile = profile.submission.max_mb;
  const item = profile.items.find((i) => i.id === file.itemId);
  const subject = `${file.display} (${file.title})`;
  const at = (d: Diagnostic): Diagnostic => ({ ...diagnosticAt(source, ['items', file.itemId], d), item: file.itemId });
  const out: Diagnostic[] = [];
  if (item?.max_pages !== undefined && file.pages > item.max_pages) {
    out.push(at(diag('limit.pages', { subject, pages: file.pages, max: item.max_pages, scope: 'item', ...(file.files ? { files: true } : {}) })));
  }
  const own = item?.max_mb !== undefined && (perFile === undefined || item.max_mb < perFile);
  const max = own ? item?.max_mb : perFile;
  if (max !== undefined && file.bytes > max * 1e6) out.push(at(diag('limit.size', { subject, bytes: file.bytes, max, scope: own ? 'item' : 'file', read: true })));
  return out;
}
