/**
 * Page labels (what a viewer shows in its page box and thumbnails).
 *
 * Scheme, chosen for a reviewer who thinks in items, not in packet pages:
 * - the cover is "Cover", then "Cover 2", "Cover 3"...;
 * - each section restarts at 1 with its title as prefix: "Curriculum vitae 1", "Curriculum vitae 2"...;
 * - a section made of one PDF that has its own page labels keeps them behind the prefix ("Thesis iii",
 *   "Thesis 37"), so page references printed inside that document match what the viewer shows.
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument } from '@cantoo/pdf-lib';
import type { SourceLabelRange } from './source.js';

/** One range of the output's labels; `start` is a 0-based page index. */
export interface LabelRange {
  start: number;
  prefix?: string;
  style?: string;
  first?: number;
}

const STYLES = new Set(['D', 'R', 'r', 'A', 'a']);
const MAX_PREFIX = 32;
const DANGLING = new Set(['or', 'and', 'of', 'for', 'the', 'a', 'an', 'to', 'in', 'with', 'from', 'und', 'oder', 'ja', 'tai']);

/**
 * A section title shortened for use as a label prefix (cut at a word boundary).
 *
 * @example
 * labelPrefix('Curriculum vitae') // 'Curriculum vitae'
 */
export function labelPrefix(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_PREFIX) return t;
  const cut = t.slice(0, MAX_PREFIX);
  const space = cut.lastIndexOf(' ');
  // A label must not end on a dangling word ("Recommendation letter(s) or"), and must show it was shortened.
  const words = (space > 8 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '').split(' ');
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return `${words.join(' ').replace(/[\s,;:.-]+$/, '')}…`;
}

/** Labels for the cover pages. */
export function coverLabels(count: number): LabelRange[] {
  if (count === 0) return [];
  const out: LabelRange[] = [{ start: 0, prefix: 'Cover' }];
  if (count > 1) out.push({ start: 1, prefix: 'Cover ', style: 'D', first: 2 });
  return out;
}

/**
 * Labels for one section starting at output index `start` with `pages` pages; `own` are the labels of its
 * only PDF, when it has them.
 */
export function sectionLabels(title: string, start: number, pages: number, own?: readonly SourceLabelRange[]): LabelRange[] {
  const prefix = `${labelPrefix(title)} `;
  const usable = usableOwn(own, pages);
  if (!usable) return [{ start, prefix, style: 'D', first: 1 }];
  return usable.map((r) => ({
    start: start + r.start,
    prefix: prefix + (r.prefix ?? ''),
    ...(r.style ? { style: r.style } : {}),
    ...(r.first !== undefined && r.first >= 1 ? { first: Math.floor(r.first) } : {}),
  }));
}

/**
 * Labels for a section of several files: a file with labels of its own keeps them behind its title ("Thesis front
 * matter iii"), the other pages count on in the section ("Degree certificates 8"). One range for the whole section,
 * as `sectionLabels` gives, when no file has labels of its own.
 *
 * @example
 * partLabels('Degree certificates', 1, [{ title: 'Diploma', start: 1, pages: 3 }, { title: 'Thesis', start: 4, pages: 2, own: [{ start: 0, style: 'r' }] }]);
 * // [{ start: 1, prefix: 'Degree certificates ', style: 'D', first: 1 }, { start: 4, prefix: 'Thesis ', style: 'r' }]
 */
export function partLabels(title: string, start: number, parts: ReadonlyArray<{ title: string; start: number; pages: number; own?: readonly SourceLabelRange[] }>): LabelRange[] {
  const pages = parts.reduce((n, p) => n + p.pages, 0);
  if (!parts.some((p) => p.pages > 0 && usableOwn(p.own, p.pages))) return sectionLabels(title, start, pages);
  const out: LabelRange[] = [];
  let plain = false;
  for (const part of parts) {
    if (part.pages === 0) continue;
    if (usableOwn(part.own, part.pages)) {
      out.push(...sectionLabels(part.title, part.start, part.pages, part.own));
      plain = false;
    } else if (!plain) {
      out.push({ start: part.start, prefix: `${labelPrefix(title)} `, style: 'D', first: part.start - start + 1 });
      plain = true;
    }
  }
  return out;
}

/** A file's own labels that can be kept (in a style a viewer knows), when they start at its first page. */
function usableOwn(own: readonly SourceLabelRange[] | undefined, pages: number): SourceLabelRange[] | undefined {
  const usable = (own ?? []).filter((r) => r.start >= 0 && r.start < pages && (r.style === undefined || STYLES.has(r.style)));
  return usable[0]?.start === 0 ? usable : undefined;
}

/**
 * An input's own labels for the pages `pages:` keeps (0-based indexes, in packet order), as ranges over the kept
 * pages: each page keeps the label it had ("iii" stays "iii"), and a new range starts wherever the numbering
 * jumps. Empty when the input has no labels (its pages then count from 1 like any item's).
 *
 * @example
 * selectedLabels([{ start: 0, style: 'r' }, { start: 4, style: 'D' }], [2, 3, 9]);
 * // [{ start: 0, style: 'r', first: 3 }, { start: 2, style: 'D', first: 6 }]
 */
export function selectedLabels(own: readonly SourceLabelRange[], pages: readonly number[]): SourceLabelRange[] {
  if (own.length === 0) return [];
  const out: SourceLabelRange[] = [];
  let previous: { range: SourceLabelRange | undefined; page: number } | undefined;
  pages.forEach((page, k) => {
    let range: SourceLabelRange | undefined;
    for (const r of own) if (r.start <= page) range = r;
    const continues = previous !== undefined && previous.range === range && previous.page === page - 1;
    previous = { range, page };
    if (continues) return;
    const first = range ? (range.first ?? 1) + (page - range.start) : undefined;
    out.push({
      start: k,
      ...(range?.style !== undefined ? { style: range.style } : {}),
      ...(range?.prefix !== undefined ? { prefix: range.prefix } : {}),
      ...(first !== undefined && range?.style !== undefined ? { first } : {}),
    });
  });
  return out;
}

/** Write the /PageLabels number tree (a single flat /Nums array). */
export function writePageLabels(doc: PDFDocument, ranges: readonly LabelRange[]): void {
  if (ranges.length === 0) return;
  const ctx = doc.context;
  const nums = ctx.obj([]);
  const seen = new Set<number>();
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (seen.has(r.start)) continue;
    seen.add(r.start);
    const label = PDFDict.withContext(ctx);
    if (r.style) label.set(PDFName.of('S'), PDFName.of(r.style));
    if (r.prefix) label.set(PDFName.of('P'), PDFHexString.fromText(r.prefix));
    if (r.first !== undefined && r.first !== 1) label.set(PDFName.of('St'), PDFNumber.of(r.first));
    nums.push(PDFNumber.of(r.start));
    nums.push(label);
  }
  doc.catalog.set(PDFName.of('PageLabels'), ctx.register(ctx.obj({ Nums: nums })));
}
