/**
 * YAML mistakes of people who do not write YAML, named in their words with the fix (audit 12-06k #15): a value
 * quoted only in part, a bracket inside a value within `{ }`, a non-breaking space pasted into the indentation.
 */
import { describe, expect, it } from 'vitest';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const errorsOf = async (manifest: string) => {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': manifest });
  const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
  return { code: r.code, errors: r.stdout.split('\n').filter((l) => /^\S+ error yaml\.syntax /.test(l)) };
};

describe('YAML syntax errors an applicant can fix from the message', () => {
  it('a value quoted only in part says so and gives the value quoted whole (before: "unexpected scalar at node end")', async () => {
    const r = await errorsOf(TEST_MANIFEST.replace('name: Tiina Perho', 'name: "Tiina" Perho'));
    expect(r.errors).toEqual(['manifest.yaml:2:28 error yaml.syntax  Line 2 has text after the closing quote of `name:`, so it cannot be read: YAML takes a quoted value as a whole.  hint: Put the whole value in quotes: `name: "Tiina Perho"`.']);
    expect(r.code).toBe(1);
  });

  it('also in a block, with single quotes, and in a referee written in { } (the audit\'s "Internship supervisor" (2019-2020))', async () => {
    const block = await errorsOf(TEST_MANIFEST.replace('  cv: cv.pdf', "  cv: 'cv' .pdf"));
    expect(block.errors).toEqual(["manifest.yaml:4:12 error yaml.syntax  Line 4 has text after the closing quote of `cv:`, so it cannot be read: YAML takes a quoted value as a whole.  hint: Put the whole value in quotes: `cv: 'cv .pdf'`."]);
    const flow = await errorsOf(TEST_MANIFEST.replace('email: two@examples.fi }', 'email: two@examples.fi, relation: "Internship supervisor" (2019-2020) }'));
    expect(flow.errors[0]).toBe(
      'manifest.yaml:10:82 error yaml.syntax  Line 10 has text after the closing quote of `relation:`, so it cannot be read: YAML takes a quoted value as a whole.  hint: Put the whole value in quotes: `relation: "Internship supervisor (2019-2020)"`.',
    );
  });

  it('a bracket inside a value within { } gets the quoting advice (before: "unexpected flow-seq-start at node end")', async () => {
    const r = await errorsOf(TEST_MANIFEST.replace('email: two@examples.fi }', 'email: ari.oja@[129.240.1.1] }'));
    expect(r.errors[0]).toBe(
      'manifest.yaml:10:39 error yaml.syntax  Line 10 has a bracket inside the value of `email:` within { }, where YAML reads brackets as the start or end of a list or map.  hint: Put the value in quotes: `email: "ari.oja@[129.240.1.1]"`.',
    );
  });

  it('a non-breaking space in the indentation is named as a tab is (before: "nested mappings are not allowed in compact mappings")', async () => {
    const r = await errorsOf(TEST_MANIFEST.replace('  research_plan: plan.pdf', '\u00a0 research_plan: plan.pdf'));
    expect(r.errors).toEqual(['manifest.yaml:6:1 error yaml.syntax  Line 6 is indented with a non-breaking space: YAML needs ordinary spaces.  hint: Replace the non-breaking space before `research_plan:` with ordinary spaces, as many as the lines around it have (two per level).']);
    expect(r.code).toBe(1);
  });
});
