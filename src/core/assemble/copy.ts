/**
 * Copying an input's pages into the output. pdf-lib's copyPages copies a page again for every link that points
 * at it (so internal links land on invisible duplicates) and carries scripts along; this copier maps every
 * reference to an input page onto that page's copy, resolves named destinations to explicit ones, and leaves
 * unsafe actions, links off the web, attachments, the authoring program's metadata and thumbnails and (when
 * flattening) form widgets behind.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFPageLeaf,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFString,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { entriesOf, isScalar, itemsOf } from '../pdf-entries.js';
import { isPdfString, textString } from '../text-string.js';
import { resolveDest, unsafeAction, type SourcePage } from './source.js';
import { DEAD_ACTIONS, MEDIA_ANNOTATIONS } from '../inspect/actions.js';
import { boxFrom, clipBox } from '../inspect/page-size.js';

/** What was left out of one input, for the diagnostics. */
export interface Removed {
  /** Action types removed (JavaScript, Launch, ...), with counts. */
  actions: Map<string, number>;
  /** Attachments (embedded files, file-attachment annotations) dropped. */
  attachments: number;
  /** Links whose target could not be found, dropped. */
  deadLinks: number;
  /** Media annotations (sound, movie, screen, rich media) dropped. */
  media: number;
  /** Links to pages that `pages:` leaves out, dropped. */
  droppedLinks: number;
}

export function emptyRemoved(): Removed {
  return { actions: new Map(), attachments: 0, deadLinks: 0, media: 0, droppedLinks: 0 };
}

const N = {
  A: PDFName.of('A'),
  Contents: PDFName.of('Contents'),
  AA: PDFName.of('AA'),
  AF: PDFName.of('AF'),
  Annots: PDFName.of('Annots'),
  CropBox: PDFName.of('CropBox'),
  MediaBox: PDFName.of('MediaBox'),
  B: PDFName.of('B'),
  D: PDFName.of('D'),
  Dest: PDFName.of('Dest'),
  EF: PDFName.of('EF'),
  JS: PDFName.of('JS'),
  OpenAction: PDFName.of('OpenAction'),
  Parent: PDFName.of('Parent'),
  PA: PDFName.of('PA'),
  S: PDFName.of('S'),
  Subtype: PDFName.of('Subtype'),
  Type: PDFName.of('Type'),
  Page: PDFName.of('Page'),
  GoTo: PDFName.of('GoTo'),
  Link: PDFName.of('Link'),
  Widget: PDFName.of('Widget'),
  FileAttachment: PDFName.of('FileAttachment'),
  Metadata: PDFName.of('Metadata'),
  PieceInfo: PDFName.of('PieceInfo'),
  Thumb: PDFName.of('Thumb'),
} as const;

const MAX_DEPTH = 2000;

export interface CopyOptions {
  /** Named destinations of the input, to turn named links into explicit ones. */
  named: Map<string, PDFObject>;
  /** Which widget annotations to leave out (the caller draws their appearance into the page). */
  dropWidget: (widget: PDFDict) => boolean;
  /** Pages of the input that `pages:` leaves out: links to them are dropped and counted apart. */
  dropped?: ReadonlySet<PDFRef>;
}

/** Copies objects from one input's context into the output's, keeping each object once. */
export class Copier {
  private readonly refs = new Map<PDFRef, PDFRef>();
  readonly removed = emptyRemoved();
  private depth = 0;

  constructor(
    private readonly src: PDFContext,
    private readonly dest: PDFContext,
    /** Input page ref -> output page ref, for every page of the input. */
    readonly pageMap: Map<PDFRef, PDFRef>,
    private readonly options: CopyOptions,
  ) {}

  /** Count an action left out (unsafe, or a link to another file). */
  noteRemoved(action: string): void {
    // Links to other files cannot work inside the packet: dead, not dangerous.
    if (DEAD_ACTIONS.has(action)) {
      this.removed.deadLinks++;
      return;
    }
    this.removed.actions.set(action, (this.removed.actions.get(action) ?? 0) + 1);
  }

