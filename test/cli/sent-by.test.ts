/**
 * Items others send (`sent_by`): letters the referees send themselves, transcripts the university sends. They are
 * never in the packet; the verdict, the report and the cover say who sends them; giving them is an error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, TEST_BIO, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const PROFILE = TEST_PROFILE.replace(
  '  - { id: references, kind: references, title: References, accepts: [referee, letter], min: 2, max: 3 }',
  '  - { id: references, kind: references, title: Letters of reference, accepts: [letter], min: 3, max: 3, sent_by: referees }',
);
const ITEMS = `  cv: cv.pdf
  bio: { text: "${TEST_BIO}" }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
`;
const MANIFEST = `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
${ITEMS}`;
const TODAY = ['--today', '2025-10-01'];

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

const application = (manifest = MANIFEST, extra: Record<string, string | Uint8Array> = {}) =>
  workspace({ 'profile.yaml': PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest, ...extra });

describe('an item sent directly by the referees (sent_by: referees)', () => {
  it('is not missing when the manifest leaves it out: ready, and the verdict and the report say who sends it', async () => {
    const dir = application();
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('Ready to submit (1 item to send later; Letters of reference sent directly by the referees)');
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.stdout).toMatch(/direct {2,}Letters of reference {2,}sent directly by the referees, not in your packet: make sure it is sent before the deadline/);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--format', 'json', ...TODAY], { cwd: dir })).stdout);
    expect(json.items.find((i: { id: string }) => i.id === 'references')).toMatchObject({ status: 'direct', sentBy: 'referees' });
  });

  it('is never in the built PDF: no bookmark, no pages; the cover lists it as sent directly by the referees', async () => {
    const dir = application();
    const b = await cli(['build', 'manifest.yaml', '-o', 'packet.pdf', ...TODAY], { cwd: dir });
    expect(b.code).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'packet.pdf')));
    // cover 1 + cv 2 + bio 1 + plan 3 + thesis link 1
    expect(pdf.pageCount).toBe(8);
    expect(pdf.outline.map((o) => o.title)).toEqual(['CV', 'Short bio', 'Research plan', 'MSc thesis']);
    expect(pdf.pages[0]!.text).toMatch(/Letters of reference\s+sent directly by the referees/);
  });

  it('given in the manifest anyway: item.sent-directly at the item, exit 1', async () => {
    const dir = application(`${MANIFEST}  references:\n    - { name: Ida Aho, email: one@examples.fi, letter: letter.pdf }\n`, { 'letter.pdf': cv });
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(
      'manifest.yaml:9:5 error item.sent-directly  The posting wants Letters of reference sent directly by the referees, not in your packet.  hint: Remove the entries under this item, and ask your referees to send their letters before the deadline.',
    );
  });
});

describe('packet init with such a profile', () => {
  it('writes no placeholder for it, only a reminder', async () => {
    const dir = application();
    const r = await cli(['init', 'app', '--profile', './profile.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const starter = readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8');
    expect(starter).toContain('  # Letters of reference: sent directly by the referees, not in your packet; make sure it is sent before the deadline.\n');
    expect(starter).not.toMatch(/^ {2}references:/m);
  });
});

describe('an item sent by others that the posting asks for later (stage: later, "if shortlisted")', () => {
  const LATER = PROFILE.replace(
    '  - { id: references, kind: references, title: Letters of reference, accepts: [letter], min: 3, max: 3, sent_by: referees }',
    '  - { id: references, kind: references, title: Letters of reference, accepts: [letter], min: 3, max: 3, sent_by: referees }\n  - { id: transcripts, kind: transcript, title: Transcripts, accepts: [file], stage: later, condition: if shortlisted, sent_by: issuer }',
  );
  const later = () => workspace({ 'profile.yaml': LATER, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': MANIFEST });

  it('is sent when asked, not "before the deadline": in the text, Markdown and JSON reports and the verdict', async () => {
    const dir = later();
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('Ready to submit (1 item to send later; Letters of reference sent directly by the referees; Transcripts sent directly by the issuing institution when asked at a later stage)');
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.stdout).toMatch(/direct {2,}Transcripts {2,}sent directly by the issuing institution when asked at a later stage \(if shortlisted\), not in your packet\n/);
    // The item sent now keeps its reminder.
    expect(r.stdout).toMatch(/Letters of reference {2,}sent directly by the referees, not in your packet: make sure it is sent before the deadline/);
    const md = await cli(['report', 'manifest.yaml', '--format', 'md', ...TODAY], { cwd: dir });
    expect(md.stdout).toContain('- [ ] Transcripts — **direct**: sent directly by the issuing institution when asked at a later stage (if shortlisted), not in your packet\n');
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--format', 'json', ...TODAY], { cwd: dir })).stdout);
    expect(json.items.find((i: { id: string }) => i.id === 'transcripts')).toMatchObject({ status: 'direct', stage: 'later', sentBy: 'issuer', condition: 'if shortlisted' });
    expect(json.verdict).toContain('Transcripts sent directly by the issuing institution when asked at a later stage');
  });

  it('the cover says it as the reports do: when asked at a later stage (before: only "sent directly by the issuing institution")', async () => {
    const dir = later();
    const b = await cli(['build', 'manifest.yaml', '-o', 'packet.pdf', ...TODAY], { cwd: dir });
    expect(b.code, b.stdout + b.stderr).toBe(0);
    const cover = (await readPdf(readFileSync(join(dir, 'packet.pdf')))).pages[0]!.text.replace(/\s+/g, ' ');
    expect(cover).toContain('Transcripts sent directly by the issuing institution when asked at a later stage (if shortlisted)');
    // The letters, sent now, keep the plain words.
    expect(cover).toMatch(/Letters of reference sent directly by the referees(?! when)/);
  });

  it('given in the manifest anyway: item.sent-directly says to ask for it when the posting does, not before the deadline', async () => {
    const dir = workspace({ 'profile.yaml': LATER, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': `${MANIFEST}  transcripts: cv.pdf\n` });
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(
      'manifest.yaml:8:16 error item.sent-directly  The posting wants Transcripts sent directly by the issuing institution, not in your packet.  hint: Remove the entries under this item, and ask the issuer to send it when the posting asks for it at a later stage.',
    );
  });

  it('packet init reminds of it without a deadline', async () => {
    const dir = later();
    const r = await cli(['init', 'app', '--profile', './profile.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const starter = readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8');
    expect(starter).toContain('  # Transcripts: sent directly by the issuing institution when asked at a later stage (if shortlisted), not in your packet.\n');
  });
});
