import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatesBeyond, MAX_DEFLATE_RATIO } from '../../../src/core/inspect/inflate-guard.js';
import { inflationBomb } from '../../helpers/corpus-bombs.js';

describe('inflatesBeyond', () => {
  it('bounds deflate: zlib at its densest stays under MAX_DEFLATE_RATIO', () => {
    const inflated = 16 * 2 ** 20;
    const z = deflateSync(Buffer.alloc(inflated, 0x20), { level: 9 });
    expect(inflated / z.length).toBeGreaterThan(1000);
    expect(inflated / z.length).toBeLessThanOrEqual(MAX_DEFLATE_RATIO);
  });

  it('finds a bomb just past the cap, and passes it just under', () => {
    const bomb = inflationBomb(8);
    expect(inflatesBeyond(bomb, 7.9e6)).toBe(true);
    expect(inflatesBeyond(bomb, 8.1e6)).toBe(false);
  });
});
