// Summarize a V8 CPU profile (from `node --cpu-prof`): top functions by self time, and self time per package
// or per file of dist/. Used to find where `packet build` spends its time.
//   node --cpu-prof --cpu-prof-dir=bench/out/prof bin/packet.js build bench/std/manifest.yaml --today 2025-01-01 -q
//   node bench/cpuprofile-top.mjs bench/out/prof/CPU.*.cpuprofile [--top 25] [--callers dflt]
// --callers NAME adds the call paths (6 frames up) that lead to NAME, with the self time spent under each.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
const callersAt = args.indexOf('--callers');
const callersOf = callersAt >= 0 ? args.splice(callersAt, 2)[1] : undefined;
if (args.length !== 1) {
  console.error('usage: node bench/cpuprofile-top.mjs <file.cpuprofile> [--top N] [--callers functionName]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(args[0], 'utf8'));

// Self time per node: samples * their intervals.
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
}
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** Where a frame lives: a package of node_modules, a file of dist/, node's own code, or V8 (GC, idle, program). */
function placeOf(url, name) {
  if (!url) return `(${name.replace(/[()]/g, '')})`;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + 1);
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '');
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map();
const byPlace = new Map();
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (us === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  const place = placeOf(url, name);
  const key = `${name}  ${place}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byPlace.set(place, (byPlace.get(place) ?? 0) + us);
}

const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
console.log(`total sampled: ${(totalUs / 1000).toFixed(0)} ms\n\nself time by package / file:`);
for (const [place, us] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${place}`);
console.log('\ntop functions by self time:');
for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${key}`);

if (callersOf) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const paths = new Map();
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== callersOf) continue;
    // All self time below this frame (including its callees).
    const below = (n) => (selfUs.get(n.id) ?? 0) + (n.children ?? []).reduce((a, id) => a + below(byId.get(id)), 0);
    const frames = [];
    for (let p = parent.get(node.id); p && frames.length < 6; p = parent.get(p.id)) {
      frames.push(`${p.callFrame.functionName || '(anonymous)'}@${placeOf(p.callFrame.url, p.callFrame.functionName)}`);
    }
    const key = frames.join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + below(node));
  }
  console.log(`\ncall paths to ${callersOf} (total time under it):`);
  for (const [key, us] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)}  ${key}`);
}
