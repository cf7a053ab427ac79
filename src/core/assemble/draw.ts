/** Drawing laid-out operations onto output pages, and the link annotations they ask for. */
import {
  PDFArray,
  PDFContentStream,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFRawStream,
  PDFRef,
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { Op } from './layout.js';
import type { FaceId } from './scripts.js';
import { lineOperators } from './text-ops.js';
import type { Typesetter } from './typeset.js';

export interface DrawFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Lines that are not simple (typeset.ts): the typesetter, and the PDF font of each face, embedded on first use. */
  setter?: Typesetter;
  face?: (face: FaceId) => PDFFont;
}

const LINK_BLUE = rgb(0.08, 0.24, 0.62);

/**
 * A destination that shows the top of `page` without changing the reader's zoom.
 *
 * @example
 * annot.set(PDFName.of('Dest'), topOf(doc, page.ref, page.getHeight()))
 */
export function topOf(doc: PDFDocument, pageRef: PDFRef, top: number): PDFArray {
  return doc.context.obj([pageRef, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(top * 100) / 100), PDFNull]) as PDFArray;
}

/** The ASCII bytes of an address as a hex string: link addresses never go through literal-string syntax. */
export function asciiHex(text: string): PDFHexString {
  let hex = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    hex += (code < 128 ? code : 63).toString(16).padStart(2, '0');
  }
  return PDFHexString.of(hex);
}

/** Add a link annotation over a rectangle of `page`. */
export function addLink(doc: PDFDocument, page: PDFPage, rect: [number, number, number, number], target: { url: string } | { dest: PDFArray }): void {
  const ctx = doc.context;
  const dict = ctx.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect.map((n) => Math.round(n * 100) / 100),
    Border: [0, 0, 0],
    F: 4,
  });
  if ('url' in target) dict.set(PDFName.of('A'), ctx.obj({ Type: 'Action', S: 'URI', URI: asciiHex(target.url) }));
  else dict.set(PDFName.of('Dest'), target.dest);
  page.node.addAnnot(ctx.register(dict));
}

/** Draw a generated page's operations; `pageDest(i)` gives the destination of output page i for contents links. */
export function drawOps(doc: PDFDocument, page: PDFPage, ops: readonly Op[], fonts: DrawFonts, pageDest: (index: number) => PDFArray | undefined): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        if (fonts.setter && fonts.face && !fonts.setter.isSimple(op.text, op.font)) {
          const colour = op.blue ? '0.08 0.24 0.62' : [op.grey ?? 0, op.grey ?? 0, op.grey ?? 0].join(' ');
          const line = fonts.setter.line(op.text, op.font, op.rtl ? 'rtl' : 'ltr');
          // In the page's content stream, in order with the other lines (text extraction reads them in that order):
          // pdf-lib writes string operands as they are, so one operator carries the whole q ... Q group.
          const body = `q\n${colour} rg\n${lineOperators(page, line, fonts.face, { x: op.x, y: op.y, size: op.size, colour, keyBase: 'PacketText' })}`;
          page.pushOperators(PDFOperator.of(PDFOperatorNames.PopGraphicsState, [body]));
          break;
        }
        page.drawText(op.text, {
          x: op.x,
          y: op.y,
          size: op.size,
          font: op.font === 'regular' || op.font === 'bold' ? fonts[op.font] : (fonts.face?.(op.font) ?? fonts.regular),
          color: op.blue ? LINK_BLUE : rgb(op.grey ?? 0, op.grey ?? 0, op.grey ?? 0),
        });
        break;
      case 'rule':
        page.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
        break;
      case 'uri':
        addLink(doc, page, [op.x, op.y, op.x + op.width, op.y + op.height], { url: op.url });
        break;
      case 'goto': {
        const dest = pageDest(op.page);
        if (dest) addLink(doc, page, [op.x, op.y, op.x + op.width, op.y + op.height], { dest });
        break;
      }
    }
  }
}

/**
 * Write the small content streams pdf-lib made for drawing (stamps, graphics-state wrappers) uncompressed:
 * deflating a hundred bytes gains nothing and costs a fixed setup per stream, a fifth of a build's time.
 * Larger ones (generated text pages) stay compressed.
 *
 * @example
 * storeSmallStreamsRaw(doc, doc.getPages());
 */
export function storeSmallStreamsRaw(doc: PDFDocument, pages: readonly PDFPage[], limit = 2048): void {
  const ctx = doc.context;
  const done = new Set<PDFRef>();
  for (const page of pages) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray() : [];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef) || done.has(ref)) continue;
      done.add(ref);
      const stream = ctx.lookup(ref);
      if (!(stream instanceof PDFContentStream) || stream.getUnencodedContentsSize() > limit) continue;
      const dict = stream.dict.clone(ctx);
      dict.delete(PDFName.of('Filter'));
      ctx.assign(ref, PDFRawStream.of(dict, stream.getUnencodedContents()));
    }
  }
}
