/**
 * A profile that refuses a kind it also asks for (audit 12-06g, validate 2: `not_wanted: cartas de recomendación`
 * beside the required recommendation), and the import's review marks named once (validate 1: `submission` twice).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { cli, copyExample } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const aalto = readFileSync(join(root, 'templates/profiles/aalto-tml-doctoral-2025.yaml'), 'utf8');

/** The complete example, on its profile as a file of its own with `edit` applied. */
function example(edit: (profile: string) => string): string {
  const dir = copyExample();
  writeFileSync(join(dir, 'profile.yaml'), edit(aalto));
  writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('profile: aalto-tml-doctoral-2025', 'profile: ./profile.yaml'));
  return dir;
}

const refusing = (profile: string) => profile.replace('notes:\n', 'not_wanted:\n  - what: transcripts of records\n    kind: transcript\n    source: "Do not send transcripts of records."\nnotes:\n');

describe('profile.not-wanted-item', () => {
  it('warns at the not_wanted entry in `profile check` and `validate`, which stay exit 0 (before: no word, and report said both "ok Transcript" and "Do not send")', async () => {
    const dir = example(refusing);
    const line = refusing(aalto).split('\n').indexOf('  - what: transcripts of records') + 1;
    const warning = `profile.yaml:${line}:5 warning profile.not-wanted-item  The profile lists "transcripts of records" (transcript) as not wanted, and also asks for it as the item \`transcript\` ("Transcript of records"): the posting cannot mean both.  hint: Check the posting and remove one of the two: this \`not_wanted\` entry if the document is asked for, or the item if it is not.`;
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect(check.stdout.split('\n')[0]).toBe(warning);
    // Audit 12-06k #13: the summary and the verdict name the conflict and what to do (before: "valid profile", "Ready to submit (...; check the warning)").
    const what = 'both asks for and refuses "Transcript of records" (check the posting, then remove the item or its `not_wanted` entry)';
    expect(check.stdout.trimEnd().split('\n').at(-1)).toBe(`The profile ${what}.`);
    expect(check.code).toBe(0);
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(validate.stdout).toBe(`${warning}\n\nReady, but the profile ${what}; 1 item to send later\n`);
    expect(validate.code).toBe(0);
    // An imported profile nobody checked yet, which is where a wrong import leaves the conflict: the verdict names it too.
    writeFileSync(join(dir, 'profile.yaml'), refusing(aalto).concat('review: true\n'));
    const unchecked = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(unchecked.stdout.trimEnd().split('\n').at(-1)).toBe(`Ready, but by a profile not yet checked against the posting: it may miss a document the posting asks for, and it ${what} (1 item to send later)`);
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir })).code).toBe(1);
  });

  it('says nothing of letters refused beside references given as contact details only, nor of a kind no item has', async () => {
    const contacts = example((p) => p.replace('accepts: [letter, referee]', 'accepts: [referee]').replace('notes:\n', 'not_wanted:\n  - what: letters of recommendation\n    kind: references\n  - what: writing samples\n    kind: writing_sample\nnotes:\n'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: contacts });
    expect(r.stdout).not.toContain('profile.not-wanted-item');
    // Letters given as files under the references item are letters all the same (re-verification 12-06k #13; before: valid, Ready).
    const files = example((p) => p.replace('accepts: [letter, referee]', 'accepts: [file]').replace('notes:\n', 'not_wanted:\n  - what: letters of recommendation\n    kind: references\nnotes:\n'));
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: files });
    expect(check.stdout).toMatch(/warning profile\.not-wanted-item {2}The profile lists "letters of recommendation" \(references\) as not wanted, and also asks for it as the item `references`/);
  });

  it('says nothing of a narrower document refused beside the one asked for ("high school transcripts" beside "Transcript of records"; before: the warning, Not ready under --strict)', async () => {
    const dir = example((p) => p.replace('notes:\n', 'not_wanted:\n  - what: high school transcripts\n    kind: transcript\nnotes:\n'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(r.stdout).not.toContain('profile.not-wanted-item');
    expect(r.code).toBe(0);
  });
});

describe('profile.unreviewed', () => {
  it('names `submission` once when a `# REVIEW:` stands over it and it has its own `review: true` (before: "`submission`, submission")', async () => {
    const dir = example((p) =>
      p
        .replace('title: Doctoral Researcher', '# REVIEW: taken from the first line of the posting\ntitle: Doctoral Researcher')
        .replace('submission:\n  format: single-pdf', '# REVIEW: the posting does not say whether it wants one PDF or separate files\nsubmission:\n  format: single-pdf\n  review: true')
        .concat('review: true\n'),
    );
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toMatch(/ warning profile\.unreviewed {2}The profile still has values marked for review \(`title`, `submission`\): /u);
  });
});
