/**
 * TrueType fonts read and subset without a font library: the character map (formats 4 and 12), advance widths,
 * the metrics a PDF font descriptor needs, and a subset writer for embedding. The assembler draws text glyph by
 * glyph from the character map (no kerning, ligatures or other shaping), so this is all it needs.
 *
 * Every read is checked against the bounds of its table: a malformed file throws a `MalformedFontError` that
 * says which table is wrong, never reads out of range and never loops without end.
 */

/** A font file that cannot be read: the message names the table and what is wrong with it. */
export class MalformedFontError extends Error {
  override readonly name = 'MalformedFontError';
}

/** Big-endian reads within one table, each checked against the table's length. */
class Table {
  private readonly view: DataView;

  /** `label` names the table in messages: "'cmap' table", "table directory". */
  constructor(
    readonly label: string,
    readonly bytes: Uint8Array,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  need(at: number, size: number): void {
    if (!(at >= 0 && at + size <= this.bytes.length)) {
      throw new MalformedFontError(`Font ${this.label} is too short: ${size} bytes wanted at offset ${at}, it has ${this.bytes.length}.`);
    }
  }

  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at);
  }

  i16(at: number): number {
    this.need(at, 2);
    return this.view.getInt16(at);
  }

  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at);
  }

  i32(at: number): number {
    this.need(at, 4);
    return this.view.getInt32(at);
  }

  slice(at: number, length: number): Uint8Array {
    this.need(at, length);
    return this.bytes.subarray(at, at + length);
  }
}

/** A glyph bounding box or the font's, in font units. */
export interface BBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Where the character map's chosen subtable is, and its format. */
type CmapSubtable = { format: 4; at: number; segCount: number } | { format: 12; at: number; groups: number };

// The Unicode subtables in the order fontkit prefers them: full repertoire first, then the BMP.
const CMAP_PREFERENCE: readonly (readonly [number, number])[] = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
];

const SFNT_TRUETYPE = 0x00010000;
const SFNT_APPLE = 0x74727565; // 'true'
const SFNT_OPENTYPE = 0x4f54544f; // 'OTTO' (CFF outlines: readable for the cmap, not subsettable here)

/**
 * A parsed TrueType font: what the assembler asks of a font, read straight from the file's tables.
 *
 * @example
 * const font = parseTrueType(dejaVuSansBytes);
 * font.advanceWidth(font.glyphId(0x41)) // 1401 (font units; `font.unitsPerEm` is 2048)
 */
export class TrueTypeFont {
  readonly numGlyphs: number;
  readonly unitsPerEm: number;
  readonly bbox: BBox;
  /** hhea ascender and descender (the descender is negative). */
  readonly ascent: number;
  readonly descent: number;
  /** OS/2 cap and x heights: only in OS/2 version 2 and later. */
  readonly capHeight: number | undefined;
  readonly xHeight: number | undefined;
  /** OS/2 sTypoAscender, sTypoDescender and fsType (embedding permissions), when the font has OS/2. */
  readonly typoAscender: number | undefined;
  readonly typoDescender: number | undefined;
  readonly fsType: number | undefined;
  /** The IBM font class (high byte of OS/2 sFamilyClass; 1-7 are serif classes, 10 scripts), 0 without OS/2. */
  readonly familyClass: number;
  /** Degrees counter-clockwise from vertical (post). */
  readonly italicAngle: number;
  readonly isFixedPitch: boolean;
  /** head macStyle bit 1. */
  readonly isItalic: boolean;

  private readonly tables = new Map<string, Table>();
  private cmapTable: Table | undefined;
  private subtable: CmapSubtable | undefined;
  // Code point -> glyph, as looked up: a build looks up the same few dozen characters thousands of times
  // (every stamp, every width), each a binary search of the character map.
  private readonly glyphIds = new Map<number, number>();
  private readonly hmtx: Table;
  private readonly numberOfHMetrics: number;
  private readonly indexToLocFormat: number;
  private psName: string | null | undefined;

