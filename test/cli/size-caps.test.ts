/**
 * One answer on the packet's caps from validate, build and report: the estimate from the files before a build,
 * the built PDF itself once it is built (and current). The audit's cases: a packet whose files are under a size
 * cap but whose built PDF is over (validate and report said Ready); `report --pdf` with a typo (ignored);
 * `build --no-cover` against a page cap (the estimate counted the cover).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';
import { formatMb } from '../../src/core/words.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };
const TODAY = ['--today', '2025-11-01'];

function profile(submission: string): string {
  return `id: caps-test
title: Caps Test Position
organization: Test University
deadline: 2030-01-01
submission: { format: single-pdf, ${submission} }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: plan, kind: research_plan, title: Research plan, accepts: [file] }
`;
}

const MANIFEST = `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
output: out/packet.pdf
items:
  cv: cv.pdf
  plan: plan.pdf
`;

let cv: Uint8Array;
let plan: Uint8Array;
/** What the packet of cv.pdf and plan.pdf builds to, with a cover and stamps, in bytes. */
let built: number;

beforeAll(async () => {
  cv = await makePdf({ pages: 2, text: 'Tiina Perho - CV page {n}', wordsPerPage: 120 });
  plan = await makePdf({ pages: 3, text: 'Research plan page {n}', wordsPerPage: 200 });
  const dir = folder('max_mb: 10');
  const r = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH });
  expect(r.code, r.stdout).toBe(0);
  built = statSync(join(dir, 'out/packet.pdf')).size;
}, 60_000);

function folder(submission: string, manifest = MANIFEST): string {
  return workspace({ 'profile.yaml': profile(submission), 'manifest.yaml': manifest, 'cv.pdf': cv, 'plan.pdf': plan });
}

describe('files under the size cap, the built PDF over it', () => {
  it('validate warns that it is close, build refuses with the path, and report and validate then judge the built PDF: not ready', async () => {
    // A cap between the files' bytes and the built PDF's, with the built size reading over it at two decimals.
    const cap = Math.floor((built - 5000) / 1e4) / 100;
    const files = cv.length + plan.length;
    expect(files).toBeLessThan(cap * 1e6);
    expect(built).toBeGreaterThan(cap * 1e6);
    const dir = folder(`max_mb: ${cap}`);

    // Before: validate said "Ready to submit", exit 0, with nothing about the size.
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')).toEqual([
      `manifest.yaml:4:1 warning limit.size-near  Your files add up to ${formatMb(files)}, close to the posting's ${cap} MB cap: the built PDF is larger than its files (a cover, fonts, page stamps; 4% to 26% larger in our measurements), so it may be over.  hint: Build to be sure: after \`packet build\`, validate and report judge the built PDF itself (\`packet build --fit\` recompresses scans and photos if it is over).`,
      '',
      'Ready to submit (check the warning: size near the cap)',
      '',
    ]);
    expect(v.code).toBe(0);

    // Before: "The built PDF is 0.1 MB" here, "0.06 MB" in the Built line.
    const b = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.code).toBe(1);
    expect(statSync(join(dir, 'out/packet.pdf')).size).toBe(built);
    const size = formatMb(built);
    expect(size).toMatch(/^0\.\d\d MB$/);
    const lines = b.stdout.split('\n');
    // At `items:`, where validate puts the estimate (before: 1:10, the `profile:` line).
    expect(lines[0]).toBe(`manifest.yaml:4:1 error limit.size  The built PDF out/packet.pdf is ${size}; the posting accepts at most ${cap} MB (the PDF was written so you can look at it).  hint: Build with --fit, which recompresses scans and photos (never below 150 dpi) until it fits, or compress the largest inputs and build again.`);
    expect(lines).toContain(`Built out/packet.pdf: 6 pages, ${size}`);

    // Before: report printed the Built line next to the cap and said "Ready to submit", exit 0.
    const overLine = `manifest.yaml:4:1 error limit.size  The built PDF out/packet.pdf is ${size}; the posting accepts at most ${cap} MB.  hint: Build with --fit, which recompresses scans and photos (never below 150 dpi) until it fits, or compress the largest inputs and build again.`;
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    const tail = r.stdout.trimEnd().split('\n').slice(-6);
    expect(tail).toEqual(['', overLine, '', `Built out/packet.pdf: 6 pages, ${size}`, '', 'Not ready: 1 limit exceeded']);
    const json = await cli(['report', 'manifest.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ready: false, build: { output: 'out/packet.pdf', bytes: built } });

    // validate reads the current built PDF too, since the estimate was close: the same error, no warning.
    const again = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(again.stdout.split('\n')).toEqual([overLine, '', 'Not ready: 1 limit exceeded', '']);
    expect(again.code).toBe(1);
  }, 60_000);

  it('far from the cap, validate says nothing about the size', async () => {
    const dir = folder('max_mb: 10');
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout).toBe('Ready to submit\n');
    expect(v.code).toBe(0);
  });
});

