/**
 * What fitting needs from an image library, as a small interface the I/O layer provides (`src/io/image-codec.ts`
 * gives one over sharp/libvips), so the core stays pure and tests can hand in their own.
 */

/** Pixels at 8 bits per sample, rows top to bottom, samples of a pixel side by side (gray, RGB or CMYK). */
export interface RawImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array;
}

/** A JPEG to read: the bytes of a DCTDecode stream or of a JPEG scan, with the colour components its frame header gives. */
export interface JpegImage {
  jpeg: Uint8Array;
  channels: 1 | 3;
}

/**
 * An image library as fitting uses it. Embedded colour profiles and EXIF orientation are ignored: in a PDF the
 * image dictionary says what the samples mean, and the page's drawing turns the picture. Both methods reject
 * what they cannot read; fitting then leaves that image as it is.
 */
export interface ImageCodec {
  /**
   * `image` resized to `width` x `height` and encoded as a baseline JPEG at `quality` (1-100), with the same
   * channels (gray stays gray, RGB stays RGB).
   */
  toJpeg(image: JpegImage | RawImage, width: number, height: number, quality: number): Promise<Uint8Array>;
  /** Raw pixels resized to `width` x `height`, each channel on its own (masks and CMYK stay exact colours). */
  resize(image: RawImage, width: number, height: number): Promise<Uint8Array>;
  /** Rejects, with a message for the applicant, when the library cannot work on this machine at all. */
  ready?(): Promise<void>;
}
