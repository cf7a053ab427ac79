import type { ManifestEntry } from '../parse/manifest.js';
import { countWords } from '../words.js';

/** Characters as postings count them: spaces included, line breaks not. */
export function countChars(text: string): number {
  return [...text.trim().replace(/\r?\n/g, '')].length;
}

/**
 * About how many pages a generated text page takes (A4, 10.5 pt): enough for a packet page-cap estimate.
 * `words`: the text's words as read (without its markup), when known.
 */
export function estimateGeneratedPages(entry: ManifestEntry, words?: number): number {
  if (entry.form !== 'text') return 1;
  return Math.max(1, Math.ceil((words ?? countWords(entry.text)) / 500));
}
