/** `extends`: one applicant, many postings. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { cli, TEST_PROFILE, workspace } from '../../helpers/workspace.js';
import { readPdf } from '../../helpers/read-pdf.js';

const ME = `applicant: { name: Aino Virtanen, email: aino@examples.fi }
items:
  cv: docs/cv.pdf
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: two@examples.fi, letter: docs/letter.pdf }
`;

const POSTING = `extends: ../me.yaml
profile: ../profile.yaml
items:
  bio: { text: "A short bio, long enough to read like a real one here." }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
`;

async function files() {
  return {
    'profile.yaml': TEST_PROFILE,
    'me.yaml': ME,
    'docs/cv.pdf': await makePdf({ pages: 2 }),
    'docs/letter.pdf': await makePdf(),
    'posting-a/plan.pdf': await makePdf({ pages: 3 }),
  };
}

describe('extends', () => {
  it('takes the applicant, the shared files and referees from the base, with paths relative to the base', async () => {
    const dir = workspace({ ...(await files()), 'posting-a/manifest.yaml': POSTING });
    const check = await checkManifest(join(dir, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics).toEqual([]);
    expect(check.manifest!.applicant.name).toBe('Aino Virtanen');
    const cv = check.result!.items.find((i) => i.id === 'cv')!;
    expect(cv.entries[0]).toMatchObject({ file: '../docs/cv.pdf', pages: 2 });
    expect(check.result!.items.find((i) => i.id === 'references')!.status).toBe('ok');
  });

  it("the manifest's own items and applicant win over the base's", async () => {
    const dir = workspace({ ...(await files()), 'posting-a/cv-short.pdf': await makePdf(), 'posting-a/manifest.yaml': `${POSTING}  cv: cv-short.pdf\napplicant: { name: Aino V. }\n` });
    const check = await checkManifest(join(dir, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.manifest!.applicant.name).toBe('Aino V.');
    expect(check.result!.items.find((i) => i.id === 'cv')!.entries[0]).toMatchObject({ file: 'cv-short.pdf', pages: 1 });
  });

  it('the applicant is merged key by key: a manifest giving only its email keeps the base\'s name and ORCID (before: the ORCID left the cover)', async () => {
    const me = ME.replace('applicant: { name: Aino Virtanen, email: aino@examples.fi }', 'applicant: { name: Aino Virtanen, email: aino@examples.fi, orcid: 0000-0002-1825-0097 }');
    const dir = workspace({ ...(await files()), 'me.yaml': me, 'posting-a/manifest.yaml': `${POSTING}applicant: { email: aino.virtanen@aalto.fi }\n` });
    const check = await checkManifest(join(dir, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics).toEqual([]);
    expect(check.manifest!.applicant).toMatchObject({ name: 'Aino Virtanen', email: 'aino.virtanen@aalto.fi', orcid: '0000-0002-1825-0097' });
    // A mistake in a key the base gave is shown in the base.
    const bad = workspace({ ...(await files()), 'me.yaml': me.replace('0000-0002-1825-0097', '0000-0002-1825-0096'), 'posting-a/manifest.yaml': `${POSTING}applicant: { email: aino.virtanen@aalto.fi }\n` });
    const shown = await checkManifest(join(bad, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(shown.diagnostics.map((d) => `${d.file?.split('/').pop()}:${d.line} ${d.code}`)).toEqual(['me.yaml:1 applicant.orcid']);
  });

  it('a shared item this posting does not ask for is left out with a note; `id: null` leaves out one it does ask for (before: item.unknown, no way out)', async () => {
    const me = `${ME}  teaching: { text: "I taught two courses on machine learning at Tampere." }\n  portfolio: { link: "https://github.com/aino" }\n`;
    const dir = workspace({ ...(await files()), 'me.yaml': me, 'posting-a/manifest.yaml': `${POSTING}  portfolio: null\n` });
    const check = await checkManifest(join(dir, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics.map((d) => `${d.file?.split('/').pop()}:${d.line}:${d.col} ${d.severity} ${d.code}`)).toEqual(['me.yaml:7:3 info item.left-out']);
    expect(check.diagnostics[0]!.message).toBe(`\`teaching\` from ${join(dir, 'me.yaml')} is not an item of the posting "Test Position", so it is left out of this packet.`);
    expect(check.manifest!.items.map((i) => i.id)).toEqual(['cv', 'references', 'bio', 'research_plan', 'thesis']);
    expect(check.result!.items.find((i) => i.id === 'portfolio')!.status).toBe('optional');
    // In the manifest itself an unknown item is still a mistake, and `null` with nothing to leave out has no value.
    const own = workspace({ ...(await files()), 'posting-a/manifest.yaml': `${POSTING}  teaching: { text: "I taught two courses." }\n  diplomas: null\n` });
    const mine = await checkManifest(join(own, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(mine.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`)).toEqual(['7 error item.unknown', '8 error manifest.invalid']);
  });

  it("a referee's letter in the base, for a posting that takes contact details only: left out of this packet with a note, the referee kept (audit 12-05j #9; before: referee.letter, hint: remove the line from the shared file)", async () => {
    const contacts = TEST_PROFILE.replace('accepts: [referee, letter]', 'accepts: [referee]');
    const dir = workspace({ ...(await files()), 'profile.yaml': contacts, 'posting-a/manifest.yaml': POSTING });
    const r = await cli(['validate', 'posting-a/manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'me.yaml:6:56 info referee.letter-left-out  The letter from Ari Oja in me.yaml is left out of this packet: for References the posting "Test Position" asks only for referees\' contact details.  ' +
        "hint: Nothing to do: the employer contacts the referees itself, and postings that take letters still get it from me.yaml. If this posting does accept letters, add `letter` to `accepts:` under `id: references` in your profile, profile.yaml (`packet profile check` checks it).\n\nReady to submit (1 item to send later)\n",
    );
    // The packet has the referees page and no letter: as many pages as without the line.
    expect((await cli(['build', 'posting-a/manifest.yaml', '--today', '2025-10-01', '-o', 'a.pdf', '-q'], { cwd: dir })).code).toBe(0);
    const without = workspace({ ...(await files()), 'profile.yaml': contacts, 'me.yaml': ME.replace(', letter: docs/letter.pdf', ''), 'posting-a/manifest.yaml': POSTING });
    expect((await cli(['build', 'posting-a/manifest.yaml', '--today', '2025-10-01', '-o', 'a.pdf', '-q'], { cwd: without })).code).toBe(0);
    expect((await readPdf(readFileSync(join(dir, 'a.pdf')))).pages).toHaveLength((await readPdf(readFileSync(join(without, 'a.pdf')))).pages.length);
    // A posting that takes letters still gets it from the same base.
    const letters = workspace({ ...(await files()), 'posting-a/manifest.yaml': POSTING });
    const check = await checkManifest(join(letters, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics).toEqual([]);
    expect(check.result!.items.find((i) => i.id === 'references')!.entries[1]).toMatchObject({ file: '../docs/letter.pdf' });
    // The letter in the manifest itself is the applicant's to remove there: still an error.
    const own = workspace({ ...(await files()), 'profile.yaml': contacts, 'posting-a/manifest.yaml': `${POSTING}  references:\n    - { name: Ida Aho, email: one@examples.fi }\n    - { name: Ari Oja, email: two@examples.fi, letter: ../docs/letter.pdf }\n` });
    const mine = await cli(['validate', 'posting-a/manifest.yaml', '--today', '2025-10-01'], { cwd: own });
    expect(mine.code).toBe(1);
    expect(mine.stdout).toContain("posting-a/manifest.yaml:9:56 error referee.letter  A letter from Ari Oja is given, but for References the posting asks only for referees' contact details.  hint: Remove the `letter:` line: the employer contacts the referees itself. If the posting does accept letters, add `letter` to `accepts:` under `id: references` in your profile, profile.yaml (`packet profile check` checks it).\n");
  }, 60_000);

  it('too many shared referees, or shared letters a posting wants sent directly: the hint says to give the item in this manifest, not to delete lines from the shared file (audit 12-05j #9; before: "Remove 1 referee.", "Remove the entries under this item")', async () => {
    const four = ME.replace('    - { name: Ida Aho', '    - { name: Olli Rask, email: three@examples.fi }\n    - { name: Timo Ala, email: four@examples.fi }\n    - { name: Ida Aho');
    const dir = workspace({ ...(await files()), 'me.yaml': four, 'posting-a/manifest.yaml': POSTING });
    const r = await cli(['validate', 'posting-a/manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('me.yaml:5:5 error item.count  References has 4 referees; the posting asks for 2 to 3.  hint: Give `references:` in posting-a/manifest.yaml with the referees this posting should have (1 referee fewer); me.yaml, which other postings share, stays as it is.\n');
    const direct = workspace({ ...(await files()), 'profile.yaml': TEST_PROFILE.replace('accepts: [referee, letter], min: 2, max: 3 }', 'accepts: [letter], sent_by: referees }'), 'posting-a/manifest.yaml': POSTING });
    const d = await cli(['validate', 'posting-a/manifest.yaml', '--today', '2025-10-01'], { cwd: direct });
    expect(d.stdout).toContain('me.yaml:5:5 error item.sent-directly  The posting wants References sent directly by the referees, not in your packet.  hint: Write `references: null` in posting-a/manifest.yaml to leave them out of this packet (me.yaml, which other postings share, stays as it is), and ask your referees to send their letters before the deadline.\n');
    // Following it: the letters are left to the referees, and nothing else is said of them.
    writeFileSync(join(direct, 'posting-a/manifest.yaml'), `${POSTING}  references: null\n`);
    expect((await cli(['validate', 'posting-a/manifest.yaml', '--today', '2025-10-01'], { cwd: direct })).stdout).not.toContain('references');
    // In the manifest itself, the entries are the applicant's to remove there.
    const own = workspace({ ...(await files()), 'posting-a/manifest.yaml': `${POSTING}  references:\n    - { name: Ida Aho, email: one@examples.fi }\n    - { name: Ari Oja, email: two@examples.fi }\n    - { name: Olli Rask, email: three@examples.fi }\n    - { name: Timo Ala, email: four@examples.fi }\n` });
    expect((await cli(['validate', 'posting-a/manifest.yaml', '--today', '2025-10-01'], { cwd: own })).stdout).toMatch(/posting-a\/manifest\.yaml:8:5 error item\.count {2}References has 4 referees; the posting asks for 2 to 3\. {2}hint: Remove 1 referee\.\n/);
  }, 60_000);

  it('a problem in a shared entry is reported at its line in the base file', async () => {
    const dir = workspace({ ...(await files()), 'me.yaml': ME.replace('docs/cv.pdf', 'docs/cvv.pdf'), 'posting-a/manifest.yaml': POSTING });
    const check = await checkManifest(join(dir, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics.map((d) => `${d.file?.split('/').pop()}:${d.line}:${d.col} ${d.code}`)).toEqual(['me.yaml:3:7 file.not-found']);
    // As me.yaml writes it, with the rule of its folder (audit 12-05l #7; before: "../docs/cvv.pdf", the manifest's view).
    expect([check.diagnostics[0]!.message, check.diagnostics[0]!.hint]).toEqual(['docs/cvv.pdf does not exist.', "Did you mean docs/cv.pdf? (Paths in me.yaml are relative to me.yaml's folder.)"]);
  });

  it('a key that cannot be shared is flagged in the base', async () => {
    const dir = workspace({ ...(await files()), 'me.yaml': `profile: x\n${ME}`, 'posting-a/manifest.yaml': POSTING });
    const check = await checkManifest(join(dir, 'posting-a/manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics.map((d) => `${d.file?.split('/').pop()}:${d.line}:${d.col} ${d.code}`)).toEqual(['me.yaml:1:1 manifest.unknown-key']);
  });

  it('a missing base, a loop or a chain too long is an error at the `extends:` line that names it (exit 1)', async () => {
    const dir = workspace({ ...(await files()), 'posting-a/manifest.yaml': POSTING.replace('../me.yaml', '../mee.yaml') });
    const r = await cli(['validate', 'posting-a/manifest.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      'posting-a/manifest.yaml:1:10 error manifest.extends  `extends` names mee.yaml, which does not exist (the path is relative to posting-a).  ' +
        'hint: Check the path; it is relative to the folder of the file that has the `extends:` line.',
    );
    // Only this: without its base the manifest would show echoes (no applicant, missing items).
    expect(r.stdout).not.toMatch(/item\.missing|applicant/);
    const loop = workspace({ ...(await files()), 'me.yaml': `extends: posting-a/manifest.yaml\n${ME}`, 'posting-a/manifest.yaml': POSTING });
    const r2 = await cli(['validate', 'posting-a/manifest.yaml'], { cwd: loop });
    expect(r2.code).toBe(1);
    expect(r2.stdout).toMatch(/^me\.yaml:1:10 error manifest\.extends {2}`extends` names posting-a\/manifest\.yaml, which leads back to this file\./);
    const chain: Record<string, string | Uint8Array> = { ...(await files()), 'posting-a/manifest.yaml': POSTING.replace('../me.yaml', '../b1.yaml') };
    for (let i = 1; i <= 6; i++) chain[`b${i}.yaml`] = `extends: b${i + 1}.yaml\n`;
    const r3 = await cli(['validate', 'posting-a/manifest.yaml'], { cwd: workspace(chain) });
    expect(r3.code).toBe(1);
    expect(r3.stdout).toMatch(/^b5\.yaml:1:10 error manifest\.extends {2}`extends` names b6\.yaml, one more than the 5 files in a row allowed\./);
  });
});
