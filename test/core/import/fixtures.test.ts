/**
 * The importer against hand-written postings in test/fixtures/postings, each beside `<name>.expected.yaml`: the
 * items a careful reader would list (kind, stage, and forms and limits where the posting states them), the
 * submission rules and the dates. Prints precision and recall over items (kind + stage) across all fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importPosting } from '../../../src/core/import/index.js';
import { ProfileSchema, type ProfileItem } from '../../../src/core/schema/profile.js';

const DIR = 'test/fixtures/postings';
const LIMITS = ['max_pages', 'max_words', 'max_chars', 'max_mb'] as const;

interface ExpectedItem extends Partial<Pick<ProfileItem, 'accepts' | 'min' | 'max' | (typeof LIMITS)[number]>> {
  kind: string;
  stage: string;
}
interface Expected {
  today?: string;
  items: ExpectedItem[];
  submission?: { format?: string; max_mb?: number; max_pages?: number; file_name?: string };
  deadline?: string;
  open_until_filled?: boolean;
  start?: string;
  review?: string[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => /\.(?:txt|html?)$/.test(f))
  .sort();

const totals = { tp: 0, actual: 0, expected: 0 };
const misses: string[] = [];

/** `conditional` (as the expected files write it) for an item with a condition, its stage otherwise. */
const stageOf = (a: ProfileItem): string => (a.condition ? 'conditional' : a.stage);

/** Pairs expected items with imported ones of the same kind and stage, in order. */
function pair(expected: ExpectedItem[], actual: ProfileItem[]): [ExpectedItem, ProfileItem][] {
  const used = new Set<number>();
  const out: [ExpectedItem, ProfileItem][] = [];
  for (const e of expected) {
    const i = actual.findIndex((a, k) => !used.has(k) && a.kind === e.kind && stageOf(a) === e.stage);
    if (i === -1) continue;
    used.add(i);
    out.push([e, actual[i] as ProfileItem]);
  }
  return out;
}

describe('importing the fixture postings', () => {
  it('has at least 10 fixtures, each with an expected outcome', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const f of fixtures) expect(readdirSync(DIR)).toContain(f.replace(/\.[a-z]+$/, '.expected.yaml'));
  });

  for (const file of fixtures) {
    describe(file, () => {
      const expected = parse(readFileSync(join(DIR, file.replace(/\.[a-z]+$/, '.expected.yaml')), 'utf8')) as Expected;
      const result = importPosting(readFileSync(join(DIR, file), 'utf8'), expected.today ? { today: expected.today } : {});
      const { profile } = result;
      const pairs = pair(expected.items, profile.items);
      totals.tp += pairs.length;
      totals.actual += profile.items.length;
      totals.expected += expected.items.length;
      const fmt = (i: ExpectedItem | ProfileItem) => `${i.kind}/${'id' in i ? stageOf(i) : i.stage}`;
      const matchedE = new Set(pairs.map(([e]) => e));
      const matchedA = new Set(pairs.map(([, a]) => a));
      for (const e of expected.items) if (!matchedE.has(e)) misses.push(`${file}: missed ${fmt(e)}`);
      for (const a of profile.items) if (!matchedA.has(a)) misses.push(`${file}: extra ${fmt(a)} "${a.title}"`);

      it('is a valid profile', () => {
        expect(() => ProfileSchema.parse(profile)).not.toThrow();
        expect(ProfileSchema.parse(parse(result.yaml))).toEqual(profile);
      });

      it('states limits, counts and forms exactly', () => {
        for (const [e, a] of pairs) {
          const label = `${file} ${fmt(e)}`;
          for (const k of LIMITS) expect(a[k], `${label} ${k}`).toBe(e[k]);
          if (e.min !== undefined || e.max !== undefined) expect({ min: a.min, max: a.max }, `${label} count`).toEqual({ min: e.min, max: e.max });
          if (e.accepts) expect([...a.accepts].sort(), `${label} accepts`).toEqual([...e.accepts].sort());
        }
      });

      it('reads the dates exactly', () => {
        expect(profile.deadline).toBe(expected.deadline);
        expect(profile.open_until_filled).toBe(expected.open_until_filled ?? false);
        expect(profile.start).toBe(expected.start);
      });

      it('reads the submission rules', () => {
        const s = expected.submission ?? {};
        if (s.format) expect(profile.submission.format).toBe(s.format);
        expect(profile.submission.max_mb).toBe(s.max_mb);
        expect(profile.submission.max_pages).toBe(s.max_pages);
        expect(profile.submission.file_name).toBe(s.file_name);
      });

      it('flags what it guessed', () => {
        const paths = result.review.map((r) => r.path);
        for (const p of expected.review ?? []) expect(paths, `${file} review`).toContain(p);
        for (const r of result.review) {
          const m = /^items\[(\d+)\]/.exec(r.path);
          if (m) expect(profile.items[Number(m[1])]?.review).toBe(true);
          else if (r.path.startsWith('submission')) expect(profile.submission.review).toBe(true);
          else expect(profile.review).toBe(true);
        }
      });
    });
  }

  afterAll(() => {
    const precision = totals.tp / totals.actual;
    const recall = totals.tp / totals.expected;
    console.log(
      `importer over ${fixtures.length} fixtures: precision ${precision.toFixed(3)} (${totals.tp}/${totals.actual}), recall ${recall.toFixed(3)} (${totals.tp}/${totals.expected})` +
        (misses.length > 0 ? `\n  ${misses.join('\n  ')}` : ''),
    );
  });

  it('finds items with precision and recall of at least 0.9 (kind + stage, all fixtures)', () => {
    // Runs last: the describe blocks above have filled the totals while they were collected.
    expect(totals.tp / totals.actual).toBeGreaterThanOrEqual(0.9);
    expect(totals.tp / totals.expected).toBeGreaterThanOrEqual(0.9);
  });
});
