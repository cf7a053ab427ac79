/** The assembler's small pure pieces: wrapping, paragraphs, labels, stamp geometry, glyphs, fonts, addresses. */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/assemble/cover.js';
import { pageRange } from '../../../src/core/words.js';
import { drawable, missingGlyphs, textWidth } from '../../../src/core/assemble/fonts.js';
import { safeUrl } from '../../../src/core/assemble/generated.js';
import { readPlain, textAsRead } from '../../../src/core/text/model.js';
import { coverLabels, labelPrefix, sectionLabels } from '../../../src/core/assemble/labels.js';
import { breakChars, wrap } from '../../../src/core/assemble/layout.js';
import { stampPosition } from '../../../src/core/assemble/stamps.js';
import { fonts } from './fixtures.js';

const width = (t: string): number => [...t].length * 10;

describe('wrap', () => {
  it('fills lines greedily and never exceeds the width', () => {
    expect(wrap('aa bb cc dd', width, 50)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('  spaced   out  ', width, 100)).toEqual(['spaced out']);
    expect(wrap('', width, 100)).toEqual([]);
  });

  it('breaks a word longer than the line between characters', () => {
    expect(wrap('x abcdefghij y', width, 40)).toEqual(['x', 'abcd', 'efgh', 'ij y']);
    expect(breakChars('https://e.org/a', width, 50)).toEqual(['https', '://e.', 'org/a']);
  });
});

describe('readPlain', () => {
  it('joins wrapped lines and splits on blank lines', () => {
    expect(textAsRead(readPlain('One\ntwo\r\n\r\nThree\n \n\nFour'))).toBe('One two\nThree\nFour');
  });
});

describe('labels', () => {
  it('shortens long titles at a word boundary', () => {
    expect(labelPrefix('Curriculum vitae')).toBe('Curriculum vitae');
    expect(labelPrefix('Letters of recommendation from three independent referees')).toBe('Letters of recommendation…');
    expect(labelPrefix('Recommendation letter(s) or contact details for such')).toBe('Recommendation letter(s)…');
  });

  it('numbers cover pages and sections, keeping an input’s own ranges', () => {
    expect(coverLabels(1)).toEqual([{ start: 0, prefix: 'Cover' }]);
    expect(coverLabels(3)).toEqual([{ start: 0, prefix: 'Cover' }, { start: 1, prefix: 'Cover ', style: 'D', first: 2 }]);
    expect(sectionLabels('CV', 4, 2)).toEqual([{ start: 4, prefix: 'CV ', style: 'D', first: 1 }]);
    expect(sectionLabels('Thesis', 10, 20, [{ start: 0, style: 'r' }, { start: 5, style: 'D' }])).toEqual([
      { start: 10, prefix: 'Thesis ', style: 'r' },
      { start: 15, prefix: 'Thesis ', style: 'D' },
    ]);
    // Ranges that do not start at the first page, or name an unknown style, fall back to plain numbering.
    expect(sectionLabels('X', 0, 5, [{ start: 2, style: 'D' }])).toEqual([{ start: 0, prefix: 'X ', style: 'D', first: 1 }]);
  });
});

describe('stampPosition', () => {
  const box: [number, number, number, number] = [10, 20, 610, 820];
  it('centres the stamp on the visual bottom edge for each rotation', () => {
    expect(stampPosition(box, 0, 100, 14)).toEqual({ x: 260, y: 34, rotate: 0 });
    expect(stampPosition(box, 90, 100, 14)).toEqual({ x: 596, y: 370, rotate: 90 });
    expect(stampPosition(box, 180, 100, 14)).toEqual({ x: 360, y: 806, rotate: 180 });
    expect(stampPosition(box, 270, 100, 14)).toEqual({ x: 24, y: 470, rotate: 270 });
    expect(stampPosition(box, -90, 100, 14)).toEqual(stampPosition(box, 270, 100, 14));
  });
});

describe('glyphs and fonts', () => {
  it('finds characters DejaVu Sans lacks, once each, and names them with code points', () => {
    expect(missingGlyphs(fonts.regular, 'Åsa Ødegård, Łukasz, Ελένη, Дмитрий, Nguyễn Thị Minh')).toEqual([]);
    expect(missingGlyphs(fonts.regular, '王 and 王 and 🎓\n')).toEqual(['王', '🎓']);
    expect(drawable(fonts.regular, 'a\t王\u0000b')).toBe('a ?b');
    // Decomposed input is drawn composed (one glyph for ễ).
    expect(drawable(fonts.regular, 'e\u0302\u0303')).toBe('ễ');
  });

  it('draws a soft hyphen pasted into a word as nothing (before: "mem-bership" on the page) (audit 12-05f #6)', () => {
    expect(drawable(fonts.regular, 'mem\u00adbership inference')).toBe('membership inference');
    expect(missingGlyphs(fonts.regular, 'mem\u00adbership')).toEqual([]);
    // The characters the checks call ones no one can see draw no tofu box either: a joiner, an emoji's selector, a Hangul filler.
    expect(drawable(fonts.regular, 'Ana\u200dMaria \u2764\ufe0f Lee\u3164')).toBe('AnaMaria \u2764 Lee');
    expect(missingGlyphs(fonts.regular, 'Ana\u200dMaria \u2764\ufe0f Lee\u3164\u{e0041}')).toEqual([]);
  });

  it('measures text as drawn: the sum of its glyph advances, no kerning', () => {
    // DejaVu Sans has 2048 units per em; fontkit's unkerned layout of the same text gives 63.2373046875.
    expect(textWidth(fonts.regular, 'page 3 of 12', 10)).toBeCloseTo(63.2373046875, 9);
  });
});

describe('small formats', () => {
  it('formats dates in UTC, page ranges with an en dash, and only web or mail addresses as links', () => {
    expect(isoDate(new Date(Date.UTC(2026, 10, 25, 23, 59)))).toBe('2026-11-25');
    expect(pageRange(3, 3)).toBe('p. 3');
    expect(pageRange(2, 4)).toBe('pp. 2–4');
    expect(safeUrl('https://examples.fi/ä b')).toBe('https://examples.fi/%C3%A4%20b');
    expect(safeUrl('mailto:a@examples.fi')).toBe('mailto:a@examples.fi');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('file:///etc/passwd')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});
