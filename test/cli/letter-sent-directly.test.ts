/**
 * "The letter will be sent directly" written under a referee's `letter:` (audit 25 F7): every hint says the one fix,
 * leave `letter:` out; before, they sent the user from "write a text" to "Add `file:` with text." and back.
 */
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = 'id: postdoc\ntitle: Postdoc\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: references, kind: references, title: Referees, accepts: [referee, letter], min: 1 }\n';
const MANIFEST = (letter: string) =>
  `profile: ./profile.yaml\napplicant: { name: Maria Lopez, email: maria.lopez@examples.es }\nitems:\n  cv: docs/cv.pdf\n  references:\n    - name: Prof. Mikko Korhonen\n      email: mikko.korhonen@examples.fi\n      letter: ${letter}\n`;
const NO_LETTER = 'hint: A `letter:` is the PDF of the letter. If the referee sends it directly, or you will have it later, remove the `letter:` line: the referee is then given by name and contact details.';

async function validate(letter: string): Promise<{ stdout: string; code: number }> {
  const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST(letter), 'docs/cv.pdf': await makePdf({ pages: 1 }) });
  return cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
}

describe('a referee\'s letter that the applicant does not have', () => {
  it('letter: will be sent directly by ... says to remove letter: (before: "Write a text under `text:`")', async () => {
    const r = await validate('will be sent directly by Prof. Korhonen');
    expect(r.stdout.split('\n')[0]).toBe(`manifest.yaml:8:15 error file.not-found  "will be sent directly by Prof. Korhonen" is taken as a file name, and there is no such file: it looks like a text.  ${NO_LETTER}`);
    expect(r.code).toBe(1);
  });

  it('letter: { later: ... } or { text: ... } is one error that says the same (before: also "`letter.file` ... is missing.  hint: Add `file:` with text.")', async () => {
    for (const key of ['later', 'text']) {
      const r = await validate(`{ ${key}: "sent directly by Prof. Korhonen" }`);
      const lines = r.stdout.split('\n').filter((l) => l.includes(' error '));
      expect(lines).toEqual([`manifest.yaml:8:17 error manifest.unknown-key  Unknown key \`${key}\` in \`letter\` of the referee Prof. Mikko Korhonen.  ${NO_LETTER}`]);
      expect(r.code).toBe(1);
    }
  });

  it('a letter with only its pages says to add the path of its file (before: "Add `file:` with text.")', async () => {
    const r = await validate('{ pages: "1-2" }');
    expect(r.stdout).toContain('manifest.yaml:8:7 error manifest.invalid  `letter.file` of the referee Prof. Mikko Korhonen is missing.  hint: Add `file:` with the path of the file, relative to the manifest (e.g. `file: docs/letter.pdf`).');
    expect(r.code).toBe(1);
  });
});
