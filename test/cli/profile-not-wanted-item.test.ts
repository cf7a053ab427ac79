/**
 * A profile that refuses a kind it also asks for (audit 12-06g, validate 2: `not_wanted: cartas de recomendación`
 * beside the required recommendation), and the import's review marks named once (validate 1: `submission` twice).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cli, copyExample, workspace } from '../helpers/workspace.js';
import { makePdf } from '../helpers/make-pdf.js';

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
  it('is an error at the not_wanted entry naming both lines in `profile check`, `validate`, `build` and `report`: nothing Ready, nothing built (importer audit 12-07c #10; before: a warning, "Ready, but ..." exit 0 and the refused transcript in the PDF)', async () => {
    const dir = example(refusing);
    const line = refusing(aalto).split('\n').indexOf('  - what: transcripts of records') + 1;
    const itemLine = aalto.split('\n').indexOf('  - id: transcript') + 1;
    const error = `profile.yaml:${line}:5 error profile.not-wanted-item  The profile lists "transcripts of records" (transcript) as not wanted, and also asks for it as the item \`transcript\` ("Transcript of records"): the posting cannot mean both.  hint: Check the posting, then delete one of the two: the \`not_wanted\` entry at line ${line} if it asks for this document, or the item \`transcript\` at line ${itemLine} if it does not.`;
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect([check.code, check.stdout.split('\n')[0]]).toEqual([1, error]);
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect([validate.code, validate.stdout]).toEqual([1, `${error}\n\nNot ready: 1 problem with the profile\n`]);
    const build = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'x.pdf'], { cwd: dir });
    expect([build.code, build.stdout]).toEqual([1, `${error}\n\nNot built: fix the errors above first.\n`]);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    const report = await cli(['report', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect([report.code, report.stdout.trimEnd().split('\n').at(-1)]).toEqual([1, 'Not ready: 1 problem with the profile']);
    // An imported profile nobody checked yet, which is where a wrong import leaves the conflict: not ready either.
    writeFileSync(join(dir, 'profile.yaml'), refusing(aalto).concat('review: true\n'));
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir })).code).toBe(1);
  });

  it('says nothing of letters refused beside references given as contact details only, nor of a kind no item has', async () => {
    const contacts = example((p) => p.replace('accepts: [letter, referee]', 'accepts: [referee]').replace('notes:\n', 'not_wanted:\n  - what: letters of recommendation\n    kind: references\n  - what: writing samples\n    kind: writing_sample\nnotes:\n'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: contacts });
    expect(r.stdout).not.toContain('profile.not-wanted-item');
    // Letters given as files under the references item are letters all the same (re-verification 12-06k #13; before: valid, Ready).
    const files = example((p) => p.replace('accepts: [letter, referee]', 'accepts: [file]').replace('notes:\n', 'not_wanted:\n  - what: letters of recommendation\n    kind: references\nnotes:\n'));
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: files });
    expect(check.stdout).toMatch(/error profile\.not-wanted-item {2}The profile lists "letters of recommendation" \(references\) as not wanted, and also asks for it as the item `references`/);
  });

  it('says nothing of a narrower document refused beside the one asked for ("high school transcripts" beside "Transcript of records"; before: the warning, Not ready under --strict)', async () => {
    const dir = example((p) => p.replace('notes:\n', 'not_wanted:\n  - what: high school transcripts\n    kind: transcript\nnotes:\n'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(r.stdout).not.toContain('profile.not-wanted-item');
    expect(r.code).toBe(0);
  });
});

// Audit 20 (12-06p) #5: "Our system will ask the referees to upload their letters ... Please do not attach letters":
// the import's letters item (`sent_by: referees`) and its `not_wanted` letters say the same thing. Before: the import
// marked the refusal for review, `profile check` and `validate` warned "the posting cannot mean both", and --strict failed.
describe('letters sent by the referees beside letters refused', () => {
  const posting = `Postdoctoral Researcher in Privacy-Preserving Machine Learning
Tampere Institute of Science, Department of Computing

Deadline: 15 January 2027, 23:59 Finnish time (EET).

How to apply
Please submit your application as one PDF file through our recruitment system. The application must include:
- a motivation letter (max. 800 words)
- a CV with a list of publications
- copies of degree certificates
- the names and contact details of two referees. Our system will ask the referees to upload their letters of recommendation directly.

Please do not attach letters of recommendation to your application.
`;
  const referees = '    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }\n    - { name: Dr. Anna Nowak, email: anna.nowak@examples.pl }\n';

  it('the imported profile, once checked, is Ready under --strict with no warning, and keeps both the letters item and the refusal', async () => {
    const dir = workspace({ 'posting.txt': posting, 'cv.pdf': await makePdf({ pages: 2 }), 'diploma.pdf': await makePdf({ pages: 1 }) });
    const imported = await cli(['profile', 'import', 'posting.txt', '-o', 'imp.yaml', '--today', '2026-12-07'], { cwd: dir });
    expect(imported.code).toBe(0);
    expect(imported.stdout).not.toContain('is read as not wanted');
    const yaml = readFileSync(join(dir, 'imp.yaml'), 'utf8');
    expect(yaml).toContain('    sent_by: referees\n');
    expect(yaml).toContain('not_wanted:\n  - what: letters of recommendation\n');
    writeFileSync(join(dir, 'profile.yaml'), yaml.replace(/^\s*(?:review: true|# REVIEW.*)\n/gmu, ''));
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect(check.stdout).toBe('profile.yaml: valid profile "Postdoctoral Researcher in Privacy-Preserving Machine Learning" with 5 items (motivation_letter, cv, diplomas, references, letters)\n');
    writeFileSync(join(dir, 'manifest.yaml'), `profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }\nitems:\n  motivation_letter: { text: "I am applying for the postdoctoral position because my work on private federated learning fits the group." }\n  cv: cv.pdf\n  diplomas: diploma.pdf\n  references:\n${referees}`);
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2026-12-07', '--strict'], { cwd: dir });
    expect(validate.stdout).toBe('Ready to submit (Letters of recommendation sent directly by the referees)\n');
    expect(validate.code).toBe(0);
  });

  it('says nothing of a hand-written item of referees whose letters they send beside letters refused', async () => {
    const dir = example((p) => p.replace('accepts: [letter, referee]', 'accepts: [letter, referee]\n    sent_by: referees').replace('notes:\n', 'not_wanted:\n  - what: letters of recommendation\n    kind: references\nnotes:\n'));
    expect(readFileSync(join(dir, 'profile.yaml'), 'utf8')).toContain('sent_by: referees');
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect(check.stdout).not.toContain('profile.not-wanted-item');
    expect(check.stdout).not.toContain('refuses');
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

  it('says nothing of letters asked for at a later stage beside letters refused now ("Letters ... will be requested at a later stage. Please do not send letters of recommendation at this stage."), as the importer writes it (re-verification 12-07c; before: the error, nothing Ready until the later item was deleted)', async () => {
    const later = (p: string) => p.replace('notes:\n', 'not_wanted:\n  - what: letters of recommendation\n    kind: references\n    source: "Please do not send letters of recommendation at this stage."\nnotes:\n').replace('items:\n', 'items:\n  - id: references_2\n    title: Letters of recommendation\n    kind: references\n    stage: later\n    accepts: [letter]\n');
    const dir = example((p) => later(p).replace('accepts: [letter, referee]', 'accepts: [referee]'));
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect([check.code, check.stdout.includes('profile.not-wanted-item')]).toEqual([0, false]);
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(validate.stdout).not.toContain('profile.not-wanted-item');
  });
});
