/**
 * Whether pixels show nothing: one flat colour. Shared by the PNG/JPEG scans an applicant gives (read by the image
 * library) and the images inside a PDF (read here), so both are judged by the same measure.
 */

/** What one channel of an image spans. */
export interface ChannelSpread {
  min: number;
  max: number;
  stdev: number;
}

/**
 * Whether a channel is flat. A scan of a blank page has a little noise; a page with one line of text has far
 * more spread than this.
 *
 * @example
 * isFlatChannel({ min: 250, max: 255, stdev: 0.4 }); // true
 */
export function isFlatChannel(c: ChannelSpread): boolean {
  return c.stdev < 1.5 && c.max - c.min <= 24;
}

/**
 * Whether 8-bit samples, `channels` to a pixel, are one flat colour in every channel.
 *
 * @example
 * samplesAreFlat(new Uint8Array(300).fill(255), 3); // true
 */
export function samplesAreFlat(data: Uint8Array, channels: number): boolean {
  const pixels = Math.floor(data.length / channels);
  if (pixels === 0) return true;
  for (let c = 0; c < channels; c++) {
    let min = 255;
    let max = 0;
    let sum = 0;
    let squares = 0;
    for (let i = c; i < pixels * channels; i += channels) {
      const v = data[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
      squares += v * v;
    }
    // Past this spread no noise can hide it: stop before the variance.
    if (max - min > 24) return false;
    const mean = sum / pixels;
    if (!isFlatChannel({ min, max, stdev: Math.sqrt(Math.max(0, squares / pixels - mean * mean)) })) return false;
  }
  return true;
}
