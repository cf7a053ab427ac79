// `npm run bench`: how fast is `packet build` / `packet validate` on real PDFs, next to the usual merge tools?
//
//   npm run bench                                  # everything, 5 rounds after 1 warm-up round
//   npm run bench -- --node 24.22.3                # packet run by that Node (from the registry, cached)
//   node bench/run.mjs --rounds 3 --only std       # groups: std, big, scale (comma-separated)
//   node bench/run.mjs --ref HEAD                  # measure a commit instead of the working tree
//
// Packets: bench/std (the 9 PDFs of ../shared/bench/std, 163 pages), bench/big (std + ../shared/bench/big, ~870
// pages), bench/std-x2 and bench/std-x4 (every std file 2 and 4 times), all against bench/profile.yaml, with
// cover, bookmarks, link repair and stamps on. Each round runs every task once, in an order rotated per round,
// so drift on a shared machine hits all tools alike; ratios are medians of the per-round ratios.
// Baselines, each skipped with a note when not installed: qpdf --empty --pages, pdfunite, pdftk cat, mutool
// merge, pdf-merger-js (bench/merge-pdf-merger.mjs), and qpdf --check per file (for `packet validate`).
// Peak memory is the child's max RSS: /usr/bin/time -f %M when present, otherwise Node children run under
// bench/maxrss.mjs (process.resourceUsage().maxRSS) and other tools show "-" (BENCH_NO_TIME=1 forces this).
//
// Prints: a table of median wall time, CPU time (user+sys) and peak RSS per task, the ratios (wall; CPU beside),
// and PASS/FAIL per target (judged on wall time).
// Writes: bench/out/results.json (all runs, machine, versions), and the merged PDFs in bench/out/.
// Measures what users run: the working tree (or --ref REV, exported apart) packed with `npm pack` and installed
// with npm into an empty folder, its `packet` started by the Node given with --node (default: this one). The
// first round is a warm-up: on Node 22.1+ it fills Node's compile cache, as a user's first run does. Not part of
// `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installTarball, nodeBinary, packProject } from '../scripts/tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const OUT = join(BENCH, 'out');
const SHARED = resolve(ROOT, '../shared/bench');
// The CLI measured (the installed package's bin) and the Node that runs it; other Node scripts run on this one.
let PACKET = '';
let PACKET_NODE = process.execPath;
const NODE = process.execPath;
const TODAY = '2025-01-01';

// The inputs in packet order (the profile's item order), so every tool merges the same pages in the same order.
const STD = [
  '00-application-form.pdf',
  '01-cv.pdf',
  '02-bio.pdf',
  '03-research-plan.pdf',
  '04-transcript-scan.pdf',
  '05-thesis.pdf',
  '06-teaching-slides-rot270.pdf',
].map((f) => join(SHARED, 'std', f));
const BIG = ['09-publication-hvfloat.pdf', '10-appendix-pgfplots.pdf'].map((f) => join(SHARED, 'big', f));
const LETTERS = ['07-letter-1.pdf', '08-letter-2.pdf'].map((f) => join(SHARED, 'std', f));
const FILES = { std: [...STD, ...LETTERS], big: [...STD, ...BIG, ...LETTERS] };

