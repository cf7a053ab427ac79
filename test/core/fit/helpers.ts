/** Documents with image XObjects placed just so, and a stand-in image codec, for the fitting tests. */
import type { PDFDocument} from '@cantoo/pdf-lib';
import { concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, PDFName, PDFRawStream, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import type { ImageCodec, JpegImage, RawImage } from '../../../src/core/fit/codec.js';

/**
 * The header of a JPEG of this size and these components, then `body` bytes of padding: enough for the frame
 * reader and for sizes that follow the pixel count, without encoding a picture.
 */
export function fakeJpeg(width: number, height: number, components: number, body = 16): Uint8Array {
  const sof = [0xff, 0xc0, 0, 8 + 3 * components, 8, height >> 8, height & 255, width >> 8, width & 255, components];
  for (let c = 0; c < components; c++) sof.push(c + 1, 0x11, 0);
  return Uint8Array.from([0xff, 0xd8, ...sof, ...new Uint8Array(body), 0xff, 0xd9]);
}

/** What the stand-in codec was asked to do. */
export interface CodecCall {
  kind: 'jpeg' | 'raw' | 'resize';
  width: number;
  height: number;
  channels: number;
  /** Raw input samples (for checking predictors and colour handling). */
  data?: Uint8Array;
}

/**
 * A codec that "encodes" a JPEG of a tenth of a byte per sample (so sizes fall with the resolution, as real
 * JPEGs do), and resizes raw pixels by sampling the nearest pixel.
 */
export function fakeCodec(calls: CodecCall[] = []): ImageCodec {
  return {
    async toJpeg(image: JpegImage | RawImage, width, height) {
      const channels = image.channels;
      calls.push('jpeg' in image ? { kind: 'jpeg', width, height, channels } : { kind: 'raw', width, height, channels, data: image.data });
      return fakeJpeg(width, height, channels, Math.ceil((width * height * channels) / 10));
    },
    async resize(image, width, height) {
      calls.push({ kind: 'resize', width, height, channels: image.channels, data: image.data });
      const out = new Uint8Array(width * height * image.channels);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const sx = Math.floor((x * image.width) / width);
          const sy = Math.floor((y * image.height) / height);
          for (let c = 0; c < image.channels; c++) out[(y * width + x) * image.channels + c] = image.data[(sy * image.width + sx) * image.channels + c]!;
        }
      }
      return out;
    },
  };
}

export interface ImageSpec {
  width: number;
  height: number;
  /** DCT (a fake JPEG of `jpegBody` bytes) or Flate over raw samples. */
  filter?: 'DCTDecode' | 'FlateDecode';
  colorSpace?: 'DeviceGray' | 'DeviceRGB' | 'DeviceCMYK' | unknown[];
  jpegBody?: number;
  /** Raw samples for Flate images (default: a gradient). */
  samples?: Uint8Array;
  extra?: Record<string, unknown>;
}

/** Register an image XObject in `doc`. */
export function addImage(doc: PDFDocument, spec: ImageSpec): PDFRef {
  const { width, height, filter = 'DCTDecode', colorSpace = 'DeviceRGB', jpegBody, extra = {} } = spec;
  const channels = colorSpace === 'DeviceGray' ? 1 : colorSpace === 'DeviceCMYK' ? 4 : 3;
  const dict = { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8, ColorSpace: colorSpace, Filter: filter, ...extra };
  if (filter === 'DCTDecode') {
    return doc.context.register(doc.context.stream(fakeJpeg(width, height, channels, jpegBody ?? Math.ceil((width * height * channels) / 4)), dict as never));
  }
  const samples = spec.samples ?? Uint8Array.from({ length: width * height * channels }, (_, i) => (i * 7) % 251);
  return doc.context.register(doc.context.stream(zlibSync(samples), dict as never));
}

/** Draw XObject `ref` on `page` with the matrix [a b c d e f]. */
export function drawAt(page: PDFPage, ref: PDFRef, m: [number, number, number, number, number, number]): void {
  const name = page.node.newXObject('Im', ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...m), drawObject(name), popGraphicsState());
}

/** A form XObject that draws `image` with matrix `inner`, itself carrying `/Matrix matrix`. */
export function addForm(doc: PDFDocument, image: PDFRef, inner: number[], matrix?: number[]): PDFRef {
  const content = new TextEncoder().encode(`q ${inner.join(' ')} cm /Img Do Q`);
  return doc.context.register(
    doc.context.stream(content, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1000, 1000], Resources: { XObject: { Img: image } }, ...(matrix ? { Matrix: matrix } : {}) }),
  );
}

/** The image XObject's stream as it is now. */
export function imageAt(doc: PDFDocument, ref: PDFRef): PDFRawStream {
  const s = doc.context.lookup(ref);
  if (!(s instanceof PDFRawStream)) throw new Error('not a stream');
  return s;
}

/** A number entry of a stream's dictionary. */
export function dictNumber(stream: PDFRawStream, key: string): number | undefined {
  const v = stream.dict.get(PDFName.of(key));
  return v === undefined ? undefined : Number(v.toString());
}
