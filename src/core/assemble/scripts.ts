/**
 * Which shipped font draws which character. Each character takes the script of its run (spaces, digits and
 * punctuation take the script of the letters around them), and the run's fonts are tried in order, the first
 * that has the character drawing it: DejaVu Sans first (Latin, Greek, Cyrillic, Hebrew), then the script's own
 * font, then every other shipped font, so a character is refused (`text.glyph`) only when none has it. Arabic
 * starts with Noto Sans Arabic (DejaVu's Arabic is a partial, older design) and Han, kana and Hangul with Noto
 * Sans SC, JP or KR (DejaVu has none of them).
 */

import type { FontRole } from './layout.js';

/**
 * A shipped font face. The CJK fonts have one weight: their bold is drawn by stroking the outlines. Italic is
 * DejaVu's (Oblique); the Arabic, Hebrew and CJK fonts have none, so their letters stay upright in italic text.
 */
export type FaceId = 'regular' | 'bold' | 'italic' | 'bold-italic' | 'arabic' | 'arabic-bold' | 'hebrew' | 'hebrew-bold' | 'sc' | 'jp' | 'kr';

/** The faces read on demand (DejaVu regular and bold are always loaded). */
export type FallbackFace = Exclude<FaceId, 'regular' | 'bold'>;

/** The script classes that choose a font. `neutral` (spaces, digits, punctuation, marks) joins its neighbours. */
export type ScriptClass = 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'neutral' | 'other';

/** Which of the CJK fonts draws Han characters: the regional forms differ (Chinese, Japanese, Korean). */
export type HanStyle = 'zh' | 'ja' | 'ko';

/** The PDF font name of each face, with a fixed six-letter subset tag so builds are reproducible. */
export const FACE_PDF_NAMES: Record<FaceId, string> = {
  regular: 'APKTRG+DejaVuSans',
  bold: 'APKTRB+DejaVuSans-Bold',
  italic: 'APKTRI+DejaVuSans-Oblique',
  'bold-italic': 'APKTBI+DejaVuSans-BoldOblique',
  arabic: 'APKTAR+NotoSansArabic',
  'arabic-bold': 'APKTAB+NotoSansArabic-Bold',
  hebrew: 'APKTHR+NotoSansHebrew',
  'hebrew-bold': 'APKTHB+NotoSansHebrew-Bold',
  sc: 'APKTSC+NotoSansSC',
  jp: 'APKTJP+NotoSansJP',
  kr: 'APKTKR+NotoSansKR',
};

const CLASSES: readonly [RegExp, ScriptClass][] = [
  [/^[\p{Script=Common}\p{Script=Inherited}]$/u, 'neutral'],
  [/^\p{Script=Arabic}$/u, 'arabic'],
  [/^\p{Script=Hebrew}$/u, 'hebrew'],
  [/^[\p{Script=Han}\p{Script=Bopomofo}]$/u, 'han'],
  [/^[\p{Script=Hiragana}\p{Script=Katakana}]$/u, 'kana'],
  [/^\p{Script=Hangul}$/u, 'hangul'],
];

const classes = new Map<number, ScriptClass>();

/**
 * The script class of a character.
 *
 * @example
 * scriptClass('王'.codePointAt(0)!) // 'han'
 * scriptClass(0x20) // 'neutral'
 */
export function scriptClass(cp: number): ScriptClass {
  let cls = classes.get(cp);
  if (cls === undefined) {
    const ch = String.fromCodePoint(cp);
    cls = CLASSES.find(([re]) => re.test(ch))?.[1] ?? 'other';
    classes.set(cp, cls);
  }
  return cls;
}

/**
 * Right-to-left letters, explicit direction marks, and Hangul jamo that only shaping composes: a line holding any
 * of these is ordered with the bidi algorithm and shaped with HarfBuzz.
 */
const COMPLEX = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u200F\u202B\u202E\u2067\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]/u;

/**
 * Whether a text needs the shaping engine (HarfBuzz) and the bidi algorithm.
 *
 * @example
 * needsShaping('محمد') // true
 * needsShaping('王芳 Wang') // false: CJK maps character to glyph
 */
export function needsShaping(text: string): boolean {
  return COMPLEX.test(text);
}

/**
 * How Han characters are drawn in a packet: in Japanese forms when its texts hold kana, in Korean forms when they
 * hold Hangul, in Chinese (mainland) forms otherwise. A name alone does not say which language it is in.
 *
 * @example
 * hanStyle(['山田太郎', 'やまだ たろう']) // 'ja'
 */
