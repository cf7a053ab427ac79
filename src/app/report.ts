import { checkManifest } from './check.js';
import { refuseReportOptions } from './options.js';
import type { CheckedManifest, CheckOptions } from './check.js';
import { makeReport } from '../core/report/model.js';
import type { Report } from '../core/report/model.js';

/**
 * The report `packet report` makes, from a script: the manifest checked, the packet built at its output (or the
 * `--separate` set) judged, and the report with each item's page range and the `build` block (pages, bytes, out
 * of date) the CLI's JSON has. `pdf` judges a PDF elsewhere, as `packet report --pdf` does.
 *
 * @example
 * const { report } = await reportManifest('manifest.yaml', { today: '2025-11-01' });
 * console.log(report.items.map((i) => i.range ? `p. ${i.range.first} ${i.title}` : i.title));
 */
export async function reportManifest(manifestPath: string, options: Omit<CheckOptions, 'built'> & { pdf?: string }): Promise<{ check: CheckedManifest; report: Report }> {
  refuseReportOptions(options);
  const { judgeBuiltPacket, judgeSeparateBuilt, refuseNonPacket, requireBuiltPdf, separateBuiltSet, setAtPdf } = await import('./built.js');
  const { strict = false, pdf, ...checkOptions } = options;
  const check = await checkManifest(manifestPath, { ...checkOptions, built: false });
  // After the check: a --pdf path that is not there is told apart from the manifest's own packet, when that is built.
  const given = pdf ? await requireBuiltPdf(pdf, manifestPath, check) : undefined;
  // Not a packet (the manifest, a .docx, a folder of a one-PDF posting): a usage error saying where the build writes it.
  if (pdf && given) await refuseNonPacket(check, pdf, given);
  // A PDF of a separate-files posting: its set's folder, or one file of it, judged as the set's.
  const at = pdf && given ? await setAtPdf(check, pdf, given) : undefined;
  const { diagnostics, built } = await judgeBuiltPacket(check, at ? { at } : pdf ? { pdf } : {});
  check.diagnostics = diagnostics;
  check.diagnostics = await judgeSeparateBuilt(check, at);
  // A `--separate` set: the files judged, as `build` listed them.
  const set = pdf && !at ? undefined : await separateBuiltSet(check, at);
  const one = built.path && built.pages && built.bytes ? { output: built.path, pages: built.pages, bytes: built.bytes, ...(built.diagnostics.some((d) => d.code === 'build.stale' || d.code === 'build.mismatch') ? { outOfDate: true as const } : {}), ...(built.copy ? { copyOf: built.copy } : {}) } : undefined;
  const build = one ?? set;
  const report = makeReport({ manifest: check.manifestFile, ...(check.profile ? { profile: check.profile } : {}), ...(check.result ? { result: check.result } : {}), diagnostics: check.diagnostics, strict, ...(build ? { build } : {}) });
  // The built packet judged after checkManifest's verdict: the report's is the one that holds.
  return { check: { ...check, ready: report.ready }, report };
}
