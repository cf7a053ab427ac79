import { describe, expect, it } from 'vitest';
import { charName, codePoint, countWords, formatMb, hiddenChars, invisibleChar, invisibleTrouble, plural, shellArg, showInvisible } from '../../src/core/words.js';

describe('words', () => {
  it('counts with their noun, thousands grouped as en-US writes them', () => {
    expect(plural(1, 'page')).toBe('1 page');
    expect(plural(0, 'page')).toBe('0 pages');
    expect(plural(999, 'entry', 'entries')).toBe('999 entries');
    expect(plural(1234, 'link')).toBe('1,234 links');
    expect(plural(23839, 'link')).toBe('23,839 links');
    expect(plural(1234567, 'object')).toBe('1,234,567 objects');
    expect(plural(-1234, 'point')).toBe('-1,234 points');
    expect(plural(1234.5, 'point')).toBe('1,234.5 points');
  });

  it('sizes in MB and code points', () => {
    expect(formatMb(12_345_678)).toBe('12.35 MB');
    expect(formatMb(46_000)).toBe('0.05 MB');
    expect(codePoint('王')).toBe('U+738B');
    expect(codePoint('🎓')).toBe('U+1F393');
  });

  it('counts a Korean word pasted as decomposed jamo (NFD) once (before: one word per jamo)', () => {
    expect(countWords('한국어 논문'.normalize('NFD'))).toBe(countWords('한국어 논문'));
    expect(countWords('Café'.normalize('NFD'))).toBe(1);
  });

  it('finds invisible format characters and names them', () => {
    expect(invisibleChar('one\u200b@examples.fi')).toBe('\u200b');
    expect(invisibleChar('\u00e5sa@examples.fi')).toBeUndefined();
    expect(charName('\u200b')).toBe('U+200B ZERO WIDTH SPACE');
    expect(charName('\u202e')).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(charName('\u{e0041}')).toBe('U+E0041');
    expect(showInvisible('a\u200eb\u202ec')).toBe('a<U+200E>b<U+202E>c');
  });

  it('one set of characters no one can see: default-ignorable ones and blank glyphs, Hangul fillers too (audit 12-06g #2; before: counted as words, names of them passed)', () => {
    expect(countWords('\u3164\u3164 \u115f\u1160 \uffa0 \u2800\u2800 \u200b \u2060 \ufe0f')).toBe(0);
    expect(countWords('Dear\u3164\u3164 members \u2800')).toBe(2);
    expect(invisibleChar('aino\u3164@examples.fi')).toBe('\u3164');
    expect(charName('\u3164')).toBe('U+3164 HANGUL FILLER');
    expect(showInvisible('\uffa0Aino')).toBe('<U+FFA0>Aino');
    expect(hiddenChars('\u3164\u3164 \u3164\u2800')).toEqual(['\u3164', '\u2800']);
    // A variation selector after the character it changes (an emoji's, a kanji's variant), and the joiners of Persian, are drawn with it.
    expect(hiddenChars('Ari Oja \u2764\ufe0f \u845b\u{e0100}\u57ce \u0645\u200c\u0632')).toEqual([]);
    expect(hiddenChars('Ari \ufe0fOja')).toEqual(['\ufe0f']);
  });
});

describe('invisible characters that change the page', () => {
  it('counts words joined by zero-width spaces as the words they are (before: 1 word, and a cap never judged)', () => {
    expect(countWords('privacy\u200baudit\u200bmembership inference')).toBe(4);
    // A word joiner or a byte-order mark joins: the page draws the letters together.
    expect(countWords('co\u2060operate')).toBe(1);
    expect(countWords('co\ufeffoperate')).toBe(1);
  });

  it('a direction override, or a zero-width space between two letters, is trouble; each character once, with its count', () => {
    expect(invisibleTrouble('study \u202emembership\u202c attacks')).toEqual([{ char: '\u202e', effect: 'backwards', count: 1, index: 6 }]);
    expect(invisibleTrouble('privacy\u200baudit\u200bmembership')).toEqual([{ char: '\u200b', effect: 'joined', count: 2, index: 7 }]);
    // An embedding, or a left-to-right override, in a left-to-right text: drawn as nothing, the order kept.
    expect(invisibleTrouble('from \u202b1 December\u202c, in \u202dHelsinki\u202c')).toEqual([]);
  });

  it('what Arabic, Hebrew, Persian, Japanese text and emoji need is fine', () => {
    expect(invisibleTrouble('\u05e9\u05dc\u05d5\u05dd\u200f (Shalom) \u202bעולם 2025\u202c \u2067ירושלים\u2069')).toEqual([]);
    expect(invisibleTrouble('\u0645\u0631\u062d\u0628\u0627 \u202dABC\u202c')).toEqual([{ char: '\u202d', effect: 'backwards', count: 1, index: 6 }]);
    expect(invisibleTrouble('می\u200cخواهم')).toEqual([]);
    expect(invisibleTrouble('Team 👩\u200d🔬 and 👨\u200d👩\u200d👧')).toEqual([]);
    expect(invisibleTrouble('研究\u200bテーマ')).toEqual([]);
    // Beside a space or a punctuation mark, or at an end, a zero-width space joins nothing.
    expect(invisibleTrouble('\ufeffA text. \u200bAnother/\u200bpath')).toEqual([]);
  });
});

describe('shellArg', () => {
  it('quotes a path a shell would split or expand, so a pasted command works (before: "too many arguments")', () => {
    expect(shellArg('apps/eu/manifest.yaml')).toBe('apps/eu/manifest.yaml');
    expect(shellArg('apps2/Heidelberg PhD/manifest.yaml')).toBe('"apps2/Heidelberg PhD/manifest.yaml"');
    expect(shellArg("Aino's apps/manifest.yaml")).toBe('"Aino\'s apps/manifest.yaml"');
    expect(shellArg('cost $5/m.yaml')).toBe("'cost $5/m.yaml'");
    expect(shellArg("it's $5/m.yaml")).toBe("'it'\\''s $5/m.yaml'");
  });
});
