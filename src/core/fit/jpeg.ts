/** What a JPEG's frame header says, read without decoding the picture. */

export interface JpegFrame {
  width: number;
  height: number;
  /** Colour components: 1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK. */
  components: number;
  /** Bits per sample: 8, or 12 in rare medical and archival files. */
  precision: number;
  /** The frame kind: 0xc0 baseline, 0xc1 extended, 0xc2 progressive, 0xc9 and up arithmetic coded... */
  marker: number;
  /** An Adobe APP14 segment was present (it carries the colour transform of 3- and 4-component files). */
  adobe: boolean;
}

/**
 * The frame header of a JPEG, or `undefined` when the bytes do not hold one before the picture data.
 *
 * @example
 * jpegFrame(bytes) // { width: 3024, height: 4277, components: 3, precision: 8, marker: 0xc0, adobe: false }
 */
export function jpegFrame(bytes: Uint8Array): JpegFrame | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let adobe = false;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    if (length < 2) return undefined;
    if (marker === 0xee && at + 9 <= bytes.length && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === 'Adobe') adobe = true;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 10 > bytes.length) return undefined;
      return {
        precision: bytes[at + 4] ?? 0,
        height: ((bytes[at + 5] ?? 0) << 8) | (bytes[at + 6] ?? 0),
        width: ((bytes[at + 7] ?? 0) << 8) | (bytes[at + 8] ?? 0),
        components: bytes[at + 9] ?? 0,
        marker,
        adobe,
      };
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    at += 2 + length;
  }
  return undefined;
}
