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
  PDFRef,
  PDFStream,
  PDFString,
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  type PDFContext,
  type PDFDocument,
  type PDFFont,
  type PDFObject,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { Copier } from './copy.js';
import { num } from './copy.js';
import { textOf } from './source.js';
import { appearance, asksViewerToDraw, buttonOn, FIELD_FLAGS, fieldAttr, fieldFlags, formWidgets, holdsPrompt, isListBox, isSignatureField, paintsNothing, textValue, undecidedRadios, widgetShows, writtenValues } from '../inspect/form-values.js';
import { visibleBox } from './stamps.js';
import { decimal, fontKey } from './text-ops.js';

export { formWidgets, isSignatureField, viewerDrawsFields } from '../inspect/form-values.js';

function rectOf(ctx: PDFContext, obj: PDFObject | undefined): [number, number, number, number] | undefined {
  const a = ctx.lookup(obj);
  if (!(a instanceof PDFArray) || a.size() < 4) return undefined;
  const v = [0, 1, 2, 3].map((i) => num(ctx.lookup(a.get(i)), NaN));
  if (v.some((n) => !Number.isFinite(n))) return undefined;
  const [ax, ay, bx, by] = v as [number, number, number, number];
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** How flattening writes what a viewer would draw for a field without an appearance of its own. */
export interface FieldPen {
  /** The characters of `text` that no font of the packet has. */
  missing(text: string): string[];
  /** Width of `text` at `size`, in points, in the packet's fonts. */
  width(text: string, size: number): number;
  /** Operators (`BT` ... `ET`) drawing one line in the packet's fonts, its baseline's left end at (x, y). */
  line(page: PDFPage, text: string, x: number, y: number, size: number): string;
  /** ZapfDingbats, the font of check marks (`/MK /CA`), embedded on first use. */
  dingbats(): PDFFont;
}

const { multiline: MULTILINE, radio: RADIO, pushbutton: PUSHBUTTON, comb: COMB, password: PASSWORD } = FIELD_FLAGS;

/** The ZapfDingbats characters Acrobat offers as check box and radio styles (`/MK /CA`), as Unicode for measuring. */
const DINGBATS: Record<string, string> = { '4': '\u2714', l: '\u25CF', '8': '\u2718', u: '\u25C6', n: '\u25A0', H: '\u2605' };

/**
 * Draw the input widgets' appearances into the copied page (as form XObjects placed on each widget's
 * rectangle). A field without an appearance (or one left to the viewer) is drawn as viewers draw it: a text or
 * choice value in the packet's fonts, a ticked check box or chosen radio button as its `/MK /CA` mark. Widgets
 * whose values have characters no font of the packet has are left out (`undrawable`, the caller keeps them as
 * fields). A field holding only its template's prompt ("Click or tap here to enter text.") is drawn empty: a viewer
 * shows a prompt grey until one types, a flattened page would print it as if it were an answer. Returns how many
 * widgets were flattened, and the texts they print (a value, or a button's caption), for the build's text check.
 */
export function flattenWidgets(
  page: PDFPage,
  widgets: readonly PDFDict[],
  src: PDFContext,
  copier: Copier,
  pen: FieldPen,
  needAppearances = false,
): { done: number; printed: string[] } {
  let done = 0;
  const printed: string[] = [];
  const shown = visibleBox(page);
  for (const widget of widgets) {
    try {
      // What no viewer shows (hidden, 0 x 0, off the page) is not printed, nor counted as the applicant's words.
      if (!widgetShows(src, widget, shown)) continue;
      const rect = rectOf(src, widget.get(PDFName.of('Rect')));
      if (!rect) continue;
      if (holdsPrompt(src, widget)) {
        // Only its /MK background and border, as a viewer draws an empty field.
        const box = boxOps(src, widget, rect);
        if (box !== '') drawClipped(page, rect, box);
        done++;
        continue;
      }
      const apRef = appearance(src, widget);
      const value = textValue(src, widget);
      const mk = src.lookup(widget.get(PDFName.of('MK')));
      const caption = mk instanceof PDFDict ? textOf(src.lookup(mk.get(PDFName.of('CA')))) : '';
      printed.push(value !== '' ? value : caption);
      // A filled text field whose appearance is left to the viewer (NeedAppearances, or a stream that paints
      // nothing, as LibreOffice writes): its value is the truth, and copying the appearance would lose it.
      const viewerDraws = value !== '' && (needAppearances || (apRef !== undefined && paintsNothing(src.lookup(apRef) as PDFStream)));
      // A password field's own look may show its value in clear (pdf-lib writes it so): only the asterisks viewers show are drawn.
      const secret = fieldAttr(src, widget, 'FT') === PDFName.of('Tx') && (fieldFlags(src, widget) & PASSWORD) !== 0;
      if (apRef && !viewerDraws && !secret) {
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
      // No appearance, or one the viewer was to draw: draw it as a viewer does, clipped to the widget's box.
      const ops = apRef ? textOps(src, widget, rect, value, page, pen) : (textOps(src, widget, rect, value, page, pen) ?? markOps(src, widget, rect, page, pen));
      // Its /MK background and border, as a viewer draws them behind and around the value (an empty field's too).
      const box = apRef ? '' : boxOps(src, widget, rect);
      if (ops || box !== '') {
        drawClipped(page, rect, `${box}${ops ?? ''}`);
        done++;
      }
    } catch {
      // A malformed widget is dropped without its appearance.
    }
  }
  return { done, printed: printed.filter((t) => t !== '') };
}

/** Operators added to the page in a content stream of their own, clipped to the widget's box. */
function drawClipped(page: PDFPage, rect: [number, number, number, number], ops: string): void {
  const ctx = page.doc.context;
  const [x0, y0, x1, y1] = rect;
  page.node.addContentStream(ctx.register(ctx.stream(`q\n${n(x0)} ${n(y0)} ${n(x1 - x0)} ${n(y1 - y0)} re W n\n${ops}Q\n`)));
}

/**
 * The widgets among `widgets` flattening cannot draw truly, so they stay fields (the viewer draws them): a text or
 * choice value with characters no font of the packet has (question marks in place of, say, a name), and the
 * buttons of a radio group whose chosen button the file does not say (`undecided`: flattening would erase it).
 *
 * @example
 * const kept = undrawableWidgets(src, formWidgets(src, catalog), (t) => setter.missing(t), false);
 */
export function undrawableWidgets(
  src: PDFContext,
  widgets: Iterable<PDFDict>,
  missing: (text: string) => string[],
  needAppearances: boolean,
): Map<PDFDict, { name: string; chars: string[]; undecided?: boolean }> {
  const all = [...widgets];
  const out = new Map<PDFDict, { name: string; chars: string[]; undecided?: boolean }>();
  for (const [widget, { name, value }] of writtenValues(src, all, needAppearances)) {
    const chars = missing(value);
    if (chars.length > 0) out.set(widget, { name, chars });
  }
  for (const [widget, name] of undecidedRadios(src, all)) out.set(widget, { name, chars: [], undecided: true });
  return out;
}

/** The text and choice values of an input's form that flattening may have to write itself. */
export function formValues(src: PDFContext, catalog: PDFDict): string[] {
  return [...formWidgets(src, catalog)].map((w) => textValue(src, w)).filter((v) => v !== '');
}

function n(v: number): string {
  return decimal(v);
}

/** The font size and fill colour operator of a default appearance string (`/Helv 11 Tf 0 g`): 0 means fit the box. */
function defaultAppearance(ctx: PDFContext, widget: PDFDict): { size: number; fill: string } {
  const da = fieldAttr(ctx, widget, 'DA');
  const text = da instanceof PDFString || da instanceof PDFHexString ? da.decodeText() : '';
  const size = /([\d.]+)\s+Tf\b/u.exec(text);
  const fills = [...text.matchAll(/((?:-?[\d.]+\s+){1,4})(g|rg|k)\b/gu)];
  const last = fills[fills.length - 1];
  const operands = last?.[1]?.trim().split(/\s+/u) ?? [];
  const wanted = { g: 1, rg: 3, k: 4 }[last?.[2] as 'g' | 'rg' | 'k'] ?? 0;
  const fill = last && operands.length >= wanted ? `${operands.slice(-wanted).join(' ')} ${last[2]}` : '0 g';
  return { size: Math.max(0, Number(size?.[1] ?? 0) || 0), fill };
}

/** A colour operator for an /MK colour array (gray, RGB or CMYK), or '' for none (transparent). */
function colourOp(ctx: PDFContext, obj: PDFObject | undefined, stroke: boolean): string {
  const a = ctx.lookup(obj);
  if (!(a instanceof PDFArray)) return '';
  const v = a.asArray().map((x) => num(ctx.lookup(x), NaN));
  if (v.some((x) => !Number.isFinite(x))) return '';
  const op = { 1: 'g', 3: 'rg', 4: 'k' }[v.length];
  return op ? `${v.map(n).join(' ')} ${stroke ? op.toUpperCase() : op}` : '';
}

/** A widget's /MK /BG background filled and /BC border stroked (width /BS /W, 1 by default; /S /U underlines), or ''. */
function boxOps(src: PDFContext, widget: PDFDict, rect: [number, number, number, number]): string {
  const mk = src.lookup(widget.get(PDFName.of('MK')));
  if (!(mk instanceof PDFDict)) return '';
  const [x0, y0, x1, y1] = rect;
  const bg = colourOp(src, mk.get(PDFName.of('BG')), false);
  const bc = colourOp(src, mk.get(PDFName.of('BC')), true);
  const bs = src.lookup(widget.get(PDFName.of('BS')));
  const bw = bs instanceof PDFDict ? num(src.lookup(bs.get(PDFName.of('W'))), 1) : 1;
  let out = bg === '' ? '' : `${bg}\n${n(x0)} ${n(y0)} ${n(x1 - x0)} ${n(y1 - y0)} re f\n`;
  if (bc !== '' && bw > 0) {
    const underline = bs instanceof PDFDict && bs.get(PDFName.of('S')) === PDFName.of('U');
    const half = bw / 2;
    out += underline
      ? `${bc} ${n(bw)} w\n${n(x0)} ${n(y0 + half)} m ${n(x1)} ${n(y0 + half)} l S\n`
      : `${bc} ${n(bw)} w\n${n(x0 + half)} ${n(y0 + half)} ${n(x1 - x0 - bw)} ${n(y1 - y0 - bw)} re S\n`;
    // A comb field's cells are divided by lines in its border colour.
    const cells = combCells(src, widget);
    if (cells > 1) for (let i = 1; i < cells; i++) out += `${n(x0 + ((x1 - x0) * i) / cells)} ${n(y0)} m ${n(x0 + ((x1 - x0) * i) / cells)} ${n(y1)} l S\n`;
  }
  return out;
}

/** The number of cells of a comb field (a text field with /MaxLen, one character a cell), 0 for other fields. */
function combCells(src: PDFContext, widget: PDFDict): number {
  if (fieldAttr(src, widget, 'FT') !== PDFName.of('Tx')) return 0;
  const ff = fieldFlags(src, widget);
  if (!(ff & COMB) || ff & (MULTILINE | PASSWORD)) return 0;
  const max = Math.floor(num(src.lookup(fieldAttr(src, widget, 'MaxLen'))));
  return max > 0 && max <= 1000 ? max : 0;
}

/**
 * A text or choice field's value drawn as a viewer does, or undefined: a multi-line field wrapped from the top, a
 * list box's chosen rows from the top, a comb field one character centred in each cell.
 */
function textOps(src: PDFContext, widget: PDFDict, rect: [number, number, number, number], value: string, page: PDFPage, pen: FieldPen): string | undefined {
  if (value === '') return undefined;
  const { size: daSize, fill } = defaultAppearance(src, widget);
  const w = rect[2] - rect[0] - 4;
  const h = rect[3] - rect[1];
  const align = num(src.lookup(fieldAttr(src, widget, 'Q')));
  const at = (line: string, y: number, size: number): string => {
    const room = w - pen.width(line, size);
    const x = rect[0] + 2 + (align === 1 ? room / 2 : align === 2 ? room : 0);
    return pen.line(page, line, x, y, size);
  };
  const cells = combCells(src, widget);
  if (cells > 0) {
    const chars = [...value.replace(/\s+/gu, ' ')].slice(0, cells);
    const cell = (rect[2] - rect[0]) / cells;
    let size = daSize > 0 ? daSize : Math.max(4, Math.min(12, h * 0.7));
    if (daSize === 0) while (size > 4 && chars.some((c) => pen.width(c, size) > cell)) size -= 0.5;
    const y = rect[1] + (h - size) / 2 + size * 0.22;
    return `${fill}\n${chars.map((c, i) => (c === ' ' ? '' : pen.line(page, c, rect[0] + cell * i + (cell - pen.width(c, size)) / 2, y, size))).join('')}`;
  }
  if (fieldFlags(src, widget) & MULTILINE || isListBox(src, widget)) {
    // Auto size (0) shrinks the text until its lines fit the box, as viewers do; a set size is kept (and clipped).
    let size = daSize > 0 ? daSize : 12;
    let lines = wrap(value, w, size, pen);
    while (daSize === 0 && size > 4 && lines.length * size * 1.15 > h - 4) {
      size -= 0.5;
      lines = wrap(value, w, size, pen);
    }
    return `${fill}\n${lines.map((line, i) => at(line, rect[3] - 2 - size * (0.9 + i * 1.15), size)).join('')}`;
  }
  const line = value.replace(/\s+/gu, ' ');
  let size = daSize > 0 ? daSize : Math.max(4, Math.min(12, h * 0.7));
  if (daSize === 0) while (size > 4 && pen.width(line, size) > w) size -= 0.5;
  return `${fill}\n${at(line, rect[1] + (h - size) / 2 + size * 0.22, size)}`;
}

/** The lines of a multi-line value: its own line breaks kept, long lines broken between words to `width`. */
function wrap(value: string, width: number, size: number, pen: FieldPen): string[] {
  const out: string[] = [];
  for (const para of value.split(/\r\n|\r|\n/u)) {
    let line = '';
    for (const word of para.split(/(?<=\s)/u)) {
      const next = line + word;
      if (line !== '' && pen.width(next.trimEnd(), size) > width) {
        out.push(line.trimEnd());
        line = word;
      } else line = next;
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** A ticked check box or chosen radio button without an appearance: its `/MK /CA` mark in ZapfDingbats, centred. */
function markOps(src: PDFContext, widget: PDFDict, rect: [number, number, number, number], page: PDFPage, pen: FieldPen): string | undefined {
  if (fieldAttr(src, widget, 'FT') !== PDFName.of('Btn')) return undefined;
  const ff = fieldFlags(src, widget);
  if (ff & PUSHBUTTON) return undefined;
  // The widget's own state says which button is chosen, else its field's value against the button's on-state name.
  if (buttonOn(src, widget) !== true) return undefined;
  const mk = src.lookup(widget.get(PDFName.of('MK')));
  const ca = mk instanceof PDFDict ? textOf(src.lookup(mk.get(PDFName.of('CA')))) : '';
  const mark = ca === '' ? (ff & RADIO ? 'l' : '4') : (ca[0] as string);
  const { size: daSize, fill } = defaultAppearance(src, widget);
  const w = rect[2] - rect[0];
  const h = rect[3] - rect[1];
  const font = pen.dingbats();
  const shown = DINGBATS[mark] ?? '\u2714';
  let size = daSize > 0 ? daSize : Math.min(w, h) * 0.8;
  size = Math.min(size, h);
  const width = font.widthOfTextAtSize(shown, size);
  const key = fontKey(page, font.ref, 'PacketMark');
  const code = mark.charCodeAt(0).toString(16).padStart(2, '0');
  return `${fill}\nBT /${key} ${n(size)} Tf ${n(rect[0] + (w - width) / 2)} ${n(rect[1] + (h - size * 0.7) / 2)} Td <${code}> Tj ET\n`;
}

/** The value of a text or choice field ('' for other fields, or none); line breaks kept for multi-line fields. */
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
      // A signature copied into another file shows as "invalid, document altered": its look is drawn into the page instead.
      const own = src.lookup(item);
      if (own instanceof PDFDict && isSignatureField(src, own)) continue;
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

  /** Ask viewers to draw the fields' looks from their values (fields kept because flattening could not print them). */
  askViewerToDraw(): void {
    this.needAppearances = true;
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

/** The input's /AcroForm, when it has fields. */
export function acroFormOf(src: PDFContext, catalog: PDFDict): PDFDict | undefined {
  const form = src.lookup(catalog.get(PDFName.of('AcroForm')));
  if (!(form instanceof PDFDict)) return undefined;
  const fields = src.lookup(form.get(PDFName.of('Fields')));
  return fields instanceof PDFArray && fields.size() > 0 ? form : undefined;
}

