/** Small pieces of wording shared by every message: counts with their noun, sizes, code points. */

/**
 * `1 page`, `7 pages`, `1,234 entries`.
 *
 * @example
 * plural(2, 'referee'); // '2 referees'
 * plural(1, 'entry', 'entries'); // '1 entry'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** `1,234,567`: thousands separated as en-US writes them (toLocaleString would load ICU data: ~20 ms at start). */
export function grouped(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/**
 * `12.35 MB` (10^6 bytes, as portals count), always two decimals: every size `packet` prints (the estimate, the
 * built PDF, a cap's error, --fit's before and after) goes through here, so one file never reads 2.07 MB in one
 * line and 2.1 MB in the next, and 2.04 MB against a 2 MB cap never reads "2.0 MB".
 */
export function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/**
 * Whom a posting asks for a conditional item, as the cover, the report and `item.conditional` say it.
 *
 * @example
 * onlyFor('non-native speakers of English') // 'only for non-native speakers of English'
 * onlyFor('if your degree is from outside the EU') // 'only if your degree is from outside the EU'
 */
export function onlyFor(condition: string): string {
  const c = condition.trim().replace(/^only\s+/iu, '');
  return `only ${/^(?:if|for|when|where|in case)\b/iu.test(c) ? '' : 'for '}${c}`;
}

/**
 * What the cover and the report say of a conditional item not given: not "optional", which the posting does not say.
 *
 * @example
 * conditionalAbsent('non-native speakers of English') // 'not included: needed only for non-native speakers of English'
 */
export function conditionalAbsent(condition: string): string {
  return `not included: needed ${onlyFor(condition)}`;
}

/** `U+738B`: how a character is named when the font cannot draw it. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Unicode names of the characters no one can see (`UNSEEN`) that copying from a web page, a PDF or a chat app brings along. */
const FORMAT_NAMES: Readonly<Record<number, string>> = {
  0xad: 'SOFT HYPHEN',
  0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/**
 * A character with its code point and, for the characters no one can see, its Unicode name.
 *
 * @example
 * charName('\u200b'); // 'U+200B ZERO WIDTH SPACE'
 */
export function charName(ch: string): string {
  const name = FORMAT_NAMES[ch.codePointAt(0) ?? 0];
  return name ? `${codePoint(ch)} ${name}` : codePoint(ch);
}

/**
 * The one set of characters no one can see, for every check and every escape: Unicode's Default_Ignorable_Code_Point
 * (zero-width spaces and joiners, direction marks and overrides, the soft hyphen, variation selectors, tag
 * characters, the Hangul fillers that "invisible name" tricks paste) and the characters fonts draw as an empty glyph
 * (the Braille blank, the musical null notehead).
 */
const UNSEEN_CLASS = '\\p{Default_Ignorable_Code_Point}\\u2800\\u{1D159}';
/** The part of `UNSEEN` with no width either, which no font needs a glyph for: all but the empty glyphs. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Whether a character is one no one can see that also takes no room (`UNSEEN` without the Braille blank and the
 * null notehead, which fonts draw as an empty glyph of some width): the drawing side drops these.
 *
 * @example
 * takesNoRoom('\u3164'); // true (HANGUL FILLER)
 * takesNoRoom('\u2800'); // false (BRAILLE PATTERN BLANK: a blank as wide as a letter)
 */
export function takesNoRoom(ch: string): boolean {
  return IGNORABLE.test(ch);
}
const UNSEEN = new RegExp(`[${UNSEEN_CLASS}]`, 'gu');

/**
 * The first character no one can see (`UNSEEN`) in a value, or undefined when it has none.
 *
 * @example
 * invisibleChar('one\u200b@example.org'); // '\u200b'
 * invisibleChar('\u3164\u3164'); // '\u3164' (HANGUL FILLER)
 */
export function invisibleChar(value: string): string | undefined {
  return value.match(UNSEEN)?.[0];
}

/**
 * A value with each character no one can see shown as its code point, so a message can say where it is
 * (and a direction override cannot turn the rest of the line around).
 *
 * @example
 * showInvisible('one\u200b@example.org'); // 'one<U+200B>@example.org'
 */
export function showInvisible(value: string): string {
  return value.replace(UNSEEN, (ch) => `<${codePoint(ch)}>`);
}

/**
 * A value with each character no one can see (`UNSEEN`) as a space: the words as the eye splits them.
 *
 * @example
 * unseenAsSpace('Ari\u2800Oja'); // 'Ari Oja'
 */
export function unseenAsSpace(value: string): string {
  return value.replace(UNSEEN, ' ');
}

/** The direction controls that turn the rest of a line around: embeddings, overrides and isolates (not the marks). */
const LINE_TURNING = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A line as the terminal or a Markdown viewer prints it, each direction embedding, override or isolate shown as its
 * code point (as `showInvisible` shows it), so a value pasted with U+202E cannot print the rest of the line backwards;
 * `as` writes it otherwise (JSON's `\u` escape).
 *
 * @example
 * showDirectionControls('Dr. Anna \u202eSchmidt'); // 'Dr. Anna <U+202E>Schmidt'
 */
export function showDirectionControls(line: string, as: (ch: string) => string = (ch) => `<${codePoint(ch)}>`): string {
  return line.replace(LINE_TURNING, as);
}

/**
 * Characters no one sees in a one-line value (a name, an affiliation, a title): control characters (a bell, an
 * escape; tabs and line breaks are white space) and the characters of `UNSEEN`, but not the zero-width joiner and
 * non-joiner that Persian and Indic names need, nor a variation selector (or grapheme joiner) right after a
 * character it changes the look of (an emoji's, a kanji's variant in a Japanese name).
 */
const HIDDEN = new RegExp(
  `[\\p{Cc}\\p{Cs}${UNSEEN_CLASS}](?<![\\t\\n\\r\\u200c\\u200d]|[^\\s\\p{Cc}${UNSEEN_CLASS}][\\u034f\\ufe00-\\ufe0f\\u{e0100}-\\u{e01ef}])`,
  'gu',
);

/**
 * The characters no one sees in a one-line value (its ends trimmed, as it is used), each once, or [] when it has none.
 *
 * @example
 * hiddenChars('Aino\u0007Virtanen\u202e'); // ['\u0007', '\u202e']
 * hiddenChars('\u3164\u3164 \u3164'); // ['\u3164']
 */
export function hiddenChars(value: string): string[] {
  return [...new Set(value.trim().match(HIDDEN) ?? [])];
}

/**
 * A one-line value with each character no one sees shown as its code point.
 *
 * @example
 * showHidden('Aino\u0007Virtanen'); // 'Aino<U+0007>Virtanen'
 */
export function showHidden(value: string): string {
  return value.trim().replace(HIDDEN, (ch) => `<${codePoint(ch)}>`);
}

/** A line break or tab inside a one-line value: where it is and how to take it out. */
export interface LineBreak {
  /** `a line break` or `a tab`. */
  kind: 'a line break' | 'a tab';
  /** The word before it, by which a message points at it. */
  before: string;
  /** The fix, as a hint says it. */
  fix: string;
}

/**
 * The first line break or tab inside a one-line value (a name, a title; its ends trimmed, as it is used), or
 * undefined: a `|` block's trailing break is no break, a `"\n"` written in quotes is one.
 *
 * @example
 * lineBreakIn('BSc transcript\n(Tampere University)'); // { kind: 'a line break', before: 'transcript', fix: 'write it on one line: ...' }
 */
export function lineBreakIn(value: string): LineBreak | undefined {
  const brk = /[\t\n\r\u2028\u2029]/u.exec(value.trim());
  if (!brk) return undefined;
  const before = value.trim().slice(0, brk.index).trim().split(/\s+/u).at(-1) ?? '';
  const kind = brk[0] === '\t' ? 'a tab' : 'a line break';
  return { kind, before, fix: `write it on one line: take out the ${kind === 'a tab' ? 'tab (or "\\t")' : 'line break (or "\\n")'} after "${before}"` };
}

/** Letters of scripts written right to left, which the bidi algorithm orders without any help. */
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese): a zero-width space is their word break. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Characters of no width that the page draws as nothing: between two letters, the words on either side print joined. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u180e]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Spaces YAML takes as part of a key or a plain value, copied from a web page or Word: they look like a space, or like nothing. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/u;
const ODD_SPACE_NAMES: Readonly<Record<string, string>> = {
  '\u00a0': 'a non-breaking space',
  '\u202f': 'a narrow non-breaking space',
  '\u3000': 'a full-width space',
  '\u200b': 'an invisible zero-width space',
  '\u2060': 'an invisible word joiner',
  '\ufeff': 'an invisible zero-width no-break space',
};

/** A space in a name that is not the ordinary one: where (0-based), what it is, and whether it shows as no space at all. */
export interface OddSpace {
  index: number;
  what: string;
  invisible: boolean;
}

/**
 * The first space in a file name or a key that is not the ordinary one, which a manifest cannot match to the name
 * typed with an ordinary space; undefined when it has none.
 *
 * @example
 * oddSpace('my\u00a0cv.pdf'); // { index: 2, what: 'a non-breaking space', invisible: false }
 */
export function oddSpace(value: string): OddSpace | undefined {
  const m = ODD_SPACE.exec(value);
  if (!m) return undefined;
  const ch = m[0];
  const invisible = ZERO_WIDTH.test(ch);
  return { index: m.index, what: ODD_SPACE_NAMES[ch] ?? `an unusual space (${codePoint(ch)})`, invisible };
}


/**
 * What an invisible character in a text does on the page: `backwards`, a direction override (U+202E; U+202D in a
 * text with Arabic or Hebrew letters) turns the words after it around; `joined`, a zero-width space (or word
 * joiner, byte-order mark) between two letters of a script written with spaces prints the words on either side run
 * together. Fine, and not said: direction marks, embeddings and isolates (Arabic and Hebrew text needs them; in a
 * left-to-right text the page shows them as nothing and keeps the words' order), the zero-width joiner and
 * non-joiner (Persian, Indic scripts, emoji), zero-width spaces in Thai or Japanese, or beside a space.
 */
export type InvisibleEffect = 'backwards' | 'joined';

/** An invisible character that changes what a text's page shows: the character, how often, where first (index in the text). */
export interface InvisibleTrouble {
  char: string;
  effect: InvisibleEffect;
  count: number;
  index: number;
}

/**
 * The invisible characters of a text that would make its page read differently from what the applicant sees in
 * their editor (`InvisibleEffect`), one per character in order of first appearance, or [] when it has none.
 *
 * @example
 * invisibleTrouble('study \u202emembership\u202c attacks'); // [{ char: '\u202e', effect: 'backwards', count: 1, index: 6 }]
 * invisibleTrouble('privacy\u200baudit'); // [{ char: '\u200b', effect: 'joined', count: 1, index: 7 }]
 * invisibleTrouble('שלום\u200f עולם'); // []
 */
export function invisibleTrouble(text: string): InvisibleTrouble[] {
  if (!/[\u202d\u202e\u200b\u2060\ufeff\u180e]/u.test(text)) return [];
  const rtl = RTL_SCRIPT.test(text);
  const found = new Map<string, InvisibleTrouble>();
  const chars = [...text];
  let index = 0;
  chars.forEach((ch, i) => {
    let effect: InvisibleEffect | undefined;
    if (ch === '\u202e' || (ch === '\u202d' && rtl)) effect = 'backwards';
    else if (ZERO_WIDTH.test(ch)) {
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      if (WORD_CHAR.test(before) && WORD_CHAR.test(after) && !UNSPACED.test(before) && !UNSPACED.test(after)) effect = 'joined';
    }
    if (effect !== undefined) {
      const seen = found.get(ch);
      if (seen) seen.count += 1;
      else found.set(ch, { char: ch, effect, count: 1, index });
    }
    index += ch.length;
  });
  return [...found.values()];
}

/**
 * The stretch of a text around `index`, on one line, its invisible characters shown as code points: what a message
 * quotes so the applicant can find the place.
 *
 * @example
 * around('Available from \u202e1 December\u202c. Ready.', 15); // 'Available from <U+202E>1 December<U+202C>. Ready.'
 */
export function around(text: string, index: number, width = 24): string {
  // A short value (a title) is quoted whole.
  if (text.length <= 3 * width) return showInvisible(text.replace(/[ \t\r\n]+/gu, ' ').trim());
  const start = Math.max(0, index - width);
  // More after it than before: the words after a direction override are the ones it turns around.
  const end = Math.min(text.length, index + 2 * width);
  let piece = text.slice(start, end).replace(/[ \t\r\n]+/gu, ' ');
  // Cut at spaces, not inside words, where the stretch has any on that side of the character.
  const at = index - start;
  const first = piece.indexOf(' ');
  const last = piece.lastIndexOf(' ');
  if (end < text.length && last > at) piece = piece.slice(0, last);
  if (start > 0 && first >= 0 && first < at) piece = piece.slice(first + 1);
  return `${start > 0 ? '...' : ''}${showInvisible(piece)}${end < text.length ? '...' : ''}`;
}

/**
 * What an invisible character does to a page, as the second half of a sentence about it.
 *
 * @example
 * invisibleEffect('backwards'); // 'the words after it would be printed backwards'
 */
export function invisibleEffect(effect: InvisibleEffect): string {
  if (effect === 'backwards') return 'the words after it would be printed backwards';
  return 'the page would show the words on either side of it run together, as one';
}

// Chinese, Japanese and Korean are written without spaces; word processors count each character as a word.
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Words as a word processor counts them: runs of non-whitespace that hold a letter or a digit ("and/or" and
 * "e-mail" are one word, a lone "–" is none; a zero-width space separates as a space does, a word joiner or
 * byte-order mark joins as on the page, a character no one can see counts for nothing), and each Chinese, Japanese
 * or Korean character. The one counter for inline text and for the text of PDFs.
 *
 * @example
 * countWords('A short bio — two lines.'); // 4
 * countWords('王小明'); // 3
 */
export function countWords(text: string): number {
  let words = 0;
  // Composed first: a Korean syllable pasted as its three jamo is one word, not three.
  // A zero-width space breaks words as a space does (Thai separates words with it; a paste may put it for spaces).
  // What no one can see is no word (a Hangul filler is a letter to Unicode, and the page shows it as nothing).
  for (const token of text.normalize('NFC').replace(/\u200b/gu, ' ').replace(UNSEEN, '').split(/\s+/u)) {
    const eastAsian = token.match(EAST_ASIAN)?.length ?? 0;
    if (eastAsian > 0) words += eastAsian + (/[\p{L}\p{N}]/u.test(token.replace(EAST_ASIAN, '')) ? 1 : 0);
    else if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  }
  return words;
}

// A letter of a script that hyphenates at line ends (Latin, Cyrillic, Greek): the only ones joined back.
const HYPHENATING = '\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}';
// "distri-" at a line's end, then "bution": a hyphen (or U+2010) before a lower-case letter, or a soft hyphen before any letter.
const LINE_END_HYPHEN = new RegExp(`(?<=[${HYPHENATING}])(?:([-\\u2010])[ \\t]*(?:\\r\\n?|\\n)[ \\t]*(?=(?=\\p{Ll})[${HYPHENATING}])|\\u00ad[ \\t]*(?:\\r\\n?|\\n)[ \\t]*(?=[${HYPHENATING}]))`, 'gu');

/**
 * A PDF's text with the words a typesetter broke at a line's end joined again, as a reader (and pdftotext) reads
 * them: "distri-" + line break + "bution" is "distri-bution", one word, and "state-of-the-" + "art" one word too. A
 * hyphen before a capital ("Max-" / "Planck") or a digit, or after a space (a dash), is left as it is; a soft hyphen
 * (U+00AD) at a line's end always breaks a word, and is joined before any letter.
 *
 * @example
 * joinLineEndHyphens('a distri-\nbution'); // 'a distri-bution'
 * countWords(joinLineEndHyphens('исследова-\nние')); // 1
 */
export function joinLineEndHyphens(text: string): string {
  // The hyphen is kept (not the soft one): the count is what matters, and "state-of-the-art" keeps its own.
  return text.replace(LINE_END_HYPHEN, (_, hyphen: string | undefined) => hyphen ?? '');
}

/**
 * Whether a page's text ends in a word the typesetter broke, and the next page's starts with its rest ("distri-" at
 * the foot of one page, "bution" at the head of the next): the rest is no word of its own.
 *
 * @example
 * continuesHyphenated('the model distri-', 'bution of'); // true
 */
export function continuesHyphenated(page: string, next: string): boolean {
  const junction = `${[...page.trimEnd()].slice(-2).join('')}\n${[...next.trimStart()].slice(0, 1).join('')}`;
  return joinLineEndHyphens(junction) !== junction;
}

/**
 * A fragment as a sentence: first plain word capitalised, a full stop at the end. A fragment that starts with a
 * file name, an address or `code` keeps its first character.
 *
 * @example
 * sentence('draft research plan has 7 pages'); // 'Draft research plan has 7 pages.'
 * sentence('docs does not exist', 'docs'); // 'docs does not exist.'
 */
export function sentence(s: string, subject?: string): string {
  const t = s.trim();
  // A sentence about a file keeps the file's name as written: "cv does not exist.", not "Cv does not exist.".
  const named = subject !== undefined && subject !== '' && t.startsWith(subject);
  const c = !named && /^[a-z]+[\s,;:]/.test(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  return withStop(c);
}

/**
 * A message as it is printed: a full stop at the end when it has none, nothing else changed (`diag` has made it a
 * sentence already).
 *
 * @example
 * withStop('cv does not exist'); // 'cv does not exist.'
 */
export function withStop(s: string): string {
  const t = s.trim();
  // "(Paths are relative to the manifest's folder.)" ends a sentence already.
  return /[.!?][)"'”’]?$/.test(t) ? t : `${t}.`;
}

/**
 * Free text (a `later:` note, a title, a name, a posting's note) as one line: every run of white space that holds a
 * line break becomes one space, so a `|` block's second paragraph cannot start a heading or a list item of its own
 * in a report, and the ends are trimmed.
 *
 * @example
 * oneLine('Sent after shortlisting.\n\n# Diplomas\n'); // 'Sent after shortlisting. # Diplomas'
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\n\r\v\f\u0085\u2028\u2029]\s*/gu, ' ').trim();
}

