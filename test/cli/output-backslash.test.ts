/**
 * A Windows-style output path on macOS or Linux (audit 25 F5): "\" is part of a file's name there, so
 * `output: out\packet.pdf` built one file named "out\packet.pdf" and said "Built"; now it is refused with the path to write.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = 'id: postdoc\ntitle: Postdoc\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n';
const MANIFEST = (output: string) => `profile: ./profile.yaml\napplicant: { name: Maria Lopez, email: maria.lopez@examples.es }\noutput: '${output}'\nitems:\n  cv: docs/cv.pdf\n`;

async function set(output: string): Promise<string> {
  return workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST(output), 'docs/cv.pdf': await makePdf({ pages: 1 }) });
}

describe.skipIf(process.platform === 'win32')('an output path written with \\ on macOS or Linux', () => {
  it('output: out\\packet.pdf is refused with the path to write, and nothing is built (before: one file named "out\\packet.pdf", exit 0)', async () => {
    const dir = await set('out\\packet.pdf');
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe(
      'manifest.yaml:3:9 error build.output-path  The output out\\packet.pdf is written with \\ between folders, as on Windows: on this computer \\ is part of a name, so the build would make one file named "out\\packet.pdf", not a file in a folder.  hint: Write `output: out/packet.pdf`.',
    );
    expect(r.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['docs', 'manifest.yaml', 'profile.yaml']);
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(v.stdout).toContain('manifest.yaml:3:9 error build.output-path');
    expect(v.code).toBe(1);
  }, 60_000);

  it('a drive path (C:\\Users\\...) gets the hint to write a path of this computer', async () => {
    const dir = await set('C:\\Users\\maria\\Desktop\\packet.pdf');
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe(
      'manifest.yaml:3:9 error build.output-path  The output C:\\Users\\maria\\Desktop\\packet.pdf is written with \\ between folders, as on Windows: on this computer \\ is part of a name, so the build would make one file named "C:\\Users\\maria\\Desktop\\packet.pdf".  hint: Write the path relative to the manifest\'s folder (out/packet.pdf), or in full (/home/you/packet.pdf); or leave `output:` out for packet.pdf beside the manifest.',
    );
    expect(r.code).toBe(1);
  }, 60_000);

  it('-o sub\\p.pdf says the flag to type', async () => {
    const dir = await set('packet.pdf');
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'sub\\p.pdf'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toMatch(/error build\.output-path {2}The output sub\\p\.pdf is written with \\ between folders, .*hint: Write -o sub\/p\.pdf\.$/u);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).not.toContain('sub\\p.pdf');
  }, 60_000);
});
