// Bundle the compiled CLI (dist/cli/main.js) and the inspection worker into dist/bundle/, so `packet` starts
// from a handful of files instead of ~300 modules: a quarter less wall time on a typical build (bench/README.md).
// The library (`import 'application-packet'`) stays the plain tsc output in dist/.
//   npm run build   (tsc, then this script)
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/bundle`;

await rm(outDir, { recursive: true, force: true });
await build({
  input: {
    packet: `${root}dist/cli/main.js`,
    // pdf-worker.ts starts `./pdf-worker-entry.js` next to itself: in the bundle, that is this folder.
    'pdf-worker-entry': `${root}dist/io/pdf-worker-entry.js`,
  },
  platform: 'node',
  // pdfjs-dist is loaded only to count words and finds its own worker file by path: keep it a package.
  external: [/^pdfjs-dist(\/|$)/],
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[name]-[hash].js',
    // Paths inside the bundle stay two levels below the package root (dist/bundle/), as in dist/cli/ and
    // dist/io/, so `../../package.json` and the templates folder resolve the same either way.
  },
});
