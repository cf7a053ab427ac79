/**
 * Code points DejaVu Sans surely draws, checked without loading fontkit (a quarter second at start-up):
 * most manifests hold only these, so the full glyph check runs only when a text has something else.
 * A test checks every range against the real font.
 */
export const SURELY_COVERED: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], // tabs and line breaks are never drawn
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and -B
  [0x384, 0x38a], // Greek tonos and accented capitals
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x3ff], // Greek
  [0x400, 0x525], // Cyrillic and most of its supplement
  [0x1e00, 0x1efb], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x2064], // General Punctuation
];

/** Whether every character of `text` is in `SURELY_COVERED`. */
export function surelyDrawable(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!SURELY_COVERED.some(([a, b]) => cp >= a && cp <= b)) return false;
  }
  return true;
}
