/**
 * Whether an image shows only an empty sheet, photographed or scanned: paper under uneven light (one corner darker),
 * with sensor noise, JPEG artefacts and a few dust specks. Such an image is not one flat colour, so `isFlatChannel`
 * counts it as content; a reviewer sees an empty grey page.
 *
 * The judgement, on an image brought down to at most `PAPER_SIDE` pixels a side:
 * - the paper's own shade at each pixel is estimated from the median of each block of about 1/32 of the long side,
 *   interpolated between blocks: light falling off across the page is followed, ink (under half of a block) is not;
 * - the noise is measured on the difference from that shade, robustly (the median absolute difference);
 * - ink is a pixel that differs from the paper by well above the noise in some channel (and never by less than
 *   `MIN_CONTRAST` levels, so a clean digital image does not count JPEG rounding as ink);
 * - the image shows only paper when the shade is smooth as light is (no shape larger than a block hides in it), the
 *   ink is a tiny share of the pixels, and no cluster of ink reaches past a speck's size.
 * Every uncertain step errs towards content: a wrong `file.blank` would block a real document.
 */

/** 8-bit samples, `channels` to a pixel, row after row. */
export interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

/** The long side an image is judged at: fine enough for a page number on A4 (8 pixels tall), quick to look at. */
export const PAPER_SIDE = 1000;
/** Blocks along the long side for the paper's shade: each about 9 mm of A4, large beside a letter. */
const BLOCKS = 32;
/** Ink differs from the paper by this many times the noise (sigma): Gaussian noise passes it once in 500 million. */
const NOISE_TIMES = 6;
/** ...and by at least this many levels of 255 (faint pencil or a pale stamp differs by 30 and more). */
const MIN_CONTRAST = 10;
/** At most this share of the pixels is ink on an empty sheet (a few specks). */
const MAX_INK_SHARE = 0.0005;
/** A speck reaches at most this share of the long side (1.5 mm of A4); a digit of a page number, 2 mm and more. */
const SPECK_SHARE = 1 / 200;
/** Ink pixels this close (in pixels) are one cluster: the letters of a word, the strokes of a signature. */
const JOIN = 2;
/**
 * The paper's shade bends by at most this many levels over three blocks in a row (the second difference of their
 * medians): light falls off smoothly (under 3 levels for a far corner 60% darker), a photo or a large pale shape
 * bends more.
 */
const MAX_BEND = 6;
/** Images smaller than this on their long side are not judged here (only a flat colour is blank). */
const MIN_SIDE = 64;
/** The long side of the quick look that `plainlyNotPaper` takes (a JPEG decoded at 1/8 of its size). */
export const QUICK_SIDE = 256;
/** The quick look calls content what passes the limits above this many times over: no blank sheet comes near. */
const QUICK_MARGIN = 20;

/**
 * Whether pixels show only an empty sheet (see above). An image under 64 pixels a side, or anything unsure, is
 * content.
 *
 * @example
 * showsOnlyPaper({ data: photoOfBlankSheet, width: 707, height: 1000, channels: 3 }); // true
 */
export function showsOnlyPaper(image: Pixels): boolean {
  const { width, height, channels } = image;
  const long = Math.max(width, height);
  if (long < MIN_SIDE || long > PAPER_SIDE || image.data.length < width * height * channels) return false;
  const n = width * height;
  const ink = new Uint8Array(n);
  let count = 0;
  for (let c = 0; c < channels; c++) {
    const shade = paperShade(image, c, MAX_BEND);
    if (!shade) return false;
    count += markInk(image, c, shade, ink);
    // A page of text is past this after its first channel: no need to look further.
    if (count > MAX_INK_SHARE * n) return false;
  }
  return largestCluster(ink, width, height, Math.max(2, Math.round(long * SPECK_SHARE))) === 'specks';
}

/**
 * Whether a small copy of an image (long side at most `QUICK_SIDE`) plainly shows something: its shade bends twice
 * as much as light does, or ink covers 20 times the share an empty sheet may have (a page of text, a photo). Used
 * before decoding at the working size; anything less plain is left to `showsOnlyPaper`.
 *
 * @example
 * plainlyNotPaper({ data: smallCopyOfTranscript, width: 182, height: 256, channels: 1 }); // true
 */
