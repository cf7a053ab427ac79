/**
 * The built-in `eu-postdoc-ml` and `us-tenure-track-cs` are made-up postings (`example: true`): `profiles` and `init`
 * say so, and a packet built on them, or on a copy still marked, is warned about (`profile.example`, audit 25 F6).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const EU = `profile: eu-postdoc-ml
applicant: { name: Maria Schmidt, email: maria.schmidt@uni-heidelberg.de }
items:
  motivation_letter: { text: "I am applying for the postdoctoral position in machine learning, to extend my work on membership inference audits." }
  cv: cv.pdf
  research_proposal: proposal.pdf
  certificates: certificates.pdf
  references:
    - { name: Prof. Hans Weber, email: hans.weber@uni-heidelberg.de, affiliation: Heidelberg University, relation: PhD supervisor }
    - { name: Dr. Laura Rossi, email: laura.rossi@polimi.it, affiliation: Politecnico di Milano, relation: Co-author }
`;

async function euPacket(): Promise<string> {
  return workspace({
    'cv.pdf': await makePdf({ text: 'Curriculum vitae of Maria Schmidt, page {n}' }),
    'proposal.pdf': await makePdf({ text: 'Research proposal on membership inference audits, page {n}' }),
    'certificates.pdf': await makePdf({ text: 'Degree certificate of Maria Schmidt, page {n}' }),
    'manifest.yaml': EU,
  });
}

const WARNING =
  'manifest.yaml:1:10 warning profile.example  eu-postdoc-ml is an example profile of a made-up posting (Example Institute of Technology): a packet built on it is not for a real application.';
const HINT = "Import your posting's profile with `packet profile import posting.txt -o profile.yaml`, or copy a real one, and point `profile:` at it.";
const MARK = '(example: a made-up posting, for trying the tool)';

describe('the made-up example profiles', () => {
  it('packet profiles marks eu-postdoc-ml and us-tenure-track-cs as examples, and not the Aalto posting', async () => {
    const r = await cli(['profiles']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.find((l) => l.startsWith('eu-postdoc-ml '))).toBe(
      `eu-postdoc-ml            Postdoctoral Researcher in Machine Learning, Example Institute of Technology  (deadline 2026-12-15 23:59 Europe/Berlin)  ${MARK}`,
    );
    expect(lines.find((l) => l.startsWith('us-tenure-track-cs '))).toMatch(new RegExp(`Example State University.*\\)  ${MARK.replace(/[()]/g, '\\$&')}$`));
    expect(lines.find((l) => l.startsWith('aalto-tml-doctoral-2025 '))).not.toContain('example');
  });

  it('packet init --profile eu-postdoc-ml says it is a made-up posting, in its printed line and the manifest header', async () => {
    const dir = workspace({});
    const r = await cli(['init', '--profile', 'eu-postdoc-ml', 'app'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Wrote app/manifest.yaml for "Postdoctoral Researcher in Machine Learning" (an example profile of a made-up posting, for trying the tool: not for a real application).',
    );
    const header = readFileSync(join(dir, 'app/manifest.yaml'), 'utf8').split('\n').slice(1, 3);
    expect(header).toEqual([
      '# Application for: Postdoctoral Researcher in Machine Learning, Example Institute of Technology',
      '# Example: eu-postdoc-ml is a made-up posting, for trying the tool; a packet built on it is not for a real application.',
    ]);
    const aalto = await cli(['init', '--profile', 'aalto-tml-doctoral-2025', 'aalto'], { cwd: dir });
    expect(aalto.stdout).not.toContain('example');
    expect(readFileSync(join(dir, 'aalto/manifest.yaml'), 'utf8')).not.toContain('# Example:');
  });

  it('validate, report and build warn at the manifest\'s profile: line; --strict is not ready', async () => {
    const dir = await euPacket();
    const v = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(v.stdout).toContain(`${WARNING}  hint: ${HINT}\n\nReady to submit (check the warning: made-up posting)`);
    expect(v.code).toBe(0);
    const strict = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    const report = await cli(['report', 'manifest.yaml', '--today', '2026-11-01', '--format', 'json'], { cwd: dir });
    const codes = (JSON.parse(report.stdout) as { diagnostics: { code: string; line?: number; col?: number }[] }).diagnostics.filter((d) => d.code === 'profile.example');
    expect(codes).toMatchObject([{ line: 1, col: 10 }]);
    const b = await cli(['build', 'manifest.yaml', '--today', '2026-11-01', '-o', 'packet.pdf'], { cwd: dir });
    expect(b.code).toBe(0);
    expect(`${b.stdout}${b.stderr}`).toContain(WARNING);
  });

  it('a copy made with packet profile copy keeps example: true and warns, with a hint to remove it; removed, it is quiet', async () => {
    const dir = await euPacket();
    mkdirSync(join(dir, 'p'));
    const c = await cli(['profile', 'copy', 'eu-postdoc-ml', 'p/eu.yaml'], { cwd: dir });
    expect(c.code).toBe(0);
    const check = await cli(['profile', 'check', 'p/eu.yaml'], { cwd: dir });
    expect(check.stdout).toContain(
      'Marked `example: true`: eu-postdoc-ml is an example profile of a made-up posting (Example Institute of Technology); remove `example: true` once it describes the real posting.',
    );
    writeFileSync(join(dir, 'manifest.yaml'), EU.replace('profile: eu-postdoc-ml', 'profile: ./p/eu.yaml'));
    const v = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(v.stdout).toContain(
      `${WARNING}  hint: If you have edited this copy to describe the real posting (its title, organization, source, reference, deadline and items), remove \`example: true\` from it. Otherwise import your posting's profile with \`packet profile import posting.txt -o profile.yaml\` and point \`profile:\` at it.`,
    );
    const copy = join(dir, 'p/eu.yaml');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace(/^example: true\n/m, ''));
    const after = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(after.stdout).not.toContain('profile.example');
  });
});