const TARGETS = [
  { id: 'build-std-vs-qpdf', what: 'packet build std <= 2.0x qpdf merge', ratio: 'build:std/qpdf:std', max: 2.0 },
  { id: 'build-big-vs-qpdf', what: 'packet build std+big <= 0.8x qpdf merge', ratio: 'build:big/qpdf:big', max: 0.8 },
  { id: 'build-big-memory', what: 'packet build std+big peak RSS <= 300 MB', rss: 'build:big', maxMb: 300 },
  { id: 'scale-x4', what: 'packet build std x4 <= 4.4x std x1', ratio: 'build:std-x4/build:std', max: 4.4 },
  { id: 'validate-std-vs-check', what: 'packet validate std <= 1.5x qpdf --check (per file, summed)', ratio: 'validate:std/check:std', max: 1.5 },
];

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const opts = { rounds: 5, warmup: 1, only: ['std', 'big', 'scale'], ref: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--rounds') opts.rounds = positiveInt(value(), a);
    else if (a === '--warmup') opts.warmup = positiveInt(value(), a, 0);
    else if (a === '--only') opts.only = value().split(',').map((s) => s.trim());
    else if (a === '--ref') opts.ref = value();
    else if (a === '--node') opts.node = value();
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown option ${a}`);
  }
  for (const g of opts.only) if (!['std', 'big', 'scale'].includes(g)) usage(`unknown group ${g}`);
  return opts;
}

function positiveInt(v, flag, min = 1) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`${flag} wants an integer >= ${min}`);
  return n;
}

function usage(problem) {
  if (problem) console.error(`bench: ${problem}`);
  console.error('usage: node bench/run.mjs [--rounds N] [--warmup N] [--only std,big,scale] [--ref REV] [--node VERSION]');
  process.exit(problem ? 2 : 0);
}

// ---------------------------------------------------------------- tools

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function versionOf(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0] ?? '';
}

// BENCH_NO_TIME=1 tries the fallback.
const TIME = !process.env.BENCH_NO_TIME && existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0 ? '/usr/bin/time' : undefined;

const MERGERS = [
  { name: 'qpdf', bin: 'qpdf', version: ['--version'], ok: [0, 3], cmd: (files, out) => ['qpdf', ['--empty', '--pages', ...files, '--', out]] },
  { name: 'pdfunite', bin: 'pdfunite', version: ['-v'], ok: [0], cmd: (files, out) => ['pdfunite', [...files, out]] },
  { name: 'pdftk', bin: 'pdftk', version: ['--version'], ok: [0], cmd: (files, out) => ['pdftk', [...files, 'cat', 'output', out]] },
  { name: 'mutool', bin: 'mutool', version: ['-v'], ok: [0], cmd: (files, out) => ['mutool', ['merge', '-o', out, ...files]] },
  {
    name: 'pdf-merger-js',
    available: () => existsSync(join(ROOT, 'node_modules/pdf-merger-js/package.json')),
    version: () => `pdf-merger-js ${JSON.parse(readFileSync(join(ROOT, 'node_modules/pdf-merger-js/package.json'), 'utf8')).version}`,
    ok: [0],
    cmd: (files, out) => [NODE, [join(BENCH, 'merge-pdf-merger.mjs'), ...files, out]],
  },
];

// ---------------------------------------------------------------- tasks

/** A task is one timed unit: one or more commands run in sequence (their times summed, their peak RSS maxed). */
function packetTask(id, label, args) {
  return { id, label, ok: [0], cmds: [[PACKET_NODE, [PACKET, ...args]]] };
}

function tasksFor(groups, available) {
  const tasks = new Map();
  const add = (t) => tasks.set(t.id, t);
  const manifest = (name) => relative(ROOT, join(BENCH, name, 'manifest.yaml'));
  for (const set of ['std', 'big']) {
    if (!groups.includes(set)) continue;
    add(packetTask(`build:${set}`, `packet build ${set}`, ['build', manifest(set), '--today', TODAY, '-q']));
    add(packetTask(`validate:${set}`, `packet validate ${set}`, ['validate', manifest(set), '--today', TODAY]));
    if (available.has('qpdf')) {
      add({ id: `check:${set}`, label: `qpdf --check ${set} (per file)`, ok: [0, 3], cmds: FILES[set].map((f) => ['qpdf', ['--check', f]]) });
    }
    for (const m of MERGERS) {
      if (!available.has(m.name)) continue;
      add({ id: `${m.name}:${set}`, label: `${m.name} merge ${set}`, ok: m.ok, cmds: [m.cmd(FILES[set], join(OUT, `merge-${m.name}-${set}.pdf`))] });
    }
  }
  if (groups.includes('std')) {
    add(packetTask('startup:version', 'packet --version (start-up)', ['--version']));
    add({ id: 'startup:node', label: 'node -e 0 (bare Node)', ok: [0], cmds: [[NODE, ['-e', '0']]] });
  }
  if (groups.includes('scale')) {
    makeCopies();
    for (const name of ['std', 'std-x2', 'std-x4']) {
      add(packetTask(`build:${name}`, `packet build ${name}`, ['build', manifest(name), '--today', TODAY, '-q']));
    }
  }
  return [...tasks.values()];
}

/**
 * The repeats of std-x2 and std-x4: copies of the std files in bench/out/copies/2..4, each with every page changed
 * by an incremental update that draws nothing (bench/make-copies.mjs), since the same document twice is an error
 * (file.duplicate, by what the pages draw) and not a packet.
 */
function makeCopies() {
  const made = spawnSync(NODE, [join(BENCH, 'make-copies.mjs'), join(OUT, 'copies'), ...FILES.std], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`bench/make-copies.mjs failed: ${made.stderr.trim().split('\n').pop()}`);
}

// ---------------------------------------------------------------- running

let rssSeq = 0;

/** Run one command; resolve with wall seconds, peak RSS in KB and CPU seconds (or null), exit code and the end of stderr. */
function runCommand(cmd, args) {
  const rssFile = join(OUT, `.rss-${process.pid}-${rssSeq++}`);
  let file = cmd;
  let argv = args;
  if (TIME) {
    file = TIME;
    argv = ['-f', '%M %U %S', '-o', rssFile, cmd, ...args];
  } else if ((cmd === NODE || cmd === PACKET_NODE) && args[0] && !args[0].startsWith('-')) {
    argv = [join(BENCH, 'maxrss.mjs'), rssFile, ...args];
  }
  return new Promise((resolvePromise) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-2000);
    });
    const finish = (code, error) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      let rss = null;
      let cpu = null;
      try {
        // "maxRSS-KB user-s system-s"; /usr/bin/time writes "Command exited with non-zero status N" first on failure.
        const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop();
        const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
        if (m) {
          rss = Number(m[1]);
          cpu = Number(m[2]) + Number(m[3]);
        }
        rmSync(rssFile);
      } catch {
        // no RSS for this command
      }
      resolvePromise({ wall, rss, cpu, code, stderr: error ? String(error) : stderr });
    };
    child.on('error', (err) => finish(-1, err));
    child.on('close', (code) => finish(code ?? -1));
  });
}

async function runTask(task) {
  let wall = 0;
  let rss = null;
  let cpu = null;
  for (const [cmd, args] of task.cmds) {
    const r = await runCommand(cmd, args);
    wall += r.wall;
    if (r.rss !== null) rss = Math.max(rss ?? 0, r.rss);
    if (r.cpu !== null) cpu = (cpu ?? 0) + r.cpu;
    if (!task.ok.includes(r.code)) {
      return { ok: false, wall, rss, cpu, code: r.code, error: r.stderr.trim().split('\n').slice(-3).join(' | ') };
    }
  }
  return { ok: true, wall, rss, cpu };
}

// ---------------------------------------------------------------- statistics

function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summarize(runs) {
  const ok = runs.filter((r) => r.ok);
  const walls = ok.map((r) => r.wall);
  const rsss = ok.map((r) => r.rss).filter((x) => x !== null);
  const cpus = ok.map((r) => r.cpu).filter((x) => x !== null);
  return {
    runs: runs.length,
    ok: ok.length,
    median: median(walls),
    min: walls.length ? Math.min(...walls) : null,
    max: walls.length ? Math.max(...walls) : null,
    cpuMedian: median(cpus),
    rssMedianMb: rsss.length ? median(rsss) / 1024 : null,
    rssMaxMb: rsss.length ? Math.max(...rsss) / 1024 : null,
  };
}

/** Ratios a/b of wall time (and of CPU time, when measured) taken within each round, where both ran cleanly. */
function pairedRatio(results, a, b) {
  const ra = results.get(a);
  const rb = results.get(b);
  if (!ra || !rb) return null;
  const per = [];
  const perCpu = [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    if (!ra[i].ok || !rb[i].ok) continue;
    per.push(ra[i].wall / rb[i].wall);
    if (ra[i].cpu && rb[i].cpu) perCpu.push(ra[i].cpu / rb[i].cpu);
  }
  if (per.length === 0) return null;
  return { median: median(per), min: Math.min(...per), max: Math.max(...per), rounds: per.length, cpuMedian: median(perCpu) };
}

// ---------------------------------------------------------------- report

const fmt = (x, digits = 2) => (x === null || x === undefined ? '-' : x.toFixed(digits));

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ')).join('\n');
}

function pagesOf(file) {
  if (!existsSync(file)) return null;
  const r = spawnSync('qpdf', ['--show-npages', file], { encoding: 'utf8' });
  const n = Number(r.stdout.trim());
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Pack the working tree, or `ref` exported into a temporary folder, and install the tarball into an empty folder
 * as a user would; returns the installed `packet` and a description of what was measured.
 */
function installPackage(ref) {
  const work = join(os.tmpdir(), `packet-bench-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  let source = ROOT;
  let what = `${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim()} (working tree)`;
  if (ref) {
    const sha = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
    if (!sha) usage(`--ref ${ref} is not a commit`);
    source = join(work, 'source');
    mkdirSync(source);
    if (spawnSync('sh', ['-c', `git archive ${sha} | tar -x -C '${source}'`], { cwd: ROOT, stdio: 'inherit' }).status !== 0) usage(`cannot export ${ref}`);
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
    what = `${sha.slice(0, 7)} (--ref ${ref})`;
  }
  console.log(`packing ${what} and installing it in ${join(work, 'app')} ...`);
  const packed = packProject(source, work);
  const installed = installTarball(join(work, packed.filename), join(work, 'app'));
  if (installed.status !== 0) usage(`npm install of the packed package failed:\n${installed.stderr}`);
  return { bin: join(work, 'app', 'node_modules', 'application-packet', 'bin', 'packet.js'), what, work };
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  const installed = installPackage(opts.ref);
  PACKET = installed.bin;
  if (opts.node) PACKET_NODE = nodeBinary(opts.node);
  const packetNodeVersion = spawnSync(PACKET_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  for (const f of [...new Set([...FILES.std, ...FILES.big])]) {
    if (!existsSync(f)) {
      console.error(`bench: ${f} is missing (the benchmark PDFs live in ../shared/bench).`);
      process.exit(2);
    }
  }
  const notes = [];
  if (!TIME) notes.push('/usr/bin/time not found: peak RSS is measured for Node children only (bench/maxrss.mjs).');

  const available = new Set();
  const versions = { node: packetNodeVersion };
  for (const m of MERGERS) {
    const ok = m.available ? m.available() : has(m.bin);
    if (ok) {
      available.add(m.name);
      versions[m.name] = typeof m.version === 'function' ? m.version() : versionOf(m.bin, m.version);
    } else {
      notes.push(`${m.name} is not installed: skipped (apt-get install qpdf poppler-utils pdftk-java mupdf-tools).`);
    }
  }
  if (!available.has('qpdf')) notes.push('without qpdf the targets measured against it are skipped.');

  const tasks = tasksFor(opts.only, available);
  const commit = `${installed.what}, packed and installed`;
  const cpus = os.cpus();
  const machine = {
    host: os.hostname(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: `${cpus.length} x ${cpus[0]?.model ?? '?'}`,
    memoryGb: +(os.totalmem() / 2 ** 30).toFixed(1),
    load: os.loadavg().map((x) => +x.toFixed(2)),
  };
  const started = new Date();
  console.log(`packet bench  ${started.toISOString()}  commit ${commit}  node ${packetNodeVersion}`);
  console.log(`machine: ${machine.cpu}, ${machine.memoryGb} GB, load ${machine.load.join(' ')}`);
  console.log(`${tasks.length} tasks, ${opts.warmup} warm-up + ${opts.rounds} rounds, order rotated per round, peak RSS via ${TIME ? '/usr/bin/time' : 'process.resourceUsage (Node only)'}`);
  for (const n of notes) console.log(`note: ${n}`);

  const results = new Map(tasks.map((t) => [t.id, []]));
  const total = opts.warmup + opts.rounds;
  for (let round = 0; round < total; round++) {
    const warm = round < opts.warmup;
    const shift = round % tasks.length;
    const order = [...tasks.slice(shift), ...tasks.slice(0, shift)];
    const t0 = Date.now();
    const failed = [];
    for (const task of order) {
      const r = await runTask(task);
      if (!warm) results.get(task.id).push(r);
      if (!r.ok) failed.push(`${task.id} (exit ${r.code}: ${r.error})`);
    }
    const label = warm ? `warm-up ${round + 1}/${opts.warmup}` : `round ${round - opts.warmup + 1}/${opts.rounds}`;
    console.log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s${failed.length ? `; failed: ${failed.join('; ')}` : ''}`);
  }

  // Outputs: page counts, as a check that every tool made the same packet (the packet adds its cover).
  const outputs = {};
  if (available.has('qpdf')) {
    for (const set of ['std', 'big', 'std-x2', 'std-x4']) {
      if (!results.has(`build:${set}`)) continue;
      const files = { packet: join(OUT, `${set}.pdf`) };
      for (const m of MERGERS) files[m.name] = join(OUT, `merge-${m.name}-${set}.pdf`);
      for (const [tool, file] of Object.entries(files)) {
        const pages = pagesOf(file);
        if (pages !== null) (outputs[set] ??= {})[tool] = { pages, mb: +(statSync(file).size / 1e6).toFixed(2) };
      }
    }
  }

  // Figures.
  const summary = {};
  const rows = [['task', 'median s', 'min s', 'max s', 'cpu s', 'RSS MB med', 'RSS MB max', 'ok']];
  for (const t of tasks) {
    const s = summarize(results.get(t.id));
    summary[t.id] = { label: t.label, ...s };
    rows.push([t.label, fmt(s.median), fmt(s.min), fmt(s.max), fmt(s.cpuMedian), fmt(s.rssMedianMb, 0), fmt(s.rssMaxMb, 0), `${s.ok}/${s.runs}`]);
  }
  console.log(`\n${table(rows)}`);

  const ratios = {};
  const ratioRows = [['ratio (median of per-round ratios)', 'median', 'min', 'max', 'cpu', 'rounds']];
  const addRatio = (a, b) => {
    const r = pairedRatio(results, a, b);
    if (!r) return;
    ratios[`${a}/${b}`] = r;
    ratioRows.push([`${summary[a].label} / ${summary[b].label}`, fmt(r.median), fmt(r.min), fmt(r.max), fmt(r.cpuMedian), r.rounds]);
  };
  for (const set of ['std', 'big']) {
    for (const m of MERGERS) addRatio(`build:${set}`, `${m.name}:${set}`);
    addRatio(`validate:${set}`, `check:${set}`);
  }
  addRatio('build:std-x2', 'build:std');
  addRatio('build:std-x4', 'build:std');
  addRatio('startup:version', 'startup:node');
  if (ratioRows.length > 1) console.log(`\n${table(ratioRows)}`);

  if (Object.keys(outputs).length > 0) {
    console.log('\noutput pages (MB):');
    for (const [set, byTool] of Object.entries(outputs)) {
      console.log(`  ${set.padEnd(7)} ${Object.entries(byTool).map(([tool, o]) => `${tool} ${o.pages} (${o.mb})`).join(', ')}`);
    }
  }

  // Targets.
  const verdicts = [];
  console.log('\ntargets:');
  for (const target of TARGETS) {
    let status;
    let value = null;
    let detail;
    if (target.ratio) {
      const [a, b] = target.ratio.split('/');
      const r = ratios[target.ratio];
      if (!results.has(a) || !results.has(b)) {
        status = 'SKIP';
        detail = results.has(a) ? `${b} not measured (tool missing or group not selected)` : `${a} not measured (group not selected)`;
      } else if (!r) {
        status = 'FAIL';
        detail = `no round where both ran cleanly (${summary[a].ok}/${summary[a].runs} and ${summary[b].ok}/${summary[b].runs} ok)`;
      } else {
        value = r.median;
        status = value <= target.max ? 'PASS' : 'FAIL';
        detail = `${fmt(value)}x (limit ${target.max}x; per-round ${fmt(r.min)}..${fmt(r.max)}; CPU-time ratio ${r.cpuMedian === null ? '-' : `${fmt(r.cpuMedian)}x`})`;
      }
    } else {
      const s = summary[target.rss];
      if (!s) {
        status = 'SKIP';
        detail = `${target.rss} not measured (group not selected)`;
      } else if (s.rssMaxMb === null) {
        status = s.ok ? 'SKIP' : 'FAIL';
        detail = s.ok ? 'no RSS measurement available' : 'the build did not run cleanly';
      } else {
        value = s.rssMaxMb;
        status = value <= target.maxMb ? 'PASS' : 'FAIL';
        detail = `${fmt(value, 0)} MB at most over ${s.ok} runs (limit ${target.maxMb} MB)`;
      }
    }
    verdicts.push({ ...target, status, value, detail });
    console.log(`  ${status.padEnd(4)}  ${target.what}: ${detail}`);
  }

  const json = {
    started: started.toISOString(),
    finished: new Date().toISOString(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    commit,
    machine,
    versions,
    rssMethod: TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS (Node children only)',
    rounds: opts.rounds,
    warmup: opts.warmup,
    notes,
    tasks: Object.fromEntries(
      tasks.map((t) => [t.id, { ...summary[t.id], commands: t.cmds.map(([c, a]) => [c, ...a].map((x) => (x.startsWith(ROOT) ? relative(ROOT, x) : x)).join(' ')), runs: results.get(t.id) }]),
    ),
    ratios,
    outputs,
    targets: verdicts,
  };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${relative(process.cwd(), join(OUT, 'results.json'))}`);
  rmSync(installed.work, { recursive: true, force: true });
}

await main();