  /** Copy any object; references to input pages become references to their copies. */
  copy(obj: PDFObject): PDFObject {
    if (this.depth > MAX_DEPTH) return PDFNull;
    // Names, numbers, strings, booleans and null are never changed in place: share them.
    if (isScalar(obj)) return obj;
    this.depth++;
    try {
      if (obj instanceof PDFRef) return this.copyRef(obj);
      if (obj instanceof PDFStream) return this.copyStream(obj);
      if (obj instanceof PDFDict) return this.copyDict(obj);
      if (obj instanceof PDFArray) return this.copyArray(obj);
      // Bytes the parser could not understand would be written back as broken syntax.
      if (obj instanceof PDFInvalidObject) return PDFNull;
      // Nothing else holds other objects: share it as it is.
      return obj;
    } finally {
      this.depth--;
    }
  }

  private copyRef(ref: PDFRef): PDFObject {
    const page = this.pageMap.get(ref);
    if (page) return page;
    const known = this.refs.get(ref);
    if (known) return known;
    const target = this.src.lookup(ref);
    if (target === undefined) return PDFNull;
    // A page that is not in the page tree would come along as an invisible duplicate.
    if (target instanceof PDFDict && !(target instanceof PDFStream) && target.get(N.Type) === N.Page) return PDFNull;
    const newRef = this.dest.nextRef();
    this.refs.set(ref, newRef);
    this.dest.assign(newRef, this.copy(target));
    return newRef;
  }

  private copyStream(stream: PDFStream): PDFStream {
    // Parsed stream data is never changed in place: share the bytes instead of copying megabytes of images.
    const cloned = stream instanceof PDFRawStream ? PDFRawStream.of(PDFDict.withContext(this.dest), stream.contents) : stream.clone(this.dest);
    entriesOf(stream.dict).forEach((value, key) => {
      // An image's or a drawing's XMP and private data, as a page's (see `screen`).
      if (key !== N.Metadata && key !== N.PieceInfo) cloned.dict.set(key, this.copy(value));
    });
    return cloned;
  }

  private copyArray(array: PDFArray): PDFArray {
    // Arrays of plain values (rectangles, colours, matrices, widths) are never changed in place: share them.
    // A big input has a hundred thousand of them; copying each doubled its memory.
    if (isPlain(array)) return array;
    const out = PDFArray.withContext(this.dest);
    for (let i = 0; i < array.size(); i++) out.push(this.copy(array.get(i)));
    return out;
  }

  private copyDict(dict: PDFDict): PDFDict {
    const out = PDFDict.withContext(this.dest);
    // A callback, not for-of: each step of an iterator allocates until the code is optimized.
    entriesOf(dict).forEach((value, key) => {
      const kept = this.screen(dict, key, value);
      if (kept !== undefined) out.set(key, TEXT_KEYS.has(key) && isPdfString(kept) ? asUtf16(kept) : this.copy(kept));
    });
    return out;
  }

  /** The value to copy for `key` of `dict`, or undefined to leave the entry out. */
  private screen(dict: PDFDict, key: PDFName, value: PDFObject): PDFObject | undefined {
    if (key === N.AA) {
      this.noteRemoved('automatic');
      return undefined;
    }
    if (key === N.JS) {
      this.noteRemoved('JavaScript');
      return undefined;
    }
    if (key === N.EF) {
      this.removed.attachments++;
      return undefined;
    }
    if (key === N.AF) return undefined;
    // The authoring program's notes on a page, image or drawing (XMP that names the files it came from, the
    // program's private data) describe nothing a reviewer sees: the packet's own metadata replaces them.
    if (key === N.Metadata || key === N.PieceInfo) return undefined;
    if (key === N.A || key === N.OpenAction || key === N.PA) {
      const bad = unsafeAction(this.src, value);
      if (bad) {
        this.noteRemoved(bad);
        return undefined;
      }
      const action = this.src.lookup(value);
      if (action instanceof PDFDict && action.get(N.S) === N.GoTo) {
        const d = this.explicit(action.get(N.D));
        if (!d) return undefined;
        const copy = PDFDict.withContext(this.src);
        for (const [k, v] of action.entries()) if (k !== N.D && k !== PDFName.of('Next')) copy.set(k, v);
        copy.set(N.D, d);
        return copy;
      }
      return value;
    }
    if (key === N.Dest || (key === N.D && dict.get(N.S) === N.GoTo)) return this.explicit(value);
    return value;
  }

