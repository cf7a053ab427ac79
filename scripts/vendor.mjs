// Copies into vendor/ the few files the package uses from large packages, unchanged, so users install those
// files and not the packages: pdf.js (37 MB, with an optional 33 MB native canvas packet never draws with),
// DejaVu (12 MB of fonts, two of them used) and the Noto fonts for Arabic, Hebrew, Chinese, Japanese and
// Korean (the Google Fonts packages hold nine weights each, 200 MB; one or two are used). All stay pinned
// devDependencies; `npm run build` runs this, and vendor/ ships in the package (see README.md).
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
    // Oblique and Bold Oblique: emphasis in the applicant's texts, read only when a text has some.
    files: ['ttf/DejaVuSans.ttf', 'ttf/DejaVuSans-Bold.ttf', 'ttf/DejaVuSans-Oblique.ttf', 'ttf/DejaVuSans-BoldOblique.ttf', 'LICENSE'],
  },
  // Glyph-outline (glyf) TrueType builds, which the assembler's own subsetter reads; SIL Open Font License.
  {
    pkg: '@expo-google-fonts/noto-sans-arabic',
    to: 'fonts',
    files: ['400Regular/NotoSansArabic_400Regular.ttf', '700Bold/NotoSansArabic_700Bold.ttf', ['LICENSE_FONT', 'LICENSE-NotoSansArabic']],
  },
  {
    pkg: '@embedpdf/fonts-hebrew',
    to: 'fonts',
    files: ['fonts/NotoSansHebrew-Regular.ttf', 'fonts/NotoSansHebrew-Bold.ttf', ['LICENSE', 'LICENSE-NotoSansHebrew']],
  },
  // CJK: the regular weight only (bold is drawn by stroking the outlines), 5 to 10 MB each.
  {
    pkg: '@expo-google-fonts/noto-sans-sc',
    to: 'fonts',
    files: ['400Regular/NotoSansSC_400Regular.ttf', ['LICENSE_FONT', 'LICENSE-NotoSansSC']],
  },
  {
    pkg: '@expo-google-fonts/noto-sans-jp',
    to: 'fonts',
    files: ['400Regular/NotoSansJP_400Regular.ttf', ['LICENSE_FONT', 'LICENSE-NotoSansJP']],
  },
  {
    pkg: '@expo-google-fonts/noto-sans-kr',
    to: 'fonts',
    files: ['400Regular/NotoSansKR_400Regular.ttf', ['LICENSE_FONT', 'LICENSE-NotoSansKR']],
  },
];

/** A devDependency's folder (some packages' `exports` hide their package.json from require.resolve). */
function packageDir(pkg) {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return join(root, 'node_modules', pkg);
  }
}

const out = join(root, 'vendor');
rmSync(out, { recursive: true, force: true });
const lines = ['# vendor/', '', 'Made by `node scripts/vendor.mjs` (part of `npm run build`): files copied unchanged from pinned packages.', ''];
for (const { pkg, to, files } of SOURCES) {
  const dir = packageDir(pkg);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // The copy must be of the version the tests were written against: a drifted node_modules stops the build.
  if (version !== pinned[pkg]) throw new Error(`vendor: ${pkg} is ${version} in node_modules, package.json pins ${pinned[pkg]}: run npm ci`);
  mkdirSync(join(out, to), { recursive: true });
  // A file is a path in the package, or [path, name in vendor/] where names would clash (LICENSE).
  for (const file of files) {
    const [from, name] = Array.isArray(file) ? file : [file, file.split('/').pop()];
    copyFileSync(join(dir, from), join(out, to, name));
  }
  lines.push(`- \`${to}/\`: ${pkg}@${version}: ${files.map((f) => (Array.isArray(f) ? `${f[0]} (as ${f[1]})` : f)).join(', ')}`);
}
writeFileSync(join(out, 'README.md'), `${lines.join('\n')}\n`);
