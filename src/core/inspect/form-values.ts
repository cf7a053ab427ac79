/**
 * The values of an input's form fields, as flattening reads them: shared by the inspector (validate says which
 * values no font of the packet can print) and the assembler (which keeps those fields), so the two agree.
 */
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { textOf } from './actions.js';

/** An inherited field attribute (walking /Parent, with a loop guard). */
export function fieldAttr(ctx: PDFContext, widget: PDFDict, key: string): PDFObject | undefined {
  let node: PDFObject | undefined = widget;
  for (let i = 0; i < 32 && node instanceof PDFDict; i++) {
    const v = node.get(PDFName.of(key));
    if (v !== undefined) return ctx.lookup(v);
    node = ctx.lookup(node.get(PDFName.of('Parent')));
  }
  return undefined;
}

/** The widget's normal appearance stream (a reference in the input), for its current state. */
export function appearance(ctx: PDFContext, widget: PDFDict): PDFRef | undefined {
  const ap = ctx.lookup(widget.get(PDFName.of('AP')));
  if (!(ap instanceof PDFDict)) return undefined;
  const n = ap.get(PDFName.of('N'));
  if (n instanceof PDFRef && ctx.lookup(n) instanceof PDFStream) return n;
  const states = ctx.lookup(n);
  if (!(states instanceof PDFDict)) return undefined;
  const as = widget.get(PDFName.of('AS'));
  const pick = as instanceof PDFName ? states.get(as) : states.values().length === 1 ? states.values()[0] : undefined;
  return pick instanceof PDFRef && ctx.lookup(pick) instanceof PDFStream ? pick : undefined;
}

/** A field's full name ("a.b.c"), as forms show it. */
export function fieldName(ctx: PDFContext, widget: PDFDict): string {
  const parts: string[] = [];
  let node: PDFObject | undefined = widget;
  for (let i = 0; i < 32 && node instanceof PDFDict; i++) {
    const t = textOf(ctx.lookup(node.get(PDFName.of('T'))));
    if (t !== '') parts.unshift(t);
    node = ctx.lookup(node.get(PDFName.of('Parent')));
  }
  return parts.join('.');
}

/** A text or choice field's value as one string (a list's choices joined by commas), '' for other fields. */
export function textValue(src: PDFContext, widget: PDFDict): string {
  const ft = fieldAttr(src, widget, 'FT');
  if (ft !== PDFName.of('Tx') && ft !== PDFName.of('Ch')) return '';
  const v = fieldAttr(src, widget, 'V');
  const text = v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : v instanceof PDFArray ? v.asArray().map((x) => textOf(src.lookup(x))).join(', ') : '';
  return text.replace(/[^\S\r\n]+/gu, ' ').trim();
}

/** Operators that put marks on the page: text, XObjects, paths, shadings, inline images. */
const PAINTS = /(?:^|[\s\])>])(?:Tj|TJ|'|"|Do|f\*?|F|S|s|B\*?|b\*?|sh|BI)(?=[\s[(</]|$)/u;

/** Whether an appearance stream paints nothing ("/Tx BMC EMC"); undecodable streams count as painting. */
export function paintsNothing(stream: PDFStream | undefined): boolean {
  if (!(stream instanceof PDFRawStream)) return false;
  try {
    const bytes = decodePDFRawStream(stream).decode();
    if (bytes.length > 65_536) return false;
    return !PAINTS.test(new TextDecoder('latin1').decode(bytes));
  } catch {
    return false;
  }
}

/**
 * The widgets that belong to the input's form (reachable from /AcroForm /Fields). Widgets outside it would be
 * dead in the output (they look fillable but are no field): they are flattened even when fields are kept.
 */
export function formWidgets(src: PDFContext, catalog: PDFDict): Set<PDFDict> {
  const out = new Set<PDFDict>();
  const form = src.lookup(catalog.get(PDFName.of('AcroForm')));
  if (!(form instanceof PDFDict)) return out;
  const seen = new Set<PDFDict>();
  const stack: (PDFObject | undefined)[] = [];
  const fields = src.lookup(form.get(PDFName.of('Fields')));
  if (fields instanceof PDFArray) for (let i = 0; i < fields.size(); i++) stack.push(fields.get(i));
  while (stack.length > 0 && seen.size < 100_000) {
    const node = src.lookup(stack.pop());
    if (!(node instanceof PDFDict) || seen.has(node)) continue;
    seen.add(node);
    const kids = src.lookup(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) stack.push(kids.get(i));
    if (node.get(PDFName.of('Subtype')) === PDFName.of('Widget') || !(kids instanceof PDFArray)) out.add(node);
  }
  return out;
}

/** Whether the input's form asks viewers to draw its fields' appearances from their values (NeedAppearances). */
export function viewerDrawsFields(src: PDFContext, catalog: PDFDict): boolean {
  return asksViewerToDraw(src, src.lookup(catalog.get(PDFName.of('AcroForm'))));
}

export function asksViewerToDraw(src: PDFContext, form: PDFObject | undefined): boolean {
  return form instanceof PDFDict && src.lookup(form.get(PDFName.of('NeedAppearances'))) === PDFBool.True;
}

/**
 * The text and choice values flattening writes itself (the field has no appearance to copy, or one the viewer is to
 * draw), by widget, with the field's full name: a value no font of the packet has the characters of stays a field.
 *
 * @example
 * writtenValues(src, formWidgets(src, catalog), viewerDrawsFields(src, catalog)) // Map { widget => { name: 'name', value: 'Wang' } }
 */
export function writtenValues(src: PDFContext, widgets: Iterable<PDFDict>, needAppearances: boolean): Map<PDFDict, { name: string; value: string }> {
  const out = new Map<PDFDict, { name: string; value: string }>();
  for (const widget of widgets) {
    const value = textValue(src, widget);
    if (value === '') continue;
    const apRef = appearance(src, widget);
    // Only values flattening writes itself: an appearance the input carries is copied as it is.
    if (apRef && !needAppearances && !paintsNothing(src.lookup(apRef) as PDFStream)) continue;
    out.set(widget, { name: fieldName(src, widget), value });
  }
  return out;
}

/**
 * The values flattening writes itself in an input's form, each with its field's name and the pages (0-based) whose
 * annotations hold its widget: what validate checks against the packet's fonts, a `pages:` selection only those it takes.
 *
 * @example
 * formValuesOnPages(doc.context, doc.catalog, tree.pages) // [{ field: 'name', value: 'Wang 𓀀', pages: [0] }]
 */
export function formValuesOnPages(src: PDFContext, catalog: PDFDict, pages: readonly { dict: PDFDict }[]): { field: string; value: string; pages: number[] }[] {
  const written = writtenValues(src, formWidgets(src, catalog), viewerDrawsFields(src, catalog));
  if (written.size === 0) return [];
  const on = new Map<PDFDict, number[]>();
  for (const [i, page] of pages.entries()) {
    const annots = src.lookup(page.dict.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) continue;
    for (let k = 0; k < annots.size(); k++) {
      const annot = src.lookup(annots.get(k));
      if (annot instanceof PDFDict && written.has(annot)) on.set(annot, [...(on.get(annot) ?? []), i]);
    }
  }
  return [...written].map(([widget, { name, value }]) => ({ field: name, value, pages: on.get(widget) ?? [] }));
}
