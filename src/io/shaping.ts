/**
 * The shaping engine the assembler uses for Arabic and Hebrew lines: HarfBuzz (harfbuzzjs, the HarfBuzz
 * project's WebAssembly build) shapes, bidi-js (the Unicode Bidirectional Algorithm, UAX #9) orders. Both are
 * imported on first use: a packet without such text never loads the 450 KB of WebAssembly.
 */
import type { Bidi } from 'bidi-js';
import type { Font } from 'harfbuzzjs';
import type { BidiLine, ShapedGlyph, ShapingEngine } from '../core/assemble/shaping.js';


let engineOnce: Promise<ShapingEngine> | undefined;

/**
 * The shaping engine, loaded once per process.
 *
 * @example
 * const engine = await loadShapingEngine();
 * engine.shape(notoArabic, 'محمد', 0, 4, { rtl: true }).length // 4 glyphs, in visual order
 */
export function loadShapingEngine(): Promise<ShapingEngine> {
  engineOnce ??= makeEngine();
  return engineOnce;
}

async function makeEngine(): Promise<ShapingEngine> {
  const [hb, bidiModule] = await Promise.all([import('harfbuzzjs'), import('bidi-js')]);
  // bidi-js is a CommonJS module whose export is the factory; its types describe an ES module.
  const bidi = (bidiModule as unknown as { default: () => Bidi }).default();
  // One HarfBuzz font per font file, at its own units per em (positions come in font units).
  const fonts = new WeakMap<Uint8Array, Font>();
  const fontOf = (bytes: Uint8Array): Font => {
    let font = fonts.get(bytes);
    if (!font) {
      const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      font = new hb.Font(new hb.Face(new hb.Blob(copy)));
      fonts.set(bytes, font);
    }
    return font;
  };
  return {
    shape(bytes, text, start, end, { rtl, language }): ShapedGlyph[] {
      const buffer = new hb.Buffer();
      // The rest of the line is context (joining across a font change), the run is [start, end).
      buffer.addText(text, start, end - start);
      buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
      if (language) buffer.setLanguage(language);
      // Each character keeps its own cluster (a mark too), so text extraction gets every character back.
      buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS);
      buffer.guessSegmentProperties();
      hb.shape(fontOf(bytes), buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      return infos.map((info, i) => {
        const p = positions[i];
        return { glyph: info.codepoint, cluster: info.cluster, xAdvance: p?.xAdvance ?? 0, xOffset: p?.xOffset ?? 0, yOffset: p?.yOffset ?? 0 };
      });
    },
    levels(text, base): BidiLine {
      const result = bidi.getEmbeddingLevels(text, base);
      return { levels: result.levels, rtl: ((result.paragraphs[0]?.level ?? 0) & 1) === 1 };
    },
    visualOrder(text, line): number[] {
      return bidi.getReorderedIndices(text, { levels: line.levels, paragraphs: [{ start: 0, end: text.length - 1, level: line.rtl ? 1 : 0 }] });
    },
  };
}