  /** An explicit destination (still in the input's context) whose page is a copied page, or undefined. */
  private explicit(value: PDFObject | undefined): PDFArray | undefined {
    const d = resolveDest(this.src, value, this.options.named);
    if (!d) return undefined;
    const page = d.get(0);
    if (page instanceof PDFRef && this.pageMap.has(page)) return d;
    return undefined;
  }

  /**
   * Whether a destination leads to a page of the input that `pages:` leaves out.
   *
   * @example
   * if (copier.leadsToDropped(item.dest)) dropped++;
   */
  leadsToDropped(value: PDFObject | undefined): boolean {
    const dropped = this.options.dropped;
    if (!dropped || dropped.size === 0) return false;
    const page = resolveDest(this.src, value, this.options.named)?.get(0);
    return page instanceof PDFRef && dropped.has(page);
  }

  /** Count a link that no longer leads anywhere: to a page left out, or to nowhere. */
  private noteDeadLink(dest: PDFObject | undefined): void {
    if (this.leadsToDropped(dest)) this.removed.droppedLinks++;
    else this.removed.deadLinks++;
  }

  /**
   * Copy one page (with the attributes it inherits) into the output at `destRef`. Returns the new page
   * and the input's widget annotations left out (for flattening).
   */
  copyPage(page: SourcePage, destRef: PDFRef): { leaf: PDFPageLeaf; widgets: PDFDict[] } {
    const leaf = PDFPageLeaf.fromMapWithContext(new Map(), this.dest);
    const widgets: PDFDict[] = [];
    for (const [key, value] of page.inherited) if (!page.dict.has(key)) leaf.set(key, this.copy(value));
    for (const [key, value] of entriesOf(page.dict)) {
      // The page tree is rebuilt; article beads would drag the input's threads along. A thumbnail shows the page
      // as it was, before stamps or `pages:` (viewers draw their own).
      if (key === N.Parent || key === N.B || key === N.Thumb) continue;
      if (key === N.Annots) {
        const annots = this.copyAnnots(value, widgets);
        if (annots) leaf.set(key, annots);
        continue;
      }
      if (key === N.Contents) {
        const contents = this.copyContents(value);
        if (contents) leaf.set(key, contents);
        continue;
      }
      const kept = this.screen(page.dict, key, value);
      if (kept !== undefined) leaf.set(key, this.copy(kept));
    }
    leaf.set(N.Type, N.Page);
    // Without a usable media box the page cannot be measured or shown: viewers assume US Letter, so do we.
    for (const key of [N.MediaBox, N.CropBox]) {
      const box = this.dest.lookup(leaf.get(key));
      const ok = box instanceof PDFArray && box.size() === 4 && box.asArray().every((v) => this.dest.lookup(v) instanceof PDFNumber);
      if (!ok && (key === N.MediaBox || leaf.has(key))) {
        if (key === N.MediaBox) leaf.set(key, this.dest.obj([0, 0, 612, 792]));
        else leaf.delete(key);
      }
    }
    this.clipCropBox(leaf);
    this.dest.assign(destRef, leaf);
    return { leaf, widgets };
  }

  /**
   * The crop box as every viewer shows it: clipped to the media box, or gone when it lies wholly outside (pdf.js
   * then shows the whole page, poppler and the viewers built on it a page of no size, blank).
   */
  private clipCropBox(leaf: PDFPageLeaf): void {
    const media = boxFrom(this.dest, leaf.get(N.MediaBox));
    const crop = boxFrom(this.dest, leaf.get(N.CropBox));
    if (!media || !crop) return;
    const clipped = clipBox(media, crop);
    const written = this.dest.lookup(leaf.get(N.CropBox)) as PDFArray;
    if (!clipped) leaf.delete(N.CropBox);
    else if (clipped.some((v, i) => v !== (this.dest.lookup(written.get(i)) as PDFNumber).asNumber())) leaf.set(N.CropBox, this.dest.obj([...clipped]));
  }

  /**
   * A page's content streams; anything else in /Contents (a number, a dictionary, a missing object) is left out:
   * pdf.js skips such an entry, poppler drops the whole page's content for it.
   */
  private copyContents(value: PDFObject): PDFObject | undefined {
    const target = this.src.lookup(value);
    if (target instanceof PDFStream) return this.copy(value);
    if (!(target instanceof PDFArray)) return undefined;
    const out = PDFArray.withContext(this.dest);
    for (const item of itemsOf(target)) if (this.src.lookup(item) instanceof PDFStream) out.push(this.copy(item));
    return out.size() > 0 ? out : undefined;
  }