export function plainlyNotPaper(image: Pixels): boolean {
  const { width, height, channels } = image;
  const long = Math.max(width, height);
  if (long < MIN_SIDE || long > QUICK_SIDE || image.data.length < width * height * channels) return false;
  const ink = new Uint8Array(width * height);
  let count = 0;
  for (let c = 0; c < channels; c++) {
    const shade = paperShade(image, c, 2 * MAX_BEND);
    if (!shade) return true;
    count += markInk(image, c, shade, ink);
    if (count > QUICK_MARGIN * MAX_INK_SHARE * width * height) return true;
  }
  return false;
}

/** Block edges along a side: `count` blocks of near-equal length. */
function edges(side: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Math.round((i * side) / count));
}

/** For each pixel along a side: the block centre before it and the weight of the next one (linear interpolation). */
function weights(side: number, bounds: number[]): { at: Int32Array; t: Float32Array } {
  const centres = bounds.slice(0, -1).map((b, i) => (b + bounds[i + 1]! - 1) / 2);
  const at = new Int32Array(side);
  const t = new Float32Array(side);
  let k = 0;
  for (let x = 0; x < side; x++) {
    while (k < centres.length - 2 && x > centres[k + 1]!) k++;
    if (centres.length === 1 || x <= centres[0]!) {
      at[x] = 0;
      t[x] = 0;
    } else if (x >= centres.at(-1)!) {
      at[x] = centres.length - 2;
      t[x] = 1;
    } else {
      at[x] = k;
      t[x] = (x - centres[k]!) / (centres[k + 1]! - centres[k]!);
    }
  }
  return { at, t };
}

/**
 * The paper's shade in channel `c`, pixel by pixel: block medians interpolated. Undefined when the medians bend
 * more than light does (a photo, a large pale shape): not paper.
 */
function paperShade({ data, width, height, channels }: Pixels, c: number, maxBend: number): Float32Array | undefined {
  const long = Math.max(width, height);
  const size = long / BLOCKS;
  const gx = Math.max(1, Math.round(width / size));
  const gy = Math.max(1, Math.round(height / size));
  const xs = edges(width, gx);
  const ys = edges(height, gy);
  const medians = new Float32Array(gx * gy);
  const histogram = new Uint32Array(256);
  for (let by = 0; by < gy; by++) {
    for (let bx = 0; bx < gx; bx++) {
      histogram.fill(0);
      for (let y = ys[by]!; y < ys[by + 1]!; y++) {
        for (let x = xs[bx]!, i = (y * width + x) * channels + c; x < xs[bx + 1]!; x++, i += channels) histogram[data[i]!]!++;
      }
      medians[by * gx + bx] = median(histogram, (xs[bx + 1]! - xs[bx]!) * (ys[by + 1]! - ys[by]!));
    }
  }
  if (bends(medians, gx, gy, maxBend)) return undefined;
  const col = weights(width, xs);
  const row = weights(height, ys);
  const shade = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = row.at[y]!;
    const y1 = Math.min(gy - 1, y0 + 1);
    const ty = row.t[y]!;
    for (let x = 0; x < width; x++) {
      const x0 = col.at[x]!;
      const x1 = Math.min(gx - 1, x0 + 1);
      const tx = col.t[x]!;
      const top = medians[y0 * gx + x0]! * (1 - tx) + medians[y0 * gx + x1]! * tx;
      const bottom = medians[y1 * gx + x0]! * (1 - tx) + medians[y1 * gx + x1]! * tx;
      shade[y * width + x] = top * (1 - ty) + bottom * ty;
    }
  }
  return shade;
}

/**
 * The median of `total` values counted in a histogram of whole levels, placed within its level as if the values
 * counted there were spread evenly over it (so the medians of noisy blocks follow light by fractions of a level).
 */
function median(histogram: Uint32Array, total: number): number {
  let seen = 0;
  for (let v = 0; v < histogram.length; v++) {
    const here = histogram[v]!;
    if ((seen + here) * 2 >= total) return here === 0 ? v : v - 0.5 + (total / 2 - seen) / here;
    seen += here;
  }
  return histogram.length - 1;
}

