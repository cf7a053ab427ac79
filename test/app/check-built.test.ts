/** The library's checkManifest judges the packet already built, as `packet validate` does (audit 12-06i #4). */
import { describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../src/app/check.js';
import { buildPacket } from '../../src/app/build.js';
import { makeReport } from '../../src/core/report/model.js';
import { renderText } from '../../src/core/report/text.js';
import { copyExample } from '../helpers/workspace.js';

describe('checkManifest and the built packet', () => {
  it('a PDF built before the CV changed is build.stale, and the verdict the CLI gives (before: Ready from the library)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    const built = await buildPacket({ manifestPath: manifest, today: '2025-11-01', strict: false, now: new Date() });
    expect(built.built?.pages).toBeGreaterThan(0);
    const fresh = await checkManifest(manifest, { today: '2025-11-01' });
    expect(fresh.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The applicant edits the CV after building.
    appendFileSync(join(dir, 'docs', 'cv.pdf'), '\n% edited\n');
    const check = await checkManifest(manifest, { today: '2025-11-01' });
    const stale = check.diagnostics.filter((d) => d.code === 'build.stale');
    expect(stale.map((d) => `${d.file} ${d.severity} ${d.message}`.replaceAll(`${dir}/`, ''))).toEqual(['out/virtanen-aalto-tml.pdf error out/virtanen-aalto-tml.pdf was built before docs/cv.pdf changed: it holds the packet as it was then, not as it is now.']);
    const report = makeReport({ manifest, profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: false });
    expect(report.ready).toBe(false);
    expect(report.verdict.replaceAll(`${dir}/`, '')).toBe('Not ready: out/virtanen-aalto-tml.pdf is out of date: build again');
    // Called as a plain-JS script first calls it, without options: text without colours (before: a TypeError).
    expect(renderText(report).trimEnd().split('\n').at(-1)).toBe(report.verdict);
    // `built: false` checks the inputs alone.
    const inputs = await checkManifest(manifest, { today: '2025-11-01', built: false });
    expect(inputs.diagnostics.map((d) => d.code)).not.toContain('build.stale');
  });
});
