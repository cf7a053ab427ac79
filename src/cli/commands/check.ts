import { extname, resolve } from 'node:path';
import { checkManifest, clashWithInput, UsageError } from '../../app/check.js';
import { reportManifest } from '../../app/report.js';
import type { CheckResult } from '../../app/check.js';
import { isBlocking } from '../../core/diagnostics.js';
import { formatDiagnostic, painter } from '../../core/report/diagnostic-line.js';
import { renderJson } from '../../core/report/json.js';
import { renderMarkdown } from '../../core/report/markdown.js';
import { makeReport } from '../../core/report/model.js';
import type { Report } from '../../core/report/model.js';
import { renderText } from '../../core/report/text.js';
import { fileHead, outputProblem, realOrSame, writeFileAtomic, WriteError } from '../../io/files.js';
import { replaceProblem, REPORT_MAX_BYTES } from '../../core/report/recognise.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { useColor, zoneOption } from '../options.js';

export interface CheckFlags {
  today: string;
  strict: boolean;
}

export type ReportFormat = 'text' | 'md' | 'json';

export function reportOf(check: CheckResult, strict: boolean, build?: Report['build']): Report {
  return makeReport({
    manifest: check.manifestFile,
    ...(check.profile ? { profile: check.profile } : {}),
    ...(check.result ? { result: check.result } : {}),
    diagnostics: check.diagnostics,
    strict,
    ...(build ? { build } : {}),
  });
}

export function exitCodeOf(check: CheckResult, strict: boolean): number {
  return check.diagnostics.some((d) => isBlocking(d, strict)) || !check.profile ? EXIT.notReady : EXIT.ok;
}

export function render(report: Report, format: ReportFormat, color: boolean): string {
  if (format === 'json') return renderJson(report);
  if (format === 'md') return renderMarkdown(report);
  return renderText(report, { color });
}

/** `packet validate <manifest>`: the problems, one per line, then the verdict. */
export async function runValidate(manifest: string, flags: CheckFlags & { format?: ReportFormat }, io: CliIo): Promise<number> {
  // With the built packet judged as `report` judges it: the two must never disagree on it.
  const check = await checkManifest(manifest, { today: flags.today, ...zoneOption(io), isolate: true, strict: flags.strict });
  const report = reportOf(check, flags.strict);
  if (flags.format === 'json') io.stdout(renderJson(report));
  else {
    const paint = painter(useColor(io));
    const lines = check.diagnostics.map((d) => formatDiagnostic(d, paint));
    const verdict = paint(report.verdict, report.ready ? 'ok' : 'error');
    io.stdout(`${[...lines, ...(lines.length ? [''] : []), verdict].join('\n')}\n`);
  }
  // The library's verdict is the exit code: a script's checkManifest({ strict }) and the CLI never disagree.
  return check.ready ? EXIT.ok : EXIT.notReady;
}

/** `packet report <manifest>`: every item's status, the problems and the verdict, as text, Markdown or JSON. */
/**
 * The report's format from the name of the file it goes to, when `--format` is not given: `.md` a Markdown
 * checklist, `.json` JSON, anything else text. A name that promises what a report is not (`report.pdf`) is refused.
 */
function formatOfOutput(output: string | undefined): ReportFormat {
  const ext = output === undefined ? '' : extname(output).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.json') return 'json';
  if (['', '.txt', '.text', '.log'].includes(ext)) return 'text';
  throw new UsageError(`a report is text, Markdown or JSON, not ${ext.slice(1).toUpperCase()}: name the file .txt, .md or .json (or give --format)${ext === '.pdf' ? '; the packet PDF itself is made by packet build' : ''}`);
}

export async function runReport(manifest: string, flags: CheckFlags & { format?: ReportFormat; output?: string; pdf?: string; force?: boolean }, io: CliIo): Promise<number> {
  // An output that cannot take the report is refused before anything is checked (the CLI prints why).
  const unwritable = flags.output ? await outputProblem(flags.output, 'file') : undefined;
  if (flags.output && unwritable) throw new WriteError(flags.output, unwritable);
  const { builtPathOf } = await import('../../app/built.js');
  const { check, report } = await reportManifest(manifest, { today: flags.today, ...zoneOption(io), isolate: true, strict: flags.strict, ...(flags.pdf ? { pdf: flags.pdf } : {}) });
  const target = flags.output === undefined ? undefined : resolve(flags.output);
  if (flags.output && target) {
    // Never over an input or the packet: the report is written last, so checking here is enough.
    const builtPath = builtPathOf(check, flags.pdf);
    if (await clashWithInput(target, check)) throw new WriteError(flags.output, { kind: 'input', what: 'input' });
    if (builtPath !== undefined && (await realOrSame(target)) === (await realOrSame(builtPath))) throw new WriteError(flags.output, { kind: 'input', what: 'built' });
    // A file there that is not a report (`-o research-statement.tex`) is the user's: kept unless --force.
    const notOurs = flags.force ? undefined : replaceProblem(await fileHead(target, REPORT_MAX_BYTES + 1), 'report');
    if (notOurs) throw new WriteError(flags.output, notOurs);
  }
  const text = render(report, flags.format ?? formatOfOutput(flags.output), flags.output ? false : useColor(io));
  if (flags.output && target) {
    await writeFileAtomic(target, text);
    io.stderr(`Wrote ${flags.output}\n`);
  } else io.stdout(text);
  return exitCodeOf(check, flags.strict);
}