/** Whether the block medians bend more than light falling across a sheet does, along a row or a column. */
function bends(medians: Float32Array, gx: number, gy: number, maxBend: number): boolean {
  const at = (x: number, y: number) => medians[y * gx + x]!;
  for (let y = 0; y < gy; y++) {
    for (let x = 0; x < gx; x++) {
      if (x > 0 && x < gx - 1 && Math.abs(at(x - 1, y) - 2 * at(x, y) + at(x + 1, y)) > maxBend) return true;
      if (y > 0 && y < gy - 1 && Math.abs(at(x, y - 1) - 2 * at(x, y) + at(x, y + 1)) > maxBend) return true;
    }
  }
  return false;
}

/**
 * Marks in `ink` the pixels whose channel `c` differs from the paper's shade by well above the noise; returns how
 * many it newly marked.
 */
function markInk({ data, width, height, channels }: Pixels, c: number, shade: Float32Array, ink: Uint8Array): number {
  // The noise: the median absolute difference, in quarter levels.
  const quarters = new Uint32Array(4 * 256);
  const n = width * height;
  for (let i = 0, at = c; i < n; i++, at += channels) quarters[Math.min(1023, Math.round(Math.abs(data[at]! - shade[i]!) * 4))]!++;
  const sigma = (1.4826 * median(quarters, n)) / 4;
  const threshold = Math.max(MIN_CONTRAST, NOISE_TIMES * sigma);
  let marked = 0;
  for (let i = 0, at = c; i < n; i++, at += channels) {
    if (!ink[i] && Math.abs(data[at]! - shade[i]!) > threshold) {
      ink[i] = 1;
      marked++;
    }
  }
  return marked;
}

/**
 * 'specks' when every cluster of ink (pixels at most `JOIN` apart) reaches at most `speck` pixels across, else
 * 'content'. Stops at the first larger cluster.
 */
function largestCluster(ink: Uint8Array, width: number, height: number, speck: number): 'specks' | 'content' {
  const seen = new Uint8Array(ink.length);
  const queue: number[] = [];
  for (let start = 0; start < ink.length; start++) {
    if (!ink[start] || seen[start]) continue;
    seen[start] = 1;
    queue.length = 0;
    queue.push(start);
    let left = width;
    let right = -1;
    let top = height;
    let bottom = -1;
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q]!;
      const x = i % width;
      const y = (i - x) / width;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      if (right - left + 1 > speck || bottom - top + 1 > speck) return 'content';
      for (let ny = Math.max(0, y - JOIN); ny <= Math.min(height - 1, y + JOIN); ny++) {
        for (let nx = Math.max(0, x - JOIN); nx <= Math.min(width - 1, x + JOIN); nx++) {
          const j = ny * width + nx;
          if (ink[j] && !seen[j]) {
            seen[j] = 1;
            queue.push(j);
          }
        }
      }
    }
  }
  return 'specks';
}

/**
 * Samples brought down to at most `PAPER_SIDE` pixels a side by averaging boxes of whole pixels.
 *
 * @example
 * downsample({ data, width: 2480, height: 3508, channels: 1 }); // 620 × 877: boxes of 4 × 4 pixels averaged
 */
export function downsample(image: Pixels): Pixels {
  const { data, width, height, channels } = image;
  const f = Math.ceil(Math.max(width, height) / PAPER_SIDE);
  if (f <= 1) return image;
  const w = Math.floor(width / f);
  const h = Math.floor(height / f);
  const sums = new Uint32Array(w * channels);
  const out = new Uint8Array(w * h * channels);
  const area = f * f;
  for (let y = 0; y < h; y++) {
    sums.fill(0);
    for (let dy = 0; dy < f; dy++) {
      const row = (y * f + dy) * width * channels;
      for (let x = 0; x < w; x++) {
        for (let dx = 0; dx < f; dx++) {
          const at = row + (x * f + dx) * channels;
          for (let c = 0; c < channels; c++) sums[x * channels + c]! += data[at + c]!;
        }
      }
    }
    for (let i = 0; i < sums.length; i++) out[y * w * channels + i] = Math.round(sums[i]! / area);
  }
  return { data: out, width: w, height: h, channels };
}

