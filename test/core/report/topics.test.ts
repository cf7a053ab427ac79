/**
 * The verdict names what its warnings are about ("check the warning: phone number"): every code that can be a
 * warning has a topic, or a new code would be named by its code's last word ("non ascii").
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/core/catalogue.js';
import { WARNING_TOPICS } from '../../../src/core/report/model.js';

describe('warning topics in the verdict', () => {
  it('every code that can be a warning has a topic (deadline.passed and profile.unreviewed have verdicts of their own)', () => {
    const warnings = Object.entries(CATALOGUE)
      .filter(([, e]) => (('severities' in e && e.severities) || [e.severity]).includes('warning'))
      .map(([code]) => code)
      .filter((code) => code !== 'deadline.passed' && code !== 'profile.unreviewed');
    expect(warnings.length).toBeGreaterThan(60);
    expect(warnings.filter((code) => WARNING_TOPICS[code] === undefined)).toEqual([]);
  });
});