  private constructor(readonly bytes: Uint8Array) {
    const file = new Table('table directory', bytes);
    const version = file.u32(0);
    if (version === 0x74746366) throw new MalformedFontError('Font collections (.ttc) are not supported: pass one TrueType font (.ttf).');
    if (version !== SFNT_TRUETYPE && version !== SFNT_APPLE && version !== SFNT_OPENTYPE) {
      throw new MalformedFontError(`Not a TrueType font: the file starts with 0x${version.toString(16).padStart(8, '0')}.`);
    }
    const numTables = file.u16(4);
    file.need(12, numTables * 16);
    for (let i = 0; i < numTables; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...file.slice(at, 4));
      const offset = file.u32(at + 8);
      const length = file.u32(at + 12);
      if (offset + length > bytes.length) {
        throw new MalformedFontError(`Font table '${tag}' runs past the end of the file (offset ${offset}, length ${length}, file ${bytes.length} bytes).`);
      }
      if (!this.tables.has(tag)) this.tables.set(tag, new Table(`'${tag}' table`, bytes.subarray(offset, offset + length)));
    }

    const head = this.required('head');
    this.unitsPerEm = head.u16(18);
    if (this.unitsPerEm < 16 || this.unitsPerEm > 16384) throw new MalformedFontError(`Font table 'head' gives ${this.unitsPerEm} units per em (16 to 16384 allowed).`);
    this.bbox = { xMin: head.i16(36), yMin: head.i16(38), xMax: head.i16(40), yMax: head.i16(42) };
    this.isItalic = (head.u16(44) & 2) !== 0;
    this.indexToLocFormat = head.i16(50);

    const hhea = this.required('hhea');
    this.ascent = hhea.i16(4);
    this.descent = hhea.i16(6);
    this.numberOfHMetrics = hhea.u16(34);

    this.numGlyphs = this.required('maxp').u16(4);
    if (this.numGlyphs === 0) throw new MalformedFontError("Font table 'maxp' says the font has no glyphs.");
    if (this.numberOfHMetrics === 0 || this.numberOfHMetrics > this.numGlyphs) {
      throw new MalformedFontError(`Font table 'hhea' gives ${this.numberOfHMetrics} horizontal metrics for ${this.numGlyphs} glyphs.`);
    }
    this.hmtx = this.required('hmtx');
    this.hmtx.need(0, this.numberOfHMetrics * 4);

    const os2 = this.tables.get('OS/2');
    const os2Version = os2 ? os2.u16(0) : -1;
    this.familyClass = os2 ? os2.i16(30) >> 8 : 0;
    this.fsType = os2?.u16(8);
    // Apple's first OS/2 tables end before the typographic metrics.
    this.typoAscender = os2 && os2.length >= 72 ? os2.i16(68) : undefined;
    this.typoDescender = os2 && os2.length >= 72 ? os2.i16(70) : undefined;
    this.xHeight = os2 && os2Version >= 2 ? os2.i16(86) : undefined;
    this.capHeight = os2 && os2Version >= 2 ? os2.i16(88) : undefined;

