/**
 * Product audit round 18 (notes/audit-2026-12-06l.md) #9: `sent_by: referees` written on an item that takes the
 * referees' contact details. `profile check` said "valid profile"; validate refused the referees the applicant gave
 * ("Remove the entries under this item") and said Ready with none, though `min: 2` asks for two.
 */
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: odd3-2027
title: Doctoral Researcher in Robotics
organization: Tampere University
deadline: 2027-02-01
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: refs, kind: references, title: Referees, accepts: [referee], sent_by: referees, min: 2 }
`;
const HEAD = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }\nitems:\n  cv: cv.pdf\n';
const REFEREES = '  refs:\n    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }\n    - { name: Dr. Anna Nowak, email: anna.nowak@examples.pl }\n';
const WARNING =
  "profile.yaml:7:81 warning profile.sent-by-contacts  The item `refs` (\"Referees\") takes the referees' contact details, which you give, yet has `sent_by: referees`: nobody else sends contact details, so `sent_by` is ignored and the referees are asked of you.  hint: Remove `sent_by: referees` from `refs`. If the posting also wants letters sent by the referees, add an item for them with `accepts: [letter]` and `sent_by: referees`.";

describe('sent_by on an item of contact details only', () => {
  it('profile check warns with the fix (before: "valid profile", no word)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE });
    const r = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect(r.stdout).toBe(`${WARNING}\n\nprofile.yaml: valid profile "Doctoral Researcher in Robotics" with 2 items (cv, refs)\n`);
    expect(r.code).toBe(0);
  });

  it('validate takes the referees given, and is not ready without them (before: item.sent-directly on them, and Ready with none, exit 0)', async () => {
    const cv = await makePdf({ pages: 2 });
    const given = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': cv, 'manifest.yaml': HEAD + REFEREES });
    const ok = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01'], { cwd: given });
    expect(ok.stdout).toBe(`${WARNING}\n\nReady to submit (check the warning: referees sent by others)\n`);
    expect(ok.code).toBe(0);
    const none = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': cv, 'manifest.yaml': HEAD });
    const missing = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01'], { cwd: none });
    expect(missing.stdout).toContain('manifest.yaml:3:1 error item.missing  Referees is missing: the posting asks for it.');
    expect(missing.stdout).toContain('\nNot ready: 1 item missing (Referees)\n');
    expect(missing.code).toBe(1);
  });
});

// Audit 20 (12-06p) #7: `sent_by: referees` one line too high, under the CV. Before: "valid profile", and `validate
// --strict` with no CV said "Ready to submit (CV sent directly by the referees)", exit 0.
describe('sent_by on a kind its sender does not send', () => {
  const profile = `id: odd7-2027
title: Postdoc
deadline: 2027-02-01
items:
  - id: cv
    kind: cv
    title: CV
    accepts: [file]
    sent_by: referees
  - { id: refs, kind: references, title: Referees and their letters, accepts: [referee, letter], min: 1 }
`;
  const warning =
    'profile.yaml:9:14 warning profile.sent-by-kind  The item `cv` ("CV", kind: cv) has `sent_by: referees`, but the referees send only their letters (kind: references): `sent_by` is ignored, and "CV" is asked of you for your packet.  hint: Remove `sent_by: referees` from `cv`; if it was meant for another item, move it there (`sent_by: referees` under the letters, `sent_by: issuer` under the transcripts or diplomas).';
  const manifest = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }\nitems:\n  refs:\n    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }\n';

  it('profile check warns at the line, with the fix', async () => {
    const r = await cli(['profile', 'check', 'profile.yaml'], { cwd: workspace({ 'profile.yaml': profile }) });
    expect(r.stdout).toBe(`${warning}\n\nprofile.yaml: valid profile "Postdoc" with 2 items (cv, refs)\n`);
    expect(r.code).toBe(0);
  });

  it('validate still asks the applicant for the CV: Not ready without it', async () => {
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01', '--strict'], { cwd: workspace({ 'profile.yaml': profile, 'manifest.yaml': manifest }) });
    expect(r.stdout).toContain(warning);
    expect(r.stdout).toContain('manifest.yaml:3:1 error item.missing  CV is missing: the posting asks for it.');
    expect(r.stdout).not.toContain('sent directly');
    expect(r.code).toBe(1);
  });
});
