import fontkit from '@pdf-lib/fontkit';
import type { Font as FontkitFont } from '@pdf-lib/fontkit';

// Parsing a TTF costs a few milliseconds; validation and the build ask about the same bytes many times.
const parsed = new WeakMap<Uint8Array, FontkitFont>();

function open(fontBytes: Uint8Array): FontkitFont {
  let font = parsed.get(fontBytes);
  if (!font) {
    font = fontkit.create(fontBytes);
    parsed.set(fontBytes, font);
  }
  return font;
}

/** Characters that are never drawn (line breaks, tabs, other controls) and so never need a glyph. */
function isInvisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0xfeff || cp === 0x200d || cp === 0x200c;
}

/**
 * The distinct characters of `text` that the font has no glyph for, in order of first appearance.
 * Text is compared in NFC form, the form the assembler draws.
 *
 * @example
 * missingGlyphs(dejaVuSansBytes, 'Wang 王 🎓') // ['王', '🎓']
 */
export function missingGlyphs(fontBytes: Uint8Array, text: string): string[] {
  const font = open(fontBytes);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isInvisible(cp) || seen.has(ch)) continue;
    seen.add(ch);
    if (!font.hasGlyphForCodePoint(cp)) out.push(ch);
  }
  return out;
}

/**
 * Name characters for a message: `王 (U+738B), 🎓 (U+1F393)`.
 *
 * @example
 * describeChars(['王']) // '王 (U+738B)'
 */
export function describeChars(chars: readonly string[]): string {
  return chars
    .map((ch) => `${ch} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
}

/** Text as it is drawn: NFC, tabs as spaces, controls dropped, characters without a glyph shown as '?'. */
export function drawable(fontBytes: Uint8Array, text: string): string {
  const font = open(fontBytes);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 9) out += ' ';
    else if (cp === 10) out += '\n';
    else if (isInvisible(cp)) continue;
    else out += font.hasGlyphForCodePoint(cp) ? ch : '?';
  }
  return out;
}

/**
 * @pdf-lib/fontkit for @cantoo/pdf-lib. The fork calls `subset.encode()` when it exists, as in @cantoo/fontkit;
 * @pdf-lib/fontkit's `encode` needs a stream argument and crashes without one, while its `encodeStream()`
 * (the fork's fallback) works. Each subset is wrapped so the fork does not see `encode` and takes that path.
 *
 * @example
 * doc.registerFontkit(pdfFontkit);
 */
export const pdfFontkit = {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont {
    const font = fontkit.create(buffer, postscriptName);
    const createSubset = font.createSubset.bind(font);
    Object.defineProperty(font, 'createSubset', {
      value: () => {
        const subset = createSubset();
        // Methods run on the real subset (encodeStream calls its own encode); only the fork's probe sees no encode.
        return new Proxy(subset, {
          get(target, prop) {
            if (prop === 'encode') return undefined;
            const value: unknown = Reflect.get(target, prop, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    });
    return font;
  },
};
