/** The `packet` executable: the only place that touches the real process and exits. */
import { runCli } from './program.js';

void runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  now: () => new Date(),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
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
