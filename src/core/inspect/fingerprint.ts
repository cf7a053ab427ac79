/**
 * What a PDF's pages draw, as one hash: the decoded content of each page and the stored bytes of the images and
 * forms it names. A document saved again by another program (pdf-lib, qpdf, a viewer's "Save as"), its pages
 * copied into a new file, or bytes added after its end has other bytes but the same fingerprint, so the same
 * document given twice is caught when the bytes differ.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { decodeInto } from './decoders.js';
import { streamFilters } from './inflation.js';
import type { SourcePage } from './page-tree.js';

const N = { Contents: PDFName.of('Contents'), Resources: PDFName.of('Resources'), XObject: PDFName.of('XObject') };

/** Pages hashed: enough to tell documents apart, few enough to cost little on a thesis. */
const MAX_PAGES = 40;
/** Bytes of one image or form hashed: its start tells it apart. */
const MAX_XOBJECT_BYTES = 1 << 20;

/**
 * The fingerprint of what the pages draw, or undefined when nothing could be read (no content at all).
 *
 * @example
 * contentFingerprint(doc.context, tree.pages) === contentFingerprint(resaved.context, resavedTree.pages) // true
 */
export function contentFingerprint(context: PDFContext, pages: readonly SourcePage[]): string | undefined {
  const hash = createHash('sha1');
  hash.update(`pages ${pages.length}\n`);
  let bytes = 0;
  // An image or form drawn on many pages (a logo, a letterhead) is hashed once.
  const seen = new Map<PDFRawStream, string>();
  for (const page of pages.slice(0, MAX_PAGES)) {
    hash.update('\npage\n');
    const contents = context.lookup(page.dict.get(N.Contents));
    const streams = contents instanceof PDFArray ? contents.asArray().map((s) => context.lookup(s)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      decodeInto(stream.contents, streamFilters(context, stream.dict), {
        push(chunk) {
          bytes += chunk.length;
          hash.update(chunk);
        },
      });
    }
    const resources = context.lookup(page.dict.get(N.Resources) ?? page.inherited.get(N.Resources));
    const xobjects = resources instanceof PDFDict ? context.lookup(resources.get(N.XObject)) : undefined;
    if (!(xobjects instanceof PDFDict)) continue;
    // By name, in name order: the content names them, and a re-save may write the dictionary in another order.
    const named = xobjects.entries().map(([k, v]): [string, PDFObject | undefined] => [k.decodeText(), context.lookup(v)]);
    for (const [name, x] of named.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (!(x instanceof PDFRawStream)) continue;
      let digest = seen.get(x);
      if (digest === undefined) {
        digest = createHash('sha1').update(x.contents.subarray(0, MAX_XOBJECT_BYTES)).digest('hex');
        seen.set(x, digest);
      }
      hash.update(`\n/${name} ${x.contents.length} ${digest}\n`);
      bytes += x.contents.length;
    }
  }
  return bytes > 0 ? hash.digest('hex') : undefined;
}
