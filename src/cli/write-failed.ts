import { diag } from '../core/catalogue.js';
import { formatDiagnostic, painter } from '../core/report/diagnostic-line.js';
import { displayPath, WriteError } from '../io/files.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { useColor } from './options.js';

/**
 * A file a command was asked to write (`report -o`, `init`, `profile import -o`) that cannot be written: the
 * `build.write-failed` diagnostic on stderr, and exit 2, since nothing about the packet itself is wrong.
 * Undefined when `err` is not a write failure.
 *
 * @example
 * const code = reportWriteFailure(err, io); // 2, after "error build.write-failed  Cannot write out: it is a folder. ..."
 */
export function reportWriteFailure(err: unknown, io: CliIo): number | undefined {
  if (!(err instanceof WriteError)) return undefined;
  const d = diag('build.write-failed', { path: displayPath(err.path), problem: err.problem });
  io.stderr(`${formatDiagnostic(d, painter(useColor(io)))}\n`);
  return EXIT.usage;
}