    const post = this.tables.get('post');
    this.italicAngle = post ? post.i32(4) / 65536 : 0;
    this.isFixedPitch = post ? post.u32(12) !== 0 : false;
  }

  /**
   * Parse the font's tables. The result holds only views of `bytes`; the character map, glyphs and names are read
   * on demand. Throws a `MalformedFontError` when the file is not a TrueType font or a table is out of bounds.
   */
  static parse(bytes: Uint8Array): TrueTypeFont {
    return new TrueTypeFont(bytes);
  }

  private required(tag: string): Table {
    const table = this.tables.get(tag);
    if (!table) throw new MalformedFontError(`The font has no '${tag}' table.`);
    return table;
  }

  /** The character map, found on first use (a subset has none: its glyphs are reached by id). */
  private get cmap(): Table {
    this.cmapTable ??= this.required('cmap');
    return this.cmapTable;
  }

  private findSubtable(): CmapSubtable {
    const cmap = this.cmap;
    const count = cmap.u16(2);
    cmap.need(4, count * 8);
    for (const [platform, encoding] of CMAP_PREFERENCE) {
      for (let i = 0; i < count; i++) {
        const rec = 4 + i * 8;
        if (cmap.u16(rec) !== platform || cmap.u16(rec + 2) !== encoding) continue;
        const at = cmap.u32(rec + 4);
        const format = cmap.u16(at);
        if (format === 4) {
          const segCount = cmap.u16(at + 6) >> 1;
          // endCode[], a pad, startCode[], idDelta[], idRangeOffset[]: the glyph id array follows.
          cmap.need(at + 14, segCount * 8 + 2);
          return { format, at, segCount };
        }
        if (format === 12) {
          const groups = cmap.u32(at + 12);
          cmap.need(at + 16, groups * 12);
          return { format, at, groups };
        }
      }
    }
    throw new MalformedFontError("The font has no Unicode character map the assembler can read ('cmap' format 4 or 12).");
  }

  /**
   * The glyph drawn for a code point; 0 (the .notdef glyph) when the font has none.
   *
   * @example
   * parseTrueType(dejaVuSansBytes).glyphId(0x738b) // 0: no CJK in DejaVu Sans
   */
  glyphId(codePoint: number): number {
    const known = this.glyphIds.get(codePoint);
    if (known !== undefined) return known;
    this.subtable ??= this.findSubtable();
    const gid = this.subtable.format === 4 ? this.lookup4(this.subtable, codePoint) : this.lookup12(this.subtable, codePoint);
    const id = gid < this.numGlyphs ? gid : 0;
    this.glyphIds.set(codePoint, id);
    return id;
  }

  private lookup4({ at, segCount }: { at: number; segCount: number }, cp: number): number {
    if (cp > 0xffff || segCount === 0) return 0;
    const cmap = this.cmap;
    const ends = at + 14;
    const starts = ends + segCount * 2 + 2;
    const deltas = starts + segCount * 2;
    const rangeOffsets = deltas + segCount * 2;
    // The first segment whose end is at or after cp (segments are sorted by end code).
    let lo = 0;
    let hi = segCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmap.u16(ends + mid * 2) < cp) lo = mid + 1;
      else hi = mid;
    }
    if (cmap.u16(ends + lo * 2) < cp) return 0;
    const start = cmap.u16(starts + lo * 2);
    if (cp < start) return 0;
    const delta = cmap.u16(deltas + lo * 2);
    const rangeOffset = cmap.u16(rangeOffsets + lo * 2);
    if (rangeOffset === 0) return (cp + delta) & 0xffff;
    // The offset counts from its own position in idRangeOffset[] into glyphIdArray[].
    const gid = cmap.u16(rangeOffsets + lo * 2 + rangeOffset + (cp - start) * 2);
    return gid === 0 ? 0 : (gid + delta) & 0xffff;
  }

  private lookup12({ at, groups }: { at: number; groups: number }, cp: number): number {
    const cmap = this.cmap;
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const group = at + 16 + mid * 12;
      if (cp < cmap.u32(group)) hi = mid - 1;
      else if (cp > cmap.u32(group + 4)) lo = mid + 1;
      else return cmap.u32(group + 8) + (cp - cmap.u32(group));
    }
    return 0;
  }

  /** Whether the font draws `codePoint` (has a glyph other than .notdef for it). */
  hasGlyph(codePoint: number): boolean {
    return this.glyphId(codePoint) !== 0;
  }

  private checkGlyph(glyphId: number): void {
    if (!Number.isInteger(glyphId) || glyphId < 0 || glyphId >= this.numGlyphs) {
      throw new RangeError(`Glyph ${glyphId} is not in the font (it has ${this.numGlyphs} glyphs).`);
    }
  }

  /** Advance width of a glyph in font units (glyphs past the last full metric share its advance). */
  advanceWidth(glyphId: number): number {
    this.checkGlyph(glyphId);
    return this.hmtx.u16(Math.min(glyphId, this.numberOfHMetrics - 1) * 4);
  }

  /** Left side bearing of a glyph in font units. */
  leftSideBearing(glyphId: number): number {
    this.checkGlyph(glyphId);
    const full = this.numberOfHMetrics;
    return glyphId < full ? this.hmtx.i16(glyphId * 4 + 2) : this.hmtx.i16(full * 4 + (glyphId - full) * 2);
  }

  /** The outline of a glyph as stored in 'glyf' (empty for a glyph without one, such as the space). */
  glyph(glyphId: number): Uint8Array {
    this.checkGlyph(glyphId);
    const loca = this.required('loca');
    const glyf = this.required('glyf');
    let start: number;
    let end: number;
    if (this.indexToLocFormat === 0) {
      start = loca.u16(glyphId * 2) * 2;
      end = loca.u16(glyphId * 2 + 2) * 2;
    } else if (this.indexToLocFormat === 1) {
      start = loca.u32(glyphId * 4);
      end = loca.u32(glyphId * 4 + 4);
    } else {
      throw new MalformedFontError(`Font table 'head' gives an unknown loca format ${this.indexToLocFormat}.`);
    }
    if (start > end || end > glyf.length) {
      throw new MalformedFontError(`Font table 'loca' places glyph ${glyphId} at ${start}-${end}, outside the 'glyf' table (${glyf.length} bytes).`);
    }
    return glyf.bytes.subarray(start, end);
  }

  /** A table's bytes as stored, if the font has it. */
  table(tag: string): Uint8Array | undefined {
    return this.tables.get(tag)?.bytes;
  }

  /** The PostScript name (name ID 6), if the font has one. */
  get postscriptName(): string | undefined {
    if (this.psName === undefined) this.psName = this.readPostscriptName();
    return this.psName ?? undefined;
  }

  private readPostscriptName(): string | null {
    const name = this.tables.get('name');
    if (!name) return null;
    const count = name.u16(2);
    const strings = name.u16(4);
    name.need(6, count * 12);
    let mac: string | null = null;
    for (let i = 0; i < count; i++) {
      const rec = 6 + i * 12;
      if (name.u16(rec + 6) !== 6) continue;
      const platform = name.u16(rec);
      const raw = name.slice(strings + name.u16(rec + 10), name.u16(rec + 8));
      if (platform === 3 || platform === 0) {
        let s = '';
        for (let k = 0; k + 1 < raw.length; k += 2) s += String.fromCharCode(((raw[k] ?? 0) << 8) | (raw[k + 1] ?? 0));
        return s;
      }
      if (platform === 1) mac ??= String.fromCharCode(...raw);
    }
    return mac;
  }
}

