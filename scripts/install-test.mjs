// The package as a user gets it: `npm pack`, installed into an empty folder, run on the oldest Node 20 that
// `engines` allows, on Node 22 and on Node 24, and installed once more with pnpm's strict layout. Each run must
// exit as expected with nothing on stderr; the CLI and the library must write the same bytes, on every Node.
//   npm run test:install                     (part of npm run check, so of CI)
//   node scripts/install-test.mjs --nodes 22.12.0 --no-pnpm
// Node binaries come from the npm registry's node-<platform>-<arch> packages and pnpm from its own package
// (scripts/tools.mjs keeps them in ~/.cache/application-packet, so a second run downloads nothing).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { cachedPackage, installTarball, nodeBinary, packProject, toolCache } from './tools.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The oldest release of each line `engines` allows ("^20.19.0 || >=22.12.0"), and the newest 24 at the time of
// writing: where a package breaks first, and what most users run.
const NODES = ['20.19.0', '22.12.0', '24.22.3'];
const PNPM = '10.34.9';
const PNPM_NODE = '22.12.0';
const EPOCH = '1761955200';

const args = process.argv.slice(2);
const nodes = args.includes('--nodes') ? args[args.indexOf('--nodes') + 1].split(',') : NODES;
const withPnpm = !args.includes('--no-pnpm');

const failures = [];
const rows = [];
const work = mkdtempSync(join(tmpdir(), 'packet-install-'));

/** Run a command; stdout and stderr as text. */
function run(cmd, argv, options = {}) {
  const started = performance.now();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (r.error) throw r.error;
  return { ...r, seconds: (performance.now() - started) / 1000 };
}

function check(what, ok, detail) {
  if (!ok) failures.push(`${what}${detail ? `: ${detail}` : ''}`);
  return ok;
}

