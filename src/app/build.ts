/**
 * The build, end to end: check -> plan -> assemble -> check the caps -> write atomically.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assemble } from '../core/assemble/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { isBlocking, sortDiagnostics } from '../core/diagnostics.js';
import { plan } from '../core/plan/plan.js';
import type { SectionRange } from '../core/plan/types.js';
import { diagnosticAt } from '../core/parse/yaml.js';
import type { FormMode } from '../core/schema/vocabulary.js';
import { formatMb, plural } from '../core/validate/measure.js';
import { displayPath, loadFonts, writeFileAtomic } from '../io/files.js';
import { checkManifest } from './check.js';
import type { CheckResult } from './check.js';

export interface BuildRequest {
  manifestPath: string;
  /** `-o`: relative to the working folder; otherwise the manifest's `output`, relative to the manifest. */
  output?: string;
  today: string;
  strict: boolean;
  overrides?: { cover?: boolean; stamps?: boolean; forms?: FormMode };
  /** Build time; `SOURCE_DATE_EPOCH` (seconds) wins when set, for byte-identical rebuilds. */
  now: Date;
  sourceDateEpoch?: string;
  /** `application-packet 0.1.0` */
  tool: string;
}

export interface BuildOutcome {
  check: CheckResult;
  diagnostics: Diagnostic[];
  /** Present when a PDF was written. */
  built?: { path: string; display: string; pages: number; bytes: number; ranges: SectionRange[] };
}

/** The default output, next to the manifest. */
export const DEFAULT_OUTPUT = 'packet.pdf';

/**
 * Validate, then build the packet PDF when nothing blocks it.
 *
 * @example
 * const outcome = await buildPacket({ manifestPath: 'manifest.yaml', today: '2025-11-01', strict: false, now: new Date(), tool: 'application-packet' });
 * outcome.built?.pages;
 */
export async function buildPacket(req: BuildRequest): Promise<BuildOutcome> {
  const fonts = await loadFonts();
  const check = await checkManifest(req.manifestPath, { today: req.today });
  const diagnostics = [...check.diagnostics];
  const done = (extra: Diagnostic[] = [], built?: BuildOutcome['built']): BuildOutcome => ({
    check,
    diagnostics: sortDiagnostics([...diagnostics, ...extra]),
    ...(built ? { built } : {}),
  });
  if (!check.manifest || !check.profile || !check.result || !check.source || diagnostics.some((d) => isBlocking(d, req.strict))) return done();

  const outputPath = req.output
    ? resolve(req.output)
    : resolve(check.manifestDir, check.manifest.output ?? DEFAULT_OUTPUT);
  const clash = await clashWithInput(outputPath, check);
  if (clash) {
    return done([
      diagnosticAt(check.source, check.manifest.output && !req.output ? ['output'] : [], {
        severity: 'error',
        code: 'build.output-is-input',
        message: `the output ${displayPath(outputPath)} is one of your input files; building would overwrite it`,
        hint: 'choose another output path (-o out/packet.pdf)',
      }),
    ]);
  }

  const buildDate = buildDateOf(req);
  const thePlan = plan({
    manifest: check.manifest,
    profile: check.profile,
    files: check.files,
    buildDate,
    fonts,
    tool: req.tool,
    ...(req.overrides ? { overrides: req.overrides } : {}),
  });
  const result = await assemble(thePlan);
  const extra = [...result.diagnostics];
  if (extra.some((d) => d.severity === 'error')) return done(extra);

  const s = check.profile.submission;
  const at = (message: string, code: string, hint: string): Diagnostic =>
    diagnosticAt(check.source!, ['profile'], { severity: 'error', code, message, hint });
  if (s.max_pages !== undefined && result.pageCount > s.max_pages) {
    extra.push(at(`the built PDF has ${plural(result.pageCount, 'page')}; the posting allows ${s.max_pages} (the PDF was written so you can look at it)`, 'limit.pages', 'shorten the longest documents, or build without the cover (--no-cover)'));
  }
  if (s.max_mb !== undefined && result.bytes.length > s.max_mb * 1e6) {
    extra.push(at(`the built PDF is ${formatMb(result.bytes.length)}; the posting accepts at most ${s.max_mb} MB (the PDF was written so you can look at it)`, 'limit.size', 'compress the largest inputs (scans at 150 dpi are plenty) and build again'));
  }
  await writeFileAtomic(outputPath, result.bytes);
  for (const range of result.ranges) {
    const item = check.result.items.find((i) => i.id === range.itemId);
    if (item) item.range = { first: range.firstPage, last: range.lastPage };
  }
  return done(extra, { path: outputPath, display: displayPath(outputPath), pages: result.pageCount, bytes: result.bytes.length, ranges: result.ranges });
}

function buildDateOf(req: BuildRequest): Date {
  const epoch = req.sourceDateEpoch?.trim();
  if (epoch && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return req.now;
}

async function clashWithInput(output: string, check: CheckResult): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  const out = await real(output);
  const inputs = [resolve(check.manifestFile), ...(check.profilePath ? [check.profilePath] : [])];
  for (const status of check.files.values()) inputs.push(status.resolved);
  for (const p of inputs) if ((await real(p)) === out) return true;
  return false;
}
