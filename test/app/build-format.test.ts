/** `buildPacket({ separate: false })` on a separate-files posting warns as `build --separate` does the other way round (audit 12-06g). */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPacket } from '../../src/app/build.js';
import { makePdf } from '../helpers/make-pdf.js';
import { docsProfile, workspace } from '../helpers/workspace.js';

describe('buildPacket and the posting\'s format', () => {
  it('separate: false on a separate-files posting writes the one PDF with a build.format warning (before: no word)', async () => {
    const profile = docsProfile('p', 'Position').replace('format: single-pdf', 'format: separate-files');
    const dir = workspace({ 'profile.yaml': profile, 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n  docs: doc.pdf\n', 'doc.pdf': await makePdf() });
    const out = await buildPacket({ manifestPath: join(dir, 'manifest.yaml'), output: join(dir, 'packet.pdf'), separate: false, today: '2025-11-01', strict: false, now: new Date() });
    expect(out.built?.path).toBe(join(dir, 'packet.pdf'));
    expect(existsSync(join(dir, 'packet.pdf'))).toBe(true);
    expect(out.diagnostics.filter((d) => d.code === 'build.format').map((d) => `manifest.yaml:${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}  hint: ${d.hint?.replace(`${dir}/`, "")}`)).toEqual([
      "manifest.yaml:1:10 warning build.format  The posting's profile asks for one file per item (`format: separate-files`), but --no-separate (`separate: false`) built one PDF.  hint: Upload the files that `packet build` makes without --no-separate, one per item, unless the portal takes one PDF: then set `format: single-pdf` under `submission:` in your profile, profile.yaml (`packet profile check` checks it).",
    ]);
    // The posting's own format, as the default: no warning.
    const set = await buildPacket({ manifestPath: join(dir, 'manifest.yaml'), output: join(dir, 'set'), today: '2025-11-01', strict: false, now: new Date() });
    expect(set.built?.files?.length).toBe(1);
    expect(set.diagnostics.map((d) => d.code)).not.toContain('build.format');
  });
});
