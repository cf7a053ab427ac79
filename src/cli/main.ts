/** The `packet` executable: the only place that touches the real process and exits. */
import { cleanUpOnSignals } from '../io/temps.js';
import { runCli } from './program.js';

// Ctrl-C or a kill in the middle of a write leaves no half-written temporary file.
cleanUpOnSignals(process, (code) => process.exit(code));

void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  now: () => new Date(),
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  readStdin: async () => {
    const { MAX_TEXT_BYTES } = await import('../io/files.js');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      // Bounded like every read: `cat /dev/zero | packet profile import -` stops here.
      size += (chunk as Buffer).length;
      if (size > MAX_TEXT_BYTES) throw new Error(`it is larger than ${MAX_TEXT_BYTES / 1e6} MB`);
      chunks.push(chunk as Buffer);
    }
    return new Uint8Array(Buffer.concat(chunks));
  },
  onInterrupt: (handler) => {
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
  },
}).then((code) => {
  // Let pending writes to a pipe finish before exiting.
  process.exitCode = code;
  setTimeout(() => process.exit(code), 0).unref();
});
