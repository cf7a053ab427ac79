/**
 * Images on a PDF's pages whose data is damaged: a JPEG cut off before its end, Flate data (or uncompressed data)
 * that stops well before the image's last row, or Flate data broken on the way. Viewers draw what they could
 * read and leave the rest grey, black or blank (a transcript scan missing its lower half); until this check, such
 * a file passed as Ready. A PNG or JPEG given as a file has its own check (`readJpegHeader`, the image library).
 *
 * Structural and bounded: a JPEG is walked marker by marker (its picture data is not decoded), Flate data is only
 * inflated to count its bytes, up to what the image needs. Filters that are not read here (CCITT, JBIG2, JPEG
 * 2000, LZW, chains of filters) and images whose size cannot be told from their dictionary are taken as sound.
 */
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { inflatedLength } from './decoders.js';
import { streamFilters } from './inflation.js';
import { imagesDrawn } from './page-text.js';
import type { SourcePage } from './page-tree.js';
import { readJpegHeader } from './sniff.js';

/** Pages looked at: past these, a page is taken as fine. */
const MAX_PAGES = 5000;
/** Forms followed down from a page's resources, and their depth. */
const MAX_FORMS = 256;
const MAX_FORM_DEPTH = 8;
/** Bytes inflated in all, to count images' data: past this, the images left are taken as sound. */
const MAX_INFLATED = 512 * 2 ** 20;
/** One image's data inflated at most (held in memory while counted; a 600 dpi colour scan of A4 is 104 MB): a larger one is taken as sound. */
const MAX_IMAGE_BYTES = 128 * 2 ** 20;
/**
 * Data missing from an image, as a share of what it needs, from which it shows: a viewer leaves that much of its
 * bottom blank. Less (a row of a scan's thousands, a few bytes some writers leave out) shows nothing amiss.
 */
const MIN_MISSING_SHARE = 0.01;

const N = {
  Resources: PDFName.of('Resources'),
  XObject: PDFName.of('XObject'),
  Subtype: PDFName.of('Subtype'),
  Image: PDFName.of('Image'),
  Form: PDFName.of('Form'),
  SMask: PDFName.of('SMask'),
  Mask: PDFName.of('Mask'),
  ImageMask: PDFName.of('ImageMask'),
  Width: PDFName.of('Width'),
  Height: PDFName.of('Height'),
  BitsPerComponent: PDFName.of('BitsPerComponent'),
  ColorSpace: PDFName.of('ColorSpace'),
  DecodeParms: PDFName.of('DecodeParms'),
  Predictor: PDFName.of('Predictor'),
  Colors: PDFName.of('Colors'),
  Columns: PDFName.of('Columns'),
  N: PDFName.of('N'),
} as const;

/**
 * The pages (1-based) that draw an image whose data is damaged (or whose soft mask or mask is), itself or through
 * a form; undefined when there are none. Every image the pages can reach is judged once, and only the pages that
 * reach a damaged one have their content read, to tell whether they draw it.
 *
 * @example
 * damagedImagePages(doc.context, tree.pages); // [3]: page 3 draws a JPEG cut off halfway
 */
export function damagedImagePages(context: PDFContext, pages: readonly SourcePage[]): number[] | undefined {
  const judge = new ImageJudge(context);
  // Pages often share one resource dictionary: it is walked once.
  const reached = new Map<PDFObject | undefined, boolean>();
  const found: number[] = [];
  pages.slice(0, MAX_PAGES).forEach((page, i) => {
    try {
      const resources = context.lookup(page.dict.get(N.Resources) ?? page.inherited.get(N.Resources));
      let reaches = reached.get(resources);
      if (reaches === undefined) reached.set(resources, (reaches = reachesDamage(context, resources, judge)));
      if (!reaches) return;
      const drawn = imagesDrawn(context, page.dict, page.inherited.get(N.Resources));
      if ([...drawn].some((image) => judge.damaged(image))) found.push(i + 1);
    } catch {
      // A page too strange to look at is taken as fine: no alarm without a reason.
    }
  });
  return found.length > 0 ? found : undefined;
}

/** Whether an image damaged by `judge` is among the XObjects of `resources`, or of the forms among them. */
function reachesDamage(context: PDFContext, resources: PDFObject | undefined, judge: ImageJudge): boolean {
  const seen = new Set<PDFObject>();
  let forms = 0;
  const visit = (res: PDFObject | undefined, depth: number): boolean => {
    const xobjects = res instanceof PDFDict ? context.lookup(res.get(N.XObject)) : undefined;
    if (!(xobjects instanceof PDFDict)) return false;
    for (const value of xobjects.values()) {
      const xobject = context.lookup(value);
      if (!(xobject instanceof PDFStream) || seen.has(xobject)) continue;
      seen.add(xobject);
      const subtype = xobject.dict.get(N.Subtype);
      if (subtype === N.Image && xobject instanceof PDFRawStream && judge.damaged(xobject)) return true;
      if (subtype === N.Form && depth < MAX_FORM_DEPTH && ++forms <= MAX_FORMS && visit(context.lookup(xobject.dict.get(N.Resources)) ?? res, depth + 1)) return true;
    }
    return false;
  };
  return visit(resources, 0);
}

/** Judges images once each, within one budget of inflated bytes. */
class ImageJudge {
  private readonly verdicts = new Map<PDFRawStream, boolean>();
  private inflated = 0;

  constructor(private readonly context: PDFContext) {}

  /** Whether the image's data, or its soft mask's or mask's, is damaged. */
  damaged(image: PDFRawStream): boolean {
    if (this.own(image)) return true;
    for (const key of [N.SMask, N.Mask]) {
      const mask = this.context.lookup(image.dict.get(key));
      if (mask instanceof PDFRawStream && this.own(mask)) return true;
    }
    return false;
  }

