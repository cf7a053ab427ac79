/** Words and characters of a PDF's extractable text, as an independent parser (pdf.js, in src/io) reads it. */
import { continuesHyphenated, countWords, joinLineEndHyphens } from '../words.js';

/** The text of a PDF's first pages: `texts[i]` is page i + 1's, `undefined` where the page could not be read. */
export interface PageTexts {
  /** Pages the reader sees in the file. */
  pages: number;
  texts: (string | undefined)[];
  /** Text typed onto each page (FreeText annotations a viewer shows, kept so in the packet), apart from `texts`: counted with the page's words. */
  typed?: string[];
  /** The text inside each of the areas asked for (`TextArea`), in their order; '' where there is none or the page could not be read. */
  under?: string[];
}

/** Areas of a page (1-based) whose text is asked for: boxes `[left, bottom, right, top]` in the page's default user space. */
export interface TextArea {
  page: number;
  boxes: [number, number, number, number][];
}

/**
 * Reads the text of up to `maxPages` pages, and the text inside `areas` (on any page); rejects when the file cannot
 * be opened. The I/O layer provides one (`readPdfText`, pdf.js); the core only counts.
 */
export type TextReader = (bytes: Uint8Array, maxPages: number, areas?: readonly TextArea[]) => Promise<PageTexts>;

export interface TextCount {
  /** Pages the reader sees. */
  pages: number;
  words: number;
  /** Characters that are not whitespace. */
  chars: number;
  /** Pages counted (fewer than `pages` when the bound was hit). */
  countedPages: number;
  /** Counted pages without any text (scanned pages, drawings, pages that could not be read). */
  emptyPages: number;
  /** Words and characters of each counted page. */
  pageWords: number[];
  pageChars: number[];
}

/**
 * Count words (runs of non-whitespace with a letter or digit) and characters over the pages read.
 *
 * @example
 * const { words } = countPageTexts(await readPdfText(bytes, 2000));
 */
export function countPageTexts({ pages, texts, typed }: PageTexts): TextCount {
  let words = 0;
  let chars = 0;
  let emptyPages = 0;
  const pageWords: number[] = [];
  const pageChars: number[] = [];
  for (const [i, read] of texts.entries()) {
    const text = typed?.[i] ? `${read ?? ''}\n${typed[i]}` : read;
    const before = i > 0 ? texts[i - 1] : undefined;
    // A word the typesetter hyphenated at a line's end is one word, as the reader reads it; one broken at the foot of the page before is that page's.
    const w = Math.max(0, countWords(joinLineEndHyphens(text ?? '')) - (before !== undefined && read !== undefined && continuesHyphenated(before, read) ? 1 : 0));
    const c = [...(text ?? '').normalize('NFC').replace(/\s+/gu, '')].length;
    words += w;
    chars += c;
    pageWords.push(w);
    pageChars.push(c);
    if (c === 0) emptyPages++;
  }
  return { pages, words, chars, countedPages: texts.length, emptyPages, pageWords, pageChars };
}