export function hanStyle(texts: Iterable<string>): HanStyle {
  let korean = false;
  for (const text of texts) {
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
    if (/\p{Script=Hangul}/u.test(text)) korean = true;
  }
  return korean ? 'ko' : 'zh';
}

const HAN_ORDER: Record<HanStyle, FaceId[]> = { zh: ['sc', 'jp', 'kr'], ja: ['jp', 'sc', 'kr'], ko: ['kr', 'sc', 'jp'] };

/**
 * The faces to try for a character of this class, in order: the script's own font first, then all the others.
 *
 * @example
 * faceChain('arabic', 'bold', 'zh') // ['arabic-bold', 'bold', 'hebrew-bold', 'sc', 'jp', 'kr']
 */
export function faceChain(cls: ScriptClass, role: FontRole, han: HanStyle): FaceId[] {
  const bold = role === 'bold' || role === 'bold-italic';
  // The upright DejaVu of the same weight: what an italic character falls back to.
  const upright: FaceId = bold ? 'bold' : 'regular';
  const arabic: FaceId = bold ? 'arabic-bold' : 'arabic';
  const hebrew: FaceId = bold ? 'hebrew-bold' : 'hebrew';
  const cjk = HAN_ORDER[han];
  let first: FaceId[];
  switch (cls) {
    case 'arabic':
      first = [arabic];
      break;
    case 'hebrew':
      // DejaVu's Hebrew has the letters, points and the Latin punctuation and digits Hebrew text uses, so a line
      // stays in one font; Noto Sans Hebrew adds the cantillation marks.
      // Hebrew has no italic tradition: in italic text it stays upright.
      first = [upright, hebrew];
      break;
    case 'han':
      first = cjk;
      break;
    case 'kana':
      first = ['jp', ...cjk];
      break;
    case 'hangul':
      first = ['kr', ...cjk];
      break;
    default:
      first = [role];
  }
  return [...new Set<FaceId>([...first, role, upright, arabic, hebrew, ...cjk])];
}

/** Whether a face has no bold of its own, so bold text in it is drawn by stroking (the CJK fonts). */
export function strokedBold(face: FaceId, role: FontRole): boolean {
  return (role === 'bold' || role === 'bold-italic') && (face === 'sc' || face === 'jp' || face === 'kr');
}

/**
 * Scripts none of the shipped fonts draws, by the name an applicant knows them by: `text.glyph` names the script
 * of such letters instead of listing each letter's code point (a name in Devanagari is one fact, not eight).
 */
const UNSHIPPED_SCRIPTS: readonly [RegExp, string][] = (
  [
    ['Devanagari', 'Devanagari'], ['Bengali', 'Bengali'], ['Gurmukhi', 'Gurmukhi'], ['Gujarati', 'Gujarati'], ['Oriya', 'Odia'],
    ['Tamil', 'Tamil'], ['Telugu', 'Telugu'], ['Kannada', 'Kannada'], ['Malayalam', 'Malayalam'], ['Sinhala', 'Sinhala'],
    ['Thai', 'Thai'], ['Lao', 'Lao'], ['Khmer', 'Khmer'], ['Myanmar', 'Myanmar'], ['Tibetan', 'Tibetan'],
    ['Ethiopic', 'Ethiopic (Ge\'ez)'], ['Cherokee', 'Cherokee'], ['Mongolian', 'Mongolian'], ['Thaana', 'Thaana'], ['Syriac', 'Syriac'],
    ['Tifinagh', 'Tifinagh'], ['Canadian_Aboriginal', 'Canadian syllabics'], ['Javanese', 'Javanese'], ['Yi', 'Yi'], ['Ol_Chiki', 'Ol Chiki'],
  ] as const
).map(([script, name]) => [new RegExp(`^\\p{Script=${script}}$`, 'u'), name]);

/**
 * The name of the script a character belongs to, when it is one the packet has no font for; undefined for any
 * other character (a symbol, an emoji, or a letter of a script the shipped fonts draw).
 *
 * @example
 * unshippedScript('प') // 'Devanagari'
 * unshippedScript('🎓') // undefined
 */
export function unshippedScript(ch: string): string | undefined {
  return UNSHIPPED_SCRIPTS.find(([re]) => re.test(ch))?.[1];
}
