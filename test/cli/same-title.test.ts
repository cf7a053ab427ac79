/**
 * Two items of a profile with one title (audit 12-06i #1): the built files and page ranges are matched to items by
 * the item id the build records, never by title, and the profile is warned of the repeated title.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const profile = (format: string) =>
  `id: odd-posting\ntitle: Postdoc in Odd Things\norganization: University of Oulu\nsubmission: { ${format} }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: plan, kind: research_plan, title: Research plan, accepts: [file] }\n  - { id: plan2, kind: research_plan, title: Research plan, stage: optional, accepts: [file] }\n`;
const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino.virtanen@tuni.fi }\nitems:\n  cv: docs/cv.pdf\n  plan: docs/plan.pdf\n  plan2: docs/other.pdf\n';
const WARNING =
  'profile.yaml:8:46 warning profile.same-title  The items `plan` and `plan2` have the same title "Research plan": a reviewer would see two bookmarks and contents lines "Research plan" and could not tell which is which.  hint: Give `plan2` a title of its own, as the posting names it (e.g. "Research plan (2)", or what sets it apart from `plan`).';

async function posting(format: string): Promise<string> {
  return workspace({
    'profile.yaml': profile(format),
    'manifest.yaml': MANIFEST,
    'docs/cv.pdf': await makePdf({ pages: 1, text: 'CV {n}' }),
    'docs/plan.pdf': await makePdf({ pages: 2, text: 'Plan {n}' }),
    'docs/other.pdf': await makePdf({ pages: 3, text: 'Other {n}' }),
  });
}

describe('two items with one title', () => {
  it('`profile check` and `validate` warn at the second title (before: nothing said)', async () => {
    const dir = await posting('format: single-pdf');
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect(check.stdout.split('\n')[0]).toBe(WARNING);
    expect(check.code).toBe(0);
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2026-12-06'], { cwd: dir });
    expect(validate.stdout).toBe(`${WARNING}\n\nReady to submit (check the warning: same item titles)\n`);
  });

  it('report gives each item its own pages in the one PDF, also in a packet of an earlier version without item ids (before: the second got the first one\'s)', async () => {
    const dir = await posting('format: single-pdf');
    const run = (...argv: string[]) => cli([argv[0] as string, 'manifest.yaml', '--today', '2026-12-06', ...argv.slice(1)], { cwd: dir });
    expect((await run('build')).code).toBe(0);
    const ranges = async () => (JSON.parse((await run('report', '--format', 'json')).stdout) as { items: { id: string; range?: unknown }[] }).items.map((i) => [i.id, i.range]);
    const expected = [['cv', { first: 2, last: 2 }], ['plan', { first: 3, last: 4 }], ['plan2', { first: 5, last: 7 }]];
    expect(await ranges()).toEqual(expected);
    expect((await run('report')).stdout).toContain('docs/other.pdf (3 pages)  → pp. 5–7\n');
    // An earlier version's record has no /Items: blanked in place (same length, offsets kept), matched by title in order.
    const pdf = join(dir, 'packet.pdf');
    const text = readFileSync(pdf).toString('latin1');
    const blanked = text.replace(/\/Items \[[^\]]*\]/u, (m) => ' '.repeat(m.length));
    expect(blanked).not.toBe(text);
    writeFileSync(pdf, Buffer.from(blanked, 'latin1'));
    expect(await ranges()).toEqual(expected);
  }, 60_000);

  it('a --separate set with one item\'s file copied over the other\'s is build.mismatch, not Ready (before: Ready)', async () => {
    const dir = await posting('format: separate-files, file_name: "{last}_{title}.pdf"');
    const run = (cmd: string) => cli([cmd, 'manifest.yaml', '--today', '2026-12-06'], { cwd: dir });
    expect((await run('build')).code).toBe(0);
    expect((await run('validate')).stdout).toBe(`${WARNING}\n\nReady to submit (check the warning: same item titles)\n`);
    copyFileSync(join(dir, 'packet/Virtanen_Research_plan.pdf'), join(dir, 'packet/Virtanen_Research_plan-2.pdf'));
    const validate = await run('validate');
    expect(validate.stdout).toBe(
      `packet/Virtanen_Research_plan-2.pdf error build.mismatch  packet/Virtanen_Research_plan-2.pdf does not match this manifest: it holds the file built for \`plan\`, not the one for \`plan2\` (both are titled "Research plan").  hint: Build the set again with \`packet build\` before you submit, and upload the new files.\n${WARNING}\n\nNot ready: packet/Virtanen_Research_plan-2.pdf is out of date: build again\n`,
    );
    expect(validate.code).toBe(1);
  }, 60_000);
});
