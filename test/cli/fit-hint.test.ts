/**
 * validate's fix for files over the posting's size cap does not promise that `--fit` fits them (audit 12-06f #5):
 * it names what the failed fit names next (the largest files, --fit-floor-dpi), as `build --fit` does.
 */
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

describe('validate over the size cap', () => {
  it('hints --fit with what to do if it is not enough (before: "until it fits", also after a failed --fit)', async () => {
    const dir = workspace({
      'profile.yaml': 'id: small\ntitle: Lecturer\nsubmission: { format: single-pdf, max_mb: 0.001 }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n',
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/cv.pdf\n',
      'docs/cv.pdf': await makePdf({ pages: 2 }),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^manifest\.yaml:3:1 error limit\.size {2}Your files add up to 0\.002 MB \(1,694 bytes\); the posting accepts at most 0\.001 MB in one PDF\. {2}hint: Build with `packet build --fit`, which recompresses scans and photos down to 150 dpi \(validate and report then judge the built PDF\); if that is not enough, it says so: then make the largest files smaller \(fewer pages, scans in gray instead of colour\), give a link instead of a large thesis where the posting allows it, or allow a lower resolution with --fit-floor-dpi 120 if the scans stay readable\.\n/);
    expect(r.code).toBe(1);
  }, 60_000);
});