function sizeOf(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * A gray PNG scan of noise, 1600 x 2262 pixels (214 dpi on the A4 page it becomes): deflate cannot shrink
 * noise, so a 1 MB cap is met only by `--fit` recompressing it, which loads the image library.
 */
function noiseScan() {
  const [width, height] = [1600, 2262];
  const rows = Buffer.alloc((width + 1) * height);
  let seed = 7;
  for (let i = 0; i < rows.length; i++) {
    if (i % (width + 1) === 0) continue;
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    rows[i] = seed >>> 24;
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    let c = 0xffffffff;
    for (const b of body) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE((c ^ 0xffffffff) >>> 0, body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
const SCAN = noiseScan();

/** What the image library adds to an install: sharp, its @img/* binaries and its own small dependencies. */
function imageLibrarySize(dir) {
  const nm = join(dir, 'node_modules');
  const own = ['sharp', '@img', 'detect-libc', 'semver'].map((p) => join(nm, p)).filter((p) => existsSync(p));
  return own.reduce((sum, p) => sum + sizeOf(p), 0);
}

/** An empty project folder with a scan to fit under a 1 MB cap (the example comes from the package: `example`). */
function project(name) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `try-${name}`, private: true }, null, 2)}\n`);
  mkdirSync(join(dir, 'fit'));
  writeFileSync(join(dir, 'fit/scan.png'), SCAN);
  writeFileSync(
    join(dir, 'fit/profile.yaml'),
    'id: fit\ntitle: Fit\norganization: Test\nsubmission: { format: single-pdf, max_mb: 1 }\nitems:\n  - { id: transcript, kind: transcript, title: Transcript, accepts: [file] }\n',
  );
  writeFileSync(join(dir, 'fit/manifest.yaml'), 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen }\nitems:\n  transcript: scan.png\n');
  return dir;
}

/**
 * The bundled example, copied out of the installed package as the README tells a user to (so it must ship), and the
 * same application by an applicant who writes her name in Chinese, with an Arabic referee: the CJK font and
 * HarfBuzz's WebAssembly, as installed.
 */
function example(label, dir) {
  const shipped = join(dir, 'node_modules', 'application-packet', 'examples', 'aalto-tml');
  if (!check(`${label}: the example ships in the package`, existsSync(join(shipped, 'manifest.yaml')), shipped)) return false;
  cpSync(shipped, join(dir, 'example'), { recursive: true });
  const text = readFileSync(join(dir, 'example/manifest.yaml'), 'utf8');
  const scripts = text
    // The example's own applicant keeps her name (its samples are errors under another's); the scripts are the referees'.
    .replace('  references:\n', '  references:\n    - { name: 王芳, email: wang.fang@example.cn, affiliation: 清华大学 }\n    - { name: محمد عبد الله, email: m.abdullah@example.eg, affiliation: جامعة القاهرة }\n');
  if (scripts === text) throw new Error('install test: the example manifest changed; update the scripts variant');
  writeFileSync(join(dir, 'example/scripts.yaml'), scripts);
  return true;
}

// What a user runs, and what each must print. The library builds the same manifest through `buildPacket`.
const LIBRARY = `
import { buildPacket, checkManifest } from 'application-packet';
const check = await checkManifest('example/manifest.yaml', { today: '2025-10-01' });
if (check.diagnostics.some((d) => d.severity === 'error')) throw new Error('library: the example has errors');
const out = await buildPacket({ manifestPath: 'example/manifest.yaml', output: 'library.pdf', today: '2025-10-01', strict: false, now: new Date(), sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
process.stdout.write(out.built.pages + ' pages\\n');
`;

// The JSON Schemas as the README tells a script to load them: through the package's `./schemas/*` export, as JSON modules.
const SCHEMAS = `
import manifest from 'application-packet/schemas/manifest.schema.json' with { type: 'json' };
import profile from 'application-packet/schemas/profile.schema.json' with { type: 'json' };
import report from 'application-packet/schemas/report.schema.json' with { type: 'json' };
process.stdout.write([manifest, profile, report].map((s) => s.title).join('; ') + '\\n');
`;
const SCHEMA_TITLES = 'application-packet manifest; application-packet requirements profile; application-packet JSON report\n';

/** Run the installed package in `dir` with this Node; returns the CLI's PDF. */
function exercise(label, dir, node) {
  const env = { ...process.env, PATH: `${join(node, '..')}${delimiter}${process.env.PATH}`, NO_COLOR: '1', SOURCE_DATE_EPOCH: EPOCH };
  delete env.NODE_OPTIONS;
  const packet = join(dir, 'node_modules', '.bin', 'packet');
  const steps = [
    ['--version', [packet, '--version'], 0, (out) => out === `${pkg.version}\n`],
    ['validate', [packet, 'validate', 'example/manifest.yaml', '--today', '2025-10-01'], 0, (out) => out === 'Ready to submit (1 item to send later)\n'],
    ['build', [packet, 'build', 'example/manifest.yaml', '--today', '2025-10-01', '-o', 'cli.pdf'], 0, (out) => out.startsWith('Built cli.pdf: 13 pages')],
    ['library', [node, '--input-type=module', '-e', LIBRARY], 0, (out) => out === '13 pages\n'],
    ['schemas', [node, '--input-type=module', '-e', SCHEMAS], 0, (out) => out === SCHEMA_TITLES],
    ['scripts', [packet, 'build', 'example/scripts.yaml', '--today', '2025-10-01', '-o', 'scripts.pdf'], 0, (out) => out.startsWith('Built scripts.pdf: 13 pages')],
    // The image library (sharp's native binary for this system) loads and works where the package is installed.
    ['build --fit', [packet, 'build', 'fit/manifest.yaml', '--fit', '-o', 'fit.pdf'], 0, (out) => /^Fitted to the size cap \(the packet 1 MB\): \d+\.\d\d MB before, 0\.\d\d MB after$/m.test(out)],
  ];
  const times = [];
  for (const [step, [cmd, ...argv], code, good] of steps) {
    // The bin is a script with a `#!/usr/bin/env node` line: run it as a user's shell would, with this Node first on PATH.
    const r = run(cmd, argv, { cwd: dir, env });
    times.push(`${step} ${r.seconds.toFixed(2)} s`);
    check(`${label} ${step}: exit ${code}`, r.status === code, `exit ${r.status}`);
    check(`${label} ${step}: stderr empty`, r.stderr === '', JSON.stringify(r.stderr.slice(0, 400)));
    check(`${label} ${step}: output`, good(r.stdout), JSON.stringify(r.stdout.slice(0, 400)));
  }
  const cli = existsSync(join(dir, 'cli.pdf')) ? readFileSync(join(dir, 'cli.pdf')) : undefined;
  const lib = existsSync(join(dir, 'library.pdf')) ? readFileSync(join(dir, 'library.pdf')) : undefined;
  check(`${label}: the CLI and the library write the same bytes`, cli !== undefined && lib !== undefined && cli.equals(lib));
  check(`${label}: build --fit writes under 1 MB`, existsSync(join(dir, 'fit.pdf')) && statSync(join(dir, 'fit.pdf')).size < 1e6);
  const scripts = existsSync(join(dir, 'scripts.pdf')) ? readFileSync(join(dir, 'scripts.pdf')) : undefined;
  return { cli, scripts, times };
}

try {
  // What `npm publish` would upload: `prepack` builds dist/ and vendor/ first.
  const packed = packProject(root, work);
  const tarball = join(work, packed.filename);
  rows.push(`package ${packed.filename}: ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.entryCount} files`);
  const shipped = packed.files.map((f) => f.path);
  check('package: the licence ships with the code', shipped.includes('LICENSE') && shipped.includes('README.md'), shipped.filter((p) => !p.startsWith('dist/')).join(' '));
  check('package: the examples ship, without a built PDF', shipped.includes('examples/aalto-tml/manifest.yaml') && shipped.includes('examples/aalto-tml-incomplete/manifest.yaml') && !shipped.some((p) => /^examples\/[^/]+\/out\//.test(p)), shipped.filter((p) => p.startsWith('examples/')).join(' '));
  check('package: no test, fixture or source map', !shipped.some((p) => /^(?:test|src|bench)\/|\.map$/.test(p)), shipped.filter((p) => /^(?:test|src|bench)\/|\.map$/.test(p)).slice(0, 5).join(' '));
  const pdfs = [];
  for (const version of nodes) {
    const node = nodeBinary(version);
    const dir = project(`npm-${version}`);
    // npm checks `engines` of every package against the Node the user runs.
    const started = performance.now();
    const installed = installTarball(tarball, dir, version);
    installed.seconds = (performance.now() - started) / 1000;
    if (!check(`Node ${version}: npm install`, installed.status === 0, installed.stderr.slice(0, 800))) continue;
    // A user reads npm's warnings as trouble: a `prepare` script in the package made npm 11 print four lines.
    check(`Node ${version}: npm install prints nothing on stderr`, installed.stderr === '', JSON.stringify(installed.stderr.slice(0, 400)));
    if (!example(`Node ${version}`, dir)) continue;
    const { cli, scripts, times } = exercise(`Node ${version}`, dir, node);
    if (cli && scripts) pdfs.push([version, Buffer.concat([cli, scripts])]);
    rows.push(`Node ${version}: npm install ${installed.seconds.toFixed(1)} s, node_modules ${(sizeOf(join(dir, 'node_modules')) / 1e6).toFixed(1)} MB (sharp and its binaries ${(imageLibrarySize(dir) / 1e6).toFixed(1)} MB); ${times.join(', ')}`);
  }
  // The same bytes whichever Node built them.
  for (const [version, bytes] of pdfs.slice(1)) check(`Node ${version} builds the same bytes as Node ${pdfs[0][0]}`, bytes.equals(pdfs[0][1]));

  if (withPnpm) {
    const node = nodeBinary(PNPM_NODE);
    const dir = project('pnpm');
    const env = { ...process.env, PATH: `${join(node, '..')}${delimiter}${process.env.PATH}` };
    // pnpm's default layout: each package sees only what it declares (a missing dependency fails here).
    const pnpm = join(cachedPackage(`pnpm@${PNPM}`, join('pnpm', PNPM)), 'bin', 'pnpm.cjs');
    const installed = run(node, [pnpm, 'add', tarball, '--store-dir', join(toolCache, 'pnpm-store'), '--config.node-linker=isolated', '--reporter=silent'], { cwd: dir, env });
    if (check('pnpm add', installed.status === 0, installed.stderr.slice(0, 800) + installed.stdout.slice(0, 800))) {
      check('pnpm: strict layout', existsSync(join(dir, 'node_modules', '.pnpm')) && !existsSync(join(dir, 'node_modules', 'yaml')));
      example('pnpm', dir);
      const { times } = exercise(`pnpm (Node ${PNPM_NODE})`, dir, node);
      rows.push(`pnpm ${PNPM} (Node ${PNPM_NODE}): install ${installed.seconds.toFixed(1)} s; ${times.join(', ')}`);
    }
  }
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.stdout.write(`${rows.join('\n')}\n`);
if (failures.length > 0) {
  process.stderr.write(`install test: ${failures.length} failure(s)\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('install test: the packed package runs cleanly on every Node tried\n');
