/**
 * Find what a PDF carries besides its pages: forms, signatures, XFA, layers, attachments, scripts and actions.
 * Every indirect object is scanned once (so things inside object streams and outlines are found too),
 * with nested direct values followed to a bounded depth and a global budget.
 */
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, PDFString } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import type { ActiveContentKind, PdfFeatures } from './types.js';
import { entriesOf, indirectObjectsOf, isScalar, itemsOf } from '../pdf-entries.js';
import { offWebLink } from '../text/urls.js';
import { textString } from '../text-string.js';

const N = (s: string): PDFName => PDFName.of(s);
const K = {
  S: N('S'),
  JS: N('JS'),
  AA: N('AA'),
  EF: N('EF'),
  ByteRange: N('ByteRange'),
  Contents: N('Contents'),
  AcroForm: N('AcroForm'),
  Fields: N('Fields'),
  Kids: N('Kids'),
  T: N('T'),
  FT: N('FT'),
  V: N('V'),
  Ff: N('Ff'),
  Tx: N('Tx'),
  Btn: N('Btn'),
  XFA: N('XFA'),
  NeedsRendering: N('NeedsRendering'),
  OCProperties: N('OCProperties'),
  OCGs: N('OCGs'),
  D: N('D'),
  ON: N('ON'),
  OFF: N('OFF'),
  BaseState: N('BaseState'),
  Names: N('Names'),
  JavaScript: N('JavaScript'),
  OpenAction: N('OpenAction'),
  Sig: N('Sig'),
  Off: N('Off'),
  Reference: N('Reference'),
  TransformMethod: N('TransformMethod'),
  UR: N('UR'),
  UR3: N('UR3'),
  Subtype: N('Subtype'),
  Collection: N('Collection'),
  URI: N('URI'),
};

/** Annotations that carry a comment a reader opens: sticky notes, marks on the text with a note. */
const COMMENT_SUBTYPES: ReadonlySet<PDFName> = new Set(['Text', 'Highlight', 'Underline', 'StrikeOut', 'Squiggly', 'Caret', 'Ink'].map(N));
/** Text typed onto the page (Preview's Text tool, Fill & Sign): shown on the page, often the document's own words. */
const FREE_TEXT = N('FreeText');
const AP = N('AP');

const ACTION_KINDS = new Map<PDFName, ActiveContentKind>([
  [N('JavaScript'), 'javascript'],
  [N('Launch'), 'launch'],
  [N('SubmitForm'), 'submit-form'],
  [N('ImportData'), 'import-data'],
]);

/** The scan ran out of budget: the file is too complex to check. */
export class BudgetExceeded extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

function deref(context: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? context.lookup(obj) : obj;
}

function asDict(obj: PDFObject | undefined): PDFDict | undefined {
  if (obj instanceof PDFDict) return obj;
  if (obj instanceof PDFStream) return obj.dict;
  return undefined;
}

/**
 * Scan a loaded PDF for forms, signatures, XFA, layers, attachments and active content.
 * Throws `BudgetExceeded` when more than `maxObjects` values would be visited. Long because it is one bounded walk
 * counting every feature at once (one walk over a large file, not one per feature).
 *
 * @example
 * const f = scanFeatures(doc.context, doc.catalog, 1_000_000);
 * if (f.activeContent.length > 0) console.log('has scripts');
 */
