// Copies into vendor/ the few files the package uses from two large packages, unchanged, so users install
// those files and not the packages: pdf.js (37 MB, with an optional 33 MB native canvas packet never draws
// with) and DejaVu (12 MB of fonts, two of them used). Both stay pinned devDependencies; `npm run build` runs
// this, and vendor/ ships in the package (see "Install size" in README.md).
//   node scripts/vendor.mjs
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;

const SOURCES = [
  {
    pkg: 'pdfjs-dist',
    to: 'pdfjs',
    files: ['legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs', 'LICENSE'],
  },
  {
    pkg: 'dejavu-fonts-ttf',
    to: 'fonts',
    files: ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'LICENSE'],
  },
];

const out = join(root, 'vendor');
rmSync(out, { recursive: true, force: true });
const lines = ['# vendor/', '', 'Made by `node scripts/vendor.mjs` (part of `npm run build`): files copied unchanged from pinned packages.', ''];
for (const { pkg, to, files } of SOURCES) {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // The copy must be of the version the tests were written against: a drifted node_modules stops the build.
  if (version !== pinned[pkg]) throw new Error(`vendor: ${pkg} is ${version} in node_modules, package.json pins ${pinned[pkg]}: run npm ci`);
  mkdirSync(join(out, to), { recursive: true });
  for (const file of files) copyFileSync(join(dir, file), join(out, to, file.split('/').pop()));
  lines.push(`- \`${to}/\`: ${pkg}@${version}: ${files.join(', ')}`);
}
writeFileSync(join(out, 'README.md'), `${lines.join('\n')}\n`);
