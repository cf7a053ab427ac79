/**
 * An email address with letters outside a-z before the @ (`asa.ødegård@uio.no`, the name's letters typed into it),
 * which most mail systems do not deliver to: a warning with the ASCII form when the letters have one (audit 12-06k #16).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { nonAsciiMailbox } from '../../../src/core/validate/values.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

const APPLICANT = 'applicant: { name: Tiina Perho, email: test@examples.fi }';
const IDA = '{ name: Ida Aho, email: one@examples.fi }';

const folder = (applicant: string, referee: string) =>
  workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': TEST_MANIFEST.replace(APPLICANT, applicant).replace(IDA, referee) });

async function lines(applicant: string, referee: string): Promise<string[]> {
  const dir = folder(applicant, referee);
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
  return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
}

describe('referee.email-non-ascii and applicant.email-non-ascii (audit 12-06k #16)', () => {
  it("a referee's address with the name's letters is a warning with the ASCII form (before: Ready, not a word)", async () => {
    expect(await lines(APPLICANT, '{ name: Dr. Åsa Ødegård, email: asa.ødegård@uio.no }')).toEqual([
      `manifest.yaml:9:39 warning referee.email-non-ascii  Dr. Åsa Ødegård's email "asa.ødegård@uio.no" has letters outside a-z before the @ (ø, å): many mail systems do not deliver to such an address, so the employer's request for a letter may bounce.  hint: Check the address with Dr. Åsa Ødegård: most likely it is asa.odegard@uio.no.`,
    ]);
    expect(await lines(APPLICANT, '{ name: Ida Aho, email: 李娜@pku.edu.cn }')).toEqual([
      `manifest.yaml:9:31 warning referee.email-non-ascii  Ida Aho's email "李娜@pku.edu.cn" has letters outside a-z before the @ (李, 娜): many mail systems do not deliver to such an address, so the employer's request for a letter may bounce.  hint: Check the address with Ida Aho, as on their staff page.`,
    ]);
  });

  it('your own address is a warning too; a domain in other letters (IDN) is left be', async () => {
    expect(await lines('applicant: { name: Tiina Perho, email: tiina.perhö@examples.fi }', IDA)).toEqual([
      `manifest.yaml:2:40 warning applicant.email-non-ascii  Your email "tiina.perhö@examples.fi" has letters outside a-z before the @ (ö): it is printed on the cover, and many mail systems do not deliver to such an address, so a reviewer's reply may bounce.  hint: Check your address: most likely it is tiina.perho@examples.fi.`,
    ]);
    expect(await lines('applicant: { name: Tiina Perho, email: tiina@müller.de }', '{ name: Ida Aho, email: ida@uiø.no }')).toEqual([]);
  });

  it('maps the usual letters to their ASCII spelling', () => {
    expect(nonAsciiMailbox('Jürgen.Weiß@tum.de')).toEqual({ letters: ['ü', 'ß'], ascii: 'Jurgen.Weiss@tum.de', alt: 'Juergen.Weiss@tum.de' });
    expect(nonAsciiMailbox('élodie.lefèvre@cnrs.fr')).toEqual({ letters: ['é', 'è'], ascii: 'elodie.lefevre@cnrs.fr' });
    expect(nonAsciiMailbox('søren.kjær@ku.dk')?.ascii).toBe('soren.kjaer@ku.dk');
    expect(nonAsciiMailbox('aino.virtanen@tuni.fi')).toBeUndefined();
  });

  it('a German umlaut is offered both ways, the one the address already follows first (audit 12-06l #11; before: "juergen.müller" gave only "juergen.muller")', async () => {
    expect(await lines(APPLICANT, '{ name: Prof. Jürgen Müller, email: juergen.müller@tum.de }')).toEqual([
      `manifest.yaml:9:43 warning referee.email-non-ascii  Prof. Jürgen Müller's email "juergen.müller@tum.de" has letters outside a-z before the @ (ü): many mail systems do not deliver to such an address, so the employer's request for a letter may bounce.  hint: Check the address with Prof. Jürgen Müller: most likely it is juergen.mueller@tum.de (or juergen.muller@tum.de).`,
    ]);
    expect(nonAsciiMailbox('jörg.schäfer@uni-bonn.de')).toEqual({ letters: ['ö', 'ä'], ascii: 'jorg.schafer@uni-bonn.de', alt: 'joerg.schaefer@uni-bonn.de' });
    // Finnish and Swedish addresses drop the dots: no German spelling offered.
    expect(nonAsciiMailbox('aino.väisänen@tuni.fi')).toEqual({ letters: ['ä'], ascii: 'aino.vaisanen@tuni.fi' });
  });

  it('the CLI prints it and stays ready: a warning, exit 0', async () => {
    const dir = folder(APPLICANT, '{ name: Dr. Åsa Ødegård, email: asa.ødegård@uio.no }');
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(v.stdout).toContain('manifest.yaml:9:39 warning referee.email-non-ascii  Dr. Åsa Ødegård\'s email "asa.ødegård@uio.no" has letters outside a-z before the @ (ø, å)');
    expect(v.stdout).toContain("Ready to submit (1 item to send later; check the warning: referee's email)");
    expect(v.code).toBe(0);
  });
});
