/**
 * Markdown a text's page cannot show as the writer meant: an image (`![my photo](photo.jpg)`), of which only the
 * description is printed, and a footnote (`[^1]`, `[^1]: ...`), printed as typed. Inside code they are code.
 */
import { codeRanges, inside } from './comments.js';

/** An image in a text: `line` 0-based in the text, `alt` its description, `src` where it points. */
export interface TextImage {
  line: number;
  alt: string;
  src: string;
}

/** A footnote marker or definition in a text: `line` 0-based, `label` as typed (`[^1]`). */
export interface TextFootnote {
  line: number;
  label: string;
}

/** `![alt](src "title")` and `![alt][ref]`. */
const IMAGE = /!\[([^\]\n]*)\](?:\(\s*<?([^)\s>]*)>?[^)\n]*\)|\[([^\]\n]*)\])/g;
const FOOTNOTE = /\[\^[^\]\s]+\]/g;

/**
 * The images and footnotes of a text (its comments already taken out, `stripComments`, which keeps its lines).
 *
 * @example
 * unprintedMarkup('Hello\n![me](me.jpg)').images; // [{ line: 1, alt: 'me', src: 'me.jpg' }]
 */
export function unprintedMarkup(text: string): { images: TextImage[]; footnotes: TextFootnote[] } {
  if (!text.includes('![') && !text.includes('[^')) return { images: [], footnotes: [] };
  const code = codeRanges(text);
  const lineAt = (at: number): number => (text.slice(0, at).match(/\n/g) ?? []).length;
  const images: TextImage[] = [];
  for (const m of text.matchAll(IMAGE)) {
    if (inside(code, m.index)) continue;
    images.push({ line: lineAt(m.index), alt: m[1]!.trim(), src: (m[2] ?? m[3] ?? '').trim() });
  }
  const footnotes: TextFootnote[] = [];
  for (const m of text.matchAll(FOOTNOTE)) if (!inside(code, m.index)) footnotes.push({ line: lineAt(m.index), label: m[0] });
  return { images, footnotes };
}
