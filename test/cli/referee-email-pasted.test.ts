/**
 * A referee's address pasted with more than the address (audit 25 F8): the hint says what to type, as it did for
 * `Name <address>` and `mailto:`; before, "Write the whole address" told the user a whole address was incomplete.
 */
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = 'id: postdoc\ntitle: Postdoc\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: references, kind: references, title: Referees, accepts: [referee], min: 1 }\n';
const MANIFEST = (email: string) =>
  `profile: ./profile.yaml\napplicant: { name: Maria Lopez, email: maria.lopez@examples.es }\nitems:\n  cv: docs/cv.pdf\n  references:\n    - name: Prof. Mikko Korhonen\n      email: "${email}"\n`;

async function emailLine(email: string): Promise<string | undefined> {
  const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST(email), 'docs/cv.pdf': await makePdf({ pages: 1 }) });
  const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
  expect(r.code).toBe(1);
  return r.stdout.split('\n').find((l) => l.includes('referee.email '));
}

describe("a referee's email pasted with more than the address", () => {
  it.each([
    ['mikko.korhonen@tuni.fi.', 'Keep only the address: `email: mikko.korhonen@tuni.fi`.'],
    ['mikko.korhonen@tuni.fi (office)', 'Keep only the address: `email: mikko.korhonen@tuni.fi`.'],
    ['mikko.korhonen@tuni.fi, mk@gmail.com', 'Give one address: `email: mikko.korhonen@tuni.fi`.'],
    ['mikko.korhonen\uff20tuni.fi', 'Type the at sign as @ (\uff20 is a full-width one, which mail does not take): `email: mikko.korhonen@tuni.fi`.'],
  ])('%s: the hint says what to type (before: "Write the whole address")', async (email, hint) => {
    expect(await emailLine(email)).toBe(`manifest.yaml:7:14 error referee.email  Prof. Mikko Korhonen's email "${email}" is not a valid email address.  hint: ${hint}`);
  });

  it('an address with a part missing still asks for the whole address', async () => {
    expect(await emailLine('mikko.korhonen@')).toMatch(/hint: Write the whole address, e\.g\. aino\.virtanen@helsinki\.fi\.$/u);
  });
});
