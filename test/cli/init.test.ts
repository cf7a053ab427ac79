/** `packet init`: a starter manifest that lists the posting's items, and never overwrites. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, workspace } from '../helpers/workspace.js';
import { makePdf, makePng } from '../helpers/make-pdf.js';

describe('packet init', () => {
  it('writes a manifest listing every item with its title, stage, forms and limits', async () => {
    const dir = workspace({});
    const r = await cli(['init', '--profile', 'eu-postdoc-ml', dir]);
    expect(r.code).toBe(0);
    // `packet`, not `npx packet`: outside this repository npx would fetch somebody else's package called packet.
    expect(r.stdout).toBe(`Wrote ${join(dir, 'manifest.yaml')} for "Postdoctoral Researcher in Machine Learning" (an example profile of a made-up posting, for trying the tool: not for a real application).\nNext: replace the placeholders, then run  packet validate ${join(dir, 'manifest.yaml')}\n`);
    const text = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    expect(text).toContain('# then run:  packet validate manifest.yaml   and, when it says ready:  packet build manifest.yaml\n');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/manifest\.schema\.json$/);
    expect(text).toContain('profile: eu-postdoc-ml\n');
    expect(text).toContain('  # Motivation letter — required — give a file (PDF or JPEG/PNG scan) or a text — max 2 pages, max 800 words\n  motivation_letter: docs/motivation-letter.pdf   # or { text: "..." }\n');
    expect(text).toContain('  # Contact details of two referees — required — give a referee\'s contact details — exactly 2\n  references:\n    - name: Referee 1 name\n');
    expect(text).toContain('    - name: Referee 2 name\n');
    expect(text).toContain('  # Code or software portfolio — optional — give a link\n  # portfolio: { link: "https://..." }\n');
  });

  it('guides a new user: validating the starter names each placeholder and missing file', async () => {
    const dir = workspace({});
    await cli(['init', '--profile', 'aalto-tml-doctoral-2025', dir]);
    const r = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(r.code).toBe(1);
    const codes = r.stdout.split('\n').filter((l) => l.includes(' error ')).map((l) => l.split(' ')[2]);
    expect(codes).toEqual([
      'manifest.placeholder',
      'manifest.placeholder',
      'file.not-found',
      'file.not-found',
      'file.not-found',
      'file.not-found',
      'file.not-found',
      'manifest.placeholder',
      'manifest.placeholder',
      'manifest.placeholder',
      'manifest.placeholder',
    ]);
    // Every value the starter writes is flagged where it is left, the referee's affiliation and relation too.
    expect(r.stdout).toContain('error manifest.placeholder  "University" is still the starter\'s placeholder.');
    expect(r.stdout).toContain('error manifest.placeholder  "How they know you" is still the starter\'s placeholder.');
  });

  it('the command it suggests quotes a folder with a space, so it can be pasted (before: "too many arguments")', async () => {
    const dir = workspace({});
    const r = await cli(['init', '--profile', 'eu-postdoc-ml', join(dir, 'Heidelberg PhD')]);
    expect(r.stdout).toContain(`then run  packet validate "${join(dir, 'Heidelberg PhD', 'manifest.yaml')}"\n`);
  });

  it('a conditional item is commented out with its condition (before: "required", uncommented, then file.not-found for a native speaker)', async () => {
    const prof = `id: initcond
title: Lecturer in Economics
organization: University of Northfield
deadline: 2027-04-30
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: language_certificate, kind: language_certificate, title: IELTS certificate, accepts: [file], condition: Candidates whose first language is not English }
`;
    const dir = workspace({ 'prof.yaml': prof });
    await cli(['init', '--profile', join(dir, 'prof.yaml'), join(dir, 'app')]);
    const text = readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8');
    expect(text).toContain(
      '  # IELTS certificate — required only if: Candidates whose first language is not English (then remove the # below) — give a file (PDF or JPEG/PNG scan)\n  # language_certificate: docs/language-certificate.pdf\n',
    );
    const r = await cli(['validate', join(dir, 'app', 'manifest.yaml'), '--today', '2027-01-01']);
    expect(r.stdout).not.toContain('language-certificate.pdf does not exist');
    expect(r.stdout).toContain('info item.conditional  IELTS certificate is asked for only for Candidates whose first language is not English; it is not given.');
  });

  it('a submission marked for review says so in the header, never as a fact (audit 2026-12-06g #10; before: "# Submit: one PDF, at most 2 MB")', async () => {
    const head = (submission: string) => `id: initrev
title: Postdoc in Materials
submission: ${submission}
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
`;
    const dir = workspace({
      'guessed.yaml': head('{ format: single-pdf, max_mb: 2, review: true }'),
      'read.yaml': head('{ format: separate-files, max_mb: 5, source: "Upload each document separately, at most 5 MB each.", review: true }'),
      'checked.yaml': head('{ format: single-pdf, max_mb: 2 }'),
    });
    const header = async (name: string) => {
      await cli(['init', '--profile', join(dir, `${name}.yaml`), join(dir, name)]);
      return readFileSync(join(dir, name, 'manifest.yaml'), 'utf8').split('\n').find((l) => l.startsWith('# Submit:'));
    };
    expect(await header('guessed')).toBe('# Submit: one PDF (to check: the posting does not say), at most 2 MB');
    expect(await header('read')).toBe('# Submit: separate files, at most 5 MB (to check: marked for review in the profile)');
    expect(await header('checked')).toBe('# Submit: one PDF, at most 2 MB');
  });

  it('a profile note, organization or condition written over several lines stays in its comment line (audit 12-06g #3; before: its second line a bare line of YAML, and validate failed at a line the user never wrote)', async () => {
    const prof = `id: multiline
title: Postdoctoral Researcher in Machine Learning
organization: |
  Example University
  Faculty of Science
deadline: 2027-01-15 23:59 Europe/Berlin
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - id: language_certificate
    kind: language_certificate
    title: Language certificate
    accepts: [file]
    condition: |
      Candidates whose first language
      is not English
notes:
  - |
    The PhD must be completed before the start date.

    Applications by email are not accepted.
`;
    const dir = workspace({ 'prof.yaml': prof });
    const r = await cli(['init', '--profile', join(dir, 'prof.yaml'), join(dir, 'app')]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8');
    expect(text.split('\n').slice(1, 6)).toEqual([
      '# Application for: Postdoctoral Researcher in Machine Learning, Example University Faculty of Science',
      '# Deadline: 2027-01-15 23:59 Europe/Berlin',
      '# Submit: one PDF',
      '# Note: The PhD must be completed before the start date. Applications by email are not accepted.',
      '#',
    ]);
    expect(text).toContain('  # Language certificate — required only if: Candidates whose first language is not English (then remove the # below) — give a file (PDF or JPEG/PNG scan)\n  # language_certificate: docs/language-certificate.pdf\n');
    // Every line the starter writes is a comment or YAML: validate speaks of the placeholders, not of a syntax error.
    const v = await cli(['validate', join(dir, 'app', 'manifest.yaml'), '--today', '2026-12-06']);
    expect(v.stdout).not.toContain('yaml.syntax');
    expect(v.stdout).toContain('error manifest.placeholder');
  });

  it('never overwrites an existing manifest', async () => {
    const dir = workspace({ 'manifest.yaml': 'mine' });
    const r = await cli(['init', '--profile', 'aalto-tml-doctoral-2025', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists; it is never overwritten/);
    expect(readFileSync(join(dir, 'manifest.yaml'), 'utf8')).toBe('mine');
  });

  it('an unknown profile is a usage error listing the built-ins', async () => {
    const r = await cli(['init', '--profile', 'nope', workspace({})]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no profile "nope": use one of aalto-tml-doctoral-2025, eu-postdoc-ml, us-tenure-track-cs/);
  });

  it('a PDF or a posting\'s text given as the profile says what to do instead (before: YAML errors about %PDF-1.7)', async () => {
    const dir = workspace({ 'cv.pdf': '%PDF-1.7\n%\u00e2\n1 0 obj\n<<>>\nendobj\n', 'posting.html': '<!DOCTYPE html><p>Send a CV.</p>' });
    const pdf = await cli(['init', '--profile', join(dir, 'cv.pdf'), join(dir, 'a')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain(`cv.pdf is a PDF, not a profile. \`--profile\` takes one of`);
    const html = await cli(['init', '--profile', join(dir, 'posting.html'), join(dir, 'b')]);
    expect(html.stderr).toContain("posting.html is a posting's text, not a profile. Make a profile from it: `packet profile import");
    expect(html.stderr).toContain('then run `packet init --profile profile.yaml`.');
    expect(existsSync(join(dir, 'a', 'manifest.yaml')) || existsSync(join(dir, 'b', 'manifest.yaml'))).toBe(false);
  });

  it('takes a profile file by path, and refers to it relative to the manifest', async () => {
    const dir = workspace({});
    writeFileSync(join(dir, 'p.yaml'), readFileSync(join(import.meta.dirname, '../../templates/profiles/us-tenure-track-cs.yaml')));
    const r = await cli(['init', '--profile', join(dir, 'p.yaml'), join(dir, 'app')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8')).toContain('profile: ../p.yaml\n');
  });

  it('a profile with errors still gets its manifest, but the next step says to fix the profile first, exit 1 (before: exit 0, "Next: replace the placeholders")', async () => {
    const dir = workspace({});
    const yaml = readFileSync(join(import.meta.dirname, '../../templates/profiles/us-tenure-track-cs.yaml'), 'utf8').replace(/^title: .*$/m, 'title: "TODO: position title"');
    writeFileSync(join(dir, 'p.yaml'), yaml);
    const r = await cli(['init', '--profile', join(dir, 'p.yaml'), join(dir, 'app')]);
    expect(r.stderr).toMatch(/^\S*p\.yaml:\d+:\d+ error profile\.placeholder {2}The posting's title "TODO: position title" in the profile is a placeholder/);
    expect(r.stdout).toMatch(/\nNext: fix the error in the profile \S*p\.yaml \(above\), replace the placeholders in the manifest, then run {2}packet validate \S*manifest\.yaml\n$/);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'app', 'manifest.yaml'))).toBe(true);
  });

  it('reads a profile saved as UTF-16 as validate does (before: "Unexpected character" errors at every line)', async () => {
    const dir = workspace({});
    const yaml = readFileSync(join(import.meta.dirname, '../../templates/profiles/us-tenure-track-cs.yaml'), 'utf8').replace(/^title: .*$/m, 'title: Tenure-track position at Åbo Akademi').replace(/^example: true\n/m, '');
    writeFileSync(join(dir, 'p.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, 'utf16le')]));
    const r = await cli(['init', '--profile', join(dir, 'p.yaml'), join(dir, 'app')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('for "Tenure-track position at Åbo Akademi".');
    expect(r.stderr).toMatch(/^\S*p\.yaml:1:1 warning yaml\.encoding .*UTF-16/);
    expect(readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8')).toContain('profile: ../p.yaml\n');
  });
});

describe('from packet init to a built PDF', () => {
  it('a new user fills in the starter, guided only by the diagnostics, and builds', async () => {
    const dir = workspace({});
    await cli(['init', '--profile', 'aalto-tml-doctoral-2025', dir]);
    const manifest = join(dir, 'manifest.yaml');
    // What the diagnostics ask for: real values for the placeholders, and the files they name.
    // Documents of her own: the example's samples are refused under any other applicant (file.example-sample).
    const docs = join(dir, 'own');
    mkdirSync(docs);
    for (const [file, pages] of [['cv.pdf', 2], ['letter-korhonen.pdf', 1], ['research-plan.pdf', 3], ['transcript-bsc.pdf', 2]] as const) writeFileSync(join(docs, file), await makePdf({ pages, text: `${file} page {n}` }));
    writeFileSync(join(docs, 'transcript-msc-scan.png'), makePng(620, 877));
    let text = readFileSync(manifest, 'utf8')
      .replace('name: Your Name', 'name: Nguyễn Thị Minh')
      .replace('email: you@example.org', 'email: minh@examples.fi')
      .replace('name: Referee 1 name', 'name: Prof. Дмитрий Иванов')
      .replace('email: referee1@example.org', 'email: ivanov@examples.fi')
      .replace('affiliation: University', 'affiliation: University of Helsinki')
      .replace('relation: How they know you', 'relation: MSc thesis supervisor');
    // One document per item: the same file twice is an error (file.duplicate).
    const given: Record<string, string> = { cv: 'cv.pdf', bio: 'letter-korhonen.pdf', 'research-plan': 'research-plan.pdf', transcript: 'transcript-bsc.pdf', thesis: 'transcript-msc-scan.png' };
    for (const [f, file] of Object.entries(given)) text = text.replace(`docs/${f}.pdf`, join(docs, file));
    writeFileSync(manifest, text);
    const v = await cli(['validate', manifest, '--today', '2025-10-01']);
    expect(v.stdout).toBe('Ready to submit (1 item to send later)\n');
    const b = await cli(['build', manifest, '--today', '2025-10-01']);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^Built .*packet\.pdf: \d+ pages/m);
  });
});