/**
 * A page range as the cover and the reports write it.
 *
 * @example
 * pageRange(4, 4); // 'p. 4'
 * pageRange(2, 4); // 'pp. 2–4'
 */
/**
 * Pages of one file in a few words: "page 3", "pages 2–5", "pages 1, 4 and 9", "pages 1, 4, 9, 12 and 3 more".
 *
 * @example
 * pagesPhrase([1, 2, 3]); // 'pages 1–3'
 */
export function pagesPhrase(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  const first = pages[0] as number;
  const last = pages[pages.length - 1] as number;
  if (last - first + 1 === pages.length) return `pages ${first}–${last}`;
  const shown = pages.slice(0, pages.length > 5 ? 4 : pages.length - 1);
  const rest = pages.length - shown.length;
  return `pages ${shown.join(', ')} and ${pages.length > 5 ? `${rest} more` : pages[pages.length - 1]}`;
}

/** Points as centimetres, to one decimal below 10 cm. */
export function cm(points: number): string {
  const v = (points / 72) * 2.54;
  return v < 10 ? v.toFixed(1) : String(Math.round(v));
}

export function pageRange(first: number, last: number): string {
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}

/**
 * A path as a shell command takes it, to paste: as it is when plain, else in quotes ("apps/Heidelberg PhD/manifest.yaml").
 * Double quotes, which every shell on every system reads, unless the path holds what they would expand.
 *
 * @example
 * shellArg('apps/Heidelberg PhD/manifest.yaml'); // '"apps/Heidelberg PhD/manifest.yaml"'
 */
export function shellArg(path: string): string {
  if (/^[\w@%+=:,./-]+$/u.test(path)) return path;
  if (!/["$`!]/u.test(path)) return `"${path}"`;
  return `'${path.replace(/'/gu, `'\\''`)}'`;
}
