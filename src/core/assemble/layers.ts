/**
 * Optional content (layers). Input pages refer to their layers from their content; without the catalog's
 * /OCProperties a viewer would show every layer, so a hidden OCR text layer or a draft layer would appear.
 * The layers of all inputs are merged into one /OCProperties with each input's default visibility.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, type PDFContext, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import type { Copier } from './copy.js';

export class LayerMerger {
  private readonly ocgs: PDFRef[] = [];
  private readonly off = new Set<PDFRef>();
  private readonly order: PDFObject[] = [];

  constructor(private readonly out: PDFDocument) {}

  /** Add the input's layers (copied through its copier, so page content refers to the same objects). */
  add(src: PDFContext, catalog: PDFDict, copier: Copier, title: string): void {
    const props = src.lookup(catalog.get(PDFName.of('OCProperties')));
    if (!(props instanceof PDFDict)) return;
    const list = src.lookup(props.get(PDFName.of('OCGs')));
    if (!(list instanceof PDFArray)) return;
    const mine: PDFRef[] = [];
    for (let i = 0; i < list.size(); i++) {
      const item = list.get(i);
      if (!(item instanceof PDFRef)) continue;
      const copied = copier.copy(item);
      if (copied instanceof PDFRef && !this.ocgs.includes(copied)) {
        this.ocgs.push(copied);
        mine.push(copied);
      }
    }
    if (mine.length === 0) return;
    const config = src.lookup(props.get(PDFName.of('D')));
    const refsOf = (key: string): Set<PDFRef> => {
      const out = new Set<PDFRef>();
      const arr = config instanceof PDFDict ? src.lookup(config.get(PDFName.of(key))) : undefined;
      if (arr instanceof PDFArray) {
        for (let i = 0; i < arr.size(); i++) {
          const item = arr.get(i);
          const copied = item instanceof PDFRef ? copier.copy(item) : undefined;
          if (copied instanceof PDFRef) out.add(copied);
        }
      }
      return out;
    };
    const baseOff = config instanceof PDFDict && config.get(PDFName.of('BaseState')) === PDFName.of('OFF');
    const on = refsOf('ON');
    const off = refsOf('OFF');
    for (const ref of mine) if (off.has(ref) || (baseOff && !on.has(ref))) this.off.add(ref);
    // In the viewer's layer panel, each input's layers sit under its title.
    const order = config instanceof PDFDict ? src.lookup(config.get(PDFName.of('Order'))) : undefined;
    const entries = order instanceof PDFArray ? (copier.copy(order) as PDFArray).asArray() : mine;
    this.order.push(this.out.context.obj([PDFHexString.fromText(title), ...entries]));
  }

  /** Write the merged /OCProperties (nothing when no input had layers). */
  write(): void {
    if (this.ocgs.length === 0) return;
    const ctx = this.out.context;
    const d = ctx.obj({ Order: this.order, OFF: [...this.off] });
    this.out.catalog.set(PDFName.of('OCProperties'), ctx.obj({ OCGs: this.ocgs, D: d }));
  }
}
