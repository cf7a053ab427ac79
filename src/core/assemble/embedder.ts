/**
 * TrueType fonts embedded as pdf-lib `PDFFont`s from our own subsetter (truetype.ts), so drawing code keeps using
 * `page.drawText({ font })` and `font.widthOfTextAtSize` without fontkit. `drawText` maps text to glyphs one code
 * point at a time through the font's character map; lines that need shaping (typeset.ts) come as glyphs already,
 * through `encodeGlyphs`, each with the characters it stands for.
 */
import { CustomFontEmbedder, PDFFont, PDFHexString, PDFString, type PDFContext, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import { flateStream } from './flate.js';
import { parseTrueType, TrueTypeSubset, type TrueTypeFont } from './truetype.js';

/** What pdf-lib's embedder constructor reads from its fontkit font: nothing else of it is used here. */
type FontkitStandIn = { unitsPerEm: number; postscriptName: string | undefined };

/**
 * A Type0 font over a CIDFontType2 subset (Identity-H, CIDs are subset glyph ids), in the objects pdf-lib's own
 * subset embedder writes. It extends pdf-lib's class only because `PDFFont` accepts no other embedder.
 */
class SubsetEmbedder extends CustomFontEmbedder {
  private readonly ttf: TrueTypeFont;
  private readonly subset: TrueTypeSubset;
  /** The characters each drawn glyph was drawn for, by subset id: the ToUnicode map. */
  private readonly chars = new Map<number, string>();
  /** Widths (font units) that differ from the glyph's 'hmtx' advance: marks that shaping places without advancing. */
  private readonly widths = new Map<number, number>();
  /** The subset id of each (glyph, text) pair drawn through `encodeGlyphs`. */
  private readonly variants = new Map<string, number>();

  constructor(ttf: TrueTypeFont, customName: string) {
    const standIn: FontkitStandIn = { unitsPerEm: ttf.unitsPerEm, postscriptName: ttf.postscriptName };
    super(standIn as unknown as CustomFontEmbedder['font'], ttf.bytes, customName);
    this.ttf = ttf;
    this.subset = new TrueTypeSubset(ttf);
  }

  override encodeText(text: string): PDFHexString {
    let hex = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const id = this.subset.include(this.ttf.glyphId(cp));
      // A glyph shared by two characters (Ω and the Ohm sign) extracts as the first one drawn.
      if (id !== 0 && !this.chars.has(id)) this.chars.set(id, ch);
      hex += id.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }

  /**
   * The codes of shaped glyphs (font glyph ids), each noted with its characters for the ToUnicode map, and the
   * width the PDF gives each (thousandths of an em). A glyph first drawn without advancing (a mark, or a dot that Noto Sans
   * Arabic draws apart from its letter) gets width 0: text extraction then reads its letter and mark as one word.
   */
  encodeGlyphs(glyphs: readonly { id: number; text: string; advance: number }[]): { code: string; width: number }[] {
    const scale = 1000 / this.ttf.unitsPerEm;
    return glyphs.map(({ id, text, advance }) => {
      const key = `${id}:${text}`;
      let sid = this.variants.get(key);
      if (sid === undefined) {
        const known = this.subset.glyphIds.length;
        sid = this.subset.include(id);
        // One glyph drawn for two different texts gets a second code, so each extracts as its own text.
        if (sid !== 0 && this.chars.has(sid) && this.chars.get(sid) !== text) sid = this.subset.includeCopy(id);
        if (sid >= known && advance === 0) this.widths.set(sid, 0);
        if (sid !== 0 && !this.chars.has(sid)) this.chars.set(sid, text);
        this.variants.set(key, sid);
      }
      return { code: hex4(sid), width: (this.widths.get(sid) ?? this.ttf.advanceWidth(id)) * scale };
    });
  }

  override glyphCountOfText(text: string): number {
    return [...text].length;
  }

  override widthOfTextAtSize(text: string, size: number): number {
    let units = 0;
    for (const ch of text) units += this.ttf.advanceWidth(this.ttf.glyphId(ch.codePointAt(0) ?? 0));
    return (units * size) / this.ttf.unitsPerEm;
  }

  override heightOfFontAtSize(size: number, options: { descender?: boolean } = {}): number {
    const { ascent, descent } = this.vertical();
    let height = ascent - descent;
    if (options.descender === false) height -= Math.abs(this.ttf.descent);
    return (height * size) / this.ttf.unitsPerEm;
  }

  override sizeOfFontAtHeight(height: number): number {
    const { ascent, descent } = this.vertical();
    return (height * this.ttf.unitsPerEm) / (ascent - descent);
  }

  /** Ascent and descent as pdf-lib measures them: hhea's, or the bounding box's when those are zero. */
  private vertical(): { ascent: number; descent: number } {
    return { ascent: this.ttf.ascent || this.ttf.bbox.yMax, descent: this.ttf.descent || this.ttf.bbox.yMin };
  }

  override async embedIntoContext(context: PDFContext, ref?: PDFRef): Promise<PDFRef> {
    const ttf = this.ttf;
    const name = this.customName ?? this.fontName;
    const scale = 1000 / ttf.unitsPerEm;
    const file = this.subset.encode();
    // Length1 (the decoded length) is required for TrueType font programs. Stored, not compressed: a subset is
    // 5 to 20 KB, deflating it saved about a quarter of that and cost a build 10 ms of a compressor still cold.
    const fontFile = context.register(context.stream(file, { Length1: file.length }));
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: name,
        Flags: fontFlags(ttf),
        FontBBox: [ttf.bbox.xMin * scale, ttf.bbox.yMin * scale, ttf.bbox.xMax * scale, ttf.bbox.yMax * scale],
        ItalicAngle: ttf.italicAngle,
        Ascent: ttf.ascent * scale,
        Descent: ttf.descent * scale,
        CapHeight: (ttf.capHeight || ttf.ascent) * scale,
        XHeight: (ttf.xHeight ?? 0) * scale,
        // No reliable way to derive it from a TrueType font; 0 means unknown.
        StemV: 0,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        CIDToGIDMap: 'Identity',
        BaseFont: name,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        // Subset ids are consecutive from 0: one run of widths.
        W: [0, this.subset.glyphIds.map((gid, sid) => (this.widths.get(sid) ?? ttf.advanceWidth(gid)) * scale)],
      }),
    );
    const toUnicode = context.register(flateStream(context, new TextEncoder().encode(toUnicodeCMap(this.chars))));
    const fontDict = context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    });
    if (!ref) return context.register(fontDict);
    context.assign(ref, fontDict);
    return ref;
  }
}

