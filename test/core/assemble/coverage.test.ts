import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingGlyphs } from '../../../src/core/assemble/fonts.js';
import { SURELY_COVERED, surelyDrawable } from '../../../src/core/assemble/coverage.js';

const font = new Uint8Array(readFileSync(join(import.meta.dirname, '../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')));

describe('the fast glyph coverage table', () => {
  it('claims only code points the real font draws', () => {
    for (const [a, b] of SURELY_COVERED) {
      let text = '';
      for (let cp = Math.max(a, 0x20); cp <= b; cp++) text += String.fromCodePoint(cp);
      expect(missingGlyphs(font, text), `${a.toString(16)}-${b.toString(16)}`).toEqual([]);
    }
  });

  it('sends anything else to the full check', () => {
    expect(surelyDrawable('Åsa Ødegård, Nguyễn Thị Minh, Ελένη, Дмитрий')).toBe(true);
    expect(surelyDrawable('王芳')).toBe(false);
    expect(surelyDrawable('🎓')).toBe(false);
  });
});