export function scanFeatures(context: PDFContext, catalog: PDFDict, maxObjects: number): Omit<PdfFeatures, 'encryption'> {
  const active = new Set<ActiveContentKind>();
  let attachments = 0;
  let signatures = 0;
  let comments = 0;
  let typedText = 0;
  let budget = maxObjects;

  const visitDict = (d: PDFDict): void => {
    const s = d.get(K.S);
    if (s instanceof PDFName) {
      const kind = ACTION_KINDS.get(s);
      if (kind) active.add(kind);
      // As the build judges a link: a script in its address, or a place off the web (a file, a share, an intranet host).
      if (s === K.URI) {
        const raw = deref(context, d.get(K.URI));
        const uri = textOf(raw);
        const off = offWebLink(uri, raw instanceof PDFString || raw instanceof PDFHexString ? raw.asBytes() : undefined);
        if (/^\s*(?:javascript|vbscript|data):/iu.test(uri)) active.add('javascript');
        else if (off === 'file' || off === 'intranet') active.add('local-link');
      }
    }
    if (d.has(K.JS)) active.add('javascript');
    const aa = d.get(K.AA);
    if (aa !== undefined && !(asDict(deref(context, aa))?.entries().length === 0)) active.add('additional-actions');
    // A file specification's /EF is a dict of streams (usage-rights parameters use /EF for an array).
    if (asDict(deref(context, d.get(K.EF)))) attachments++;
    if (d.get(K.ByteRange) instanceof PDFArray && d.has(K.Contents) && !isUsageRights(d)) signatures++;
    const subtype = d.get(K.Subtype);
    if (subtype instanceof PDFName && COMMENT_SUBTYPES.has(subtype) && hasValue(deref(context, d.get(K.Contents)))) comments++;
    else if (subtype === FREE_TEXT && (hasValue(deref(context, d.get(K.Contents))) || d.has(AP))) typedText++;
  };
  // Adobe's "Reader extensions" are signed too, but only unlock viewer features: not the author's signature.
  const isUsageRights = (sig: PDFDict): boolean => {
    const refs = deref(context, sig.get(K.Reference));
    if (!(refs instanceof PDFArray)) return false;
    return refs.asArray().some((r) => {
      const m = asDict(deref(context, r))?.get(K.TransformMethod);
      return m === K.UR || m === K.UR3;
    });
  };

  // Direct values nest inside indirect objects; follow them without recursion limits of the JS stack. Two
  // parallel stacks, live entries, one callback and no for-of (cold code allocates at every iterator step): a big
  // input has hundreds of thousands of values, and garbage per value was most of this walk's cost.
  const objs: PDFObject[] = [];
  const depths: number[] = [];
  let childDepth = 0;
  const pushChild = (v: PDFObject): void => {
    if (isScalar(v)) return;
    if (v instanceof PDFDict || v instanceof PDFArray) {
      objs.push(v);
      depths.push(childDepth);
    }
  };
  const visit = (root: PDFObject): void => {
    objs.push(root);
    depths.push(0);
    while (objs.length > 0) {
      const obj = objs.pop()!;
      const depth = depths.pop()!;
      if (--budget < 0) throw new BudgetExceeded(`more than ${maxObjects} objects`);
      childDepth = depth + 1;
      const d = asDict(obj);
      if (d) {
        visitDict(d);
        if (depth < 64) entriesOf(d).forEach(pushChild);
      } else if (obj instanceof PDFArray && depth < 64) {
        const items = itemsOf(obj);
        for (let i = 0; i < items.length; i++) pushChild(items[i]!);
      }
    }
  };
  indirectObjectsOf(context).forEach((obj) => visit(obj));

  // Document-level scripts live in the name tree; an open action may run one at once.
  const names = asDict(deref(context, catalog.get(K.Names)));
  if (names?.has(K.JavaScript)) active.add('javascript');
  const open = asDict(deref(context, catalog.get(K.OpenAction)));
  const openKind = open && open.get(K.S) instanceof PDFName ? ACTION_KINDS.get(open.get(K.S) as PDFName) : undefined;
  if (openKind) active.add('open-action');

  const form = scanForm(context, asDict(deref(context, catalog.get(K.AcroForm))), maxObjects);
  const xfa: PdfFeatures['xfa'] = !form.hasXfa ? 'none' : deref(context, catalog.get(K.NeedsRendering)) === PDFBool.True ? 'dynamic' : 'static';
  const layers = scanLayers(context, asDict(deref(context, catalog.get(K.OCProperties))));

  const order: ActiveContentKind[] = ['javascript', 'launch', 'submit-form', 'import-data', 'additional-actions', 'open-action', 'local-link'];
  return {
    formFields: form.fields,
    filledFields: form.filled,
    fillableFields: form.fillable,
    filledFillable: form.fillableFilled,
    filledPasswords: form.passwords,
    signatures,
    xfa,
    layers: layers.total,
    hiddenLayers: layers.hidden,
    attachments,
    // A PDF Portfolio: its documents are attachments, and its one page is a cover sheet ("open it in Acrobat").
    portfolio: attachments > 0 && catalog.has(K.Collection),
    comments,
    typedText,
    activeContent: order.filter((k) => active.has(k)),
  };
}

/** Whether a field value is filled in: a non-blank text, a choice, a button not Off. */
export function hasValue(v: PDFObject | undefined): boolean {
  if (v === undefined) return false;
  if (v instanceof PDFString || v instanceof PDFHexString) return textString(v).trim() !== '';
  if (v === K.Off) return false;
  if (v instanceof PDFArray) return v.size() > 0;
  return true;
}

/**
 * The prompts form templates leave in a field for the applicant to replace: Word's content-control texts
 * ("Click or tap here to enter text.", "Choose an item."), "Enter ... here", and date patterns (dd/mm/yyyy, jj/mm/aaaa).
 */
