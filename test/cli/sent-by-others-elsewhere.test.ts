/**
 * Product audit round 19 (notes/audit-2026-12-06n.md) F-F: the referees send the letters (`sent_by: referees`), and a
 * "Letter of recommendation from Prof. Korhonen" given under CV went out as Ready, the verdict saying the letters
 * come directly; a transcript under "Other documents" when the university sends transcripts said nothing.
 */
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../helpers/workspace.js';
import { linesPdf, makePdf } from '../helpers/make-pdf.js';

const PROFILE = `id: sb
title: Postdoc in Privacy
items:
  - { id: cv, kind: cv, title: CV, accepts: [file], max: 3 }
  - { id: references, kind: references, title: Referees, accepts: [referee, letter], min: 2, sent_by: referees }
  - { id: transcript, kind: transcript, title: Official transcripts, accepts: [file], sent_by: issuer }
  - { id: other, kind: other, title: Other documents, stage: optional, accepts: [file, text, link] }
`;

const REFEREES = `  references:
    - { name: Prof. Mikko Korhonen, email: one@examples.fi }
    - { name: Dr. Asa Odegard, email: two@examples.fi }
`;

const manifest = (items: string) => `profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }\nitems:\n${items}${REFEREES}`;

describe('validate: a document others send, given under another item', () => {
  it('a letter of recommendation under CV, when the referees send the letters, is item.sent-directly at its file line, exit 1 (before: Ready to submit)', async () => {
    const letter = await linesPdf(['To the selection committee,', '', 'It is my pleasure to recommend Aino Virtanen for the postdoctoral position.', '', 'Sincerely,', 'Mikko Korhonen', 'Professor, Tampere University']);
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': manifest('  cv:\n    - { file: cv.pdf, title: CV }\n    - { file: letter.pdf, title: Letter of recommendation from Prof. Korhonen }\n  other:\n    - { file: untitled.pdf, title: Supporting document }\n'), 'cv.pdf': await makePdf({ pages: 2 }), 'letter.pdf': await makePdf({ pages: 1 }), 'untitled.pdf': letter });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:6:15 error item.sent-directly  letter.pdf, given under CV, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove letter.pdf from `cv`, and ask your referees to send their letters before the deadline.\n' +
        'manifest.yaml:8:15 error item.sent-directly  untitled.pdf, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove untitled.pdf from `other`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 2 items given in a way the posting does not take (CV, Other documents)\n',
    );
    expect(r.code).toBe(1);
  });

  it('a transcript under Other documents, when the university sends transcripts, is a warning naming the rule; --strict refuses it (before: Ready to submit)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: tor.pdf, title: "Transcript of records (Tampere University)" }\n'), 'cv.pdf': await makePdf({ pages: 2 }), 'tor.pdf': await makePdf({ pages: 1 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01', '--strict'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:6:15 warning item.sent-directly  tor.pdf, given under Other documents, is a transcript, but the posting wants Official transcripts sent directly by the issuing institution: your copy would go into the packet beside it.  hint: If the posting takes no copy from you, remove tor.pdf from `other`; either way, ask the issuer to send it before the deadline.\n' +
        '\nNot ready: 1 warning (--strict)\n',
    );
    expect(r.code).toBe(1);
  });

  it('prod36c: a file titled "Recommendation" alone under Other documents is item.sent-directly; one titled "Referee report" (a peer review) is none (before: Ready to submit)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: rec.pdf, title: Recommendation }\n    - { file: review.pdf, title: Referee report }\n'), 'cv.pdf': await makePdf({ pages: 2 }), 'rec.pdf': await makePdf({ pages: 1 }), 'review.pdf': await makePdf({ pages: 3, wordsPerPage: 40 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:6:15 error item.sent-directly  rec.pdf, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove rec.pdf from `other`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 1 item given in a way the posting does not take (Other documents)\n',
    );
    expect(r.code).toBe(1);
  });

  it('a CV, a cover letter and a research plan are no alarm', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: cover.pdf, title: Cover letter }\n    - { file: plan.pdf, title: Research plan }\n'), 'cv.pdf': await makePdf({ pages: 2 }), 'cover.pdf': await makePdf({ pages: 1 }), 'plan.pdf': await makePdf({ pages: 3, wordsPerPage: 40 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01', '--strict'], { cwd: dir });
    expect(r.stdout).toMatch(/^Ready to submit/m);
    expect(r.code).toBe(0);
  });

  it('audit 20 #1: a letter headed "Letter of reference for Aino Virtanen" that closes "Best," or has no closing, titled "Statement", is item.sent-directly (before: Ready to submit)', async () => {
    const body = ['Dear colleagues,', '', 'Letter of reference for Aino Virtanen.', 'Aino Virtanen worked with me for three years and is an excellent researcher.', 'I recommend her warmly for the position.', ''];
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: best.pdf, title: Statement }\n    - { file: unclosed.pdf, title: Statement }\n    - { file: neutral.pdf, title: LoR - Prof. Korhonen }\n'),
      'cv.pdf': await makePdf({ pages: 2 }),
      'best.pdf': await linesPdf([...body, 'Best,', 'Liisa Laine']),
      'unclosed.pdf': await linesPdf([...body, 'Liisa Laine', 'Professor, University of Helsinki']),
      'neutral.pdf': await makePdf({ pages: 1 }),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    const line = (n: number, file: string) =>
      `manifest.yaml:${n}:15 error item.sent-directly  ${file}, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove ${file} from \`other\`, and ask your referees to send their letters before the deadline.\n`;
    expect(r.stdout).toBe(`${line(6, 'best.pdf')}${line(7, 'unclosed.pdf')}${line(8, 'neutral.pdf')}\nNot ready: 3 items given in a way the posting does not take (Other documents)\n`);
    expect(r.code).toBe(1);
  });

  it('audit 20 #9: a letter appended as page 2 of the CV names its page and gives the `pages:` that keeps the CV (before: "Remove cv-plus.pdf from `cv`")', async () => {
    const cv = ['Aino Virtanen', 'aino.virtanen@examples.fi', '', 'Education', '2019-2024 PhD in Computer Science, Tampere University'];
    const letter = ['To the selection committee,', '', 'It is my pleasure to recommend Aino Virtanen for the postdoctoral position.', '', 'Sincerely,', 'Prof. Mikko Korhonen'];
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': manifest('  cv: cv-plus.pdf\n'), 'cv-plus.pdf': await linesPdf(cv, letter) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:4:7 error item.sent-directly  Page 2 of cv-plus.pdf, given under CV, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Take the letter out of cv-plus.pdf, or give only its other pages: `{ file: cv-plus.pdf, pages: "1" }`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 1 item given in a way the posting does not take (CV)\n',
    );
    expect(r.code).toBe(1);
  });
  it('leftover s17: a letter about you that recommends in no word, one signed "Best, Mikko", one titled "Endorsement" are item.sent-directly; your cover letter is none (before: Ready to submit)', async () => {
    const account = ['I have known Aino Virtanen for three years as her supervisor at Tampere University.', 'She designed the experiments of her thesis herself.', ''];
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: known.pdf, title: Statement }\n    - { file: mikko.pdf, title: Statement }\n    - { file: endorse.pdf, title: Endorsement }\n    - { file: cover.pdf, title: Statement }\n'),
      'cv.pdf': await makePdf({ pages: 2 }),
      'known.pdf': await linesPdf([...account, 'With warm regards,', 'Prof. Liisa Laine']),
      'mikko.pdf': await linesPdf([...account, 'Best,', 'Mikko']),
      'endorse.pdf': await makePdf({ pages: 1 }),
      'cover.pdf': await linesPdf(['Dear committee,', 'I apply for the post. My supervisor Prof. Korhonen and his group taught me much.', '', 'With warm regards,', 'Dr. Aino Virtanen']),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    const line = (n: number, file: string) =>
      `manifest.yaml:${n}:15 error item.sent-directly  ${file}, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove ${file} from \`other\`, and ask your referees to send their letters before the deadline.\n`;
    expect(r.stdout).toBe(`${line(6, 'known.pdf')}${line(7, 'mikko.pdf')}${line(8, 'endorse.pdf')}\nNot ready: 3 items given in a way the posting does not take (Other documents)\n`);
    expect(r.code).toBe(1);
  });
  it('audit 21 #2: a two-page letter inside a bigger file is named from its opening page ("To whom it may concern,") to its signature, and the hint\'s `pages:` is Ready (before: "Page 3", hint "1-2, 4" kept the letter\'s first page)', async () => {
    const cert = ['Certificate of completion', 'This certifies that Aino Virtanen completed the summer school in Privacy, Tartu, 2023.'];
    const opening = ['Department of Computing, Tampere University', 'To whom it may concern,', 'I have known Aino Virtanen for five years, first as her MSc supervisor.', 'She is among the strongest students I have supervised.'];
    const closing = ['I recommend her without any reservation for a postdoctoral position in your group.', 'Sincerely,', 'Mikko Korhonen', 'Professor of Computer Science'];
    const language = ['Language certificate', 'Aino Virtanen passed the Swedish language examination at the level B2 in 2019.'];
    const files = { 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'bundle.pdf': await linesPdf(cert, opening, closing, language) };
    const run = (pages: string) => cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: workspace({ ...files, 'manifest.yaml': manifest(`  cv: cv.pdf\n  other: { file: bundle.pdf, pages: "${pages}" }\n`) }) });
    const r = await run('1-4');
    expect(r.stdout).toBe(
      'manifest.yaml:5:37 error item.sent-directly  Pages 2\u20133 of bundle.pdf, given under Other documents, are a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Take the letter out of bundle.pdf, or give only its other pages: `{ file: bundle.pdf, pages: "1, 4" }`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 1 item given in a way the posting does not take (Other documents)\n',
    );
    expect(r.code).toBe(1);
    const followed = await run('1, 4');
    expect(followed.stdout).toMatch(/^Ready to submit/m);
    expect(followed.code).toBe(0);
  });

  it('audit 2026-12-07c F1: a letter calling you by your given name, a Spanish one signed "Dra." and one closed "Un cordial saludo," are item.sent-directly (before: Ready to submit)', async () => {
    const internship = ['Aino spent six months in my group at Aalto in 2023, where she designed a new audit method.', 'She was the most independent intern I have hosted.', '', 'Best regards,', 'Prof. Mikko Korhonen'];
    const spanish = ['Aino Virtanen realizó su estancia de investigación en mi grupo en 2023.', 'Aino Virtanen cuenta con mi más alta recomendación para el puesto.', ''];
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: internship.pdf, title: Internship }\n    - { file: dra.pdf, title: Estancia }\n    - { file: saludo.pdf, title: Estancia }\n'),
      'cv.pdf': await makePdf({ pages: 2 }),
      'internship.pdf': await linesPdf(internship),
      'dra.pdf': await linesPdf([...spanish, 'Atentamente,', 'Dra. Carmen Ruiz']),
      'saludo.pdf': await linesPdf([...spanish, 'Un cordial saludo,', 'Carmen Ruiz']),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    const line = (n: number, file: string) =>
      `manifest.yaml:${n}:15 error item.sent-directly  ${file}, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove ${file} from \`other\`, and ask your referees to send their letters before the deadline.\n`;
    expect(r.stdout).toBe(`${line(6, 'internship.pdf')}${line(7, 'dra.pdf')}${line(8, 'saludo.pdf')}\nNot ready: 3 items given in a way the posting does not take (Other documents)\n`);
    expect(r.code).toBe(1);
  });

  it('audit 2026-12-07c F7: a bundle with two letters names both in one message, and the hint\'s `pages:` leaves both out and is Ready (before: only the first, the hint kept the second)', async () => {
    const decision = ['Funding decision', 'The Foundation for Computing Research has decided to award a personal grant to Aino Virtanen.'];
    const first = ['Dear colleagues,', 'I have known Aino Virtanen for three years as her MSc thesis supervisor at Tampere University.', 'She designed and ran all experiments of her thesis.'];
    const firstEnd = ['She has my highest recommendation for the postdoctoral position.', '', 'With kind regards,', 'Prof. Mikko Korhonen', 'Tampere University'];
    const certificate = ['Certificate of attendance', 'Aino Virtanen attended the Summer School on Privacy-Preserving Machine Learning in 2023.'];
    const second = ['To whom it may concern,', 'Aino Virtanen was an intern in my group at Aalto University in 2023 and built a new audit method.', 'I recommend her without reservation for the postdoctoral position.'];
    const secondEnd = ['She will be an excellent colleague.', '', 'Kind regards,', 'Dr. Asa Odegard', 'Aalto University'];
    const files = { 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'bundle.pdf': await linesPdf(decision, first, firstEnd, certificate, second, secondEnd) };
    const run = (item: string) => cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: workspace({ ...files, 'manifest.yaml': manifest(`  cv: cv.pdf\n  other: ${item}\n`) }) });
    const r = await run('{ file: bundle.pdf, title: Certificates }');
    expect(r.stdout).toBe(
      'manifest.yaml:5:18 error item.sent-directly  Pages 2\u20133 and 5\u20136 of bundle.pdf, given under Other documents, are letters of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Take the letters out of bundle.pdf, or give only its other pages: `{ file: bundle.pdf, pages: "1, 4" }`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 1 item given in a way the posting does not take (Other documents)\n',
    );
    expect(r.code).toBe(1);
    const followed = await run('{ file: bundle.pdf, title: Certificates, pages: "1, 4" }');
    expect(followed.stdout).toMatch(/^Ready to submit/m);
    expect(followed.code).toBe(0);
  });

  it('re-verification 07c F7 leftover: with `pages: "1, 4-6"` given, the error sits at the `pages:` value the hint rewrites, not at `file:` (before: 6:13)', async () => {
    const decision = ['Funding decision', 'The Foundation for Computing Research has decided to award a personal grant to Aino Virtanen.'];
    const certificate = ['Certificate of attendance', 'Aino Virtanen attended the Summer School on Privacy-Preserving Machine Learning in 2023.'];
    const letter = ['To whom it may concern,', 'Aino Virtanen was an intern in my group at Aalto University in 2023 and built a new audit method.', 'I recommend her without reservation for the postdoctoral position.'];
    const letterEnd = ['She will be an excellent colleague.', '', 'Kind regards,', 'Dr. Asa Odegard', 'Aalto University'];
    const files = { 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'bundle.pdf': await linesPdf(decision, letter, letterEnd, certificate, letter, letterEnd) };
    const run = (pages: string) =>
      cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: workspace({ ...files, 'manifest.yaml': manifest(`  cv: cv.pdf\n  other:\n    - file: bundle.pdf\n      title: Certificates\n      pages: "${pages}"\n`) }) });
    const r = await run('1, 4-6');
    expect(r.stdout).toBe(
      'manifest.yaml:8:14 error item.sent-directly  Pages 5\u20136 of bundle.pdf, given under Other documents, are a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Take the letter out of bundle.pdf, or give only its other pages: `{ file: bundle.pdf, pages: "1, 4" }`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 1 item given in a way the posting does not take (Other documents)\n',
    );
    expect(r.code).toBe(1);
    expect((await run('1, 4')).code).toBe(0);
  });

  it('audit 21 #1, #4, #6, #8: a letter recommending with the noun is item.sent-directly; an acceptance letter to you, your own letter naming a referee, a thesis report are no alarm (before: the reverse)', async () => {
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': manifest(
        '  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: noun.pdf, title: Statement }\n    - { file: accepted.pdf, title: Acceptance letter for the JULT article }\n    - { file: own.pdf, title: Note }\n    - { file: report.pdf, title: Gutachten zur Dissertation (Prof. Schmidt) }\n    - { file: italian.pdf, title: Lettera di raccomandazione }\n',
      ),
      'cv.pdf': await makePdf({ pages: 2 }),
      'noun.pdf': await linesPdf(['To whom it may concern,', 'Aino Virtanen was my MSc student, and her thesis was the best in her year.', 'She has my highest recommendation for your doctoral programme.', 'Yours sincerely,', 'Pekka Salo']),
      'accepted.pdf': await linesPdf(['Journal of Uralic Language Technology', 'Dear Dr. Virtanen,', 'I am pleased to inform you that your manuscript has been accepted for publication.', 'Both reviewers recommend acceptance after the minor revisions you made.', 'Best regards,', 'Anna Berg', 'Editor-in-Chief']),
      'own.pdf': await linesPdf(['Dear committee,', 'I am applying for the postdoctoral position.', 'Mikko Korhonen, my PhD supervisor, will send his letter of recommendation directly, as the posting asks.', 'Thank you for your consideration,', 'Aino Virtanen']),
      'report.pdf': await linesPdf(['Universitat Stuttgart', 'Gutachten zur Dissertation von Aino Virtanen', 'Die Arbeit untersucht die morphologische Analyse uralischer Sprachen.', 'Ich empfehle, die Dissertation anzunehmen.', 'Stuttgart, den 12. Marz 2025', 'Prof. Dr. Hans Schmidt']),
      'italian.pdf': await makePdf({ pages: 1 }),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    const line = (n: number, file: string) =>
      `manifest.yaml:${n}:15 error item.sent-directly  ${file}, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove ${file} from \`other\`, and ask your referees to send their letters before the deadline.\n`;
    expect(r.stdout).toBe(`${line(6, 'noun.pdf')}${line(10, 'italian.pdf')}\nNot ready: 2 items given in a way the posting does not take (Other documents)\n`);
    expect(r.code).toBe(1);
  });

  it('re-verification 07b: a supervisor\'s "I confirm ... expected to receive the degree" and an acceptance letter greeting "Dear Aino," with "We recommend that you register early" are no alarm; a letter recommending her still is (before: all three item.sent-directly)', async () => {
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': manifest('  cv: { file: cv.pdf, title: CV }\n  other:\n    - { file: completion.pdf, title: Statement }\n    - { file: accepted.pdf, title: Note }\n    - { file: letter.pdf, title: Statement }\n'),
      'cv.pdf': await makePdf({ pages: 2 }),
      'completion.pdf': await linesPdf(['University of Helsinki, Faculty of Arts', 'To whom it may concern,', 'I confirm that Aino Virtanen has submitted her doctoral dissertation for pre-examination.', 'She is expected to receive the degree in April 2027.', 'Kind regards,', 'Mikko Korhonen', 'Professor, supervisor']),
      'accepted.pdf': await linesPdf(['NoDaLiDa 2027', 'Dear Aino,', 'Congratulations! Your paper has been accepted as a long paper.', 'We recommend that you register early, as the venue is small.', 'Best wishes,', 'Jonas Berg', 'Program Chair']),
      'letter.pdf': await linesPdf(['To whom it may concern,', 'Aino Virtanen was my MSc student.', 'I recommend that you hire her without delay.', 'Yours sincerely,', 'Pekka Salo']),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:8:15 error item.sent-directly  letter.pdf, given under Other documents, is a letter of recommendation, but the posting wants the letters for Referees sent directly by the referees, not in your packet.  hint: Remove letter.pdf from `other`, and ask your referees to send their letters before the deadline.\n' +
        '\nNot ready: 1 item given in a way the posting does not take (Other documents)\n',
    );
    expect(r.code).toBe(1);
  });
});
