/**
 * Product audit round 17 (notes/audit-2026-12-06k.md) #10: the posting says "Letters of recommendation are not needed
 * at this stage", and a referee's letter given under "Any other documents" went out as "Ready to submit".
 */
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../helpers/workspace.js';
import { linesPdf, makePdf } from '../helpers/make-pdf.js';

const PROFILE = `id: postdoc
title: Postdoctoral Researcher in Computational Biology
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: references, kind: references, title: Contact details of two referees, accepts: [referee], min: 2 }
  - { id: other, kind: other, title: Any other documents, stage: optional, accepts: [file] }
not_wanted:
  - what: letters of recommendation
    kind: references
    source: "Letters of recommendation are not needed at this stage; we will contact the referees of shortlisted candidates."
`;

const MANIFEST = `profile: ./profile.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
items:
  cv: cv.pdf
  references:
    - { name: Prof. Mikko Korhonen, email: one@examples.fi }
    - { name: Dr. Asa Odegard, email: two@examples.fi }
  other:
    - { file: letter.pdf, title: Supporting document }
`;

describe('validate: a letter of recommendation under Any other documents when the posting refuses letters', () => {
  it('is an error at its file line, exit 1 (before: Ready to submit, exit 0)', async () => {
    const letter = await linesPdf(['To the selection committee,', '', 'It is my pleasure to recommend Aino Virtanen for the postdoctoral position.', '', 'Sincerely,', 'Mikko Korhonen', 'Professor, Tampere University']);
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'cv.pdf': await makePdf({ pages: 2 }), 'letter.pdf': letter });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:9:15 error item.not-wanted  letter.pdf, given under Any other documents, is a letter of recommendation, but the profile lists "letters of recommendation" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send letters, remove letter.pdf from `other`; if it does ask for them, remove the `not_wanted` entry "letters of recommendation" in your profile, profile.yaml (`packet profile check` checks it).\n\nNot ready: 1 item given in a way the posting does not take (Any other documents)\n',
    );
    expect(r.code).toBe(1);
  });
});

describe('validate: the same letter pasted as a text (audit 18 #2)', () => {
  it('is an error at its entry naming its title, exit 1 (before: Ready to submit, exit 0)', async () => {
    const manifest = MANIFEST.replace('    - { file: letter.pdf, title: Supporting document }\n', '    title: Letter of recommendation from Prof. Mikko Korhonen\n    text: |\n      I have known Aino Virtanen for three years as the supervisor of her MSc thesis at Tampere University.\n      She is one of the most capable students I have supervised. I recommend her without reservation.\n\n      Sincerely,\n\n      Prof. Mikko Korhonen\n');
    const profile = PROFILE.replace('stage: optional, accepts: [file]', 'stage: optional, accepts: [file, text]');
    const dir = workspace({ 'profile.yaml': profile, 'manifest.yaml': manifest, 'cv.pdf': await makePdf({ pages: 2 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:9:5 error item.not-wanted  The text "Letter of recommendation from Prof. Mikko Korhonen", given under Any other documents, is a letter of recommendation, but the profile lists "letters of recommendation" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send letters, remove the text "Letter of recommendation from Prof. Mikko Korhonen" from `other`; if it does ask for them, remove the `not_wanted` entry "letters of recommendation" in your profile, profile.yaml (`packet profile check` checks it).\n\nNot ready: 1 item given in a way the posting does not take (Any other documents)\n',
    );
    expect(r.code).toBe(1);
  });

  it('audit 20 #1: the same letter closing "Thank you," is refused too (before: Ready, exit 0)', async () => {
    const letter = await linesPdf(['Letter of reference for Aino Virtanen', '', 'Aino Virtanen worked with me for three years. I recommend her warmly.', '', 'Thank you,', 'Liisa Laine']);
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'cv.pdf': await makePdf({ pages: 2 }), 'letter.pdf': letter });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^manifest\.yaml:9:15 error item\.not-wanted {2}letter\.pdf, given under Any other documents, is a letter of recommendation/m);
    expect(r.code).toBe(1);
  });

  it('audit 20 #9: a letter on page 2 of the CV is named by its page, and the hint gives the `pages:` that keeps the CV', async () => {
    const cv = await linesPdf(['Aino Virtanen', 'aino.virtanen@examples.fi', '', 'Education', '2019-2024 PhD, Tampere University'], ['To whom it may concern,', '', 'I recommend Aino Virtanen warmly.', '', 'Best,', 'Liisa Laine']);
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST.replace('  other:\n    - { file: letter.pdf, title: Supporting document }\n', ''), 'cv.pdf': cv });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^manifest\.yaml:4:7 error item\.not-wanted {2}Page 2 of cv\.pdf, given under CV, is a letter of recommendation, .*hint: Check the posting: if it says not to send letters, take the letter out of cv\.pdf, or give only its other pages: `\{ file: cv\.pdf, pages: "1" \}`; /m);
    expect(r.code).toBe(1);
  });

  it('re-verification 07c F7 leftover: with `pages:` given, the error sits at the `pages:` value the hint rewrites (before: at the `file:` value, 4:15)', async () => {
    const cv = await linesPdf(['Aino Virtanen', 'aino.virtanen@examples.fi', '', 'Education', '2019-2024 PhD, Tampere University'], ['To whom it may concern,', '', 'I recommend Aino Virtanen warmly.', '', 'Best,', 'Liisa Laine']);
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST.replace('  cv: cv.pdf\n', '  cv: { file: cv.pdf, pages: "1-2" }\n').replace('  other:\n    - { file: letter.pdf, title: Supporting document }\n', ''), 'cv.pdf': cv });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^manifest\.yaml:4:30 error item\.not-wanted {2}Page 2 of cv\.pdf, given under CV, is a letter of recommendation, .*give only its other pages: `\{ file: cv\.pdf, pages: "1" \}`; /m);
    expect(r.code).toBe(1);
  });
  it('leftover s17: a letter about you that recommends in no word, signed "With warm regards, Prof. Liisa Laine", is refused too (before: Ready, exit 0)', async () => {
    const letter = await linesPdf(['I have known Aino Virtanen for three years as her supervisor.', 'She designed the experiments of her thesis herself.', '', 'With warm regards,', 'Prof. Liisa Laine']);
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'cv.pdf': await makePdf({ pages: 2 }), 'letter.pdf': letter });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^manifest\.yaml:9:15 error item\.not-wanted {2}letter\.pdf, given under Any other documents, is a letter of recommendation/m);
    expect(r.code).toBe(1);
  });
});
