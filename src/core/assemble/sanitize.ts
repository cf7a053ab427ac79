/**
 * The output's last line of defence: whatever the copier let through, no script, program launch, automatic
 * action, attachment or XFA packet reaches the saved bytes. The copier already leaves these behind and counts
 * them per input (for the diagnostics); this pass walks every object of the output to be sure. Links to files and
 * other programs go too; web links to intranet addresses are left to the copier (the packet's own links are
 * judged by validate, and are no input's).
 */
import { PDFArray, PDFDict, PDFName, PDFStream, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { UNSAFE_ACTIONS, unsafeAction } from './source.js';
import { entriesOf, isScalar, itemsOf } from '../pdf-entries.js';

const DROP_KEYS = ['AA', 'JS', 'EF', 'XFA', 'AF'].map((k) => PDFName.of(k));
const ACTION_KEYS = ['A', 'OpenAction', 'PA', 'Next'].map((k) => PDFName.of(k));
const NAMES = PDFName.of('Names');
const S = PDFName.of('S');
const JS = PDFName.of('JS');
const NAME_TREES = ['JavaScript', 'EmbeddedFiles'].map((k) => PDFName.of(k));

/**
 * Remove unsafe content from every object of `doc`; returns a description of each removal (empty when the
 * output was already clean). Long on purpose: one pass with no call or closure per object, since it visits every
 * object of a big packet (its inner comment says why).
 *
 * @example
 * const removed = sanitizeOutput(doc); // [] for a clean document
 */
export function sanitizeOutput(doc: PDFDocument): string[] {
  const ctx = doc.context;
  const removed: string[] = [];

  const check = (dict: PDFDict): void => {
    for (let i = 0; i < DROP_KEYS.length; i++) {
      const key = DROP_KEYS[i]!;
      if (dict.has(key)) {
        dict.delete(key);
        removed.push(key.decodeText());
      }
    }
    // An action dictionary left anywhere (a damaged file can put one in any array) loses its type: no viewer runs it.
    const type = dict.get(S);
    if (type instanceof PDFName && UNSAFE_ACTIONS.has(type.decodeText())) {
      dict.delete(S);
      removed.push(type.decodeText());
    }
    for (let i = 0; i < ACTION_KEYS.length; i++) {
      const key = ACTION_KEYS[i]!;
      const bad = dict.has(key) ? unsafeAction(ctx, dict.get(key), false) : undefined;
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
  };

  // Direct objects form trees (only references can make cycles, and references are not followed here). Walked
  // with a stack of the dictionaries and arrays still to visit, in the order a recursion would take: numbers,
  // names and strings are never visited, and no call or closure is made per object (the walk runs before its
  // code is optimized).
  const pending: (PDFDict | PDFArray)[] = [];
  const depths: number[] = [];
  let depth = 0;
  const push = (value: PDFObject): void => {
    if (isScalar(value)) return;
    if (value instanceof PDFStream) value = value.dict;
    if (value instanceof PDFDict || value instanceof PDFArray) {
      pending.push(value);
      depths.push(depth + 1);
    }
  };
  const walk = (root: PDFObject): void => {
    depth = -1;
    push(root);
    while (pending.length > 0) {
      const obj = pending.pop()!;
      depth = depths.pop()!;
      if (depth > 200) continue;
      const mark = pending.length;
      if (obj instanceof PDFDict) {
        check(obj);
        entriesOf(obj).forEach(push);
      } else {
        const items = itemsOf(obj);
        for (let i = 0; i < items.length; i++) push(items[i]!);
      }
      reverseFrom(pending, mark);
      reverseFrom(depths, mark);
    }
  };

  for (const [ref, obj] of ctx.enumerateIndirectObjects()) {
    // An unreferenced action object would still be written out: remove the object itself.
    if (obj instanceof PDFDict && (obj.has(S) || obj.has(JS)) && unsafeAction(ctx, obj, false)) {
      ctx.delete(ref);
      removed.push('action object');
      continue;
    }
    walk(obj);
  }
  walk(doc.catalog);
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

/** Reverse `list` from index `from` to its end, in place (children pushed in order are popped in order). */
function reverseFrom<T>(list: T[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) {
    const t = list[i]!;
    list[i] = list[j]!;
    list[j] = t;
  }
}
