/**
 * Our TrueType reader and subsetter, checked against fontkit (kept as a devDependency for exactly this) on the
 * DejaVu fonts the assembler embeds, and end to end: text drawn with the subsets reads back from the built PDF.
 */
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { missingGlyphs } from '../../../src/core/assemble/fonts.js';
import { assemble } from '../../../src/core/assemble/index.js';
import { forEachComponent, MalformedFontError, parseTrueType, TrueTypeSubset, type TrueTypeFont } from '../../../src/core/assemble/truetype.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { fonts, makePlan } from './fixtures.js';

/** Code points to compare: Latin, Greek, Cyrillic, Vietnamese, punctuation, and a spread over all of Unicode. */
function sampleCodePoints(): number[] {
  const cps: number[] = [];
  const range = (a: number, b: number, step = 1) => {
    for (let cp = a; cp <= b; cp += step) cps.push(cp);
  };
  range(0x00, 0x24f);
  range(0x370, 0x52f, 3);
  range(0x1e00, 0x1eff, 2);
  range(0x2000, 0x2064);
  range(0x2100, 0x2bff, 17);
  range(0xd7f0, 0xffff, 29);
  range(0x10000, 0x10ffff, 4099);
  cps.push(0x738b, 0x1d400, 0x1d7ff, 0x1f393, 0x1f600);
  return cps;
}

const codePoints = sampleCodePoints();
const text = 'Virtanen Äijälä Øster Łukasz, Ελένη Παπαδοπούλου, Дмитрий Иванов, Nguyễn Thị Minh ẞ ﬁ';

/** The table directory of a font file, read directly (independently of the module under test). */
function directory(bytes: Uint8Array): { tag: string; checksum: number; offset: number; length: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => {
    const at = 12 + i * 16;
    return { tag: String.fromCharCode(...bytes.subarray(at, at + 4)), checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
  });
}

