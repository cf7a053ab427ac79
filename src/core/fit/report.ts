/** What fitting did, in words: the lines `packet build` prints, and the errors when a cap cannot be met. */
import { diag } from '../catalogue.js';
import type { Diagnostic } from '../diagnostics.js';
import { formatMb, plural } from '../words.js';
import type { FitReport } from './fit.js';

/** Megabytes as every size is printed (`formatMb`: two decimals). */
export const mb = formatMb;

const capMb = (bytes: number): string => `${Number((bytes / 1e6).toPrecision(3))} MB`;

/**
 * The summary lines of a fit, for the build's text output.
 *
 * @example
 * fitLines(report) // ['Fitted to the size cap (the packet 2 MB): 5.90 MB before, 1.23 MB after', '  Transcript of records: ...']
 */
export function fitLines(report: FitReport): string[] {
  const caps = [
    ...(report.cap !== undefined ? [`the packet ${capMb(report.cap)}`] : []),
    ...report.items.filter((i) => i.cap !== undefined).map((i) => `${i.title} ${capMb(i.cap!)}`),
  ];
  if (caps.length === 0) return ['--fit: the posting gives no size cap, so no image was changed'];
  const which = `the size cap${caps.length > 1 ? 's' : ''} (${caps.join('; ')})`;
  if (report.recompressed === 0) {
    const head = report.fits ? `Within ${which} as built (${mb(report.after)}): no image was changed` : `Not within ${which}: no image could be made smaller`;
    return [head, ...leftLines(report)];
  }
  const lines = [`Fitted to ${which}: ${mb(report.before)} before, ${mb(report.after)} after`];
  for (const item of report.items.filter((i) => i.recompressed > 0)) {
    lines.push(`  ${item.title}: ${mb(item.before)} -> ${mb(item.after)}, ${plural(item.recompressed, 'image')} recompressed at ${item.dpi} dpi`);
  }
  lines.push(`  Images are saved as JPEG at quality ${report.quality}, never below ${report.floorDpi} dpi; text, drawings and page sizes are unchanged.`);
  return [...lines, ...leftLines(report)];
}

function leftLines(report: FitReport): string[] {
  return report.leftAlone.map(({ reason, count }) => `  Left as ${count === 1 ? 'it is' : 'they are'}: ${plural(count, 'image')} (${reason})`);
}

/**
 * The errors for caps fitting could not meet: the size reached at the floor, what weighs most, and what to do.
 * Item errors carry `item`; the caller places them in the manifest. `scope`: whose cap `what` is over, the
 * packet's, or a --separate file's: the portal's per file (`file`) or its item's own (`item`).
 *
 * @example
 * fitDiagnostics(report)[0]?.message // 'The packet is still 2.31 MB with every image at 150 dpi, ...'
 */
export function fitDiagnostics(report: FitReport, what = 'The packet', scope: 'built' | 'item' | 'file' = 'built'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lowerFloor = report.floorDpi > 100 ? (report.floorDpi >= 150 ? 120 : 100) : undefined;
  const fitted = (recompressed: boolean) => ({ floorDpi: report.floorDpi, recompressed, ...(lowerFloor ? { lowerFloor } : {}) });
  for (const item of report.items) {
    if (item.fits || item.cap === undefined) continue;
    out.push({ ...diag('limit.size', { subject: item.title, bytes: item.after, max: item.cap / 1e6, scope: 'item', fitted: fitted(item.recompressed > 0) }), item: item.itemId });
  }
  if (report.cap !== undefined && report.after > report.cap) {
    const heaviest = [...report.items].sort((a, b) => b.after - a.after).slice(0, 3).filter((i) => i.after > 0.1 * report.after);
    const largest = heaviest.length > 0 ? { largest: heaviest.map((i) => `${i.title} (${mb(i.after)})`).join(', ') } : {};
    out.push(diag('limit.size', { subject: what, bytes: report.after, max: report.cap / 1e6, scope, fitted: fitted(report.recompressed > 0), ...largest }));
  }
  return out;
}

/**
 * One report for several files (`--separate`): sizes added up, items and images listed together. The cap is
 * each file's own, so the merged report has none of its own.
 *
 * @example
 * mergeFitReports([cvReport, transcriptReport]).recompressed // 3
 */
export function mergeFitReports(reports: readonly FitReport[]): FitReport | undefined {
  const [first] = reports;
  if (!first || reports.length === 1) return first;
  const left = new Map<string, number>();
  for (const r of reports) for (const l of r.leftAlone) left.set(l.reason, (left.get(l.reason) ?? 0) + l.count);
  return {
    before: reports.reduce((n, r) => n + r.before, 0),
    after: reports.reduce((n, r) => n + r.after, 0),
    floorDpi: first.floorDpi,
    quality: first.quality,
    recompressed: reports.reduce((n, r) => n + r.recompressed, 0),
    leftAlone: [...left].map(([reason, count]) => ({ reason, count })),
    // In its own file an item's cap is the file's.
    items: reports.flatMap((r) => r.items.map((i) => (r.cap !== undefined && i.cap === undefined ? { ...i, cap: r.cap, before: r.before, after: r.after, fits: r.after <= r.cap } : i))),
    fits: reports.every((r) => r.fits),
  };
}