  private copyAnnots(value: PDFObject, widgets: PDFDict[]): PDFArray | undefined {
    const list = this.src.lookup(value);
    if (!(list instanceof PDFArray)) return undefined;
    const out = PDFArray.withContext(this.dest);
    for (let i = 0; i < list.size(); i++) {
      const item = list.get(i);
      let annot: PDFObject | undefined;
      try {
        annot = this.src.lookup(item);
      } catch {
        continue;
      }
      if (!(annot instanceof PDFDict)) continue;
      const subtype = annot.get(N.Subtype);
      const name = subtype instanceof PDFName ? subtype.decodeText() : '';
      if (subtype === N.FileAttachment) {
        this.removed.attachments++;
        continue;
      }
      if (MEDIA_ANNOTATIONS.has(name)) {
        this.removed.media++;
        continue;
      }
      if (subtype === N.Widget && this.options.dropWidget(annot)) {
        this.noteWidgetActions(annot);
        widgets.push(annot);
        continue;
      }
      if (subtype === N.Link && !this.linkWorks(annot)) continue;
      try {
        out.push(this.copy(item));
      } catch {
        // A malformed annotation is left out; the page itself still comes.
      }
    }
    return out.size() > 0 ? out : undefined;
  }

  /** A flattened widget loses its field's scripts (its own and those up its field hierarchy): count them. */
  private noteWidgetActions(widget: PDFDict): void {
    const bad = unsafeAction(this.src, widget.get(N.A));
    if (bad) this.noteRemoved(bad);
    let node: PDFObject | undefined = widget;
    for (let i = 0; i < 32 && node instanceof PDFDict; i++) {
      if (node.has(N.AA)) this.noteRemoved('automatic');
      node = this.src.lookup(node.get(N.Parent));
    }
  }

  /** Whether a link annotation still does something safe once copied; counts what it loses. */
  private linkWorks(annot: PDFDict): boolean {
    const action = annot.get(N.A);
    if (action !== undefined) {
      const bad = unsafeAction(this.src, action);
      if (bad) {
        this.noteRemoved(bad);
        return false;
      }
      const a = this.src.lookup(action);
      if (a instanceof PDFDict && a.get(N.S) === N.GoTo && !this.explicit(a.get(N.D))) {
        this.noteDeadLink(a.get(N.D));
        return false;
      }
      return true;
    }
    const dest = annot.get(N.Dest);
    if (dest !== undefined && !this.explicit(dest)) {
      this.noteDeadLink(dest);
      return false;
    }
    return dest !== undefined;
  }

  /** The output object for an input object already copied (or copy it now). */
  mapped(obj: PDFObject): PDFObject {
    return this.copy(obj);
  }
}

/** Whether every element is a number, name, string, boolean or null (nothing to re-point or to screen). */
function isPlain(array: PDFArray): boolean {
  const items = itemsOf(array);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    // Numbers and names fill the long arrays (widths, rectangles, matrices).
    if (v === undefined || isScalar(v)) continue;
    if (v instanceof PDFRef || v instanceof PDFDict || v instanceof PDFArray || v instanceof PDFStream || v instanceof PDFInvalidObject) return false;
  }
  return true;
}

/** A number from a PDF object, or the fallback. */
export function num(obj: PDFObject | undefined, fallback = 0): number {
  return obj instanceof PDFNumber ? obj.asNumber() : fallback;
}

/** Keys whose value is a text string (field names, values and tooltips, annotation contents, layer names, titles). */
const TEXT_KEYS: ReadonlySet<PDFName> = new Set(['T', 'TU', 'TM', 'V', 'DV', 'Contents', 'Name', 'Title', 'Subj', 'CA', 'RC', 'AC', 'Alt', 'ActualText'].map((k) => PDFName.of(k)));

/** A PDF 2.0 UTF-8 text string as UTF-16BE, which every reader of the packet (a PDF 1.7 file) knows; anything else as it is. */
function asUtf16(value: PDFString | PDFHexString): PDFObject {
  const bytes = value.asBytes();
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? PDFHexString.fromText(textString(value)) : value;
}
