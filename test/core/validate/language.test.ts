/**
 * A posting's language against what the applicant wrote (audit 12-06j #7): a German motivation letter for an
 * English-language posting was "Ready to submit", and the packet declared it English (`/Lang (en)`, XMP too).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { linesPdf } from '../../helpers/make-pdf.js';
import { cli, workspace } from '../../helpers/workspace.js';
import { ENGLISH, LETTERS, PORTUGUESE } from '../../helpers/letters.js';

const PROFILE = (language: string | null) => `id: lang-posting
title: Postdoc in Machine Learning
deadline: 2027-11-14
${language ? `language: ${language}\n` : ''}items:
  - { id: motivation_letter, kind: motivation_letter, title: Motivation letter, accepts: [text, file] }
  - { id: research_plan, kind: research_plan, title: Research plan, accepts: [file] }
  - { id: thesis, kind: thesis, title: PhD thesis, stage: optional, accepts: [file] }
`;
const manifest = (letter: string) => `profile: ./profile.yaml
applicant: { name: Maria Keller, email: maria.keller@uni-heidelberg.de }
output: out/packet.pdf
items:
  motivation_letter:
    text: ${JSON.stringify(letter)}
  research_plan: plan.pdf
  thesis: thesis.pdf
`;
/** A text's lines of about eight words, as a word processor lays them out. */
const lines = (text: string): string[] => text.split(' ').reduce<string[]>((acc, w, i) => (i % 8 === 0 ? [...acc, w] : [...acc.slice(0, -1), `${acc.at(-1)} ${w}`]), []);

