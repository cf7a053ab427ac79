/**
 * Files given for what the posting asks for later, or asks not to send: an imported profile may hold such an item by
 * mistake (audit 12-06j 6: "Please do not send letters of recommendation at this stage" became a `later` letters
 * item, and validate said Ready with the letters in the packet).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { makeReport } from '../../../src/core/report/model.js';
import { linesPdf, makePdf } from '../../helpers/make-pdf.js';
import { TEST_ITEMS, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

const PROFILE = `id: lecturer
title: Lecturer in Law
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: references, kind: references, title: Letters of recommendation, stage: later, accepts: [letter], min: 2 }
not_wanted:
  - { what: letters of recommendation, kind: references, source: "Please do not send letters of recommendation at this stage." }
`;

const files: Record<string, Uint8Array> = {};
beforeAll(async () => {
  files['cv.pdf'] = await makePdf({ pages: 2 });
  files['plan.pdf'] = await makePdf({ pages: 3, wordsPerPage: 40 });
  files['a.pdf'] = await makePdf({ pages: 1, wordsPerPage: 25 });
  files['b.pdf'] = await makePdf({ pages: 1, wordsPerPage: 33 });
  const body = ['It is my pleasure to recommend Tiina Perho for the lectureship. I supervised her doctoral thesis on', 'contract law, and I recommend her without reservation.', '', 'Sincerely,'];
  files['letter-aho.pdf'] = await linesPdf(['To the selection committee,', '', ...body, 'Ida Aho', 'Professor, University of Turku']);
  files['letter-stranger.pdf'] = await linesPdf(['To the selection committee,', '', ...body, 'Leena Salo', 'Professor, University of Oulu']);
  files['cv-refs.pdf'] = await linesPdf(['Tiina Perho', 'Research: recommendation systems for legal search.', '2019-2024 Doctoral researcher, University of Turku', '2024 I recommended changes to the court portal.', 'Languages: Finnish, English, Swedish', 'Referees', 'Prof. Ida Aho', 'Dr. Ari Oja']);
  files['cv-on-request.pdf'] = await linesPdf(['Tiina Perho', '2019-2024 Doctoral researcher, University of Turku', 'Endorsed by the faculty for the teaching award, 2023', 'References', 'References available on request.']);
  files['cover.pdf'] = await linesPdf(['Dear committee,', '', 'Professor Ida Aho recommended that I apply for this lectureship, which I do with pleasure.', '', 'Sincerely,', 'Tiina Perho']);
});

async function check(profile: string, items: string) {
  const manifest = `profile: ./profile.yaml\napplicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n${items}`;
  const dir = workspace({ 'profile.yaml': profile, ...files, 'manifest.yaml': manifest });
  const result = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
  const report = makeReport({ manifest: 'manifest.yaml', ...(result.profile ? { profile: result.profile } : {}), ...(result.result ? { result: result.result } : {}), diagnostics: result.diagnostics, strict: false });
  const shown = result.diagnostics.filter((d) => d.code.startsWith('item.')).map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}  hint: ${d.hint}`.replaceAll(`${dir}/`, ''));
  return { shown, verdict: report.verdict };
}

describe('files for what the posting does not want now', () => {
  it('letters given for an item of a kind the profile lists as not wanted are an error, and the packet is not ready', async () => {
    const r = await check(PROFILE, '  cv: cv.pdf\n  references: [a.pdf, b.pdf]\n');
    expect(r.shown).toEqual([
      '5:3 error item.not-wanted Letters of recommendation is given here, but the profile lists "letters of recommendation" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send it, remove the entries under `references`; if it does ask for it, remove the `not_wanted` entry "letters of recommendation" in your profile, profile.yaml (`packet profile check` checks it).',
    ]);
    expect(r.verdict).toMatch(/^Not ready: /);
  });

  it('referees given by their contact details beside refused letters are fine', async () => {
    const contacts = PROFILE.replace('stage: later, accepts: [letter]', 'accepts: [referee]');
    const r = await check(contacts, '  cv: cv.pdf\n  references:\n    - { name: Ida Aho, email: one@examples.fi }\n    - { name: Ari Oja, email: two@examples.fi }\n');
    expect(r.shown).toEqual([]);
    expect(r.verdict).toBe('Ready to submit');
  });

  it('files for an item the posting asks for later are a warning that names the two fixes', async () => {
    const r = await check(TEST_PROFILE, `${TEST_ITEMS}  diplomas: a.pdf\n`);
    expect(r.shown).toEqual([
      '11:3 warning item.asked-later Diplomas is given here, but the profile says the posting asks for it later, not with this application: it would go into the packet now.  hint: Check the posting: if it wants it later, write `diplomas: { later: "..." }` instead of the files; if it asks for it now, change `stage:` to `required` under `id: diplomas` in your profile, profile.yaml (`packet profile check` checks it).',
    ]);
    expect(r.verdict).toBe('Ready to submit (check the warning: item asked later)');
  });
});

describe('a letter of recommendation under another item when the posting refuses letters (audit 17 #10)', () => {
  const refusing = `id: postdoc
title: Postdoc in Biology
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: references, kind: references, title: Contact details of two referees, accepts: [referee], min: 2 }
  - { id: other, kind: other, title: Any other documents, stage: optional, accepts: [file] }
not_wanted:
  - { what: Letters of recommendation, kind: references, source: "Letters of recommendation are not needed at this stage; we will contact the referees of shortlisted candidates." }
`;
  const referees = '  references:\n    - { name: Prof. Ida Aho, email: one@examples.fi }\n    - { name: Dr. Ari Oja, email: two@examples.fi }\n';
  const refusal = (file: string) =>
    `error item.not-wanted ${file}, given under Any other documents, is a letter of recommendation, but the profile lists "Letters of recommendation" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send letters, remove ${file} from \`other\`; if it does ask for them, remove the \`not_wanted\` entry "Letters of recommendation" in your profile, profile.yaml (\`packet profile check\` checks it).`;

  it('a file titled "Letter of recommendation from ..." under Any other documents is an error naming it (before: Ready to submit)', async () => {
    const r = await check(refusing, `  cv: cv.pdf\n${referees}  other:\n    - { file: a.pdf, title: Letter of recommendation from Prof. Ida Aho }\n`);
    expect(r.shown).toEqual([`9:15 ${refusal('a.pdf')}`]);
    expect(r.verdict).toMatch(/^Not ready: /);
  });

  it('so is an untitled file whose text recommends you, signed by a referee or by someone the manifest does not name', async () => {
    const r = await check(refusing, `  cv: cv.pdf\n${referees}  other: [letter-aho.pdf, letter-stranger.pdf]\n`);
    expect(r.shown.filter((l) => !l.includes('item.untitled'))).toEqual([`8:11 ${refusal('letter-aho.pdf')}`, `8:27 ${refusal('letter-stranger.pdf')}`]);
  });

  it('your own letter that mentions a recommendation, a CV that ends with its referees, and a profile that refuses only photos, are no alarm', async () => {
    expect((await check(refusing, `  cv: cv.pdf\n${referees}  other:\n    - { file: cover.pdf, title: Cover letter }\n`)).shown).toEqual([]);
    expect((await check(refusing, `  cv: cv-refs.pdf\n${referees}`)).shown).toEqual([]);
    const photos = refusing.replace(/not_wanted:[\s\S]*$/u, 'not_wanted:\n  - { what: a photo, source: "Please do not send a photo." }\n');
    const r = await check(photos, `  cv: cv.pdf\n${referees}  other: [letter-aho.pdf]\n`);
    expect(r.shown).toEqual([]);
    expect(r.verdict).toBe('Ready to submit');
  });
  describe('pasted as a text or given as a link (audit 18 #2)', () => {
    const anyForm = refusing.replace('stage: optional, accepts: [file]', 'stage: optional, accepts: [file, text, link]');
    const refused = (entry: string, inHint: string) =>
      `error item.not-wanted ${entry}, given under Any other documents, is a letter of recommendation, but the profile lists "Letters of recommendation" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send letters, remove ${inHint} from \`other\`; if it does ask for them, remove the \`not_wanted\` entry "Letters of recommendation" in your profile, profile.yaml (\`packet profile check\` checks it).`;
    const letter = 'I have supervised Tiina Perho for three years.\n  I recommend her without reservation for the lectureship.\n\n  Sincerely,\n\n  Ida Aho';

    it('a text titled "Letter of recommendation from ..." is an error naming it by its title (before: Ready to submit)', async () => {
      const r = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    title: Letter of recommendation from Prof. Ida Aho\n    text: |\n      Dear committee, please find my assessment below.\n`);
      expect(r.shown).toEqual([`9:5 ${refused('The text "Letter of recommendation from Prof. Ida Aho"', 'the text "Letter of recommendation from Prof. Ida Aho"')}`]);
      expect(r.verdict).toMatch(/^Not ready: /);
    });

    it('so is an untitled text that recommends you, signed by a referee after its closing', async () => {
      const r = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    text: |\n      ${letter.replaceAll('\n  ', '\n      ')}\n`);
      expect(r.shown).toEqual([`9:5 ${refused('A text', 'that text')}`]);
    });

    it('and a link titled as a letter of recommendation, or whose note says it is one', async () => {
      const link = 'https://drive.google.com/file/d/1AbCdEf/view';
      const titled = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { link: "${link}", title: Letter of recommendation from Prof. Ida Aho }\n`);
      expect(titled.shown).toEqual([`9:7 ${refused('The link "Letter of recommendation from Prof. Ida Aho"', 'the link "Letter of recommendation from Prof. Ida Aho"')}`]);
      expect(titled.verdict).toMatch(/^Not ready: /);
      const noted = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { link: "${link}", title: Prof. Aho, note: "Prof. Aho's letter of recommendation (signed PDF)." }\n`);
      expect(noted.shown).toEqual([`9:7 ${refused('The link "Prof. Aho"', 'the link "Prof. Aho"')}`]);
    });

    it('your own text that mentions a recommendation, and a link to your publications, are no alarm', async () => {
      const own = 'Professor Ida Aho recommended that I apply for this lectureship.\n\n      Sincerely,\n\n      Tiina Perho';
      const r = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - title: Statement\n      text: |\n        ${own.replaceAll('\n      ', '\n        ')}\n    - { link: "https://example.org/pubs", title: Publications, note: Recommended reading first. }\n`);
      expect(r.shown).toEqual([]);
    });

    // Audit 19 F-C: "Letter of support", "Reference from ...", "Referee's letter", "Testimonial" passed as Ready.
    it('a link or a file titled as a letter of support, a reference from someone, a referee\'s letter, a testimonial, or a letter naming a referee is an error', async () => {
      const titles = ['Letter of support from Prof. Ida Aho', 'Support letter (Prof. Aho)', 'Reference from Prof. Aho', "Referee's letter (Dr. Oja)", 'Testimonial', 'Letter from Dr. Ari Oja', 'Oja – reference'];
      for (const title of titles) {
        const link = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { link: "https://drive.google.com/file/d/1AbCdEf/view", title: "${title}" }\n`);
        expect(link.shown, title).toEqual([`9:7 ${refused(`The link "${title}"`, `the link "${title}"`)}`]);
        const file = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { file: a.pdf, title: "${title}" }\n`);
        expect(file.shown, title).toEqual([`9:15 ${refusal('a.pdf')}`]);
      }
    });

    // prod36c: "Recommendation" alone passed as Ready; a peer review's "Referee report" is no letter.
    it('a file or link titled "Recommendation" alone, or "Recommendation from Prof. Aho", is an error; "Referee report" is none', async () => {
      for (const title of ['Recommendation', 'Recommendation from Prof. Aho']) {
        const link = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { link: "https://drive.google.com/file/d/1AbCdEf/view", title: "${title}" }\n`);
        expect(link.shown, title).toEqual([`9:7 ${refused(`The link "${title}"`, `the link "${title}"`)}`]);
        const file = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { file: a.pdf, title: "${title}" }\n`);
        expect(file.shown, title).toEqual([`9:15 ${refusal('a.pdf')}`]);
      }
      expect((await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { file: a.pdf, title: "Referee report" }\n`)).shown).toEqual([]);
    });

    it('an untitled text that supports you without the word "recommend", signed by a referee, is an error whatever its closing', async () => {
      for (const closing of ['Sincerely,', 'Kind regards,', 'Yours faithfully,', 'Best wishes,']) {
        const text = `I am writing in strong support of Tiina Perho's application for the lectureship. She has my highest endorsement.\n\n      ${closing}\n\n      Ida Aho\n      Professor, University of Turku`;
        const r = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    title: Additional document\n    text: |\n      ${text}\n`);
        expect(r.shown, closing).toEqual([`9:5 ${refused('The text "Additional document"', 'the text "Additional document"')}`]);
      }
    });

    it('a cover letter, a motivation letter, a letter of intent, a publication list, and a CV with "References available on request" are no alarm', async () => {
      for (const title of ['Cover letter', 'Motivation letter', 'Letter of intent', 'References', 'Cover letter (on the advice of Prof. Aho)', 'Joint paper with Dr. Oja', 'Brief project summary (with Dr. Oja)', 'Statement of collaboration with Prof. Aho']) {
        const r = await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - { file: a.pdf, title: "${title}" }\n`);
        expect(r.shown, title).toEqual([]);
      }
      const own = 'I am writing in support of my own application, as Prof. Ida Aho suggested.\n\n      Sincerely,\n\n      Tiina Perho';
      expect((await check(anyForm, `  cv: cv.pdf\n${referees}  other:\n    - title: Statement\n      text: |\n        ${own.replaceAll('\n      ', '\n        ')}\n`)).shown).toEqual([]);
      const r = await check(anyForm, `  cv: cv-on-request.pdf\n${referees}`);
      expect(r.shown).toEqual([]);
      expect(r.verdict).toBe('Ready to submit');
    });
  });
});