  private own(image: PDFRawStream): boolean {
    let verdict = this.verdicts.get(image);
    if (verdict === undefined) {
      verdict = this.judge(image);
      this.verdicts.set(image, verdict);
    }
    return verdict;
  }

  private judge(image: PDFRawStream): boolean {
    // Data still encrypted is not what viewers read.
    if (image.transform) return false;
    const filters = streamFilters(this.context, image.dict).map((f) => f.name);
    const data = image.contents;
    if (filters.length === 1 && (filters[0] === 'DCTDecode' || filters[0] === 'DCT')) return jpegCut(data);
    const flate = filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl');
    if (!flate && filters.length > 0) return false;
    const size = this.neededBytes(image.dict, flate);
    if (size === undefined) return false;
    const { needed, row } = size;
    if (!flate) return needed - data.length >= Math.max(row, MIN_MISSING_SHARE * needed);
    if (needed >= MAX_IMAGE_BYTES || this.inflated + needed >= MAX_INFLATED) return false;
    // One byte more than needed tells data that goes on past the image.
    const { bytes, broken } = inflatedLength(data, needed + 1);
    this.inflated += bytes;
    // Broken data (its checksum says so) of another length than the image's was changed on the way: from there on,
    // what it draws is not the image. Of the image's length, only its checksum is wrong (some writers get it wrong).
    if (broken) return bytes !== needed;
    return needed - bytes >= Math.max(row, MIN_MISSING_SHARE * needed);
  }

  /**
   * The bytes the image's data must hold for viewers to draw all its rows, and those of one row: rows of width x
   * colour components x bits, a byte more each with a PNG predictor (whose rows are as its /DecodeParms say).
   * Undefined when its dictionary does not say it plainly.
   */
  private neededBytes(dict: PDFDict, flate: boolean): { needed: number; row: number } | undefined {
    const num = (d: PDFDict, key: PDFName): number | undefined => {
      const v = this.context.lookup(d.get(key));
      return v instanceof PDFNumber ? v.asNumber() : undefined;
    };
    const width = num(dict, N.Width);
    const height = num(dict, N.Height);
    if (!isCount(width) || !isCount(height)) return undefined;
    const mask = this.context.lookup(dict.get(N.ImageMask)) === PDFBool.True;
    const bits = mask ? 1 : num(dict, N.BitsPerComponent);
    const components = mask ? 1 : colourComponents(this.context, this.context.lookup(dict.get(N.ColorSpace)));
    if (components === undefined || bits === undefined || ![1, 2, 4, 8, 16].includes(bits)) return undefined;
    const row = Math.ceil((width * components * bits) / 8);
    const parms = flate ? this.context.lookup(dict.get(N.DecodeParms)) : undefined;
    const decodeParms = parms instanceof PDFArray ? this.context.lookup(parms.get(0)) : parms;
    const predictor = decodeParms instanceof PDFDict ? (num(decodeParms, N.Predictor) ?? 1) : 1;
    if (predictor === 1 || predictor === 2) return { needed: row * height, row };
    if (predictor < 10 || predictor > 15 || !(decodeParms instanceof PDFDict)) return undefined;
    const colors = num(decodeParms, N.Colors) ?? 1;
    const bpc = num(decodeParms, N.BitsPerComponent) ?? 8;
    const columns = num(decodeParms, N.Columns) ?? 1;
    if (!isCount(colors) || !isCount(bpc) || !isCount(columns)) return undefined;
    const predicted = Math.ceil((colors * bpc * columns) / 8) + 1;
    const rows = Math.ceil((row * height) / (predicted - 1));
    return { needed: rows * predicted, row: Math.ceil((row * predicted) / (predicted - 1)) };
  }
}

const isCount = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n > 0;

/**
 * Whether JPEG data stops before its end-of-image marker (or holds no JPEG at all), walked marker by marker:
 * bytes before its start (pdf.js skips them) and after its end (padding, a scanner's trailer) are not looked at.
 */
function jpegCut(data: Uint8Array): boolean {
  let start = data.indexOf(0xff);
  while (start >= 0 && !(data[start + 1] === 0xd8 && data[start + 2] === 0xff)) start = data.indexOf(0xff, start + 1);
  if (start < 0) return true;
  return readJpegHeader(data.subarray(start)).truncated;
}

/** Colour components of an image's colour space, when it is one an image can have and its count is plain. */
function colourComponents(context: PDFContext, cs: PDFObject | undefined): number | undefined {
  const family = cs instanceof PDFArray ? context.lookup(cs.get(0)) : cs;
  if (!(family instanceof PDFName)) return undefined;
  switch (family.decodeText()) {
    case 'DeviceGray':
    case 'G':
    case 'CalGray':
    case 'Indexed':
    case 'I':
    case 'Separation':
      return 1;
    case 'DeviceRGB':
    case 'RGB':
    case 'CalRGB':
    case 'Lab':
      return 3;
    case 'DeviceCMYK':
    case 'CMYK':
      return 4;
    case 'ICCBased': {
      const stream = cs instanceof PDFArray ? context.lookup(cs.get(1)) : undefined;
      const n = stream instanceof PDFStream ? context.lookup(stream.dict.get(N.N)) : undefined;
      return n instanceof PDFNumber && [1, 3, 4].includes(n.asNumber()) ? n.asNumber() : undefined;
    }
    case 'DeviceN': {
      const names = cs instanceof PDFArray ? context.lookup(cs.get(1)) : undefined;
      return names instanceof PDFArray && names.size() > 0 ? names.size() : undefined;
    }
    default:
      return undefined;
  }
}
