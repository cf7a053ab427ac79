/** The CLI's option values: `--today` and its default, now on the user's own clock. */
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { localToday, parseToday } from '../../src/cli/options.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cli, copyExample } from '../helpers/workspace.js';

/** A clock at `iso` (UTC) in a zone `east` minutes east of UTC. */
const clock = (iso: string, east: number): CliIo => {
  const d = new Date(iso);
  d.getTimezoneOffset = () => -east;
  return { now: () => d } as unknown as CliIo;
};

describe('localToday', () => {
  // Before: always UTC ("2025-11-14T22:30:00Z"), so a date-only deadline judged on your calendar would take
  // 00:30 on the 15th in Helsinki for the 14th.
  it('is now on your own clock, with your offset', () => {
    expect(localToday(clock('2025-11-14T22:30:00Z', 120))).toBe('2025-11-15T00:30:00+02:00');
    expect(localToday(clock('2025-11-14T22:30:00Z', -480))).toBe('2025-11-14T14:30:00-08:00');
    expect(localToday(clock('2025-11-14T22:30:00Z', 0))).toBe('2025-11-14T22:30:00+00:00');
    expect(localToday(clock('2025-11-14T22:30:00Z', 330))).toBe('2025-11-15T04:00:00+05:30');
    expect(localToday(clock('2025-11-14T11:00:00Z', -570))).toBe('2025-11-14T01:30:00-09:30');
  });

  it("is on the user's zone when the io gives one, whatever the machine's offset", () => {
    const io = (iso: string, zone: string): CliIo => ({ ...clock(iso, 0), zone });
    expect(localToday(io('2026-12-15T18:00:00Z', 'America/Los_Angeles'))).toBe('2026-12-15T10:00:00-08:00');
    expect(localToday(io('2026-07-15T18:00:00Z', 'America/Los_Angeles'))).toBe('2026-07-15T11:00:00-07:00');
  });
});

describe('parseToday', () => {
  // Audit 12-05b B: the library takes what toISOString() writes; the flag reads the same values.
  it('takes a date, a date and time, and toISOString() (fractions of a second dropped); refuses the rest', () => {
    expect(parseToday('2025-11-14')).toBe('2025-11-14');
    expect(parseToday('2025-11-14T23:30+02:00')).toBe('2025-11-14T23:30+02:00');
    expect(parseToday('2025-11-14T21:30:00.000Z')).toBe('2025-11-14T21:30:00Z');
    expect(() => parseToday('2026-13-45')).toThrow('"2026-13-45" is not a date; write it as YYYY-MM-DD');
    expect(() => parseToday('2025-11-14T23:30+25:00')).toThrow('"2025-11-14T23:30+25:00" has a UTC offset that does not exist');
  });
});

describe('an empty path given to -o or --pdf (audit 12-06g note: before, `build -o ""` wrote to the manifest\'s output without a word)', () => {
  it('is a usage error, exit 2, nothing written', async () => {
    const dir = copyExample();
    for (const args of [['build', 'manifest.yaml', '-o', ''], ['report', 'manifest.yaml', '-o', ' '], ['report', 'manifest.yaml', '--pdf', '']]) {
      const r = await cli([...args, '--today', '2025-10-01'], { cwd: dir });
      expect(r.code).toBe(2);
      const flag = args[2]!;
      expect(r.stderr).toContain(`${flag} was given an empty path; name the file, e.g. ${flag} packet.pdf, or leave ${flag} out.`);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