async function run(letter: string, files: { plan: string; thesis: string }, language: string | null = 'en') {
  const dir = workspace({ 'profile.yaml': PROFILE(language), 'manifest.yaml': manifest(letter), 'plan.pdf': await linesPdf(lines(files.plan)), 'thesis.pdf': await linesPdf(lines(files.thesis)) });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2027-10-01' });
  return { dir, said: check.diagnostics.filter((d) => d.code.endsWith('.language')).map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml')) };
}

const TEXT_DE = "manifest.yaml:6:11 warning text.language  The text of Motivation letter is in German, but the posting's language is English.  hint: Give the English version of the text; if the posting accepts German too, leave it as it is.";
const FILE_FR = "manifest.yaml:7:18 warning file.language  plan.pdf, given as Research plan, is in French, but the posting's language is English.  hint: Give the English version of the document; if the posting accepts French too, leave it as it is.";

describe('a text or file the applicant wrote, in another language than the posting\'s (audit 12-06j #7)', () => {
  it('is a warning naming the item, the language found and the posting\'s (before: silent)', async () => {
    const { said } = await run(LETTERS.German!, { plan: LETTERS.French!, thesis: ENGLISH });
    expect(said).toEqual([TEXT_DE, FILE_FR]);
  });

  it('not for a document issued or published in its own language (a thesis), nor when the profile names no language', async () => {
    expect((await run(ENGLISH, { plan: ENGLISH, thesis: LETTERS.German! })).said).toEqual([]);
    expect((await run(LETTERS.German!, { plan: LETTERS.French!, thesis: ENGLISH }, null)).said).toEqual([]);
    expect((await run(LETTERS.German!, { plan: LETTERS.German!, thesis: ENGLISH }, 'de')).said).toEqual([]);
  });

  it('validate says it and is still Ready; the packet no longer declares the German letter English', async () => {
    const { dir } = await run(LETTERS.German!, { plan: ENGLISH, thesis: LETTERS.Dutch! });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2027-10-01']);
    expect(v.stdout).toContain(TEXT_DE.replace('manifest.yaml', join(dir, 'manifest.yaml')));
    expect(v.stdout.trim().split('\n').at(-1)).toBe('Ready to submit (check the warning: language in Motivation letter)');
    expect(v.code).toBe(0);
    const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
    expect(b.code).toBe(0);
    const pdf = readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1');
    expect(pdf).not.toMatch(/\/Lang/);
  });

  it('an English letter keeps the packet\'s language', async () => {
    const { dir } = await run(ENGLISH, { plan: ENGLISH, thesis: LETTERS.German! });
    const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
    expect(b.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1')).toMatch(/\/Lang \(en\)/);
  });
});

describe('a long written file is judged by its first pages the packet takes, the rest not read (task prod23b)', () => {
  const sampled = async (plan: Uint8Array, entry: string) => {
    const dir = workspace({ 'profile.yaml': PROFILE('en'), 'manifest.yaml': manifest(ENGLISH).replace('research_plan: plan.pdf', `research_plan: ${entry}`), 'plan.pdf': plan, 'thesis.pdf': await linesPdf(lines(ENGLISH)) });
    const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2027-10-01' });
    const status = check.files.get('plan.pdf');
    const facts = status?.status === 'ok' ? status.facts : undefined;
    return { dir, codes: check.diagnostics.filter((d) => d.code.endsWith('.language')).map((d) => `${d.code} ${d.line}`), pages: facts?.pages, kept: facts?.pageTexts?.length };
  };

  it('a 20-page German plan is said (before: past 12 pages it was not read, and silent); only its first 3 pages are read', async () => {
    const plan = await linesPdf(...Array.from({ length: 20 }, () => lines(LETTERS.German!)));
    expect(await sampled(plan, 'plan.pdf')).toMatchObject({ codes: ['file.language 7'], pages: 20, kept: 3 });
  });

  it('with `pages:`, the first pages it takes: an English cover left out, German from page 6 on; read through page 8', async () => {
    const plan = await linesPdf(...Array.from({ length: 20 }, (_, i) => lines(i < 5 ? ENGLISH : LETTERS.German!)));
    const { dir, ...said } = await sampled(plan, '{ file: plan.pdf, pages: 6-20 }');
    expect(said).toEqual({ codes: ['file.language 7'], pages: 20, kept: 8 });
    const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
    expect(b.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1')).not.toMatch(/\/Lang/);
  });
});

describe('a language the check cannot read (audit 12-06k #9)', () => {
  const UNREAD = "profile.yaml:4:11 info profile.language-unread  The posting's language is Portuguese (pt), which packet cannot read: your documents are not checked to be in Portuguese, and the packet declares no language for screen readers.  hint: Check yourself that your letters and statements are in Portuguese; if they are, write `language: pt` in your manifest, so the packet is declared Portuguese.";

  it('a Portuguese letter under an English posting does not read as English (before: Ready without a word)', async () => {
    expect((await run(PORTUGUESE, { plan: ENGLISH, thesis: ENGLISH })).said).toEqual([
      "manifest.yaml:6:11 warning text.language  The text of Motivation letter does not read as English, the posting's language: almost none of its common words are in it.  hint: Give the English version of the text; if the posting accepts the language it is in too, leave it as it is.",
    ]);
  });

  it('a Portuguese posting: said once, the English documents are named English, and the packet declares no language (before: /Lang (pt) over English pages)', async () => {
    const { dir, said } = await run(ENGLISH, { plan: ENGLISH, thesis: LETTERS.German! }, 'pt');
    expect(said).toEqual([
      "manifest.yaml:6:11 warning text.language  The text of Motivation letter is in English, but the posting's language is Portuguese.  hint: Give the Portuguese version of the text; if the posting accepts English too, leave it as it is.",
      "manifest.yaml:7:18 warning file.language  plan.pdf, given as Research plan, is in English, but the posting's language is Portuguese.  hint: Give the Portuguese version of the document; if the posting accepts English too, leave it as it is.",
    ]);
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2027-10-01']);
    expect(v.stdout.split('\n').filter((l) => l.includes('profile.language-unread'))).toEqual([UNREAD.replace('profile.yaml', join(dir, 'profile.yaml'))]);
    const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
    expect(b.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1')).not.toMatch(/\/Lang|dc:language/);
  });

  it('a Portuguese letter under a Portuguese posting: no warning, and the applicant\'s own `language: pt` is declared', async () => {
    const { dir, said } = await run(PORTUGUESE, { plan: PORTUGUESE, thesis: ENGLISH }, 'pt');
    expect(said).toEqual([]);
    writeFileSync(join(dir, 'manifest.yaml'), `language: pt\n${manifest(PORTUGUESE)}`);
    const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
    expect(b.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1')).toMatch(/\/Lang \(pt\)/);
  });
});

describe("the profile's language, declared only when the packet supports it (task prod27b)", () => {
  const build = async (letter: string, plan: string) => {
    const dir = workspace({ 'profile.yaml': PROFILE('de'), 'manifest.yaml': manifest(letter), 'plan.pdf': await linesPdf(plan ? lines(plan) : ['Abbildung 1']), 'thesis.pdf': await linesPdf(['Dissertation']) });
    const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
    expect(b.code, b.stdout + b.stderr).toBe(0);
    return readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1');
  };

  it('no written document read as German (a short note, a plan with no text): no /Lang (before: /Lang (de) over English pages)', async () => {
    expect(await build('Siehe beigefügten Plan.', '')).not.toMatch(/\/Lang/);
  });

  it('a German letter read as German: /Lang (de)', async () => {
    expect(await build(LETTERS.German!, '')).toMatch(/\/Lang \(de\)/);
  });
});
