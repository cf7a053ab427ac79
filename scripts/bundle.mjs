// Bundle the compiled CLI into dist/bundle/ so `packet` starts fast (figures in bench/README.md):
// - packet.cjs: the whole CLI in one CommonJS file (~300 modules otherwise), which bin/packet.js compiles with a
//   V8 code cache: one file to read, and most functions arrive already compiled.
// - packet.cjs.cache: that cache, made here by a training run on the bundled example (V8 rejects it, harmlessly,
//   under another Node version or other V8 flags; bin/packet.js then compiles as usual).
// - pdf-worker-entry.js: the inspection worker (pdf-worker.ts starts `./pdf-worker-entry.js` next to itself).
// The library (`import 'application-packet'`) stays the plain tsc output in dist/.
//   npm run build   (tsc, then this script)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'bundle');
// pdfjs-dist is loaded only to count words and finds its own worker file by path: keep it a package.
const external = [/^pdfjs-dist(\/|$)/];

rmSync(outDir, { recursive: true, force: true });
// Paths inside the bundle stay two levels below the package root (dist/bundle/), as in dist/cli/ and dist/io/,
// so `../../package.json` and the templates folder resolve the same either way.
await build({
  input: join(root, 'dist/cli/main.js'),
  platform: 'node',
  external,
  logLevel: 'warn',
  output: { file: join(outDir, 'packet.cjs'), format: 'cjs', codeSplitting: false },
});
await build({
  input: join(root, 'dist/io/pdf-worker-entry.js'),
  platform: 'node',
  external,
  logLevel: 'warn',
  output: { file: join(outDir, 'pdf-worker-entry.js'), format: 'esm', codeSplitting: false },
});

// import() inside code compiled from a V8 code cache has no module loader under Node 20 (the cache drops the
// script's loader): the bundle's only dynamic import, pdf.js for word counts, goes through the function
// bin/packet.js passes in.
const bundled = join(outDir, 'packet.cjs');
const source = readFileSync(bundled, 'utf8');
const imports = source.split('import("pdfjs-dist/').length - 1;
if (imports !== 1) throw new Error(`expected one import() of pdfjs-dist in the bundle, found ${imports}`);
writeFileSync(bundled, source.replace('import("pdfjs-dist/', '__packetImport("pdfjs-dist/'));

// Training run: build and validate the example; bin/packet.js writes the code cache as the process exits.
const work = mkdtempSync(join(tmpdir(), 'packet-cache-'));
try {
  const example = join(root, 'examples/aalto-tml/manifest.yaml');
  for (const args of [['build', example, '-o', join(work, 'packet.pdf'), '-q'], ['validate', example]]) {
    const run = spawnSync(process.execPath, [join(root, 'bin/packet.js'), ...args], {
      env: { ...process.env, PACKET_WRITE_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    // Exit 1 (the example's deadline has passed by the time you read this) is fine; 2 or 3 is not.
    if (run.status !== 0 && run.status !== 1) throw new Error(`training run \`packet ${args[0]}\` failed (${run.status}): ${run.stderr}`);
  }
  if (!existsSync(join(outDir, 'packet.cjs.cache'))) throw new Error('the training run wrote no code cache');
} finally {
  rmSync(work, { recursive: true, force: true });
}
