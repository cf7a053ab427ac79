import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/corpus.js';
import { importPosting } from '../../../src/core/import/index.js';
import { ProfileSchema } from '../../../src/core/schema/profile.js';

const POSTING = resolve(repoRoot, '..', 'shared', 'postings', 'aalto-tml-doctoral.txt');
const BUILT_IN = resolve(repoRoot, 'templates', 'profiles', 'aalto-tml-doctoral-2025.yaml');

/** What makes two profiles equivalent for the importer: items (kind, stage, forms), submission, dates. */
function essence(p: ReturnType<typeof ProfileSchema.parse>) {
  return {
    items: p.items.map((i) => ({ kind: i.kind, stage: i.stage, accepts: [...i.accepts].sort(), min: i.min })),
    format: p.submission.format,
    deadline: p.deadline,
    open_until_filled: p.open_until_filled,
    start: p.start,
  };
}

describe.skipIf(!existsSync(POSTING))('the Aalto TML posting (skipped: ../shared/postings/aalto-tml-doctoral.txt is absent)', () => {
  // Read only when the posting is there: a skipped block's body still runs to collect its tests.
  const result = existsSync(POSTING) ? importPosting(readFileSync(POSTING, 'utf8')) : (undefined as unknown as ReturnType<typeof importPosting>);

  it('imports into a valid profile', () => {
    expect(() => ProfileSchema.parse(result.profile)).not.toThrow();
    expect(result.profile.title).toBe('Doctoral Researcher in Trustworthy Machine Learning');
    expect(result.profile.organization).toBe('Aalto University');
  });

  it('lists the items of the posting in its order, with kinds, stages and forms', () => {
    expect(essence(result.profile).items).toEqual([
      { kind: 'cv', stage: 'required', accepts: ['file'], min: undefined },
      { kind: 'bio', stage: 'required', accepts: ['file', 'text'], min: undefined },
      { kind: 'research_plan', stage: 'required', accepts: ['file', 'text'], min: undefined },
      { kind: 'transcript', stage: 'required', accepts: ['file'], min: undefined },
      { kind: 'thesis', stage: 'required', accepts: ['file', 'link'], min: undefined },
      { kind: 'references', stage: 'required', accepts: ['letter', 'referee'], min: 1 },
      { kind: 'diplomas', stage: 'later', accepts: ['file'], min: undefined },
    ]);
    expect(result.profile.items.map((i) => i.id)).toEqual(['cv', 'bio', 'research_plan', 'transcript', 'thesis', 'references', 'diplomas']);
  });

  it('reads the deadline, open-until-filled, the start date, the one-PDF rule and the eligibility note', () => {
    expect(result.profile.deadline).toBe('2025-11-14');
    expect(result.profile.open_until_filled).toBe(true);
    expect(result.profile.start).toBe('2026-01');
    expect(result.profile.submission.format).toBe('single-pdf');
    expect(result.profile.notes).toContain("The candidates must have completed their Master's degree before the start of the contract period.");
  });

  it('does not take the "reference AcademicKeys in your cover letter" remark for a cover letter', () => {
    expect(result.profile.items.some((i) => i.kind === 'cover_letter')).toBe(false);
  });

  it('needs no review, and names no document it does not list', () => {
    expect(result.review).toEqual([]);
    expect(result.unlisted).toEqual([]);
  });

  it.skipIf(!existsSync(BUILT_IN))('is equivalent to the built-in profile', () => {
    const builtIn = ProfileSchema.parse(parse(readFileSync(BUILT_IN, 'utf8')));
    const mine = essence(result.profile);
    const theirs = essence(builtIn);
    expect(mine.items.map(({ kind, stage, accepts }) => ({ kind, stage, accepts }))).toEqual(
      theirs.items.map(({ kind, stage, accepts }) => ({ kind, stage, accepts })),
    );
    expect({ ...mine, items: undefined }).toEqual({ ...theirs, items: undefined });
  });

  it('writes YAML that parses back to the same profile, with the sentences values came from as comments', () => {
    expect(ProfileSchema.parse(parse(result.yaml))).toEqual(result.profile);
    expect(result.yaml).toContain('# from: "The deadline for applications is 14.11.2025."');
    expect(result.yaml).toContain('# from: "The expected start date is January 2026."');
  });
});
