/**
 * A scan that shows nothing: a PDF whose every page draws only images, each one flat colour or an empty sheet (a
 * blank sheet scanned or photographed, a page put face down on the scanner). `file.blank` otherwise counts any
 * image as content, so such a transcript passed as Ready. Lossless images are judged here; JPEGs need an image
 * library and are handed to the caller.
 */
import { PDFBool, PDFName, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { classify, rawPixels } from '../fit/images.js';
import { samplesAreFlat } from './flat.js';
import { downsample, showsOnlyPaper } from './paper.js';
import { imagesShown, pageImagesOnly, type DrawnImage } from './page-text.js';
import type { SourcePage } from './page-tree.js';
import { shownBox } from './page-size.js';

/** Pages looked at: a longer scan is not a blank sheet. */
const MAX_PAGES = 200;
/** Different images judged: past this many, the file is taken as showing something. */
const MAX_IMAGES = 64;
/**
 * JPEG bytes per pixel past which an image is not an empty sheet: a phone photo of one, with heavy sensor noise
 * saved at quality 94, takes under 0.5; so does a photo of a page of text, which is why the JPEG is decoded.
 */
const MAX_BLANK_JPEG_BYTES_PER_PIXEL = 1;
/** JPEG bytes handed on at most: more is not a blank page. */
const MAX_JPEG_BYTES = 64 * 2 ** 20;

/**
 * Whether every page of a PDF draws only images of one flat colour or of an empty sheet, as far as can be read
 * here: `undefined` when something shows (or cannot be judged), else the JPEGs still to be judged (none: the file
 * is blank) and whether an image read here is an empty sheet photographed rather than one flat colour.
 *
 * @example
 * const scan = blankScan(doc.context, tree.pages);
 * if (scan && scan.jpegs.length === 0) findings.push(say.blank(pages, true));
 */
export function blankScan(context: PDFContext, pages: readonly SourcePage[]): { jpegs: Uint8Array[]; sheet: boolean } | undefined {
  if (pages.length === 0 || pages.length > MAX_PAGES) return undefined;
  const images = new Map<PDFObject, DrawnImage>();
  try {
    for (const page of pages) {
      const inherited = page.inherited.get(PDFName.of('Resources'));
      // A scan laid over its own text (OCR text under the image) shows only the scan.
      const drawn = pageImagesOnly(context, page.dict, inherited) ?? imagesShown(context, page.dict, inherited, shownBox(context, page)?.box);
      if (drawn === undefined) return undefined;
      for (const image of drawn) images.set(image.stream, image);
      if (images.size > MAX_IMAGES) return undefined;
    }
    // No image at all is the other case of `file.blank`, found before this.
    if (images.size === 0) return undefined;
    const jpegs: Uint8Array[] = [];
    let jpegBytes = 0;
    let sheet = false;
    for (const { ref, stream } of images.values()) {
      const get = (key: string): PDFObject | undefined => context.lookup(stream.dict.get(PDFName.of(key)));
      // A mask cuts a shape out of the colour: a flat image under a mask can draw text.
      if (get('SMask') !== undefined || get('Mask') !== undefined || get('ImageMask') === PDFBool.True) return undefined;
      const c = classify(context, ref, stream, { width: 1, height: 1 });
      if ('reason' in c) return undefined;
      if (c.source.kind === 'jpeg') {
        // Past this, the JPEG holds more detail than noise on paper does: something is drawn, no decoding.
        if (stream.contents.length > MAX_BLANK_JPEG_BYTES_PER_PIXEL * c.width * c.height) return undefined;
        jpegBytes += stream.contents.length;
        if (jpegBytes > MAX_JPEG_BYTES) return undefined;
        jpegs.push(stream.contents);
        continue;
      }
      const pixels = rawPixels(context, c);
      if (!pixels) return undefined;
      if (samplesAreFlat(pixels.data, pixels.channels)) continue;
      // An empty sheet photographed (uneven light, noise, specks), judged at a working size.
      if (!showsOnlyPaper(downsample(pixels))) return undefined;
      sheet = true;
    }
    return { jpegs, sheet };
  } catch {
    // A page too strange to look at is taken as showing something: no alarm without a reason.
    return undefined;
  }
}
