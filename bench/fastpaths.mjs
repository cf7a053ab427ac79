// Parse-only timing of the std inputs through pdf-lib with the bundle's fast paths (scripts/bundle.mjs), to
// weigh each patch on its own: whole-build timings on a shared machine are too noisy for a 3% effect.
//   node bench/fastpaths.mjs [--rounds 20] [--without "text of a patch" ...]
// Builds, in bench/out/fastpaths/, pdf-lib with no fast path, with all, and with all but each patch whose text
// (find, add or replaceWith) contains a --without string; then runs each variant in its own cold process, rounds
// in alternating order, with the CLI's interrupt budget, and prints the median time and the median ratio to "all".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'bench/out/fastpaths');
const args = process.argv.slice(2);
let rounds = 20;
const without = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--without') without.push(args[++i]);
  else {
    console.error('usage: node bench/fastpaths.mjs [--rounds 20] [--without "text of a patch" ...]');
    process.exit(2);
  }
}

// The patch list, read from scripts/bundle.mjs as it stands (an array literal of plain objects and strings).
const source = readFileSync(join(root, 'scripts/bundle.mjs'), 'utf8');
const start = source.indexOf('const PDF_LIB_FAST_PATHS = [');
const end = source.indexOf('\n];\n', start);
const PATCHES = new Function(`return ${source.slice(start + 'const PDF_LIB_FAST_PATHS = '.length, end + 2)}`)();
const textOf = (p) => p.find + (p.add ?? '') + (p.replaceWith ?? '');

mkdirSync(outDir, { recursive: true });
const entry = join(outDir, 'entry.mjs');
writeFileSync(
  entry,
  `import { PDFDocument, ParseSpeeds } from '@cantoo/pdf-lib';
import { readFileSync, readdirSync } from 'node:fs';
const dir = ${JSON.stringify(join(root, '../shared/bench/std/'))};
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => new Uint8Array(readFileSync(dir + f)));
const t = performance.now();
for (const b of files) await PDFDocument.load(b, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false });
console.log((performance.now() - t).toFixed(2));
`,
);

async function variant(name, patches) {
  const plugin = {
    name: 'fast-paths',
    transform(code, id) {
      let out = code;
      for (const p of patches) {
        if (!id.replaceAll('\\', '/').endsWith(`node_modules/${p.file}`)) continue;
        out = out.replace(p.find, p.replaceWith ?? p.find + p.add);
        if (p.prepend) out = p.prepend + out;
      }
      return out === code ? null : { code: out };
    },
  };
  const file = join(outDir, `${name}.mjs`);
  await build({ input: entry, platform: 'node', plugins: [plugin], logLevel: 'silent', resolve: { modules: [join(root, 'node_modules')] }, output: { file, format: 'esm', codeSplitting: false } });
  return { name, file };
}

const variants = [await variant('none', []), await variant('all', PATCHES)];
for (const [i, w] of without.entries()) {
  const kept = PATCHES.filter((p) => !textOf(p).includes(w));
  if (kept.length === PATCHES.length) throw new Error(`no patch contains ${JSON.stringify(w)}`);
  variants.push(await variant(`without-${i + 1}`, kept));
}

const times = new Map(variants.map((v) => [v.name, []]));
for (let r = 0; r < rounds; r++) {
  for (const v of r % 2 === 0 ? variants : [...variants].reverse()) {
    const run = spawnSync(process.execPath, ['--interrupt-budget=524288', v.file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${v.name}: ${run.stderr}`);
    times.get(v.name).push(Number(run.stdout.trim()));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const all = times.get('all');
console.log(`parsing the std inputs, ${rounds} cold processes per variant (ms):`);
for (const v of variants) {
  const t = times.get(v.name);
  const label = v.name.startsWith('without-') ? `all but "${without[Number(v.name.slice(8)) - 1]}"` : v.name;
  console.log(`${label.padEnd(48).slice(0, 48)} median ${median(t).toFixed(1).padStart(7)}  min ${Math.min(...t).toFixed(1).padStart(7)}  ratio to all ${median(t.map((x, i) => x / all[i])).toFixed(3)}`);
}
