// Where does one `packet build` spend its time? Runs the build pipeline of src/app/build.ts from dist/ with a
// timestamp per phase (imports, fonts, check = read + inspect + validate, plan, assemble, serialize + write), and
// counts PDFDocument.load calls (each input should be parsed once: the build reuses the validation's document).
// A diagnostic copy of buildPacket, not the real command: re-check it against src/app/build.ts when that changes.
//   npm run build && node bench/phases.mjs bench/std/manifest.yaml [--runs 3] [--gc]
// --runs N repeats the pipeline in one process (later runs show the cost without start-up and JIT warm-up);
// --gc needs `node --expose-gc`: after each phase it forces a full GC (not timed) and prints the live heap, to
// show what each phase keeps alive (e.g. the parsed inputs held from the check to the end of the build).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const startFaults = process.resourceUsage().minorPageFault;
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 1;
const gcAt = args.indexOf('--gc');
if (gcAt >= 0) args.splice(gcAt, 1);
const manifestPath = args[0];
if (!manifestPath) {
  console.error('usage: node bench/phases.mjs <manifest.yaml> [--runs N] [--gc]');
  process.exit(2);
}

// With --gc: after each phase, a forced full GC (not counted) and the live heap + buffers that remain.
const gcEach = gcAt >= 0 && typeof globalThis.gc === 'function';
const lap = (() => {
  let last = performance.now();
  let lastFaults = process.resourceUsage().minorPageFault;
  return (label, rows) => {
    const now = performance.now();
    const faults = process.resourceUsage().minorPageFault;
    let live = '';
    if (gcEach && label) {
      globalThis.gc();
      const m = process.memoryUsage();
      live = `  live after: heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB + buffers ${(m.arrayBuffers / 2 ** 20).toFixed(0)} MB`;
    }
    rows.push([label, now - last, live, faults - lastFaults]);
    last = performance.now();
    lastFaults = process.resourceUsage().minorPageFault;
  };
})();

const importRows = [];
const { PDFDocument } = await import('@cantoo/pdf-lib');
lap('import @cantoo/pdf-lib', importRows);
await import('zod');
await import('yaml');
lap('import zod + yaml', importRows);
const { checkManifest } = await import('../dist/app/check.js');
const { plan } = await import('../dist/core/plan/plan.js');
const { assembleInChunks } = await import('../dist/core/assemble/index.js');
const { loadFonts, writeFileAtomic } = await import('../dist/io/files.js');
lap('import dist (rest)', importRows);
importRows.unshift(['node start to this script', t0, '', startFaults]);

// Count and time every parse.
const stats = { loads: 0, loadMs: 0, loadBytes: 0 };
const load = PDFDocument.load.bind(PDFDocument);
PDFDocument.load = async (bytes, options) => {
  const s = performance.now();
  try {
    return await load(bytes, options);
  } finally {
    stats.loads++;
    stats.loadMs += performance.now() - s;
    stats.loadBytes += bytes.length ?? bytes.byteLength ?? 0;
  }
};

const fmt = (rows) =>
  rows.map(([label, ms, live = '', faults]) => `  ${label.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms${faults === undefined ? '' : ` ${String(faults).padStart(6)} page faults`}${live}`).join('\n');
console.log(`start-up:\n${fmt(importRows)}`);

for (let run = 1; run <= runs; run++) {
  Object.assign(stats, { loads: 0, loadMs: 0, loadBytes: 0 });
  const rows = [];
  lap('', []);
  const fonts = await loadFonts();
  lap('load fonts', rows);
  const check = await checkManifest(manifestPath, { today: '2025-01-01' });
  const checkLoads = stats.loads;
  const checkLoadMs = stats.loadMs;
  lap(`check (read, inspect: ${checkLoads} loads ${checkLoadMs.toFixed(0)} ms, validate)`, rows);
  if (!check.manifest || !check.profile || check.diagnostics.some((d) => d.severity === 'error')) {
    console.error(check.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`).join('\n'));
    process.exit(1);
  }
  const thePlan = plan({ manifest: check.manifest, profile: check.profile, files: check.files, buildDate: new Date(0), fonts, tool: 'bench' });
  lap('plan', rows);
  const result = await assembleInChunks(thePlan, { reuseBuffer: true });
  const assembleLoads = stats.loads - checkLoads;
  lap(`assemble (${assembleLoads} more loads ${(stats.loadMs - checkLoadMs).toFixed(0)} ms; sizes measured)`, rows);
  await writeFileAtomic(join(tmpdir(), 'packet-phases.pdf'), result.chunks);
  lap('serialize and write, chunk by chunk', rows);
  if (gcEach) {
    // What the build would free if it let go of the parsed inputs once copied.
    for (const f of check.files.values()) if (f.facts) delete f.facts.loaded;
    for (const section of thePlan.sections) for (const part of section.parts) delete part.loaded;
    lap('(drop the parsed inputs)', rows);
  }
  const mem = process.memoryUsage();
  const inputs = [...check.files.values()].filter((f) => f.status === 'ok');
  const reused = inputs.filter((f) => f.facts?.loaded).length;
  console.log(
    `run ${run}: ${result.pageCount} pages, ${(result.size / 1e6).toFixed(1)} MB; ${inputs.length} inputs, ${reused} with a loaded document for the build; ` +
      `${stats.loads} PDFDocument.load calls; rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, ` +
      `peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n${fmt(rows)}\n  ${'total'.padEnd(42)} ${rows.reduce((a, [, ms]) => a + ms, 0).toFixed(0).padStart(6)} ms`,
  );
}
