/**
 * A non-breaking space (or another space that is not the ordinary one) copied with a file name or a key from a web
 * page or Word: YAML takes it silently, and the name matches nothing. The message names it, with its line and column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, TEST_BIO, TEST_PROFILE, workspace } from '../helpers/workspace.js';

let pdf: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  pdf = await makePdf({ pages: 1 });
  plan = await makePdf({ pages: 2 });
});

const NB = '\u00a0';
const manifest = (items: string) => `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
${items}  bio: { text: "${TEST_BIO}" }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Eero Laine, email: two@examples.fi }
`;
const validate = (items: string) =>
  cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ 'profile.yaml': TEST_PROFILE, 'my cv.pdf': pdf, 'plan.pdf': plan, 'manifest.yaml': manifest(items) }) });

describe('a non-breaking space in a file name (before: "my cv.pdf does not exist. Did you mean my cv.pdf?")', () => {
  it('bare path: file.not-found names it at its own line and column, and says how to fix it', async () => {
    const r = await validate(`  cv: my${NB}cv.pdf\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `manifest.yaml:4:7 error file.not-found  "my${NB}cv.pdf" does not exist: its name holds a non-breaking space at line 4, column 9, which looks like a space but is not one.  hint: Delete it and type an ordinary space in its place, or just delete it if no space belongs there. my cv.pdf is there. (Paths are relative to the manifest's folder.)\n`,
    );
  });

  it('quoted under `file:`: the column counts from the quote', async () => {
    const r = await validate(`  cv: { file: "my${NB}cv.pdf" }\n`);
    expect(r.stdout).toContain(`manifest.yaml:4:15 error file.not-found  "my${NB}cv.pdf" does not exist: its name holds a non-breaking space at line 4, column 18,`);
  });
});

describe('written as an escape (`"my\\u00a0cv.pdf"`)', () => {
  it('named without a column, which the file does not have for it', async () => {
    const r = await validate('  cv: { file: "my\\u00a0cv.pdf" }\n');
    expect(r.stdout).toContain(`manifest.yaml:4:15 error file.not-found  "my${NB}cv.pdf" does not exist: its name holds a non-breaking space, which looks like a space but is not one.`);
  });
});

describe('a non-breaking space in a key', () => {
  it("an item's key: item.unknown says so (before: only \"did you mean\")", async () => {
    const r = await validate(`  cv: my cv.pdf\n  research${NB}plan: plan.pdf\n`);
    expect(r.stdout).toContain(
      `manifest.yaml:5:3 error item.unknown  \`research${NB}plan\` is not an item of the posting "Test Position": it holds a non-breaking space at line 5, column 11, which looks like a space but is not one.  hint: Delete it and type an ordinary space in its place, or just delete it if no space belongs there. Did you mean \`research_plan\`?\n`,
    );
  });

  it('a key of the manifest format: manifest.unknown-key says so', async () => {
    const r = await validate(`  cv: { file: my cv.pdf, title${NB}: My CV }\n`);
    expect(r.stdout).toContain(
      `manifest.yaml:4:26 error manifest.unknown-key  Unknown key \`title${NB}\` in \`items.cv\`: it holds a non-breaking space at line 4, column 31, which looks like a space but is not one.  hint: Delete it and type an ordinary space in its place, or just delete it if no space belongs there. Did you mean \`title\`?`,
    );
  });

  it('a key written in quotes: the column is that of the space, past the quote (before: one short, at the letter before it)', async () => {
    const r = await validate(`  cv: { file: my cv.pdf, "title${NB}": My CV }\n`);
    expect(r.stdout).toContain(
      `manifest.yaml:4:26 error manifest.unknown-key  Unknown key \`title${NB}\` in \`items.cv\`: it holds a non-breaking space at line 4, column 32, which looks like a space but is not one.`,
    );
    // Written as an escape, the key's space has no column in the file: named without one.
    const escaped = await validate('  cv: { file: my cv.pdf, "title\\u00a0": My CV }\n');
    expect(escaped.stdout).toContain(`manifest.yaml:4:26 error manifest.unknown-key  Unknown key \`title${NB}\` in \`items.cv\`: it holds a non-breaking space, which looks like a space but is not one.`);
  });

  it('a key of a file shared through `extends`: said there as in the manifest (before: no word of the space)', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'my cv.pdf': pdf,
      'plan.pdf': plan,
      'me.yaml': `applicant: { name: Tiina Perho, email: test@examples.fi }\n"language${NB}": en\n`,
      'manifest.yaml': `extends: me.yaml\n${manifest('  cv: my cv.pdf\n').replace('applicant: { name: Tiina Perho, email: test@examples.fi }\n', '')}`,
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toContain(
      `me.yaml:2:1 error manifest.unknown-key  Unknown key \`language${NB}\` in a file shared through \`extends\` (put it in each manifest): it holds a non-breaking space at line 2, column 10, which looks like a space but is not one.  hint: Delete it and type an ordinary space in its place, or just delete it if no space belongs there. Did you mean \`language\`?`,
    );
  });

  it("a key of the profile: profile.unknown-key says so too", async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE.replace('organization: Test University', `organization${NB}: Test University`), 'my cv.pdf': pdf, 'plan.pdf': plan, 'manifest.yaml': manifest('  cv: my cv.pdf\n') });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toContain(`profile.yaml:3:1 error profile.unknown-key  Unknown key \`organization${NB}\`: it holds a non-breaking space at line 3, column 13, which looks like a space but is not one.  hint: Delete it and type an ordinary space in its place, or just delete it if no space belongs there. Did you mean \`organization\`?`);
  });
});
