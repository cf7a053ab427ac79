/**
 * An item others send that the posting asks only of some applicants (`sent_by: issuer`, `condition: "if your degree is
 * not from Finland"`): the cover, the report's row, the JSON item and the verdict say whom it is asked of, as the
 * cover does for a conditional item the applicant sends (before: "sent directly by the issuing institution" alone, so
 * every applicant would order one).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const PROFILE = `${TEST_PROFILE}  - { id: degree, kind: diplomas, title: Degree certificate, accepts: [file], sent_by: issuer, condition: "if your degree is not from Finland" }\n`;
const TODAY = ['--today', '2025-10-01'];
const SAID = 'sent directly by the issuing institution only if your degree is not from Finland';

let dir: string;
beforeAll(async () => {
  dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await makePdf({ pages: 3 }), 'manifest.yaml': TEST_MANIFEST });
});

describe('a conditional item sent by others', () => {
  it('is listed with its condition on the cover, in the report (text, md, json) and in the verdict', async () => {
    const verdict = `Ready to submit (1 item to send later; Degree certificate ${SAID})`;
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect([v.code, v.stdout.trimEnd().split('\n').at(-1)]).toEqual([0, verdict]);
    const text = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(text.stdout).toMatch(new RegExp(`direct {2,}Degree certificate {2,}${SAID}, not in your packet: make sure it is sent before the deadline\\n`));
    const md = await cli(['report', 'manifest.yaml', ...TODAY, '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain(`Degree certificate — **direct**: ${SAID}, not in your packet`);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', ...TODAY, '--format', 'json'], { cwd: dir })).stdout) as { verdict: string; items: { id: string }[] };
    expect(json.verdict).toBe(verdict);
    expect(json.items.find((i) => i.id === 'degree')).toMatchObject({ status: 'direct', sentBy: 'issuer', condition: 'if your degree is not from Finland' });
    const b = await cli(['build', 'manifest.yaml', '-o', 'packet.pdf', '--json', ...TODAY], { cwd: dir });
    expect([b.code, (JSON.parse(b.stdout) as { verdict: string }).verdict]).toEqual([0, verdict]);
    const cover = (await readPdf(readFileSync(join(dir, 'packet.pdf')))).pages[0]!.text;
    expect(cover).toMatch(/Degree certificate\s+sent directly by the issuing institution only if your degree is not\s+from Finland/);
  });
});

describe('a conditional item of referees whose letters the referees send', () => {
  const LETTERS_PROFILE = `id: odd3b-2027
title: Doctoral Researcher in Robotics
organization: Tampere University
deadline: 2027-02-01
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: refs, kind: references, title: Referees, accepts: [referee, letter], sent_by: referees, min: 2, condition: "if you apply for the senior post" }
`;
  const MANIFEST = `profile: ./profile.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
items:
  cv: cv.pdf
  refs:
    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }
    - { name: Dr. Anna Nowak, email: anna.nowak@examples.pl }
`;
  const SENT_BY_REFEREES = 'sent directly by the referees only if you apply for the senior post';
  const LETTERS = `letters ${SENT_BY_REFEREES}`;
  const LATER = ['--today', '2027-01-01'];

  it('says the condition in the verdict as the row and the cover do, in text, Markdown and JSON (before: "letters for Referees sent directly by the referees")', async () => {
    const d = workspace({ 'profile.yaml': LETTERS_PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': MANIFEST });
    const verdict = `Ready to submit (letters for Referees ${SENT_BY_REFEREES})`;
    const v = await cli(['validate', 'manifest.yaml', ...LATER], { cwd: d });
    expect([v.code, v.stdout]).toEqual([0, `${verdict}\n`]);
    const text = await cli(['report', 'manifest.yaml', ...LATER], { cwd: d });
    expect(text.stdout).toMatch(new RegExp(`ok {2,}Referees {2,}Prof\\. Mikko Korhonen, Dr\\. Anna Nowak; ${LETTERS}\\n`));
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe(verdict);
    const md = await cli(['report', 'manifest.yaml', ...LATER, '--format', 'md'], { cwd: d });
    expect(md.stdout).toContain(`- [x] Referees: Prof. Mikko Korhonen, Dr. Anna Nowak; ${LETTERS}\n`);
    expect(md.stdout).toContain(`**${verdict}**`);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', ...LATER, '--format', 'json'], { cwd: d })).stdout) as { verdict: string; items: { id: string }[] };
    expect(json.verdict).toBe(verdict);
    expect(json.items.find((i) => i.id === 'refs')).toMatchObject({ status: 'ok', lettersSentBy: 'referees', condition: 'if you apply for the senior post' });
    const b = await cli(['build', 'manifest.yaml', '-o', 'packet.pdf', '--json', ...LATER], { cwd: d });
    expect([b.code, (JSON.parse(b.stdout) as { verdict: string }).verdict]).toEqual([0, verdict]);
    const cover = (await readPdf(readFileSync(join(d, 'packet.pdf')))).pages[0]!.text;
    expect(cover).toMatch(/letters sent directly by the referees only if you apply for the senior\s+post/);
  });
});
