/** `packet profile check`: a profile whose counts or caps cannot be met is refused at their line, exit 1. */
import { describe, expect, it } from 'vitest';
import { cli, TEST_PROFILE, workspace } from '../helpers/workspace.js';

async function check(profile: string) {
  const dir = workspace({ 'profile.yaml': profile });
  return cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
}

describe('packet profile check', () => {
  it('says a page cap of 0 must be 1 or more (before: "must be at least 0 (exclusive)")', async () => {
    const r = await check(TEST_PROFILE.replace('max_pages: 5 }', 'max_pages: 0 }'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('profile.yaml:9:97 error profile.invalid  `items[2].max_pages` must be 1 or more.  hint: Write a whole number of 1 or more.\n');
  });
});