describe('report --pdf', () => {
  it('a path that does not exist is an error naming it, exit 2 (before: ignored, Ready, exit 0)', async () => {
    const dir = folder('max_mb: 10');
    const r = await cli(['report', 'manifest.yaml', '--pdf', 'out/packet-final.pdf', ...TODAY], { cwd: dir });
    expect(r.stderr).toBe('error: out/packet-final.pdf does not exist: build the packet first (packet build manifest.yaml -o out/packet-final.pdf), or check the path given to --pdf\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('the output: path typed from the manifest\'s parent folder names the packet that is built, exit 2 (audit 23 F5; before: "build the packet first", a second packet at ./out/)', async () => {
    const dir = workspace({ 'kth/profile.yaml': profile('max_mb: 10'), 'kth/manifest.yaml': MANIFEST, 'kth/cv.pdf': cv, 'kth/plan.pdf': plan });
    expect((await cli(['build', 'kth/manifest.yaml', ...TODAY, '-q'], { cwd: dir })).code).toBe(0);
    const r = await cli(['report', 'kth/manifest.yaml', '--pdf', 'out/packet.pdf', ...TODAY], { cwd: dir });
    expect(r.stderr).toBe("error: out/packet.pdf does not exist; the packet this manifest builds is kth/out/packet.pdf: give --pdf kth/out/packet.pdf (a path given to --pdf is read from the folder you run packet in, not from the manifest's folder)\n");
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // Another path while the packet is built: named too, with no second build suggested.
    const typo = await cli(['report', 'manifest.yaml', '--pdf', 'out/packet-final.pdf', ...TODAY], { cwd: join(dir, 'kth') });
    expect(typo.stderr).toBe('error: out/packet-final.pdf does not exist; the packet this manifest builds is out/packet.pdf: give --pdf out/packet.pdf, or check the path given to --pdf\n');
    expect(typo.code).toBe(2);
  });

  it('the output: path typed from the parent folder before any build suggests the build that makes it, not -o (re-verify 12-07e F5; before: "-o out/packet.pdf", a packet in the wrong folder)', async () => {
    const dir = workspace({ 'kth/profile.yaml': profile('max_mb: 10'), 'kth/manifest.yaml': MANIFEST, 'kth/cv.pdf': cv, 'kth/plan.pdf': plan });
    const r = await cli(['report', 'kth/manifest.yaml', '--pdf', 'out/packet.pdf', ...TODAY], { cwd: dir });
    expect(r.stderr).toBe("error: out/packet.pdf does not exist; the packet this manifest builds is kth/out/packet.pdf, not built yet: build it first (packet build kth/manifest.yaml), then give --pdf kth/out/packet.pdf (a path given to --pdf is read from the folder you run packet in, not from the manifest's folder)\n");
    expect(r.code).toBe(2);
    // Doing what it says: the build makes that file, and the report reads it.
    expect((await cli(['build', 'kth/manifest.yaml', ...TODAY, '-q'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const after = await cli(['report', 'kth/manifest.yaml', '--pdf', 'kth/out/packet.pdf', ...TODAY], { cwd: dir });
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  });

  it('the command it suggests quotes a path with a space, so it can be pasted', async () => {
    const dir = folder('max_mb: 10');
    const r = await cli(['report', 'manifest.yaml', '--pdf', 'final packet.pdf', ...TODAY], { cwd: dir });
    expect(r.stderr).toBe('error: final packet.pdf does not exist: build the packet first (packet build manifest.yaml -o "final packet.pdf"), or check the path given to --pdf\n');
  });

  it('the manifest\'s own output not built yet stays a plain report, exit 0', async () => {
    const dir = folder('max_mb: 10');
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/^Built /m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Ready to submit');
    expect(r.code).toBe(0);
  });
});

describe('the page cap and the cover the build will make', () => {
  // 2 + 3 pages of files: 6 with the cover, 5 without, against a cap of 5.
  const capped = 'max_pages: 5';
  // Its files' pages and a one-page cover: a count, not "about 6 pages" (audit 12-05c 8).
  const estimateLine = 'manifest.yaml:4:1 error limit.pages  The packet will have 6 pages, its cover included; the posting allows 5.  hint: Cut 1 page: build without the cover (--no-cover, or `options: { cover: false }`), or give only the pages that matter of the longest documents (the longest: plan.pdf, 3 pages; cv.pdf, 2 pages) with `pages:` on a file (`pages: "1-10"` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed.';
  // Build and report at validate's place with its hint (audit 12-06b #5; before: at 1:10, `profile:`, and "(--no-cover)" alone).
  const builtLine = 'manifest.yaml:4:1 error limit.pages  The built PDF out/packet.pdf has 6 pages, its cover included; the posting allows 5 (the PDF was written so you can look at it).  hint: Cut 1 page: build without the cover (--no-cover, or `options: { cover: false }`), or give only the pages that matter of the longest documents (the longest: plan.pdf, 3 pages; cv.pdf, 2 pages) with `pages:` on a file (`pages: "1-10"` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed.';

  it('over the cap, build writes the PDF to look at, as the exit codes promise (audit 12-05c 8; before: nothing written)', async () => {
    const dir = folder(capped);
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')).toEqual([estimateLine, '', 'Not ready: 1 limit exceeded', '']);
    expect(v.code).toBe(1);
    const plain = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH });
    // The built PDF's own count replaces the estimate.
    const size = formatMb(statSync(join(dir, 'out/packet.pdf')).size);
    expect(plain.stdout.split('\n').slice(0, 3)).toEqual([builtLine, '', `Built out/packet.pdf: 6 pages, ${size}`]);
    expect(plain.code).toBe(1);
    // report and validate read it and stay at 1.
    const overLine = builtLine.replace(' (the PDF was written so you can look at it)', '');
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.stdout.trimEnd().split('\n').slice(-5)).toEqual([overLine, '', `Built out/packet.pdf: 6 pages, ${size}`, '', 'Not ready: 1 limit exceeded']);
    expect(r.code).toBe(1);
    const again = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(again.stdout.split('\n')).toEqual([overLine, '', 'Not ready: 1 limit exceeded', '']);
    expect(again.code).toBe(1);
  }, 60_000);

  it('far over the cap, the hint names the longest files and `pages:`, not the one-page cover (audit 12-06b #5; before: "or build without the cover" for 109 pages too many)', async () => {
    const dir = folder('max_pages: 3');
    const hint = 'hint: Cut 3 pages: give only the pages that matter of the longest documents (the longest: plan.pdf, 3 pages; cv.pdf, 2 pages) with `pages:` on a file (`pages: "1-10"` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed.';
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')[0]).toBe(`manifest.yaml:4:1 error limit.pages  The packet will have 6 pages, its cover included; the posting allows 3.  ${hint}`);
    const b = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.stdout.split('\n')[0]).toBe(`manifest.yaml:4:1 error limit.pages  The built PDF out/packet.pdf has 6 pages, its cover included; the posting allows 3 (the PDF was written so you can look at it).  ${hint}`);
    // validate and report read the built PDF: the same place, the same words (before: build and report at 1:10).
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    const again = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    const read = `manifest.yaml:4:1 error limit.pages  The built PDF out/packet.pdf has 6 pages, its cover included; the posting allows 3.  ${hint}`;
    expect(r.stdout.split('\n')).toContain(read);
    expect(again.stdout.split('\n')[0]).toBe(read);
    expect([v.code, b.code, r.code, again.code]).toEqual([1, 1, 1, 1]);
  }, 60_000);

  it('built without the cover and a page over, neither build nor report offers --no-cover (before: both did)', async () => {
    const dir = folder('max_pages: 4');
    const hint = 'hint: Cut 1 page: give only the pages that matter of the longest documents (the longest: plan.pdf, 3 pages; cv.pdf, 2 pages) with `pages:` on a file (`pages: "1-10"` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed.';
    const b = await cli(['build', 'manifest.yaml', '--no-cover', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.stdout.split('\n')[0]).toBe(`manifest.yaml:4:1 error limit.pages  The built PDF out/packet.pdf has 5 pages; the posting allows 4 (the PDF was written so you can look at it).  ${hint}`);
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.stdout.split('\n')).toContain(`manifest.yaml:4:1 error limit.pages  The built PDF out/packet.pdf has 5 pages; the posting allows 4.  ${hint}`);
    expect([b.code, r.code]).toEqual([1, 1]);
  }, 60_000);

  it('with --separate (no cover), over the cap nothing is written, as before', async () => {
    const dir = folder('max_pages: 4');
    const b = await cli(['build', 'manifest.yaml', '--separate', ...TODAY], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stdout.trimEnd().split('\n').at(-1)).toBe('Not built: fix the errors above first.');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 60_000);

  it('build --no-cover builds the 5 pages (before: refused as "about 6 pages"), and report then judges the built PDF', async () => {
    const dir = folder(capped);

    const b = await cli(['build', 'manifest.yaml', '--no-cover', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.code, b.stdout).toBe(0);
    expect(b.stdout).toMatch(/^Built out\/packet\.pdf: 5 pages, 0\.\d\d MB$/m);

    // The built PDF is current and within the cap: it decides, and says so.
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    const size = formatMb(statSync(join(dir, 'out/packet.pdf')).size);
    expect(r.stdout.trimEnd().split('\n').slice(-6)).toEqual([
      '',
      `manifest.yaml:4:1 info limit.built  out/packet.pdf, built from these files, is ${size} with 5 pages: within 5 pages. The caps are judged on it, not on the estimate from your files (6 pages, its cover included).  hint: Submit this PDF; build again after any change.`,
      '',
      `Built out/packet.pdf: 5 pages, ${size}`,
      '',
      'Ready to submit',
    ]);
    expect(r.code).toBe(0);

    // Cut off (an interrupted copy, audit 12-05b A): validate, which reads it here, says so, and the estimate stands.
    const out = join(dir, 'out/packet.pdf');
    writeFileSync(out, readFileSync(out).subarray(0, 2000));
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/^out\/packet\.pdf error build\.damaged {2}out\/packet\.pdf is cut off before its end/m);
    expect(v.stdout).not.toContain('limit.built');
  }, 60_000);

  it("options: { cover: false } builds; --cover overrides it and the estimate counts the cover", async () => {
    const dir = folder(capped, MANIFEST.replace('output: out/packet.pdf\n', 'output: out/packet.pdf\noptions: { cover: false }\n'));
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout).not.toContain('limit.pages');
    const withCover = await cli(['build', 'manifest.yaml', '--cover', ...TODAY], { cwd: dir });
    expect(withCover.stdout.split('\n')[0]).toBe(builtLine.replace('manifest.yaml:4:1', 'manifest.yaml:5:1'));
    expect(withCover.code).toBe(1);
    const without = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(without.stdout).toMatch(/^Built out\/packet\.pdf: 5 pages, /m);
    expect(without.code).toBe(0);
  }, 60_000);
});

describe('a portal that caps each file (separate-files)', () => {
  const separate = (cap: number) => `id: caps-test
title: Caps Test Position
organization: Test University
deadline: 2030-01-01
submission: { format: separate-files, max_mb: ${cap}, file_name: "{last}_{item}.pdf" }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: plan, kind: research_plan, title: Research plan, accepts: [file] }
`;
  const at = (cap: number) => workspace({ 'profile.yaml': separate(cap), 'manifest.yaml': MANIFEST.replace('output: out/packet.pdf\n', ''), 'cv.pdf': cv, 'plan.pdf': plan });
  /** A CV of some size (0.1 MB), and what it builds to alone, without a cover, in bytes. */
  let cv: Uint8Array;
  let builtCv: number;
  beforeAll(async () => {
    cv = await makePdf({ pages: 30, text: 'Tiina Perho - CV page {n}', wordsPerPage: 500 });
    const dir = at(10);
    expect((await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH })).code).toBe(0);
    builtCv = statSync(join(dir, 'packet/Perho_cv.pdf')).size;
  }, 60_000);

  it('a file over the cap per file is an error before the build (before: validate and report said Ready; only build refused)', async () => {
    const cap = (Math.floor(cv.length / 1e4) - 1) / 100;
    expect(cv.length).toBeGreaterThan(cap * 1e6 + 5000);
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: at(cap) });
    expect(v.stdout.split('\n')).toEqual([
      `manifest.yaml:4:7 error limit.size  CV is ${formatMb(cv.length)}; the portal accepts at most ${cap} MB per file.  hint: Build with --fit, which recompresses scans and photos (never below 150 dpi) until each file fits, or compress it and build again.`,
      '',
      'Not ready: 1 limit exceeded (CV)',
      '',
    ]);
    expect(v.code).toBe(1);
  });

  it('close to the cap: a warning, then the file the build wrote decides, in validate and report, while it is current', async () => {
    // Under the cap as files, over it once built (fonts and page stamps), at two decimals.
    const cap = Math.floor((builtCv - 2000) / 1e4) / 100;
    expect(cv.length).toBeLessThan(cap * 1e6);
    expect(builtCv).toBeGreaterThan(cap * 1e6);
    const dir = at(cap);
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')[0]).toBe(`manifest.yaml:4:7 warning limit.size-near  CV: its files add up to ${formatMb(cv.length)}, close to the portal's ${cap} MB cap per file: the PDF built for it is larger than its files (fonts, page stamps), so it may be over.  hint: Build to be sure: \`packet build\` measures each file it writes and says which one is over (\`packet build --fit\` recompresses scans and photos until each fits).`);
    expect(v.code).toBe(0);
    // One line in build, validate and report: at the item's line, the file named as it is there (audit 12-06d #1 rest;
    // before, build said it at `profile:` of "Perho_cv.pdf (CV)", and report listed the set without it).
    const over = `manifest.yaml:4:7 error limit.size  packet/Perho_cv.pdf (CV) is ${formatMb(builtCv)}; the portal accepts at most ${cap} MB per file.  hint: Build with --fit, which recompresses scans and photos (never below 150 dpi) until each file fits, or compress it and build again.`;
    const b = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.stdout.split('\n').slice(0, 3)).toEqual([over, '', expect.stringMatching(/^Built 2 files in packet\/: 33 pages, /)]);
    expect(b.code).toBe(1);
    const text = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(text.stdout.split('\n')).toContain(over);
    expect(text.stdout).toMatch(/^Built 2 files in packet\/: 33 pages, .*\n {2}Perho_cv\.pdf {4}CV \(30 pages\)\n {2}Perho_plan\.pdf {2}Research plan \(3 pages\)$/m);
    expect(text.code).toBe(1);

    // Before: validate and report said Ready for the folder build had just refused.
    const again = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(again.stdout.split('\n')).toEqual([over, '', 'Not ready: 1 limit exceeded (CV)', '']);
    expect(again.code).toBe(1);
    const r = await cli(['report', 'manifest.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ ready: false, diagnostics: [{ code: 'limit.size', path: 'items.cv', message: over.split('  ')[1] }] });
    expect(r.code).toBe(1);

    // Touched, not changed: the file built from it still decides (before: the estimate spoke again).
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'cv.pdf'), later, later);
    expect((await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir })).stdout.split('\n')[0]).toBe(over);
    // An input changed since the build, even with an old date: the file no longer says anything, the estimate speaks again.
    writeFileSync(join(dir, 'cv.pdf'), await makePdf({ pages: 30, text: 'Tiina Perho - CV, edited, page {n}', wordsPerPage: 500 }));
    const longAgo = new Date(Date.UTC(2025, 0, 1));
    utimesSync(join(dir, 'cv.pdf'), longAgo, longAgo);
    expect((await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir })).stdout).toContain('warning limit.size-near');
  }, 60_000);

  it('close to the cap as files, within it as built: an info names the file, Ready', async () => {
    const cap = Math.ceil((builtCv + 2000) / 1e4) / 100;
    const dir = at(cap);
    expect((await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir })).stdout).toContain('warning limit.size-near');
    expect((await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH })).code).toBe(0);
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')).toEqual([
      `manifest.yaml:4:7 info limit.built  packet/Perho_cv.pdf, built from these files, is ${formatMb(builtCv)} with 30 pages: within the portal's ${cap} MB per file. The caps are judged on it, not on the estimate from your files (${formatMb(cv.length)}).  hint: Submit this PDF; build again after any change.`,
      '',
      'Ready to submit',
      '',
    ]);
    expect(v.code).toBe(0);
  }, 60_000);

  it("an item's own cap is on its file: build measures it, and validate judges the built file (before: build wrote it over the cap, exit 0, and said Ready)", async () => {
    const own = Math.floor((builtCv - 2000) / 1e4) / 100;
    const dir = workspace({ 'profile.yaml': separate(10).replace('title: CV, accepts: [file] }', `title: CV, accepts: [file], max_mb: ${own} }`), 'manifest.yaml': MANIFEST.replace('output: out/packet.pdf\n', ''), 'cv.pdf': cv, 'plan.pdf': plan });
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')[0]).toBe(`manifest.yaml:4:7 warning limit.size-near  CV: its files add up to ${formatMb(cv.length)}, close to the posting's ${own} MB for it: the PDF built for it is larger than its files (fonts, page stamps), so it may be over.  hint: Build to be sure: \`packet build\` measures each file it writes and says which one is over (\`packet build --fit\` recompresses scans and photos until each fits).`);
    const b = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.stdout.split('\n')[0]).toBe(`manifest.yaml:4:7 error limit.size  packet/Perho_cv.pdf (CV) is ${formatMb(builtCv)}; the posting allows ${own} MB.  hint: Build with \`packet build --fit\`, which recompresses scans and photos down to 150 dpi; if that is not enough (a file without large images, or scans that stay large), it says so: then compress the PDF ("Reduce file size" in your PDF viewer), or allow a lower resolution with --fit-floor-dpi 120 if the scans stay readable.`);
    expect(b.code).toBe(1);
    const again = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(again.stdout).toContain(`manifest.yaml:4:7 error limit.size  packet/Perho_cv.pdf (CV) is ${formatMb(builtCv)}; the posting allows ${own} MB.`);
    expect(again.code).toBe(1);
  }, 60_000);

  it('the page cap counts no cover: a separate build makes none (before: "about 34 pages, its cover included" against 33, refused)', async () => {
    const dir = workspace({ 'profile.yaml': separate(10).replace('max_mb: 10,', 'max_mb: 10, max_pages: 33,'), 'manifest.yaml': MANIFEST.replace('output: out/packet.pdf\n', ''), 'cv.pdf': cv, 'plan.pdf': plan });
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout).toBe('Ready to submit\n');
    expect(v.code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir, env: EPOCH })).stdout).toMatch(/^Built 2 files in packet\/: 33 pages/m);
  }, 60_000);
});
