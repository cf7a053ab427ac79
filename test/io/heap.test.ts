import { afterAll, describe, expect, it } from 'vitest';
import { keepYoungGenerationSmall, LARGE_RUN_BYTES, noteInputRead, youngGenerationKeptSmall } from '../../src/io/heap.js';

describe('young generation policy', () => {
  // Leave the test worker with V8's usual growth.
  afterAll(() => noteInputRead(LARGE_RUN_BYTES + 1));

  it('is left alone unless the CLI asks (library callers)', () => {
    noteInputRead(LARGE_RUN_BYTES * 2);
    expect(youngGenerationKeptSmall()).toBe(false);
  });

  it('stays small for a packet of inputs up to LARGE_RUN_BYTES in all, and grows again past it', () => {
    keepYoungGenerationSmall();
    expect(youngGenerationKeptSmall()).toBe(true);
    noteInputRead(LARGE_RUN_BYTES / 2);
    noteInputRead(LARGE_RUN_BYTES / 2);
    expect(youngGenerationKeptSmall()).toBe(true);
    noteInputRead(1);
    expect(youngGenerationKeptSmall()).toBe(false);
  });

  it('counts afresh when asked again', () => {
    keepYoungGenerationSmall();
    noteInputRead(LARGE_RUN_BYTES);
    expect(youngGenerationKeptSmall()).toBe(true);
  });
});