/** FontDescriptor flags as pdf-lib derives them: symbolic (any character set), plus pitch, serif, script, italic. */
function fontFlags(ttf: TrueTypeFont): number {
  let flags = 1 << 2; // symbolic
  if (ttf.isFixedPitch) flags |= 1 << 0;
  if (ttf.familyClass >= 1 && ttf.familyClass <= 7) flags |= 1 << 1;
  if (ttf.familyClass === 10) flags |= 1 << 3;
  if (ttf.isItalic) flags |= 1 << 6;
  return flags;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/** Characters as UTF-16 hex, as a ToUnicode CMap wants them (surrogate pairs beyond the BMP). */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += hex4(text.charCodeAt(i));
  return hex;
}

/** The ToUnicode CMap of subset glyph id -> characters, in blocks of at most 100 entries as the format asks. */
function toUnicodeCMap(chars: ReadonlyMap<number, string>): string {
  const entries = [...chars].sort(([a], [b]) => a - b).map(([id, text]) => `<${hex4(id)}> <${utf16Hex(text)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/**
 * Embed a TrueType font in `doc` as a subset holding the glyphs drawn with it, written when the document is
 * saved. `customName` is the PDF font name, with the six-letter subset tag (fixed, so builds are reproducible).
 *
 * @example
 * const font = embedTrueTypeSubset(doc, dejaVuSansBytes, 'APKTRG+DejaVuSans');
 * page.drawText('Åsa Ødegård', { font, size: 12, x: 72, y: 720 });
 */
export function embedTrueTypeSubset(doc: PDFDocument, fontBytes: Uint8Array, customName: string): PDFFont {
  const embedder = new SubsetEmbedder(parseTrueType(fontBytes), customName);
  const font = PDFFont.of(doc.context.nextRef(), doc, embedder);
  embedders.set(font, embedder);
  // Registered as PDFDocument.embedFont does, so save() embeds it after the last text is drawn.
  const fonts: unknown = Reflect.get(doc, 'fonts');
  if (!Array.isArray(fonts)) throw new Error('embedTrueTypeSubset: this @cantoo/pdf-lib has no PDFDocument.fonts list to register the font in.');
  fonts.push(font);
  return font;
}

const embedders = new WeakMap<PDFFont, SubsetEmbedder>();

/**
 * The codes (four hex digits each) that draw shaped glyphs with a font made by `embedTrueTypeSubset`, and the
 * width the PDF gives each (thousandths of an em): the glyphs join its subset, and text extraction gives each glyph's
 * `text`. `advance` (any unit) only tells whether the glyph advances.
 *
 * @example
 * encodeGlyphs(font, [{ id: 1234, text: 'لا', advance: 530 }]) // [{ code: '0001', width: 530 }]
 */
export function encodeGlyphs(font: PDFFont, glyphs: readonly { id: number; text: string; advance: number }[]): { code: string; width: number }[] {
  const embedder = embedders.get(font);
  if (!embedder) throw new Error('encodeGlyphs: the font was not made by embedTrueTypeSubset.');
  return embedder.encodeGlyphs(glyphs);
}
