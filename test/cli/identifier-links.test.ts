/**
 * An ML CV's honest identifier links pass `validate --strict`; a URN over another site is said (audit 12-07c F4, F5).
 */
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: t
title: T
organization: U
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: bio, kind: other, title: Short bio, accepts: [text] }
`;

const manifest = (lines: readonly string[]): string => `profile: p.yaml
applicant: { name: A B, email: a@b.org }
items:
  cv: cv.pdf
  bio:
    text: |
      I study privacy in machine learning, and these are the papers, data and thesis a reviewer may want to open.
${lines.map((l) => `      - ${l}`).join('\n')}
`;

describe('identifier links in a text under validate --strict', () => {
  it("DOIs over their publisher's page and URNs over their repository are Ready (before: text.link-mismatch each, exit 1)", async () => {
    const dir = workspace({
      'p.yaml': PROFILE,
      'cv.pdf': await makePdf({ pages: 1 }),
      'm.yaml': manifest([
        'AAAI [doi:10.1609/aaai.v34i04.5678](https://ojs.aaai.org/index.php/AAAI/article/view/5678)',
        'Data [10.6084/m9.figshare.1234567](https://figshare.com/articles/dataset/privacy_audit/1234567)',
        'IJCAI [doi:10.24963/ijcai.2020/123](https://www.ijcai.org/proceedings/2020/0123)',
        'Thesis [urn.fi/URN:NBN:fi:tuni-202405156789](https://trepo.tuni.fi/handle/10024/155555)',
      ]),
    });
    const run = await cli(['validate', 'm.yaml', '--today', '2029-10-01', '--strict'], { cwd: dir });
    expect([run.code, run.stdout.trim()]).toEqual([0, 'Ready to submit']);
  });

  it('a URN written without a host over another site warns and fails --strict (before: Ready)', async () => {
    const dir = workspace({
      'p.yaml': PROFILE,
      'cv.pdf': await makePdf({ pages: 1 }),
      'm.yaml': manifest(['Thesis [urn:nbn:fi:tuni-202405156789](https://trepo.tuni.fi.evil-site.io/handle/10024/1)']),
    });
    const run = await cli(['validate', 'm.yaml', '--today', '2029-10-01', '--strict'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'm.yaml:6:11 warning text.link-mismatch  The text of Short bio shows "urn:nbn:fi:tuni-202405156789" as a link, but it opens https://trepo.tuni.fi.evil-site.io/handle/10024/1: a reviewer who clicks goes somewhere else than the words say.',
    );
  });
});
