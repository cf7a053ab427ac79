import type { ManifestEntry } from '../parse/manifest.js';
import { countWords } from '../words.js';

/**
 * Characters as postings count them: spaces included, line breaks not. Counted on the composed (NFC) form, so
 * "é" is one character whether it was typed as one or pasted as "e" and an accent (as macOS and some PDFs copy it).
 *
 * @example
 * countChars('Cafe\u0301'); // 4
 */
export function countChars(text: string): number {
  return [...text.normalize('NFC').trim().replace(/\r?\n/g, '')].length;
}

/**
 * About how many pages a generated text takes (A4, 10.5 pt): by its words (500 a page), or by its lines when it is
 * made of many short ones (a bulleted list: 41 lines a page, a line of up to 90 characters, half a line between
 * blocks), whichever is more. `atLeast` is a bound the built pages stay above (650 words, 55 lines a page), for
 * a cap an estimate may hold against. `words`: the text's words as read (without its markup), when known.
 *
 * @example
 * estimateGeneratedPages({ form: 'text', text: '- a\n'.repeat(110) } as ManifestEntry); // { about: 5, atLeast: 3 }
 */
export function estimateGeneratedPages(entry: ManifestEntry, words?: number): { about: number; atLeast: number } {
  if (entry.form !== 'text') return { about: 1, atLeast: 1 };
  const w = words ?? countWords(entry.text);
  const blocks = entry.text.split(/\n/).filter((l) => l.trim() !== '');
  const lines = blocks.reduce((n, b) => n + Math.max(1, Math.ceil([...b.trim()].length / 90)) + 0.5, 0);
  return { about: Math.max(1, Math.ceil(w / 500), Math.ceil(lines / 41)), atLeast: Math.max(1, Math.ceil(w / 650), Math.ceil(lines / 55)) };
}
