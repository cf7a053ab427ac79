/**
 * Temporary files being written or not yet renamed into place (by `writeFilesAtomic`): what a run stopped by
 * Ctrl-C or a kill must not leave behind. Kept apart from files.ts so that the CLI entry can hold it without
 * loading the rest.
 */
import { unlinkSync } from 'node:fs';

export const liveTemps = new Set<string>();

/**
 * Remove, at once, the temporary files of writes still under way: an interrupted run would otherwise leave a
 * half-written `.packet-tmp-…` file beside the output.
 *
 * @example
 * process.once('SIGINT', () => { removeTempFilesNow(); process.exit(130); });
 */
export function removeTempFilesNow(): void {
  for (const tmp of liveTemps) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone, or never created.
    }
  }
  liveTemps.clear();
}

/**
 * On Ctrl-C (SIGINT) or a kill (SIGTERM): remove the temporary files, then `exit` with 128 + the signal's number,
 * unless another handler (`--watch` stopping cleanly) is there to end the run. For the CLI entry, which exits.
 *
 * @example
 * cleanUpOnSignals(process, (code) => process.exit(code));
 */
export function cleanUpOnSignals(proc: NodeJS.EventEmitter, exit: (code: number) => void): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    proc.on(signal, () => {
      removeTempFilesNow();
      if (proc.listenerCount(signal) === 1) exit(code);
    });
  }
}
