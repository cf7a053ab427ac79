/** Count the words and characters of a PDF's extractable text with pdf.js (an independent parser). */

export interface TextCount {
  /** Pages pdf.js sees. */
  pages: number;
  words: number;
  /** Characters that are not whitespace. */
  chars: number;
  /** Pages counted (fewer than `pages` when the bound was hit). */
  countedPages: number;
  /** Counted pages without any text (scanned pages, drawings). */
  emptyPages: number;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Extract the text of up to `maxPages` pages and count words (runs of non-whitespace) and characters.
 * Rejects when pdf.js cannot open the file; pages it cannot read count as empty.
 *
 * @example
 * const { words } = await countText(bytes, 2000);
 */
export async function countText(bytes: Uint8Array, maxPages: number): Promise<TextCount> {
  // Loaded only when asked: importing pdf.js costs about 100 ms.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may detach the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    password: '',
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise;
    let words = 0;
    let chars = 0;
    let emptyPages = 0;
    const countedPages = Math.min(doc.numPages, maxPages);
    for (let n = 1; n <= countedPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        // pdf.js puts the spaces it infers into `str`; items within a word are adjacent.
        const text = (content.items as TextItemLike[]).map((it) => (it.str ?? '') + (it.hasEOL ? '\n' : '')).join('');
        words += text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        const pageChars = text.replace(/\s+/gu, '').length;
        chars += pageChars;
        if (pageChars === 0) emptyPages++;
        page.cleanup();
      } catch {
        // A page pdf.js cannot read has no countable text; the page checks report the damage.
        emptyPages++;
      }
    }
    return { pages: doc.numPages, words, chars, countedPages, emptyPages };
  } finally {
    await task.destroy();
  }
}