// Reading a font is cheap but not free; validation and the build ask about the same bytes many times.
const parsedFonts = new WeakMap<Uint8Array, TrueTypeFont>();

/**
 * The parsed font for these bytes, parsed once per byte array.
 *
 * @example
 * parseTrueType(dejaVuSansBytes).hasGlyph(0x00c5) // true: Å
 */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  let font = parsedFonts.get(bytes);
  if (!font) {
    font = TrueTypeFont.parse(bytes);
    parsedFonts.set(bytes, font);
  }
  return font;
}

// Composite glyph component flags (the 'glyf' table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * Visit the components of a composite glyph (`font.glyph(id)`), in order: `visit(glyphId, at)` gets each
 * component's glyph id and the offset of that id in `glyph`. Does nothing for a simple glyph. Throws a
 * `MalformedFontError` when a component runs past the glyph's end.
 *
 * @example
 * forEachComponent(font.glyph(font.glyphId(0xc4)), (id) => ids.push(id)); // Ä: the glyphs of A and ¨
 */
export function forEachComponent(glyph: Uint8Array, visit: (glyphId: number, at: number) => void): void {
  const t = new Table('composite glyph', glyph);
  if (glyph.length === 0 || t.i16(0) >= 0) return;
  let at = 10;
  // Each component is at least 6 bytes and every read is bounds-checked, so this ends.
  for (;;) {
    const flags = t.u16(at);
    visit(t.u16(at + 2), at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    t.need(at - 1, 1);
    if (!(flags & MORE_COMPONENTS)) return;
  }
}

/**
 * A subset of a TrueType font being collected: glyphs get new, compact ids in order of first use (.notdef
 * stays 0), and `encode()` writes a TrueType file with just those glyphs and the ones they are built from.
 *
 * @example
 * const font = parseTrueType(dejaVuSansBytes);
 * const subset = new TrueTypeSubset(font);
 * subset.include(font.glyphId(0x41)); // 1: A is the first glyph used
 * subset.include(font.glyphId(0xc4)); // 2: Ä, made of A and ¨
 * const file = subset.encode(); // .notdef, A, Ä and ¨ (added as 3 when Ä is written)
 */
export class TrueTypeSubset {
  private readonly oldIds: number[] = [0];
  private readonly newIds = new Map<number, number>([[0, 0]]);

  constructor(readonly font: TrueTypeFont) {}

  /** The subset's id for a glyph of the font, adding the glyph on first use. */
  include(glyphId: number): number {
    let id = this.newIds.get(glyphId);
    if (id === undefined) {
      if (!Number.isInteger(glyphId) || glyphId < 0 || glyphId >= this.font.numGlyphs) {
        throw new MalformedFontError(`Glyph ${glyphId} is not in the font (it has ${this.font.numGlyphs} glyphs).`);
      }
      id = this.oldIds.length;
      if (id > 0xffff) throw new RangeError('A TrueType subset holds at most 65536 glyphs.');
      this.oldIds.push(glyphId);
      this.newIds.set(glyphId, id);
    }
    return id;
  }

  /**
   * A new subset id for a glyph, even when the subset has it already: the same outline under a second id, so
   * text extraction can tell apart two characters drawn with one glyph (Noto Sans Arabic draws ب and ن with one
   * dotless glyph and separate dots).
   *
   * @example
   * subset.include(58); subset.includeCopy(58) // 1, then 2
   */
  includeCopy(glyphId: number): number {
    this.include(glyphId);
    const id = this.oldIds.length;
    if (id > 0xffff) throw new RangeError('A TrueType subset holds at most 65536 glyphs.');
    this.oldIds.push(glyphId);
    return id;
  }

  /** The font's glyph id for each subset id (index 0 is .notdef). */
  get glyphIds(): readonly number[] {
    return this.oldIds;
  }

  /**
   * The subset as a TrueType file: head, hhea, maxp, hmtx, loca, glyf, post (format 3), OS/2, and the hinting
   * tables (cvt, fpgm, prep) when the font has them. Components of composite glyphs are added to the subset
   * (after the glyphs included so far) and renumbered. The same inclusions give the same bytes.
   */
  encode(): Uint8Array {
    const font = this.font;
    const glyphs: Uint8Array[] = [];
    // The list grows as composite glyphs bring in their components.
    for (let id = 0; id < this.oldIds.length; id++) {
      const original = font.glyph(this.oldIds[id] ?? 0);
      let data = original;
      forEachComponent(original, (component, at) => {
        if (data === original) data = original.slice();
        const renumbered = this.include(component);
        data[at] = renumbered >> 8;
        data[at + 1] = renumbered & 0xff;
      });
      glyphs.push(data);
    }

    // Glyphs 4-byte aligned, as the format recommends; short offsets when they fit.
    const glyfLength = glyphs.reduce((n, g) => n + pad4(g.length), 0);
    const shortLoca = glyfLength / 2 <= 0xffff;
    const count = glyphs.length;
    const glyf = new Uint8Array(glyfLength);
    const loca = new Uint8Array((count + 1) * (shortLoca ? 2 : 4));
    const locaView = new DataView(loca.buffer);
    const hmtx = new Uint8Array(count * 4);
    const hmtxView = new DataView(hmtx.buffer);
    let offset = 0;
    for (let id = 0; id <= count; id++) {
      if (shortLoca) locaView.setUint16(id * 2, offset / 2);
      else locaView.setUint32(id * 4, offset);
      const g = glyphs[id];
      if (!g) break;
      glyf.set(g, offset);
      offset += pad4(g.length);
      const old = this.oldIds[id] ?? 0;
      hmtxView.setUint16(id * 4, font.advanceWidth(old));
      hmtxView.setInt16(id * 4 + 2, font.leftSideBearing(old));
    }

    const head = copyTable(font, 'head', 54);
    setU32(head, 8, 0); // checkSumAdjustment, set once the whole file is written
    setU16(head, 50, shortLoca ? 0 : 1);
    const hhea = copyTable(font, 'hhea', 36);
    setU16(hhea, 34, count);
    const maxp = copyTable(font, 'maxp', 6);
    setU16(maxp, 4, count);
    // Format 3: no glyph names, which a PDF font never needs.
    const post = new Uint8Array(32);
    post.set(font.table('post')?.subarray(0, 32) ?? []);
    setU32(post, 0, 0x00030000);

    const tables: [string, Uint8Array][] = [
      ['head', head],
      ['hhea', hhea],
      ['maxp', maxp],
      ['hmtx', hmtx],
      ['loca', loca],
      ['glyf', glyf],
      ['post', post],
    ];
    for (const tag of ['OS/2', 'cvt ', 'fpgm', 'prep']) {
      const bytes = font.table(tag);
      if (bytes) tables.push([tag, bytes]);
    }
    return writeSfnt(tables);
  }
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

function setU16(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint16(at, value);
}

function setU32(bytes: Uint8Array, at: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(at, value);
}

/** A copy of a required table, checked to hold at least `minLength` bytes. */
function copyTable(font: TrueTypeFont, tag: string, minLength: number): Uint8Array {
  const bytes = font.table(tag);
  if (!bytes || bytes.length < minLength) throw new MalformedFontError(`Font table '${tag}' is missing or shorter than ${minLength} bytes.`);
  return bytes.slice();
}

/** Sum of a 4-byte aligned, zero-padded region as big-endian 32-bit words. */
function checksum(view: DataView, at: number, length: number): number {
  let sum = 0;
  for (let i = at; i < at + length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A TrueType file of these tables: records sorted by tag, tables 4-byte aligned, checksums set. */
function writeSfnt(tables: [string, Uint8Array][]): Uint8Array {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const headerLength = 12 + tables.length * 16;
  const out = new Uint8Array(tables.reduce((n, [, t]) => n + pad4(t.length), headerLength));
  const view = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(tables.length));
  view.setUint32(0, SFNT_TRUETYPE);
  view.setUint16(4, tables.length);
  view.setUint16(6, pow * 16);
  view.setUint16(8, Math.log2(pow));
  view.setUint16(10, tables.length * 16 - pow * 16);
  let offset = headerLength;
  let headAt = -1;
  tables.forEach(([tag, bytes], i) => {
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    out.set(bytes, offset);
    view.setUint32(rec + 4, checksum(view, offset, pad4(bytes.length)));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, bytes.length);
    if (tag === 'head') headAt = offset;
    offset += pad4(bytes.length);
  });
  // The whole file sums to 0xB1B0AFBA with this adjustment in head.
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(view, 0, out.length)) >>> 0);
  return out;
}
