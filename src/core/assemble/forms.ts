/**
 * Form fields. 'flatten' (the default) draws each widget's appearance into the page and drops the widget, so
 * nothing looks fillable but dead; 'keep' carries the fields into one output /AcroForm (clashing names renamed)
 * so they still work. XFA data is never carried (only the static AcroForm fallback).
 */
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  concatTransformationMatrix,
  decodePDFRawStream,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFContext,
  type PDFDocument,
  type PDFFont,
  type PDFObject,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { Copier } from './copy.js';
import { num } from './copy.js';
import { textOf } from './source.js';

const HIDDEN = 2;
const NO_VIEW = 32;

function rectOf(ctx: PDFContext, obj: PDFObject | undefined): [number, number, number, number] | undefined {
  const a = ctx.lookup(obj);
  if (!(a instanceof PDFArray) || a.size() < 4) return undefined;
  const v = [0, 1, 2, 3].map((i) => num(ctx.lookup(a.get(i)), NaN));
  if (v.some((n) => !Number.isFinite(n))) return undefined;
  const [ax, ay, bx, by] = v as [number, number, number, number];
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** An inherited field attribute (walking /Parent, with a loop guard). */
function fieldAttr(ctx: PDFContext, widget: PDFDict, key: string): PDFObject | undefined {
  let node: PDFObject | undefined = widget;
  for (let i = 0; i < 32 && node instanceof PDFDict; i++) {
    const v = node.get(PDFName.of(key));
    if (v !== undefined) return ctx.lookup(v);
    node = ctx.lookup(node.get(PDFName.of('Parent')));
  }
  return undefined;
}

/** The widget's normal appearance stream (a reference in the input), for its current state. */
function appearance(ctx: PDFContext, widget: PDFDict): PDFRef | undefined {
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

/**
 * Draw the input widgets' appearances into the copied page (as form XObjects placed on each widget's
 * rectangle). A text field without an appearance gets its value written in `font`. Returns how many widgets
 * were flattened.
 */
export function flattenWidgets(
  page: PDFPage,
  widgets: readonly PDFDict[],
  src: PDFContext,
  copier: Copier,
  font: PDFFont,
  clean: (t: string) => string,
  needAppearances = false,
): number {
  let done = 0;
  for (const widget of widgets) {
    try {
      const flags = num(src.lookup(widget.get(PDFName.of('F'))));
      if (flags & (HIDDEN | NO_VIEW)) continue;
      const rect = rectOf(src, widget.get(PDFName.of('Rect')));
      if (!rect) continue;
      const apRef = appearance(src, widget);
      const value = textValue(src, widget, clean);
      // A filled text field whose appearance is left to the viewer (NeedAppearances, or a stream that paints
      // nothing, as LibreOffice writes): its value is the truth, and copying the appearance would lose it.
      const viewerDraws = value !== '' && (needAppearances || (apRef !== undefined && paintsNothing(src.lookup(apRef) as PDFStream)));
      if (apRef && !viewerDraws) {
        const stream = src.lookup(apRef) as PDFStream;
        const bbox = rectOf(src, stream.dict.get(PDFName.of('BBox')));
        if (!bbox) continue;
        const m = src.lookup(stream.dict.get(PDFName.of('Matrix')));
        const matrix = m instanceof PDFArray && m.size() === 6 ? [0, 1, 2, 3, 4, 5].map((i) => num(src.lookup(m.get(i)), i === 0 || i === 3 ? 1 : 0)) : [1, 0, 0, 1, 0, 0];
        const [tx0, ty0, tx1, ty1] = transformedBox(bbox, matrix);
        if (tx1 - tx0 <= 0 || ty1 - ty0 <= 0) continue;
        const sx = (rect[2] - rect[0]) / (tx1 - tx0);
        const sy = (rect[3] - rect[1]) / (ty1 - ty0);
        const outRef = copier.copy(apRef) as PDFRef;
        const outStream = page.doc.context.lookup(outRef);
        if (outStream instanceof PDFStream) {
          outStream.dict.set(PDFName.of('Type'), PDFName.of('XObject'));
          outStream.dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
        }
        const name = page.node.newXObject('FlatWidget', outRef);
        page.pushOperators(
          pushGraphicsState(),
          concatTransformationMatrix(sx, 0, 0, sy, rect[0] - tx0 * sx, rect[1] - ty0 * sy),
          drawObject(name),
          popGraphicsState(),
        );
        done++;
        continue;
      }
      // No appearance, or one the viewer was to draw: write a text field's value plainly.
      if (value !== '') {
        const h = rect[3] - rect[1];
        const size = Math.max(4, Math.min(10, h * 0.7));
        page.drawText(value, { x: rect[0] + 2, y: rect[1] + (h - size) / 2 + size * 0.2, size, font, color: rgb(0, 0, 0), maxWidth: rect[2] - rect[0] - 4 });
        done++;
      }
    } catch {
      // A malformed widget is dropped without its appearance.
    }
  }
  return done;
}

/** The value of a text or choice field as one line ('' for other fields, or none). */
function textValue(src: PDFContext, widget: PDFDict, clean: (t: string) => string): string {
  const ft = fieldAttr(src, widget, 'FT');
  if (ft !== PDFName.of('Tx') && ft !== PDFName.of('Ch')) return '';
  const v = fieldAttr(src, widget, 'V');
  const text = v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : v instanceof PDFArray ? v.asArray().map((x) => textOf(src.lookup(x))).join(', ') : '';
  return clean(text.replace(/\s+/g, ' ').trim());
}

/** Operators that put marks on the page: text, XObjects, paths, shadings, inline images. */
const PAINTS = /(?:^|[\s\])>])(?:Tj|TJ|'|"|Do|f\*?|F|S|s|B\*?|b\*?|sh|BI)(?=[\s[(</]|$)/u;

/** Whether an appearance stream paints nothing ("/Tx BMC EMC"); undecodable streams count as painting. */
function paintsNothing(stream: PDFStream | undefined): boolean {
  if (!(stream instanceof PDFRawStream)) return false;
  try {
    const bytes = decodePDFRawStream(stream).decode();
    if (bytes.length > 65_536) return false;
    return !PAINTS.test(new TextDecoder('latin1').decode(bytes));
  } catch {
    return false;
  }
}

function transformedBox(b: [number, number, number, number], m: number[]): [number, number, number, number] {
  const [a = 1, bb = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const pts = [
    [b[0], b[1]],
    [b[2], b[1]],
    [b[0], b[3]],
    [b[2], b[3]],
  ].map(([x = 0, y = 0]) => [a * x + c * y + e, bb * x + d * y + f] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Collects the fields of inputs kept live into the output's single /AcroForm. */
export class FormMerger {
  private readonly fields: PDFRef[] = [];
  private readonly names = new Set<string>();
  private dr: PDFDict | undefined;
  private da: PDFObject | undefined;
  private needAppearances = false;
  /** Inputs that brought fields so far: clashing names get the next input's number. */
  private inputs = 0;

  constructor(private readonly out: PDFDocument) {}

  /** Add the input's fields (copied through its copier, so widgets already on pages are reused). */
  add(src: PDFContext, acroForm: PDFDict, copier: Copier, onPages?: ReadonlySet<PDFDict>): number {
    const list = src.lookup(acroForm.get(PDFName.of('Fields')));
    if (!(list instanceof PDFArray)) return 0;
    const ctx = this.out.context;
    let added = 0;
    const mine = new Set<string>();
    for (let i = 0; i < list.size(); i++) {
      const item = list.get(i);
      if (!(item instanceof PDFRef)) continue;
      // With `pages:`, a field shown only on pages left out would be a field nobody can see.
      if (onPages && !shownOn(src, item, onPages)) continue;
      const copied = copier.copy(item);
      if (!(copied instanceof PDFRef)) continue;
      const field = ctx.lookup(copied);
      if (!(field instanceof PDFDict)) continue;
      const t = textOf(ctx.lookup(field.get(PDFName.of('T'))));
      if (t !== '') {
        let name = t;
        // Fields of the same input keep their names (same-named fields share a value on purpose).
        if (this.names.has(name) && !mine.has(name)) {
          let k = this.inputs + 1;
          while (this.names.has(`${t}_${k}`)) k++;
          name = `${t}_${k}`;
          field.set(PDFName.of('T'), PDFHexString.fromText(name));
        }
        mine.add(name);
      }
      this.fields.push(copied);
      added++;
    }
    for (const n of mine) this.names.add(n);
    if (added > 0) this.inputs++;
    const dr = src.lookup(acroForm.get(PDFName.of('DR')));
    if (dr instanceof PDFDict) this.mergeResources(copier.copy(dr) as PDFDict);
    if (this.da === undefined && acroForm.get(PDFName.of('DA')) !== undefined) this.da = copier.copy(src.lookup(acroForm.get(PDFName.of('DA'))) as PDFObject);
    if (asksViewerToDraw(src, acroForm)) this.needAppearances = true;
    return added;
  }

  private mergeResources(dr: PDFDict): void {
    if (!this.dr) {
      this.dr = dr;
      return;
    }
    for (const [key, value] of dr.entries()) {
      const mine = this.out.context.lookup(this.dr.get(key));
      const theirs = this.out.context.lookup(value);
      if (mine instanceof PDFDict && theirs instanceof PDFDict) {
        for (const [k, v] of theirs.entries()) if (!mine.has(k)) mine.set(k, v);
      } else if (mine === undefined) {
        this.dr.set(key, value);
      }
    }
  }

  /** Write the merged /AcroForm (nothing when no input kept fields). */
  write(): void {
    if (this.fields.length === 0) return;
    const ctx = this.out.context;
    const form = ctx.obj({ Fields: this.fields });
    if (this.dr) form.set(PDFName.of('DR'), this.dr);
    if (this.da) form.set(PDFName.of('DA'), this.da);
    if (this.needAppearances) form.set(PDFName.of('NeedAppearances'), PDFBool.True);
    this.out.catalog.set(PDFName.of('AcroForm'), ctx.register(form));
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

/**
 * The widget annotations on the given pages of an input: with `pages:`, only fields with one of them are kept.
 *
 * @example
 * forms.add(src, acroForm, copier, fieldsOnPages(src, keptPages));
 */
export function fieldsOnPages(src: PDFContext, pages: readonly { dict: PDFDict }[]): Set<PDFDict> {
  const out = new Set<PDFDict>();
  for (const page of pages) {
    const annots = src.lookup(page.dict.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = src.lookup(annots.get(i));
      if (annot instanceof PDFDict) out.add(annot);
    }
  }
  return out;
}

/** Whether a field (or one of its kids) has a widget among `widgets`. */
function shownOn(src: PDFContext, field: PDFObject, widgets: ReadonlySet<PDFDict>): boolean {
  const seen = new Set<PDFDict>();
  const stack: (PDFObject | undefined)[] = [field];
  while (stack.length > 0 && seen.size < 100_000) {
    const node = src.lookup(stack.pop());
    if (!(node instanceof PDFDict) || seen.has(node)) continue;
    seen.add(node);
    if (widgets.has(node)) return true;
    const kids = src.lookup(node.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) stack.push(kids.get(i));
  }
  return false;
}

/** Whether an input has an XFA form (whose data the output will not carry). */
export function hasXfa(src: PDFContext, catalog: PDFDict): boolean {
  const form = src.lookup(catalog.get(PDFName.of('AcroForm')));
  return form instanceof PDFDict && form.get(PDFName.of('XFA')) !== undefined;
}

/** Whether the input's form asks viewers to draw its fields' appearances from their values (NeedAppearances). */
export function viewerDrawsFields(src: PDFContext, catalog: PDFDict): boolean {
  return asksViewerToDraw(src, src.lookup(catalog.get(PDFName.of('AcroForm'))));
}

function asksViewerToDraw(src: PDFContext, form: PDFObject | undefined): boolean {
  return form instanceof PDFDict && src.lookup(form.get(PDFName.of('NeedAppearances'))) === PDFBool.True;
}

/** The input's /AcroForm, when it has fields. */
export function acroFormOf(src: PDFContext, catalog: PDFDict): PDFDict | undefined {
  const form = src.lookup(catalog.get(PDFName.of('AcroForm')));
  if (!(form instanceof PDFDict)) return undefined;
  const fields = src.lookup(form.get(PDFName.of('Fields')));
  return fields instanceof PDFArray && fields.size() > 0 ? form : undefined;
}

