/** Reading pdf-lib dictionaries without copying their entries. */
import type { PDFDict, PDFName, PDFObject } from '@cantoo/pdf-lib';

/**
 * The entries of a pdf-lib dictionary, live and uncopied. `PDFDict.entries()` and `values()` build new arrays on
 * every call; over every object of a big input (a walk for features, a copy, a safety pass) those arrays were
 * much of the garbage collector's work. Falls back to a copy should pdf-lib stop keeping entries in a Map.
 * Do not change the dictionary while iterating.
 *
 * @example
 * for (const [key, value] of entriesOf(dict)) out.set(key, copy(value));
 */
export function entriesOf(dict: PDFDict): ReadonlyMap<PDFName, PDFObject> {
  const map = (dict as unknown as { dict?: unknown }).dict;
  return map instanceof Map ? (map as Map<PDFName, PDFObject>) : new Map(dict.entries());
}
