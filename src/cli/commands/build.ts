import { basename, resolve } from 'node:path';
import { buildPacket, builtReport, refuseOutput } from '../../app/build.js';
import type { CheckResult } from '../../app/check.js';
import { watchedPaths, watchLoop } from '../../app/watch.js';
import { UsageError } from '../../app/errors.js';
import { refuseSourceDateEpoch } from '../../app/options.js';
import { displayPath, mtimeOf } from '../../io/files.js';
import type { BuildRequest } from '../../app/build.js';
import { isBlocking } from '../../core/diagnostics.js';
import { formatDiagnostic, painter } from '../../core/report/diagnostic-line.js';
import { renderJson } from '../../core/report/json.js';
import { formatMb, pageRange, plural } from '../../core/words.js';
import { fitLines } from '../../core/fit/report.js';
import type { FormMode } from '../../core/schema/vocabulary.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { localToday, useColor, zoneOption } from '../options.js';
import { reportOf } from './check.js';

/** After this long, a build says on the terminal that it is working. */
export const PROGRESS_AFTER_MS = 1000;

export interface BuildFlags {
  output?: string;
  /** Replace an existing output that is not a PDF. */
  force?: boolean;
  /** Without it, now on the user's clock, read again for every build of `--watch`, so the time left stays true. */
  today?: string;
  strict: boolean;
  forms?: FormMode;
  stamps?: boolean;
  cover?: boolean;
  json?: boolean;
  quiet?: boolean;
  separate?: boolean;
  watch?: boolean;
  fit?: boolean;
  fitFloorDpi?: number;
}

/** `packet build <manifest>`: validate, then write the one PDF; the problems and the verdict either way. */
export async function runBuild(manifest: string, flags: BuildFlags, io: CliIo): Promise<number> {
  // The report goes to standard output, and a PDF in a pipe is easily a PDF on a terminal: a file is named.
  refuseOutput(flags.output);
  refuseSourceDateEpoch(io.env.SOURCE_DATE_EPOCH);
  if (flags.watch) return runWatch(manifest, flags, io);
  return (await buildOnce(manifest, flags, io)).code;
}

/** `--watch`: build, then rebuild on every change; the last good PDF stays in place; Ctrl-C stops. */
async function runWatch(manifest: string, flags: BuildFlags, io: CliIo): Promise<number> {
  const stopped = new Promise<void>((done) => io.onInterrupt?.(done));
  const manifestPath = resolve(manifest);
  let first = true;
  let gone = false;
  await watchLoop(
    async () => {
      const started = Date.now();
      try {
        const { check } = await buildOnce(manifest, flags, io);
        gone = false;
        io.stdout('Watching for changes (Ctrl-C to stop)...\n');
        return watchedPaths(check);
      } catch (e) {
        // Deleted and written again (an editor's atomic save, git checkout): waited for as an input is; a wrong path at the start stays an error.
        const mtime = first || !(e instanceof UsageError) ? 0 : await mtimeOf(manifestPath);
        if (mtime !== undefined && mtime < started) throw e;
        if (mtime === undefined && !gone) io.stdout(`${displayPath(manifestPath)} is gone: waiting for it to come back (Ctrl-C to stop)...\n`);
        gone ||= mtime === undefined;
        return [manifestPath];
      } finally {
        first = false;
      }
    },
    (path) => io.stdout(`\n${displayPath(path)} changed: building again\n`),
    stopped,
  );
  io.stdout('Stopped watching.\n');
  return EXIT.ok;
}

async function buildOnce(manifest: string, flags: BuildFlags, io: CliIo): Promise<{ code: number; check: CheckResult }> {
  const req: BuildRequest = {
    manifestPath: manifest,
    today: flags.today ?? localToday(io),
    ...zoneOption(io),
    strict: flags.strict,
    now: io.now(),
    overrides: { forms: flags.forms, stamps: flags.stamps, cover: flags.cover },
    ...(flags.output ? { output: flags.output } : {}),
    ...(flags.force ? { force: true } : {}),
    ...(flags.separate !== undefined ? { separate: flags.separate } : {}),
    ...(flags.fit ? { fit: flags.fitFloorDpi !== undefined ? { floorDpi: flags.fitFloorDpi } : {} } : {}),
    ...(io.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: io.env.SOURCE_DATE_EPOCH } : {}),
  };
  // A note on the terminal when a build takes long enough to wonder (big theses, many scans); never in pipes.
  let shown = false;
  const progress = io.isTTY && !flags.json && !flags.quiet
    ? setTimeout(() => {
        shown = true;
        io.stderr('Building the packet...');
      }, PROGRESS_AFTER_MS)
    : undefined;
  let outcome;
  try {
    outcome = await buildPacket(req);
  } finally {
    clearTimeout(progress);
    if (shown) io.stderr('\r\u001b[K');
  }
  const blocked = outcome.diagnostics.some((d) => isBlocking(d, flags.strict));
  const built = outcome.built;
  const report = reportOf({ ...outcome.check, diagnostics: outcome.diagnostics }, flags.strict, built && builtReport(built));
  if (flags.json) {
    io.stdout(renderJson(report));
  } else {
    const paint = painter(useColor(io));
    const lines = flags.quiet ? outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, paint)) : outcome.diagnostics.map((d) => formatDiagnostic(d, paint));
    if (built && !flags.quiet) {
      if (lines.length) lines.push('');
      if (built.files) {
        // A name given as a PDF's (`-o application.pdf`): said, so the folder is found under its real name.
        const asked = built.asked === undefined ? '' : ` (a folder: one file per item, not ${built.asked})`;
        lines.push(`Built ${plural(built.files.length, 'file')} in ${built.display}/: ${plural(built.pages, 'page')}, ${formatMb(built.bytes)}${asked}`);
        // The files are in the folder just named: their own names, whatever form the folder's path took (-o . or -o $PWD).
        const width = Math.max(...built.files.map((f) => basename(f.path).length));
        for (const f of built.files) lines.push(`  ${basename(f.path).padEnd(width)}  ${f.title} (${f.pages} ${f.pages === 1 ? 'page' : 'pages'})`);
      } else {
        lines.push(`Built ${built.display}: ${plural(built.pages, 'page')}, ${formatMb(built.bytes)}`);
        for (const r of built.ranges) lines.push(`  ${pageRange(r.firstPage, r.lastPage).padEnd(11)} ${r.title}`);
      }
      if (built.fit) lines.push(...fitLines(built.fit));
    } else if (!built) {
      if (lines.length) lines.push('');
      const errors = outcome.diagnostics.some((d) => d.severity === 'error');
      lines.push(paint(errors ? 'Not built: fix the errors above first.' : 'Not built: --strict stops at the warnings above; fix them, or build without --strict.', 'error'));
    }
    if (!flags.quiet || blocked) io.stdout(`${lines.join('\n')}\n`);
  }
  return { code: blocked || !built ? EXIT.notReady : EXIT.ok, check: outcome.check };
}