/** The TrueType checksum: big-endian 32-bit words summed, the last one padded with zeros. */
function sum32(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The glyph ids a composite glyph is made of (none for a simple glyph). */
function components(glyph: Uint8Array): number[] {
  const ids: number[] = [];
  forEachComponent(glyph, (id) => ids.push(id));
  return ids;
}

/** A subset holding the glyphs of `text`, in order of first use, as the embedder builds it. */
function subsetOf(font: TrueTypeFont, chars: string): TrueTypeSubset {
  const subset = new TrueTypeSubset(font);
  for (const ch of chars) subset.include(font.glyphId(ch.codePointAt(0) ?? 0));
  return subset;
}

/** A code point whose glyph is a composite with a composite component (three levels deep). */
function nestedCompositeChar(font: TrueTypeFont): string {
  for (let cp = 0x20; cp < 0xffff; cp++) {
    const parts = components(font.glyph(font.glyphId(cp)));
    if (parts.some((c) => components(font.glyph(c)).length > 0)) return String.fromCodePoint(cp);
  }
  throw new Error('no nested composite in the font');
}

describe.each([
  ['DejaVu Sans', fonts.regular],
  ['DejaVu Sans Bold', fonts.bold],
])('reading %s', (_, bytes) => {
  const ours = parseTrueType(bytes);
  const theirs = fontkit.create(bytes);

  it('maps code points to the glyphs and advance widths fontkit finds', () => {
    expect(codePoints.length).toBeGreaterThan(900);
    const mismatches = codePoints.filter((cp) => {
      const glyph = theirs.glyphForCodePoint(cp);
      const id = ours.glyphId(cp);
      return id !== glyph.id || ours.hasGlyph(cp) !== theirs.hasGlyphForCodePoint(cp) || ours.advanceWidth(id) !== glyph.advanceWidth;
    });
    expect(mismatches.map((cp) => cp.toString(16))).toEqual([]);
    // Both kinds of answer are in the sample: glyphs found, and characters the font lacks (王, 🎓).
    expect(ours.hasGlyph(0xc4)).toBe(true);
    expect(ours.hasGlyph(0x738b)).toBe(false);
    expect(ours.hasGlyph(0x1f393)).toBe(false);
  });

  it('reads the metrics a PDF font descriptor needs as fontkit does', () => {
    expect(ours.numGlyphs).toBe(theirs.numGlyphs);
    expect(ours.unitsPerEm).toBe(theirs.unitsPerEm);
    expect(ours.bbox).toEqual({ xMin: theirs.bbox.minX, yMin: theirs.bbox.minY, xMax: theirs.bbox.maxX, yMax: theirs.bbox.maxY });
    expect([ours.ascent, ours.descent, ours.italicAngle]).toEqual([theirs.ascent, theirs.descent, theirs.italicAngle]);
    expect(ours.postscriptName).toBe(theirs.postscriptName);
    // OS/2 version 1: no cap height or x height in the font (a PDF falls back to the ascent and 0).
    expect([ours.capHeight, ours.xHeight]).toEqual([undefined, undefined]);
  });
});

describe('a subset', () => {
  const font = parseTrueType(fonts.regular);
  const nested = nestedCompositeChar(font);
  const chars = `${text}${nested}`;
  const subset = subsetOf(font, chars);
  const bytes = subset.encode();
  const ids = subset.glyphIds;

  it('numbers glyphs in order of first use, .notdef first, components after the drawn glyphs', () => {
    const drawn = [...new Set([...chars].map((ch) => font.glyphId(ch.codePointAt(0) ?? 0)))];
    expect(ids[0]).toBe(0);
    expect(ids.slice(1, drawn.length + 1)).toEqual(drawn);
    expect(ids.length).toBeGreaterThan(drawn.length + 1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bytes.length).toBeLessThan(fonts.regular.length / 20);
  });

  it('reads back with our parser: same widths, same outlines byte for byte, components renumbered', () => {
    const back = parseTrueType(bytes);
    expect(back.numGlyphs).toBe(ids.length);
    let composites = 0;
    ids.forEach((old, id) => {
      expect(back.advanceWidth(id)).toBe(font.advanceWidth(old));
      expect(back.leftSideBearing(id)).toBe(font.leftSideBearing(old));
      const copy = back.glyph(id);
      // With each component index put back to the font's own id, the outline is the original.
      const restored = copy.slice();
      forEachComponent(copy, (component, at) => {
        const original = ids[component] ?? -1;
        restored[at] = original >> 8;
        restored[at + 1] = original & 0xff;
        composites++;
      });
      expect(Buffer.from(restored).equals(Buffer.from(font.glyph(old))), `glyph ${old}`).toBe(true);
    });
    expect(composites).toBeGreaterThan(10);
    // Ä is A and a diaeresis, both brought into the subset under new ids.
    const ae = back.glyph(ids.indexOf(font.glyphId(0xc4)));
    expect(components(ae).map((c) => ids[c])).toEqual(components(font.glyph(font.glyphId(0xc4))));
  });

  it('opens in fontkit with the same glyph count, widths and outlines', () => {
    const theirs = fontkit.create(bytes);
    const reference = fontkit.create(fonts.regular);
    expect(theirs.numGlyphs).toBe(ids.length);
    ids.forEach((old, id) => {
      const glyph = theirs.getGlyph(id);
      const original = reference.getGlyph(old);
      expect(glyph.advanceWidth).toBe(original.advanceWidth);
      // fontkit resolves composites through the renumbered components: the same outline comes out.
      expect(glyph.path.toSVG()).toBe(original.path.toSVG());
    });
  });

  it('is a well-formed TrueType file: sorted records, aligned tables, correct checksums', () => {
    const tables = directory(bytes);
    const tags = tables.map((t) => t.tag);
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'post', 'cvt ', 'fpgm', 'prep']));
    for (const t of tables) {
      expect(t.offset % 4, t.tag).toBe(0);
      const data = bytes.slice(t.offset, t.offset + t.length);
      // head's own checksum is taken with checkSumAdjustment at 0.
      if (t.tag === 'head') data.fill(0, 8, 12);
      expect(sum32(data), t.tag).toBe(t.checksum);
    }
    expect(sum32(bytes)).toBe(0xb1b0afba);
    const post = tables.find((t) => t.tag === 'post');
    expect(post?.length).toBe(32);
    expect(new DataView(bytes.buffer).getUint32(post?.offset ?? 0)).toBe(0x00030000);
  });

  it('is the same bytes for the same glyphs', () => {
    expect(Buffer.from(subsetOf(font, chars).encode()).equals(Buffer.from(bytes))).toBe(true);
    expect(Buffer.from(subset.encode()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('a malformed font', () => {
  const patched = (patch: (copy: Uint8Array, view: DataView) => void): Uint8Array => {
    const copy = fonts.regular.slice();
    patch(copy, new DataView(copy.buffer));
    return copy;
  };
  const record = (bytes: Uint8Array, tag: string): number => 12 + directory(bytes).findIndex((t) => t.tag === tag) * 16;

  it('is refused with an error that says what is wrong', () => {
    expect(() => parseTrueType(new TextEncoder().encode('%PDF-1.7 not a font'))).toThrow(/Not a TrueType font/);
    expect(() => parseTrueType(new Uint8Array(3))).toThrow(MalformedFontError);
    expect(() => parseTrueType(Uint8Array.from([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0]))).toThrow(/collections/);
    expect(() => parseTrueType(fonts.regular.slice(0, 4000))).toThrow(/runs past the end of the file/);
    expect(() => parseTrueType(patched((_, v) => v.setUint16(4, 0xffff)))).toThrow(/table directory/);
    // A cmap subtable offset far outside the table: found when the character map is first used.
    const badCmap = patched((c, v) => {
      const cmap = directory(c).find((t) => t.tag === 'cmap')?.offset ?? 0;
      for (let i = 0; i < v.getUint16(cmap + 2); i++) v.setUint32(cmap + 8 + i * 8, 0x00ffffff);
    });
    expect(() => parseTrueType(badCmap).glyphId(0x41)).toThrow(/'cmap' table is too short/);
    expect(() => missingGlyphs(badCmap, 'a')).toThrow(/'cmap' table is too short/);
    expect(() => parseTrueType(patched((c, v) => v.setUint32(record(c, 'hhea'), 0x78787878)))).toThrow(/no 'hhea' table/);
    // The public glyph check reports the same.
    expect(() => missingGlyphs(new Uint8Array(64), 'a')).toThrow(MalformedFontError);
  });

  it('with a glyph outside its outline table, fails the subset clearly', () => {
    const id = parseTrueType(fonts.regular).glyphId(0x41);
    const broken = patched((c, v) => {
      const loca = directory(c).find((t) => t.tag === 'loca')?.offset ?? 0;
      v.setUint32(loca + (id + 1) * 4, 0x7fffffff);
    });
    const subset = new TrueTypeSubset(parseTrueType(broken));
    subset.include(id);
    expect(() => subset.encode()).toThrow(/'loca' places glyph 36/);
  });

  it('with a composite glyph that runs past its end or names a missing glyph, fails without reading out of range', () => {
    // MORE_COMPONENTS set on a component with nothing after it.
    const truncated = Uint8Array.from([0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x20, 0x00, 0x05, 1, 2]);
    expect(() => components(truncated)).toThrow(/composite glyph is too short/);
    const font = parseTrueType(fonts.regular);
    const ae = font.glyphId(0xc4);
    const broken = parseTrueType(fonts.regular.slice());
    // The glyph's bytes are a view of the file: point its first component at glyph 65535.
    broken.glyph(ae).set([0xff, 0xff], 12);
    const subset = new TrueTypeSubset(broken);
    subset.include(ae);
    expect(() => subset.encode()).toThrow(/Glyph 65535 is not in the font/);
  });
});

describe('text drawn with the subsets', () => {
  it('reads back from the built PDF, accented and non-Latin letters included', async () => {
    const plan = makePlan([], {
      applicant: { name: 'Virtanen Äijälä Øster Łukasz', email: 'aino@examples.fi' },
      position: { title: 'Tutkijatohtori — Ερευνητής — Научный сотрудник', organization: 'Đại học Quốc gia Hà Nội', reference: 'R-ß/2026', source: 'https://examples.fi/' },
    });
    const result = await assemble(plan);
    const pdf = await readPdf(result.bytes);
    const cover = pdf.pages[0]?.text ?? '';
    expect(cover).toContain('Virtanen Äijälä Øster Łukasz');
    expect(cover).toContain('Tutkijatohtori — Ερευνητής — Научный сотрудник');
    expect(cover).toContain('Đại học Quốc gia Hà Nội');
    expect(cover).toContain('R-ß/2026');
  });
});