const PROMPTS = [
  /^click (?:or tap )?(?:here )?to enter (?:a )?(?:text|date)\.?$/iu,
  /^choose an item\.?$/iu,
  /^(?:please )?enter (?:[\p{L}'-]+ ){0,3}here\.?$/iu,
  /^(?:dd|tt|pp|jj|gg)[./-](?:mm|kk)[./-](?:yyyy|yy|jjjj|vvvv|aaaa|aa|åååå)$/iu,
  /^mm[./-]dd[./-](?:yyyy|yy)$/iu,
  /^(?:yyyy|jjjj|vvvv|aaaa|åååå)[./-](?:mm|kk)[./-](?:dd|tt|pp|jj|gg)$/iu,
];

/**
 * Word's content-control prompts (2016 on: "Click or tap here to enter text."; before: "Click here to enter text.";
 * "Choose an item."; the date pickers') and LibreOffice's, in the languages applicants' forms come in besides English:
 * a blank French or German form holds these, not answers. Matched whole, case and a final full stop aside.
 */
const CONTROL_PROMPTS: Record<string, readonly string[]> = {
  en: ['Choose a date.'],
  fr: ['Cliquez ou appuyez ici pour entrer du texte.', 'Cliquez ici pour taper du texte.', 'Cliquez ici pour entrer du texte.', 'Cliquez ici pour saisir du texte.', 'Choisissez un élément.', 'Choisir un élément.', 'Cliquez ou appuyez ici pour entrer une date.', 'Cliquez ici pour entrer une date.', 'Choisissez une date.'],
  de: ['Klicken oder tippen Sie hier, um Text einzugeben.', 'Klicken Sie hier, um Text einzugeben.', 'Wählen Sie ein Element aus.', 'Klicken oder tippen Sie, um ein Datum einzugeben.', 'Klicken oder tippen Sie hier, um ein Datum einzugeben.', 'Klicken Sie hier, um ein Datum einzugeben.', 'Wählen Sie ein Datum.'],
  nl: ['Klik of tik om tekst in te voeren.', 'Klik hier als u tekst wilt invoeren.', 'Klik hier om tekst in te voeren.', 'Kies een item.', 'Klik of tik om een datum in te voeren.', 'Klik hier als u een datum wilt invoeren.', 'Kies een datum.'],
  es: ['Haga clic o pulse aquí para escribir texto.', 'Haga clic aquí para escribir texto.', 'Elija un elemento.', 'Haga clic aquí o pulse para escribir una fecha.', 'Haga clic o pulse aquí para escribir una fecha.', 'Haga clic aquí para escribir una fecha.', 'Elija una fecha.'],
  it: ['Fare clic o toccare qui per immettere il testo.', 'Fare clic qui per immettere testo.', 'Fare clic qui per immettere il testo.', 'Scegliere un elemento.', 'Fare clic o toccare qui per immettere una data.', 'Fare clic qui per immettere una data.', 'Scegliere una data.'],
  sv: ['Klicka eller tryck här för att ange text.', 'Klicka här för att ange text.', 'Välj ett objekt.', 'Klicka eller tryck för att ange ett datum.', 'Klicka eller tryck här för att ange ett datum.', 'Klicka här för att ange datum.', 'Välj ett datum.'],
  fi: ['Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.', 'Kirjoita tekstiä napsauttamalla tätä.', 'Valitse kohde.', 'Kirjoita päivämäärä napsauttamalla tai napauttamalla tätä.', 'Kirjoita päivämäärä napsauttamalla tätä.', 'Valitse päivämäärä.'],
  pt: ['Clique ou toque aqui para introduzir texto.', 'Clique aqui para introduzir texto.', 'Clique ou toque aqui para inserir o texto.', 'Clique aqui para digitar texto.', 'Escolha um item.', 'Escolher um item.', 'Clique ou toque para introduzir uma data.', 'Clique ou toque aqui para inserir uma data.', 'Clique aqui para introduzir uma data.', 'Clique aqui para inserir uma data.'],
  no: ['Klikk eller trykk her for å skrive inn tekst.', 'Klikk her for å skrive inn tekst.', 'Velg et element.', 'Klikk eller trykk for å skrive inn en dato.', 'Klikk her for å skrive inn en dato.', 'Velg en dato.'],
  da: ['Klik eller tryk her for at skrive tekst.', 'Klik her for at angive tekst.', 'Vælg et element.', 'Klik eller tryk for at angive en dato.', 'Klik her for at angive en dato.', 'Vælg en dato.'],
};

/** A prompt as compared: case, spacing, a final full stop and Unicode composition aside. */
const promptKey = (text: string): string => text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').replace(/\.$/u, '').trim();

const CONTROL_PROMPT_KEYS = new Set(Object.values(CONTROL_PROMPTS).flat().map(promptKey));

/**
 * Whether a field's value is an answer: not empty, not one of the template's prompts. A value equal to the field's
 * default (`/DV`) still is one: LibreOffice writes every typed-in value as the default too.
 */
export function isAnswer(v: PDFObject | undefined): boolean {
  return hasValue(v) && promptOf(v) === undefined;
}

/** The template's prompt a field still holds ("dd/mm/yyyy"), or undefined when its value is none. */
export function promptOf(v: PDFObject | undefined): string | undefined {
  if (!(v instanceof PDFString || v instanceof PDFHexString)) return undefined;
  const text = textString(v).trim().replace(/\s+/gu, ' ');
  return PROMPTS.some((re) => re.test(text)) || CONTROL_PROMPT_KEYS.has(promptKey(text)) ? text : undefined;
}

interface FormCount {
  fields: number;
  filled: number;
  /** Fields one fills in (not push buttons, not read-only), and how many of them have a value. */
  fillable: number;
  fillableFilled: number;
  /** Password fields (field flag 14) that hold a value. */
  passwords: number;
  hasXfa: boolean;
}

/** Field flags: read-only (the issuer's, not filled in by the applicant), push button (no value) and password. */
export const READ_ONLY = 1;
export const PUSH_BUTTON = 1 << 16;
export const PASSWORD = 1 << 13;

function scanForm(context: PDFContext, acroForm: PDFDict | undefined, maxObjects: number): FormCount {
  const none = { fields: 0, filled: 0, fillable: 0, fillableFilled: 0, passwords: 0 };
  if (!acroForm) return { ...none, hasXfa: false };
  const hasXfa = acroForm.has(K.XFA);
  const top = deref(context, acroForm.get(K.Fields));
  if (!(top instanceof PDFArray)) return { ...none, hasXfa };
  let fields = 0;
  let filled = 0;
  let fillable = 0;
  let fillableFilled = 0;
  let passwords = 0;
  const seen = new Set<PDFObject>();
  const stack: { obj: PDFObject; ft?: PDFObject; v?: PDFObject; ff?: PDFObject }[] = top.asArray().map((obj) => ({ obj }));
  while (stack.length > 0) {
    const { obj, ft, v, ff } = stack.pop()!;
    const field = asDict(deref(context, obj));
    if (!field || seen.has(field)) continue;
    if (seen.size >= maxObjects) throw new BudgetExceeded(`more than ${maxObjects} form fields`);
    seen.add(field);
    // Field type and value are inherited from the parent field.
    const myFt = field.get(K.FT) ?? ft;
    const myV = field.get(K.V) ?? v;
    const myFf = field.get(K.Ff) ?? ff;
    const kids = deref(context, field.get(K.Kids));
    const childFields = kids instanceof PDFArray ? kids.asArray().filter((k) => asDict(deref(context, k))?.has(K.T)) : [];
    if (childFields.length > 0) {
      for (const k of childFields) stack.push({ obj: k, ft: myFt, v: myV, ff: myFf });
      continue;
    }
    const type = deref(context, myFt);
    if (type === K.Sig) continue;
    fields++;
    const value = isAnswer(deref(context, myV));
    if (value) filled++;
    // A push button has no value, and a read-only field is the issuer's (pgfplots' manual has thousands of both).
    const flags = deref(context, myFf);
    const bits = flags instanceof PDFNumber ? flags.asNumber() : 0;
    if (type === K.Tx && (bits & PASSWORD) !== 0 && hasValue(deref(context, myV))) passwords++;
    if ((bits & READ_ONLY) !== 0 || (type === K.Btn && (bits & PUSH_BUTTON) !== 0)) continue;
    fillable++;
    if (value) fillableFilled++;
  }
  return { fields, filled, fillable, fillableFilled, passwords, hasXfa };
}

function scanLayers(context: PDFContext, oc: PDFDict | undefined): { total: number; hidden: number } {
  if (!oc) return { total: 0, hidden: 0 };
  const ocgs = deref(context, oc.get(K.OCGs));
  const all = ocgs instanceof PDFArray ? ocgs.asArray() : [];
  const key = (o: PDFObject): string => o.toString();
  const ids = new Set(all.map(key));
  const d = asDict(deref(context, oc.get(K.D)));
  if (!d) return { total: ids.size, hidden: 0 };
  const list = (name: PDFName): Set<string> => {
    const arr = deref(context, d.get(name));
    return new Set(arr instanceof PDFArray ? arr.asArray().map(key).filter((k) => ids.has(k)) : []);
  };
  const hidden = d.get(K.BaseState) === K.Off ? ids.size - list(K.ON).size : list(K.OFF).size;
  return { total: ids.size, hidden };
}

/** A string's text (a link's address), or '' for anything else or what cannot be decoded. */
function textOf(v: PDFObject | undefined): string {
  try {
    return v instanceof PDFString || v instanceof PDFHexString ? textString(v) : '';
  } catch {
    return '';
  }
}
