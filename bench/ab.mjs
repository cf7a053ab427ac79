// Paired A/B timing of variants of one command: each round runs every variant once (order rotated), and the
// report gives each variant's median wall time, peak RSS, CPU time (user+sys), and its median per-round ratio
// to the first (wall and CPU).
//   node bench/ab.mjs [--rounds 5] [--warmup 1] --args 'build bench/std/manifest.yaml --today 2025-01-01 -q' \
//     'main: node /tmp/main/bin/packet.js' \
//     'mine: node bin/packet.js'
// A variant is "name: [VAR=value ...] command [args...]" (split on spaces); --args is appended to each.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
let rounds = 5;
let warmup = 1;
let common = [];
const variants = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--rounds') rounds = Number(argv[++i]);
  else if (argv[i] === '--warmup') warmup = Number(argv[++i]);
  else if (argv[i] === '--args') common = argv[++i].split(' ').filter(Boolean);
  else {
    const at = argv[i].indexOf(':');
    const tokens = argv[i].slice(at + 1).split(' ').filter(Boolean);
    const env = {};
    while (tokens[0] && /^[A-Z_][A-Z0-9_]*=/.test(tokens[0])) {
      const [k, ...v] = tokens.shift().split('=');
      env[k] = v.join('=');
    }
    const [cmd, ...args] = tokens;
    variants.push({ name: argv[i].slice(0, at), env, cmd: cmd === 'node' ? process.execPath : cmd, args: [...args, ...common] });
  }
}
if (variants.length === 0) {
  console.error("usage: node bench/ab.mjs [--rounds N] [--warmup N] [--args '...'] 'name: command ...' ...");
  process.exit(2);
}
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function run(v) {
  const rssFile = join(tmpdir(), `ab-rss-${process.pid}`);
  const [file, args] = TIME ? [TIME, ['-f', '%M %U %S', '-o', rssFile, v.cmd, ...v.args]] : [v.cmd, v.args];
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...v.env } });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-1000)));
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      let rss = null;
      let cpu = null;
      try {
        const [m, u, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        rss = m / 1024;
        cpu = u + sys;
        rmSync(rssFile);
      } catch {
        // no RSS
      }
      if (code !== 0) console.error(`${v.name}: exit ${code} ${err.trim().split('\n').slice(-2).join(' | ')}`);
      done({ wall, rss, cpu, ok: code === 0 });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const results = variants.map(() => []);
for (let r = 0; r < warmup + rounds; r++) {
  const order = variants.map((_, i) => (i + r) % variants.length);
  const round = [];
  for (const i of order) round[i] = await run(variants[i]);
  if (r >= warmup) round.forEach((x, i) => results[i].push(x));
}
console.log(`${rounds} rounds (+${warmup} warm-up), args: ${common.join(' ')}`);
for (const [i, v] of variants.entries()) {
  const walls = results[i].filter((x) => x.ok).map((x) => x.wall);
  const ratios = results[i].map((x, r) => (x.ok && results[0][r].ok ? x.wall / results[0][r].wall : NaN)).filter((x) => !Number.isNaN(x));
  const rss = results[i].map((x) => x.rss).filter((x) => x !== null);
  const cpus = results[i].filter((x) => x.ok && x.cpu !== null).map((x) => x.cpu);
  const cpuRatios = results[i].map((x, r) => (x.ok && results[0][r].ok && x.cpu ? x.cpu / results[0][r].cpu : NaN)).filter((x) => !Number.isNaN(x));
  console.log(
    `${v.name.padEnd(12)} median ${median(walls).toFixed(2)} s  (min ${Math.min(...walls).toFixed(2)})  ` +
      `ratio to ${variants[0].name} ${median(ratios).toFixed(3)} [${Math.min(...ratios).toFixed(2)}..${Math.max(...ratios).toFixed(2)}]  ` +
      `peak RSS ${rss.length ? `${median(rss).toFixed(0)} MB` : '-'}` +
      (cpus.length ? `  cpu ${median(cpus).toFixed(2)} s, ratio ${median(cpuRatios).toFixed(3)}` : ''),
  );
}
