/**
 * Re-verify 2026-12-06l (#9 PARTLY): an item of the referees' contacts whose letters the referees send
 * (`accepts: [referee, letter]`, `sent_by: referees`, as the importer writes "give the contacts where the posting
 * says; the referees send their letters"). Validate refused the contacts ("Remove the entries under this item") and
 * said Ready with no referee at all, though `min: 2` asks for two.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { flattenOutline, readPdf } from '../helpers/read-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: odd3b-2027
title: Doctoral Researcher in Robotics
organization: Tampere University
deadline: 2027-02-01
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: refs, kind: references, title: Referees, accepts: [referee, letter], sent_by: referees, min: 2 }
`;
const HEAD = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }\nitems:\n  cv: cv.pdf\n';
const REFEREES = '  refs:\n    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }\n    - { name: Dr. Anna Nowak, email: anna.nowak@examples.pl }\n';

describe('sent_by: referees on an item of contacts and letters', () => {
  it('validate takes the contacts, and the verdict names the letters sent by the referees (before: item.sent-directly on the contacts, exit 1)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': HEAD + REFEREES });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01'], { cwd: dir });
    expect(r.stdout).toBe('Ready to submit (letters for Referees sent directly by the referees)\n');
    expect(r.code).toBe(0);
  });

  it('no referees: not ready, the min of two unmet (before: "Ready to submit (Referees sent directly by the referees)", exit 0)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': HEAD });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01'], { cwd: dir });
    expect(r.stdout).toContain('manifest.yaml:3:1 error item.missing  Referees is missing: the posting asks for it.');
    expect(r.stdout).toContain('\nNot ready: 1 item missing (Referees)\n');
    expect(r.code).toBe(1);
  });

  it('one referee: item.count for the two asked', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': HEAD + REFEREES.split('\n').slice(0, 2).join('\n') + '\n' });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01'], { cwd: dir });
    expect(r.stdout).toContain('manifest.yaml:6:5 error item.count  Referees has 1 referee; the posting asks for at least 2.');
    expect(r.code).toBe(1);
  });

  it("a referee's letter is refused at its line, the contacts kept (before: the whole item refused)", async () => {
    const pdf = await makePdf({ pages: 1 });
    const manifest = HEAD + '  refs:\n    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi, letter: korhonen.pdf }\n    - { name: Dr. Anna Nowak, email: anna.nowak@examples.pl }\n';
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': pdf, 'korhonen.pdf': pdf, 'manifest.yaml': manifest });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-01'], { cwd: dir });
    expect(r.stdout).toBe(
      "manifest.yaml:6:80 error item.sent-directly  The posting wants the letters for Referees sent directly by the referees, not in your packet: only the referees' names and e-mails go in.  hint: Remove this letter (keep the referee's name and e-mail), and ask your referees to send their letters before the deadline.\n\nNot ready: 1 item given in a way the posting does not take (Referees)\n",
    );
    expect(r.code).toBe(1);
  });

  it('builds the packet with the referees printed (before: none, as if the referees sent them)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': HEAD + REFEREES });
    const r = await cli(['build', 'manifest.yaml', '--today', '2027-01-01', '-o', 'packet.pdf'], { cwd: dir });
    expect(r.code).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'packet.pdf')));
    expect(flattenOutline(pdf.outline).map((o) => o.title)).toContain('Referees');
    expect(pdf.pages.map((p) => p.text).join(' ')).toContain('mikko.korhonen@examples.fi');
  });

  it('the cover says the letters come from the referees, under the referees (before: the referees listed alone)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': HEAD + REFEREES });
    const r = await cli(['build', 'manifest.yaml', '--today', '2027-01-01', '-o', 'packet.pdf', '--cover'], { cwd: dir });
    expect(r.code).toBe(0);
    const cover = (await readPdf(readFileSync(join(dir, 'packet.pdf')))).pages[0]!.text;
    expect(cover).toContain("Referees   p. 4 letters sent directly by the referees Aino Virtanen · Cover");
  });

  it('the report says it on the referees line, in text and Markdown (before: only the names)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': HEAD + REFEREES });
    const text = await cli(['report', 'manifest.yaml', '--today', '2027-01-01'], { cwd: dir });
    expect(text.stdout).toContain('  ok        Referees  Prof. Mikko Korhonen, Dr. Anna Nowak; letters sent directly by the referees\n');
    const md = await cli(['report', 'manifest.yaml', '--format', 'md', '--today', '2027-01-01'], { cwd: dir });
    expect(md.stdout).toContain('- [x] Referees: Prof. Mikko Korhonen, Dr. Anna Nowak; letters sent directly by the referees\n');
  });

  it('init writes the referees to fill in, with a line on the letters (before: only "Referees: sent directly by the referees", no place for them)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE });
    expect((await cli(['init', '-p', './profile.yaml', 'app'], { cwd: dir })).code).toBe(0);
    const starter = readFileSync(join(dir, 'app/manifest.yaml'), 'utf8');
    expect(starter).toContain("  # The letters for Referees: sent directly by the referees, not in your packet; make sure they are sent before the deadline.\n  # Referees — required — give a referee's contact details — at least 2\n  refs:\n    - name: Referee 1 name\n");
  });
});
