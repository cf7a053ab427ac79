/**
 * Product audit 25 F12: a copy of the bundled example with only the applicant's name and email changed was "Ready"
 * and built (its sample PDFs and the bio about Aino Virtanen as another applicant's); one sample PDF in an
 * otherwise real packet was "Ready to submit".
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, copyExample, workspace } from '../helpers/workspace.js';
import { linesPdf } from '../helpers/make-pdf.js';

const repo = join(import.meta.dirname, '..', '..');
const example = readFileSync(join(repo, 'examples/aalto-tml/manifest.yaml'), 'utf8');
const asSchmidt = (manifest: string): string => manifest.replace('name: Aino Virtanen', 'name: Maria Schmidt').replace('email: aino.virtanen@example.fi', 'email: maria.schmidt@uni-heidelberg.de');

const SAMPLE = "is a sample document of the bundled example: its words only stand in for your own, and a reviewer would read them as they are.";
const COPIED = [
  `manifest.yaml:11:7 error file.example-sample  docs/cv.pdf, given as CV, ${SAMPLE}  hint: Give your own CV here.`,
  "manifest.yaml:13:11 error text.example-sample  The text of Short bio is the bundled example's text about Aino Virtanen, not about you: a reviewer would read it as yours.  hint: Write your own Short bio here.",
  `manifest.yaml:20:18 error file.example-sample  docs/research-plan.pdf, given as Draft research plan, ${SAMPLE}  hint: Give your own Draft research plan here.`,
  `manifest.yaml:22:15 error file.example-sample  docs/transcript-bsc.pdf, given as Transcript of records, ${SAMPLE}  hint: Give your own Transcript of records here.`,
  `manifest.yaml:23:15 error file.example-sample  docs/transcript-msc-scan.png, given as Transcript of records, ${SAMPLE}  hint: Give your own Transcript of records here.`,
  'manifest.yaml:32:15 error file.example-sample  docs/letter-korhonen.pdf, given as the letter of Prof. Mikko Korhonen, is a sample document of the bundled example: its words only stand in for a real letter, and a reviewer would read them as they are.  hint: Give the letter Prof. Mikko Korhonen wrote for you, or leave `letter:` out.',
];

const PROPOSAL = 'manifest.yaml:9:22 error file.example-sample  docs/research-proposal.pdf, given as Research proposal, is a sample document of the bundled example: its words only stand in for your own, and a reviewer would read them as they are.  hint: Give your own Research proposal here.';

const PROSE = [
  'I apply for the postdoctoral position in machine learning with great interest. My doctoral work at',
  'Heidelberg University studied how to train models that stay reliable when their inputs shift, and',
  'I would like to carry this line of research further in your group, where robustness is studied.',
];

const EU = `profile: ./profile.yaml
applicant:
  name: Maria Schmidt
  email: maria.schmidt@uni-heidelberg.de
output: packet.pdf
items:
  motivation_letter: docs/motivation-letter.pdf
  cv: docs/cv.pdf
  research_proposal: docs/research-proposal.pdf
  certificates: docs/certificates.pdf
  references:
    - { name: Prof. Hans Weber, email: hans.weber@uni-heidelberg.de, affiliation: Heidelberg University, relation: PhD supervisor }
    - { name: Dr. Laura Rossi, email: laura.rossi@polimi.it, affiliation: Politecnico di Milano, relation: Co-author }
`;

async function euPacket(proposal: Uint8Array): Promise<string> {
  return workspace({
    'manifest.yaml': EU,
    // A real posting's profile: eu-postdoc-ml without its `example: true` (the made-up posting's own warning is not this test's).
    'profile.yaml': readFileSync(join(repo, 'templates/profiles/eu-postdoc-ml.yaml'), 'utf8').replace(/^example: true\n/mu, ''),
    'docs/motivation-letter.pdf': await linesPdf(['Motivation letter', ...PROSE]),
    'docs/cv.pdf': await linesPdf(['Maria Schmidt', 'maria.schmidt@uni-heidelberg.de', 'Curriculum vitae', ...PROSE]),
    'docs/research-proposal.pdf': proposal,
    'docs/certificates.pdf': await linesPdf(['Doctoral certificate', 'Heidelberg University confers the degree of Doctor of Natural Sciences on Maria Schmidt.']),
  });
}

describe('a sample document or text of the bundled example, under another applicant', () => {
  it('the example copied with only the name and email changed: an error at each sample file and at the bio, exit 1, no build (before: Ready, built)', async () => {
    const dir = copyExample();
    writeFileSync(join(dir, 'manifest.yaml'), asSchmidt(example));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toBe(`${COPIED.join('\n')}\n\nNot ready: 5 files that cannot be used, 1 text to fix (Short bio)\n`);
    expect(r.code).toBe(1);
    const b = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-q'], { cwd: dir });
    expect(b.code).toBe(1);
    expect(existsSync(join(dir, 'out/virtanen-aalto-tml.pdf'))).toBe(false);
  });

  it("one sample PDF, the example's research plan, in an otherwise real packet: an error at its line, exit 1 (before: Ready to submit)", async () => {
    const dir = await euPacket(new Uint8Array(readFileSync(join(repo, 'examples/aalto-tml/docs/research-plan.pdf'))));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(r.stdout).toBe(`${PROPOSAL}\n\nNot ready: 1 file that cannot be used\n`);
    expect(r.code).toBe(1);
  });

  it('the same packet with its own proposal is ready', async () => {
    const dir = await euPacket(await linesPdf(['Research proposal', ...PROSE]));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(r.stdout).toBe('Ready to submit\n');
    expect(r.code).toBe(0);
  });

  it("a PDF made anew that reads the samples' sentence (printed again, merged) is a sample too", async () => {
    const dir = await euPacket(await linesPdf(['Research proposal', ...PROSE, 'This document is a sample made for the application-packet', 'examples; its words stand in for the real content an applicant would write.']));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(r.stdout).toBe(`${PROPOSAL}\n\nNot ready: 1 file that cannot be used\n`);
    expect(r.code).toBe(1);
  });

  it("the example's bio with its first sentence rewritten for another applicant is still the example's text", async () => {
    const dir = copyExample();
    writeFileSync(join(dir, 'manifest.yaml'), asSchmidt(example).replace('Aino Virtanen is a machine learning engineer from Tampere, Finland.', 'Maria Schmidt is a data scientist from Heidelberg.'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n')[1]).toBe(COPIED[1]);
  });

  it('the bundled examples themselves stay as they were: aalto-tml ready, exit 0', async () => {
    const r = await cli(['validate', 'examples/aalto-tml/manifest.yaml', '--today', '2025-10-01'], { cwd: repo });
    expect(r.stdout).toBe('Ready to submit (1 item to send later)\n');
    expect(r.code).toBe(0);
    const inc = await cli(['validate', 'examples/aalto-tml-incomplete/manifest.yaml', '--today', '2025-10-01'], { cwd: repo });
    expect(inc.stdout).not.toContain('example-sample');
  });
});
