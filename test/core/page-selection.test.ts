import { describe, expect, it } from 'vitest';
import { checkPagesSyntax, describePages, selectPages } from '../../src/core/page-selection.js';

/** 1-based page numbers, as a user reads them. */
const take = (value: Parameters<typeof selectPages>[0], count: number): number[] | string => {
  const r = selectPages(value, count);
  return 'pages' in r ? r.pages.map((p) => p + 1) : `${r.problem.kind}${'page' in r.problem ? ` ${r.problem.page}` : ''}${r.problem.index !== undefined ? ` at ${r.problem.index}` : ''}`;
};

describe('selectPages', () => {
  it('takes single pages, ranges, lists and the last page, in the order given', () => {
    expect(take('1-3', 12)).toEqual([1, 2, 3]);
    expect(take('1-3, 7, 10-last', 12)).toEqual([1, 2, 3, 7, 10, 11, 12]);
    expect(take(7, 12)).toEqual([7]);
    expect(take('last', 12)).toEqual([12]);
    expect(take('LAST', 12)).toEqual([12]);
    expect(take(-1, 12)).toEqual([12]);
    expect(take('-1', 12)).toEqual([12]);
    // "-2" beside "5-" reads as "up to page 2": refused, with both readings (audit 12-05h #11; before: page 11).
    expect(selectPages('-2', 12)).toEqual({ problem: { kind: 'from-end', term: '-2', n: 2 } });
    expect(selectPages(-3, 12)).toEqual({ problem: { kind: 'from-end', term: '-3', n: 3 } });
    expect(selectPages(['1', '- 3'], 12)).toEqual({ problem: { kind: 'from-end', term: '- 3', n: 3, index: 1 } });
    // An empty entry between commas is a page number left out or a typo, not nothing (audit 12-06h).
    expect(selectPages('1-3,,5', 12)).toEqual({ problem: { kind: 'empty-entry', at: 4, fix: '1-3, 5' } });
    expect(selectPages('1-3, 5,', 12)).toEqual({ problem: { kind: 'empty-entry', at: 6, fix: '1-3, 5' } });
    expect(selectPages(['1', ', 4'], 12)).toEqual({ problem: { kind: 'empty-entry', at: 0, fix: '4', index: 1 } });
    expect(take('10-', 12)).toEqual([10, 11, 12]);
    expect(take(['1-2', 5, '-1'], 12)).toEqual([1, 2, 5, 12]);
    expect(take(['1-2, 4', 'last'], 12)).toEqual([1, 2, 4, 12]);
    expect(take('5, 1-2', 12)).toEqual([5, 1, 2]);
    expect(take('3-1', 12)).toEqual([3, 2, 1]);
    expect(take(' 2 - 4 ', 12)).toEqual([2, 3, 4]);
  });

  it('reads dashes pasted from a word processor as hyphens', () => {
    expect(take('1–3', 12)).toEqual([1, 2, 3]);
    expect(take('2—last', 4)).toEqual([2, 3, 4]);
  });

  it('refuses pages the file does not have, naming the page asked for', () => {
    expect(take('1-30', 20)).toBe('past-end 30');
    expect(take('21', 20)).toBe('past-end 21');
    expect(take('-21', 20)).toBe('from-end');
    expect(take([1, '25-last'], 20)).toBe('past-end 25 at 1');
    expect(selectPages('1-30', 20)).toEqual({ problem: { kind: 'past-end', term: '1-30', page: '30', count: 20 } });
  });

  it('refuses page 0, a page taken twice, an empty selection and what is not a page', () => {
    expect(take(0, 5)).toBe('zero');
    expect(take('0-3', 5)).toBe('zero');
    expect(take('1-3, 2', 5)).toBe('twice 2');
    expect(take(['1', '1'], 5)).toBe('twice 1 at 1');
    expect(take('', 5)).toBe('empty');
    expect(take(' , ', 5)).toBe('empty');
    expect(take('1..3', 5)).toBe('syntax');
    expect(take('first', 5)).toBe('syntax');
    expect(take('1-2-3', 5)).toBe('syntax');
    expect(take('-', 5)).toBe('syntax');
    expect(take(1.5, 5)).toBe('syntax');
    expect(take(['1', 'two'], 5)).toBe('syntax at 1');
  });

  it('never builds more pages than the file has, whatever the numbers', () => {
    expect(take('1-99999999999', 3)).toBe('past-end 99999999999');
    expect(take('1-last', 100_000)).toHaveLength(100_000);
  });
});

describe('checkPagesSyntax', () => {
  it('finds what is wrong without the file, and nothing when the syntax is right', () => {
    expect(checkPagesSyntax('1-3, 7, 10-last')).toBeUndefined();
    expect(checkPagesSyntax('1-999')).toBeUndefined();
    expect(checkPagesSyntax([1, 'x'])).toEqual({ kind: 'syntax', term: 'x', index: 1 });
  });
});

describe('describePages', () => {
  it('writes a selection on one line', () => {
    expect(describePages(['1-3', 7, '10 - last'])).toBe('1-3, 7, 10-last');
    expect(describePages(-1)).toBe('-1');
    expect(describePages('1–3,5')).toBe('1-3, 5');
  });
});
