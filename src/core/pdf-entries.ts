/** Reading pdf-lib dictionaries, arrays and documents without copying their contents. */
import { PDFBool, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import type { PDFArray, PDFContext, PDFDict, PDFObject, PDFRef } from '@cantoo/pdf-lib';

/**
 * Whether `obj` is a number, name, string, boolean or null: a value with nothing inside to visit, copy or
 * screen. By class, not `instanceof`: these classes have no subclasses, and the walks over every value of a
 * document (most of them numbers and names) run before their code is optimized, when each `instanceof` is a
 * call that walks the prototype chain.
 *
 * @example
 * if (isScalar(value)) return value; // shared, never changed in place
 */
export function isScalar(obj: PDFObject): boolean {
  // Optional: a hole in a malformed array must reach the caller's own checks, not throw here.
  const c = (obj as PDFObject | undefined)?.constructor;
  return c === PDFNumber || c === PDFName || c === PDFString || c === PDFHexString || c === PDFBool || c === PDFNull.constructor;
}

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

/**
 * The items of a pdf-lib array, live and uncopied (`PDFArray.asArray()` copies them on every call).
 * Do not change the array while iterating.
 *
 * @example
 * for (const item of itemsOf(kids)) visit(item);
 */
export function itemsOf(array: PDFArray): readonly PDFObject[] {
  const items = (array as unknown as { array?: unknown }).array;
  return Array.isArray(items) ? (items as PDFObject[]) : array.asArray();
}

/**
 * Every indirect object of a document, live, in the order they were parsed or made
 * (`enumerateIndirectObjects()` copies and sorts them by number). For walks whose result does not depend on order.
 *
 * @example
 * for (const obj of indirectObjectsOf(doc.context).values()) visit(obj);
 */
export function indirectObjectsOf(context: PDFContext): ReadonlyMap<PDFRef, PDFObject> {
  const map = (context as unknown as { indirectObjects?: unknown }).indirectObjects;
  return map instanceof Map ? (map as Map<PDFRef, PDFObject>) : new Map(context.enumerateIndirectObjects());
}
