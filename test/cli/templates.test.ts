/**
 * The built-in example profiles hold what the posting they quote says: every limit a template sets is in its
 * header's quoted sentence, so "the posting allows" is true, and referees the posting only names give no letter.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';
import { templateQuote, templateText } from '../helpers/templates.js';

describe('the example profiles and the sentences they quote', () => {
  for (const id of ['us-tenure-track-cs', 'eu-postdoc-ml']) {
    it(`${id}: every limit and count is in the quoted posting`, () => {
      const text = templateText(id);
      const quote = templateQuote(id);
      const profile = parse(text) as { submission: Record<string, unknown>; items: Record<string, unknown>[] };
      const words = ['zero', 'one', 'two', 'three', 'four', 'five'];
      const said = (n: number) => new RegExp(`\\b(${n.toLocaleString('en-US').replace(',', ',?')}|${words[n] ?? n})\\b`, 'i').test(quote);
      const numbers: number[] = [];
      for (const key of ['max_mb', 'max_pages', 'max_name_length']) if (typeof profile.submission[key] === 'number') numbers.push(profile.submission[key] as number);
      for (const item of profile.items) for (const key of ['max_pages', 'max_words', 'max_mb', 'min', 'max']) if (typeof item[key] === 'number') numbers.push(item[key] as number);
      expect(numbers.filter((n) => !said(n))).toEqual([]);
    });
  }

  it('us-tenure-track-cs asks only for the referees\' names: a letter given with a referee is refused', async () => {
    const dir = workspace({
      'a.pdf': await makePdf({ text: 'A page {n}' }),
      'b.pdf': await makePdf({ text: 'B page {n}' }),
      'c.pdf': await makePdf({ text: 'C page {n}' }),
      'd.pdf': await makePdf({ text: 'D page {n}' }),
      'l.pdf': await makePdf({ text: 'L page {n}' }),
      'manifest.yaml': `profile: us-tenure-track-cs
applicant: { name: Aino Virtanen, email: aino@examples.fi }
items:
  cover_letter: a.pdf
  cv: b.pdf
  research_statement: c.pdf
  teaching_statement: d.pdf
  references:
    - { name: Prof. One, email: one@examples.fi, letter: l.pdf }
    - { name: Prof. Two, email: two@examples.fi }
    - { name: Prof. Three, email: three@examples.fi }
`,
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-11-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "manifest.yaml:9:58 error referee.letter  A letter from Prof. One is given, but for Names of three referees the posting asks only for referees' contact details.",
    );
    expect(r.stdout).toContain('Not ready: 1 referee detail to correct');
  });
});
