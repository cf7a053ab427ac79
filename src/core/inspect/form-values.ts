/**
 * The values of an input's form fields, as flattening reads them: shared by the inspector (validate says which
 * values no font of the packet can print) and the assembler (which keeps those fields), so the two agree.
 */
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { textOf } from './actions.js';
import { hasValue, isAnswer, PASSWORD, promptOf, PUSH_BUTTON, READ_ONLY } from './features.js';
import type { FormPages } from './form-pages.js';
import { boxFrom, shownBox, type Box } from './page-size.js';
import type { SourcePage } from './page-tree.js';
import { textString } from '../text-string.js';

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

/**
 * Whether a field (or a widget) is a signature field: its own or inherited /FT, or for a field without one, a kid's.
 * Such a field's value is the signature, which can never verify in another file (audit 24 F1).
 */
export function isSignatureField(ctx: PDFContext, field: PDFDict, depth = 0): boolean {
  const ft = fieldAttr(ctx, field, 'FT');
  if (ft !== undefined) return ft === PDFName.of('Sig');
  const kids = ctx.lookup(field.get(PDFName.of('Kids')));
  if (!(kids instanceof PDFArray) || depth > 8) return false;
  return kids.asArray().some((k) => {
    const kid = ctx.lookup(k);
    return kid instanceof PDFDict && kid.get(PDFName.of('FT')) !== undefined && isSignatureField(ctx, kid, depth + 1);
  });
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
  // A button without /AS shows the state its field's /V names (a radio kid whose state is not it: its Off look).
  const v = as instanceof PDFName || fieldAttr(ctx, widget, 'FT') !== PDFName.of('Btn') ? undefined : fieldAttr(ctx, widget, 'V');
  const byValue = v instanceof PDFName ? (states.get(v) ?? states.get(PDFName.of('Off'))) : undefined;
  const pick = as instanceof PDFName ? states.get(as) : v instanceof PDFName ? byValue : states.values().length === 1 ? states.values()[0] : undefined;
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

/** How a form names a field to the applicant: its tooltip (/TU), else its full name. */
export function fieldLabel(ctx: PDFContext, widget: PDFDict): string {
  const tooltip = textOf(fieldAttr(ctx, widget, 'TU')).replace(/\s+/gu, ' ').trim();
  return tooltip !== '' ? tooltip : fieldName(ctx, widget);
}

/** Whether a text or choice field holds only its template's prompt ("Click or tap here to enter text."): flattening draws it empty. */
export function holdsPrompt(ctx: PDFContext, widget: PDFDict): boolean {
  const ft = fieldAttr(ctx, widget, 'FT');
  return (ft === PDFName.of('Tx') || ft === PDFName.of('Ch')) && promptOf(fieldAttr(ctx, widget, 'V')) !== undefined;
}

/** Field flags (PDF 32000 tables 226, 228, 230). */
export const FIELD_FLAGS = { multiline: 1 << 12, password: PASSWORD, radio: 1 << 15, pushbutton: PUSH_BUTTON, combo: 1 << 17, comb: 1 << 24 } as const;

/** A field's flags (`/Ff`, inherited). */
export function fieldFlags(ctx: PDFContext, widget: PDFDict): number {
  const ff = fieldAttr(ctx, widget, 'Ff');
  return ff instanceof PDFNumber ? ff.asNumber() : 0;
}

/** Whether a choice field is a list box (not a combo box): its chosen values are shown as rows. */
export function isListBox(ctx: PDFContext, widget: PDFDict): boolean {
  return fieldAttr(ctx, widget, 'FT') === PDFName.of('Ch') && !(fieldFlags(ctx, widget) & FIELD_FLAGS.combo);
}

/** A choice field's shown text for a chosen export value: an /Opt pair [export, shown] shows its second string. */
function shownChoice(ctx: PDFContext, widget: PDFDict, value: string): string {
  const opt = fieldAttr(ctx, widget, 'Opt');
  if (!(opt instanceof PDFArray)) return value;
  for (const item of opt.asArray()) {
    const pair = ctx.lookup(item);
    if (pair instanceof PDFArray && pair.size() >= 2 && textOf(ctx.lookup(pair.get(0))) === value) return textOf(ctx.lookup(pair.get(1)));
  }
  return value;
}

/**
 * A text or choice field's value as one string, '' for other fields: a choice as its /Opt shows it, a list box's
 * chosen rows one a line, a combo box's joined by commas, a password as the asterisks viewers show (never its value).
 */
export function textValue(src: PDFContext, widget: PDFDict): string {
  const ft = fieldAttr(src, widget, 'FT');
  if (ft !== PDFName.of('Tx') && ft !== PDFName.of('Ch')) return '';
  const v = fieldAttr(src, widget, 'V');
  const chosen = v instanceof PDFString || v instanceof PDFHexString ? [textString(v)] : v instanceof PDFArray ? v.asArray().map((x) => textOf(src.lookup(x))) : [];
  const shown = ft === PDFName.of('Ch') ? chosen.map((c) => shownChoice(src, widget, c)) : chosen;
  const text = shown.join(isListBox(src, widget) ? '\n' : ', ').replace(/[^\S\r\n]+/gu, ' ').trim();
  if (ft === PDFName.of('Tx') && fieldFlags(src, widget) & FIELD_FLAGS.password) return '*'.repeat([...text].length);
  return text;
}

/** The state names a button widget's appearances are drawn for (/AP /N and /D keys), Off left out. */
function onStates(ctx: PDFContext, widget: PDFDict): PDFName[] {
  const ap = ctx.lookup(widget.get(PDFName.of('AP')));
  if (!(ap instanceof PDFDict)) return [];
  const out = new Set<PDFName>();
  for (const key of ['N', 'D']) {
    const states = ctx.lookup(ap.get(PDFName.of(key)));
    if (states instanceof PDFDict) for (const name of states.keys()) if (name !== PDFName.of('Off')) out.add(name);
  }
  return [...out];
}

/** The widgets of a field (its kids, or the field itself when it is its own widget). */
function widgetsOfField(ctx: PDFContext, widget: PDFDict): { field: PDFDict; kids: PDFDict[] } {
  const parent = ctx.lookup(widget.get(PDFName.of('Parent')));
  const field = widget.get(PDFName.of('T')) === undefined && parent instanceof PDFDict ? parent : widget;
  const kids = ctx.lookup(field.get(PDFName.of('Kids')));
  return { field, kids: kids instanceof PDFArray ? kids.asArray().map((k) => ctx.lookup(k)).filter((k): k is PDFDict => k instanceof PDFDict) : [widget] };
}

/**
 * Whether a check box or radio button widget is on: its /AS, else its field's /V against the widget's on-state
 * name (its appearances' keys) or its export value (/Opt); undefined when the file does not say.
 *
 * @example
 * buttonOn(src, kid) // true: /V /PhD and the kid's /AP /N has /PhD
 */
export function buttonOn(ctx: PDFContext, widget: PDFDict): boolean | undefined {
  const as = widget.get(PDFName.of('AS'));
  if (as instanceof PDFName) return as !== PDFName.of('Off');
  const v = fieldAttr(ctx, widget, 'V');
  if (!(v instanceof PDFName) || v === PDFName.of('Off')) return false;
  const states = onStates(ctx, widget);
  if (states.length > 0) return states.includes(v);
  const { kids } = widgetsOfField(ctx, widget);
  const opt = fieldAttr(ctx, widget, 'Opt');
  const i = kids.indexOf(widget);
  if (opt instanceof PDFArray && i >= 0 && i < opt.size()) return v.decodeText() === String(i) || v.decodeText() === textOf(ctx.lookup(opt.get(i)));
  // A lone check box (or a group of one button) with a value is on; which of several buttons is, nothing says.
  return kids.length <= 1 || !(fieldFlags(ctx, widget) & FIELD_FLAGS.radio) ? true : undefined;
}

/**
 * The radio button widgets whose group's /V names a choice none of its buttons can be told to be (no /AS, no
 * appearances, no /Opt), with the group's name: flattening would erase the answer, so they stay fields.
 *
 * @example
 * undecidedRadios(src, formWidgets(src, catalog)) // Map { kid1 => 'degree', kid2 => 'degree' }
 */
export function undecidedRadios(ctx: PDFContext, widgets: Iterable<PDFDict>): Map<PDFDict, string> {
  const out = new Map<PDFDict, string>();
  for (const widget of widgets) {
    if (out.has(widget) || fieldAttr(ctx, widget, 'FT') !== PDFName.of('Btn') || !(fieldFlags(ctx, widget) & FIELD_FLAGS.radio)) continue;
    const { kids } = widgetsOfField(ctx, widget);
    const states = kids.map((k) => buttonOn(ctx, k));
    if (states.includes(undefined) && !states.includes(true)) for (const kid of kids) out.set(kid, fieldName(ctx, kid));
  }
  return out;
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
    if (value === '' || holdsPrompt(src, widget)) continue;
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
export function formValuesOnPages(src: PDFContext, catalog: PDFDict, pages: readonly { dict: PDFDict }[]): { field: string; value: string; pages: number[]; undecided?: true }[] {
  const widgets = formWidgets(src, catalog);
  const written: Map<PDFDict, { name: string; value: string; undecided?: true }> = writtenValues(src, widgets, viewerDrawsFields(src, catalog));
  for (const [widget, name] of undecidedRadios(src, widgets)) written.set(widget, { name, value: '', undecided: true });
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
  return [...written].map(([widget, { name, value, undecided }]) => ({ field: name, value, pages: on.get(widget) ?? [], ...(undecided ? { undecided } : {}) }));
}

/** Annotation flags (/F) of a widget no viewer shows and flattening leaves out: hidden (2), not viewed (32). */
const UNSHOWN = 2 | 32;

/** Below this many points each way a widget shows nothing one can read (pdf-lib writes a 0 x 0 field as 1 x 1). */
const MIN_SHOWN_PT = 2;

/**
 * Whether a viewer shows a widget at all, and so flattening prints it: not hidden by its flags (/F), and a box of at
 * least 2 points each way (invisible signature and calculation fields are 0 x 0) on the page's shown box, when given.
 *
 * @example
 * widgetShows(ctx, widget, [0, 0, 595, 842]) // false for /Rect [700 900 900 920]
 */
export function widgetShows(ctx: PDFContext, widget: PDFDict, page?: Box): boolean {
  const flags = ctx.lookup(widget.get(PDFName.of('F')));
  if (flags instanceof PDFNumber && (flags.asNumber() & UNSHOWN) !== 0) return false;
  const rect = boxFrom(ctx, widget.get(PDFName.of('Rect')));
  if (!rect) return false;
  const [x0, y0, x1, y1] = page ? [Math.max(rect[0], page[0]), Math.max(rect[1], page[1]), Math.min(rect[2], page[2]), Math.min(rect[3], page[3])] : rect;
  return x1 - x0 >= MIN_SHOWN_PT && y1 - y0 >= MIN_SHOWN_PT;
}

/**
 * Whether a widget shows a text or choice value (a password's asterisks are not text): what flattening prints, and
 * what a reviewer reads in a kept field. A widget no viewer shows (`widgetShows`, on the page's shown box) shows nothing.
 */
export function shownFieldText(ctx: PDFContext, widget: PDFDict, page?: Box): string {
  if (!widgetShows(ctx, widget, page)) return '';
  if (fieldAttr(ctx, widget, 'FT') === PDFName.of('Tx') && fieldFlags(ctx, widget) & FIELD_FLAGS.password) return '';
  return textValue(ctx, widget);
}

/**
 * The words written into the form's fields on each page (0-based, one string a page, '' for none), as flattening
 * prints them: counted with the page's words and read for its language, as the applicant's own words.
 *
 * @example
 * fieldTextsOf(filledFieldsOfPages(doc.context, doc.catalog, tree.pages)) // ['', 'I am strongly motivated ...']
 */
export function fieldTextsOf(pages: readonly (readonly FilledField[])[]): string[] {
  return pages.map((fields) => fields.map((f) => f.text).join('\n'));
}

/**
 * Each page's filled fields as the form labels them, one "label: value" line each (the tooltip, else the field's
 * name in words: `applicant_name` is "applicant name"): what a form says a value is ("Name of applicant: Pekka Laine"),
 * which its page's text, the label drawn apart from the field, does not tell.
 *
 * @example
 * labelledFieldsOf(filledFieldsOfPages(doc.context, doc.catalog, tree.pages)) // ['applicant: Pekka Laine\nreferee: Prof. Mikko Korhonen']
 */
export function labelledFieldsOf(pages: readonly (readonly FilledField[])[], printed: readonly (readonly string[])[] = []): string[] {
  return pages.map((fields, i) =>
    fields
      .flatMap((f, k) => {
        const value = f.text.replace(/\s+/gu, ' ').trim();
        const beside = printed[i]?.[k]?.replace(/\s*:\s*$/u, '').trim() ?? '';
        // A name or tooltip that says nothing ("Text1", "Enter text here") is kept beside the printed label: "applicant" says as much as "Name:".
        return [`${labelWords(f.label)}: ${value}`, ...(beside !== '' ? [`${beside}: ${value}`] : [])];
      })
      .join('\n'),
  );
}

/** Points above or below a field read for its label: a line of a form's text, in bands read nearest first. */
const LABEL_ABOVE_PT = 16;
/** The height of a band above or below a field: a caption is taken from the nearest band with text. */
const LABEL_BAND_PT = 4;
/** Points to the left of a field read for its label, on its line (and to its right: "(applicant)"). */
const LABEL_LEFT_PT = 300;

/**
 * Where each field has its printed label, nearest first: the page's text on its line to its left, to its right
 * ("(applicant)"), then in bands under and above it in turn (a signature line's caption is printed under it), as
 * `TextArea`s in order; the label is drawn apart from the field, its name may be "Text1" and its tooltip "Enter text
 * here". `printedLabels` reads what the text reader found there.
 *
 * @example
 * labelAreas([[{ label: 'Text1', text: 'Pekka Laine', box: [200, 750, 540, 780] }]])[0] // { page: 1, boxes: [[-100, 750, 199, 780]] }
 */
export function labelAreas(pages: readonly (readonly FilledField[])[]): { page: number; boxes: [number, number, number, number][] }[] {
  return pages.flatMap((fields, i) =>
    fields.flatMap((f) => {
      if (!f.box) return [];
      const [x0, y0, x1, y1] = f.box;
      const area = (box: [number, number, number, number]) => ({ page: i + 1, boxes: [box] });
      return [
        area([x0 - LABEL_LEFT_PT, y0, x0 - 1, y1]),
        area([x1 + 1, y0, x1 + LABEL_LEFT_PT, y1]),
        ...bandOffsets().flatMap((d) => [area([x0, y0 - d - LABEL_BAND_PT, x1, y0 - d]), area([x0, y1 + d, x1, y1 + d + LABEL_BAND_PT])]),
      ];
    }),
  );
}

/** How far each band above and below a field starts from it: 0, 4, 8, 12 points. */
function bandOffsets(): number[] {
  return Array.from({ length: LABEL_ABOVE_PT / LABEL_BAND_PT }, (_, k) => k * LABEL_BAND_PT);
}

/** Each field's printed label, from the texts read in `labelAreas` (in its order): the nearest found, "(applicant)" without its brackets; '' for a field with no box or none found. */
export function printedLabels(pages: readonly (readonly FilledField[])[], under: readonly string[]): string[][] {
  const each = 2 + 2 * bandOffsets().length;
  let next = 0;
  return pages.map((fields) =>
    fields.map((f) => {
      if (!f.box) return '';
      const found = under.slice(next, next + each).find((t) => t !== '') ?? '';
      next += each;
      return found.replace(/^\((.*)\)$/u, '$1');
    }),
  );
}

/** A field's label as words: a name's last part, its underscores and joined capitals apart ("Form1.ApplicantName" is "Applicant Name"). */
function labelWords(label: string): string {
  const last = /\s/u.test(label) ? label : (label.split('.').pop() ?? label);
  return last.replace(/[_\-.]+/gu, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/\s*:\s*$/u, '').replace(/\s+/gu, ' ').trim();
}

/** A field that shows a value: its label (tooltip, else name) and the text flattening prints. */
export interface FilledField {
  label: string;
  text: string;
  /** The field's box on its page `[left, bottom, right, top]`. */
  box?: Box;
}

/**
 * The fields that show a value on each page (0-based), with their labels; a template's prompt is none. Read once,
 * then given to `fieldTextsOf` and `labelledFieldsOf`.
 *
 * @example
 * filledFieldsOfPages(doc.context, doc.catalog, tree.pages) // [[], [{ label: 'motivation', text: 'I am ...' }]]
 */
export function filledFieldsOfPages(src: PDFContext, catalog: PDFDict, pages: readonly SourcePage[]): FilledField[][] {
  const widgets = formWidgets(src, catalog);
  return pages.map((page) => {
    const annots = src.lookup(page.dict.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) return [];
    const box = shownBox(src, page)?.box;
    const fields: FilledField[] = [];
    for (let k = 0; k < annots.size(); k++) {
      const annot = src.lookup(annots.get(k));
      // A template's prompt is no word of the applicant's, and flattening leaves it out.
      if (!(annot instanceof PDFDict) || !widgets.has(annot) || holdsPrompt(src, annot)) continue;
      const text = shownFieldText(src, annot, box);
      if (text === '') continue;
      const rect = boxFrom(src, annot.get(PDFName.of('Rect')));
      fields.push({ label: fieldLabel(src, annot), text, ...(rect ? { box: rect } : {}) });
    }
    return fields;
  });
}

/** Points a typed box may sit off a field's box and still be its answer (Fill & Sign boxes are placed by hand). */
const TYPED_NEAR_PT = 6;

/** Whether a typed box answers a field: it lies over the field's box, or on its line just beside it. */
function typedAt(box: Box, field: Box): boolean {
  const across = Math.min(box[2], field[2] + TYPED_NEAR_PT) - Math.max(box[0], field[0] - TYPED_NEAR_PT);
  const down = Math.min(box[3], field[3]) - Math.max(box[1], field[1]);
  return across > 0 && down >= Math.min(box[3] - box[1], field[3] - field[1]) / 2;
}

/**
 * The form's fields by the pages (0-based) their widgets are on, whether each is one to fill in (not a signature, a
 * push button or read-only), filled in, or answered by text typed over it (FreeText, as Fill & Sign writes it), and
 * the pages with text typed onto them.
 *
 * @example
 * formPagesOf(doc.context, doc.catalog, tree.pages) // { fields: [{ fillable: true, filled: false, pages: [1], label: 'Full name' }], typed: [] }
 */
export function formPagesOf(src: PDFContext, catalog: PDFDict, pages: readonly { dict: PDFDict }[]): FormPages {
  const widgets = formWidgets(src, catalog);
  const fields = new Map<PDFDict, FormPages['fields'][number]>();
  const typed: number[] = [];
  for (const [i, page] of pages.entries()) {
    const annots = src.lookup(page.dict.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) continue;
    const list = annots.asArray().map((a) => src.lookup(a)).filter((a): a is PDFDict => a instanceof PDFDict);
    // The typed boxes first: a field is answered by one drawn after it in the list too.
    const boxes = list.flatMap((annot) => {
      const flags = src.lookup(annot.get(PDFName.of('F')));
      const shown = !(flags instanceof PDFNumber && (flags.asNumber() & UNSHOWN) !== 0);
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('FreeText') || !shown || !(hasValue(src.lookup(annot.get(PDFName.of('Contents')))) || annot.has(PDFName.of('AP')))) return [];
      typed.push(i);
      const rect = boxFrom(src, annot.get(PDFName.of('Rect')));
      return rect ? [rect] : [];
    });
    for (const annot of list) {
      if (!widgets.has(annot)) continue;
      const parent = src.lookup(annot.get(PDFName.of('Parent')));
      const field = annot.get(PDFName.of('T')) === undefined && parent instanceof PDFDict ? parent : annot;
      const type = fieldAttr(src, annot, 'FT');
      if (type === PDFName.of('Sig')) continue;
      const ff = fieldFlags(src, annot);
      const value = fieldAttr(src, annot, 'V');
      // Counted as the whole-file note counts (features.ts): a template's prompt is no answer, a password is said apart.
      const prompt = promptOf(value);
      const entry = fields.get(field) ?? { fillable: !(ff & READ_ONLY) && !(type === PDFName.of('Btn') && ff & PUSH_BUTTON), filled: isAnswer(value), pages: [], password: type === PDFName.of('Tx') && (ff & PASSWORD) !== 0 && hasValue(value), prompt, label: fieldLabel(src, annot) };
      if (!entry.pages.includes(i)) entry.pages.push(i);
      const rect = boxFrom(src, annot.get(PDFName.of('Rect')));
      if (rect && boxes.some((b) => typedAt(b, rect))) entry.typedOver = true;
      fields.set(field, entry);
    }
  }
  return { fields: [...fields.values()], typed: [...new Set(typed)] };
}
