import { diag } from '../core/catalogue.js';
import { formatDiagnostic, painter } from '../core/report/diagnostic-line.js';
import { displayPath, WriteError } from '../io/files.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { useColor } from './options.js';

/**
 * A file a command was asked to write (`report -o`, `init`, `profile import -o`) that cannot be written: the
 * `build.write-failed` diagnostic on stderr (`report.write-failed` for a file `report -o` keeps: not a report, or one
 * edited since), and exit 2, since nothing about the packet itself is wrong.
 * Undefined when `err` is not a write failure.
 *
 * @example
 * const code = reportWriteFailure(err, io); // 2, after "error build.write-failed  Cannot write out: it is a folder. ..."
 */
export function reportWriteFailure(err: unknown, io: CliIo): number | undefined {
  if (!(err instanceof WriteError)) return undefined;
  // The report's own refusal to replace a file is no build's.
  const report = err.problem.kind === 'edited-report' || (err.problem.kind === 'not-ours' && err.problem.what === 'report');
  const d = diag(report ? 'report.write-failed' : 'build.write-failed', { path: displayPath(err.path), problem: err.problem });
  io.stderr(`${formatDiagnostic(d, painter(useColor(io)))}\n`);
  return EXIT.usage;
}
