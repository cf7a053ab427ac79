/**
 * The output's last line of defence: whatever the copier let through, no script, program launch, automatic
 * action, attachment or XFA packet reaches the saved bytes. The copier already leaves these behind and counts
 * them per input (for the diagnostics); this pass walks every object of the output to be sure.
 */
import { PDFArray, PDFDict, PDFName, PDFStream, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { unsafeAction } from './source.js';
import { entriesOf } from '../pdf-entries.js';

const DROP_KEYS = ['AA', 'JS', 'EF', 'XFA', 'AF'].map((k) => PDFName.of(k));
const ACTION_KEYS = ['A', 'OpenAction', 'PA', 'Next'].map((k) => PDFName.of(k));
const NAMES = PDFName.of('Names');
const S = PDFName.of('S');
const JS = PDFName.of('JS');
const NAME_TREES = ['JavaScript', 'EmbeddedFiles'].map((k) => PDFName.of(k));

/**
 * Remove unsafe content from every object of `doc`; returns a description of each removal (empty when the
 * output was already clean).
 *
 * @example
 * const removed = sanitizeOutput(doc); // [] for a clean document
 */
export function sanitizeOutput(doc: PDFDocument): string[] {
  const ctx = doc.context;
  const removed: string[] = [];

  // Direct objects form trees (only references can make cycles, and references are not followed here).
  const walk = (obj: PDFObject, depth: number): void => {
    if (depth > 200) return;
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : undefined;
    if (dict) {
      // Indexed loops and a callback: every object of the output passes here before the code is optimized,
      // when each step of a for-of iterator is an allocation.
      for (let i = 0; i < DROP_KEYS.length; i++) {
        const key = DROP_KEYS[i]!;
        if (dict.has(key)) {
          dict.delete(key);
          removed.push(key.decodeText());
        }
      }
      for (let i = 0; i < ACTION_KEYS.length; i++) {
        const key = ACTION_KEYS[i]!;
        const bad = dict.has(key) ? unsafeAction(ctx, dict.get(key)) : undefined;
        if (bad) {
          dict.delete(key);
          removed.push(bad);
        }
      }
      const names = dict === doc.catalog ? ctx.lookup(dict.get(NAMES)) : undefined;
      if (names instanceof PDFDict) {
        for (const key of NAME_TREES) {
          if (names.has(key)) {
            names.delete(key);
            removed.push(key.decodeText());
          }
        }
      }
      entriesOf(dict).forEach((value) => walk(value, depth + 1));
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) walk(obj.get(i), depth + 1);
    }
  };

  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    // An unreferenced action object would still be written out: remove the object itself.
    if (obj instanceof PDFDict && (obj.has(S) || obj.has(JS)) && unsafeAction(ctx, obj)) {
      ctx.delete(ref);
      removed.push('action object');
      continue;
    }
    walk(obj, 0);
  }
  walk(doc.catalog, 0);
  const open = doc.catalog.get(PDFName.of('OpenAction'));
  if (open !== undefined && !(ctx.lookup(open) instanceof PDFArray)) {
    const action = ctx.lookup(open);
    if (!(action instanceof PDFDict) || action.get(PDFName.of('S')) !== PDFName.of('GoTo')) {
      doc.catalog.delete(PDFName.of('OpenAction'));
      removed.push('OpenAction');
    }
  }
  return removed;
}
