#!/usr/bin/env node
// Starts the bundled CLI (dist/bundle/packet.cjs, made by `npm run build`) with its V8 code cache, so most of
// its functions arrive compiled: about a tenth off a typical build. Without the cache it compiles as usual.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('../dist/bundle/packet.cjs', import.meta.url));
const cacheFile = `${file}.cache`;
if (!existsSync(file)) {
  process.stderr.write(`packet is not built yet (${file} is missing): run \`npm run build\` in ${dirname(dirname(dirname(file)))}\n`);
  process.exit(2);
}
// The bundle is written already wrapped in its module function (scripts/bundle.mjs), so its text goes to V8 as
// read, and the cache is read into the bundle's buffer once that is text: each fresh page of memory costs time.
const bytes = readFileSync(file);
const source = bytes.toString('latin1');
const script = new Script(source, { filename: file, cachedData: existsSync(cacheFile) ? readInto(bytes, cacheFile) : undefined });
// `npm run build` trains the cache: what this run compiled is saved as the process ends.
if (process.env.PACKET_WRITE_CODE_CACHE === '1') process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
// `npm run build` checks that a fresh start accepts the cache it trained (scripts/bundle.mjs).
if (process.env.PACKET_CHECK_CODE_CACHE === '1') process.stderr.write(`code cache: ${script.cachedDataRejected === false ? 'accepted' : script.cachedDataRejected ? 'rejected' : 'none'}\n`);
const module = { exports: {} };
// The bundle's import() calls come here (see scripts/bundle.mjs): this module has a loader, cached code has none.
const load = (specifier) => import(specifier);
const run = script.runInThisContext();
// Optimize later than V8 does by default: a build is over in a second or two, and optimizing every warm function
// of a cold start cost more than it saved (512 KB against the default 66 KB: std build 0.94x wall, 0.80x CPU;
// 1 MB against 512 KB: the same wall time on a quiet machine, 0.92x CPU, 0.95x with another process busy;
// bench/README.md). Set once the cached code is accepted, and never while training the cache, whose header
// must match the flags of a fresh start.
if (process.env.PACKET_WRITE_CODE_CACHE !== '1') setFlagsFromString('--interrupt-budget=1048576');
run(module.exports, createRequire(file), module, file, dirname(file), load);

/** The bytes of `path`, read into `buffer` when they fit. */
function readInto(buffer, path) {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > buffer.length) return readFileSync(fd);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buffer, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buffer.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
