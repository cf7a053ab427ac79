/**
 * `reportManifest`: the library's report equals `packet report`'s, page ranges and `build` block included (audit
 * 12-06l #14; before: `checkManifest` + `makeReport` had neither after a build, and nothing exported computed them).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { reportManifest } from '../../src/index.js';
import { renderJson } from '../../src/core/report/json.js';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

describe('reportManifest', () => {
  it("after a build, gives each item's page range and the build block, as `packet report --format json` does", async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await makePdf({ pages: 3 }), 'manifest.yaml': TEST_MANIFEST });
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
    const { report } = await reportManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
    const cv = report.items.find((i) => i.id === 'cv')!;
    expect(cv.range).toEqual({ first: expect.any(Number) as number, last: (cv.range?.first ?? 0) + 1 });
    expect(report.build).toMatchObject({ pages: expect.any(Number) as number, bytes: expect.any(Number) as number });
    const fromCli = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--format', 'json'], { cwd: dir });
    // Paths are named as given: the CLI's relative to its folder, this one's absolute.
    const json = JSON.parse(renderJson(report).replaceAll(`${dir}/`, '')) as Record<string, unknown>;
    const cliJson = JSON.parse(fromCli.stdout) as Record<string, unknown>;
    expect({ ...json, manifest: undefined }).toEqual({ ...cliJson, manifest: undefined });
  });
});
