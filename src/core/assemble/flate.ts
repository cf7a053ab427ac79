/** Streams the build compresses itself: the ToUnicode maps of embedded fonts and the XMP metadata. */
import type { PDFContext, PDFRawStream } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';

/**
 * pdf-lib's `context.flateStream(contents, dict)` at compression level 1 instead of 6. The compressor runs cold
 * in a build, so its effort is time: level 1 made the std benchmark packet 59 bytes larger (of 4.5 MB) and its
 * build 0.97x as long (bench/README.md). Pure JavaScript, so the bytes are the same on every machine.
 *
 * @example
 * const xmp = context.register(flateStream(context, new TextEncoder().encode(packet), { Type: 'Metadata', Subtype: 'XML' }));
 */
export function flateStream(context: PDFContext, contents: Uint8Array, dict: NonNullable<Parameters<PDFContext['stream']>[1]> = {}): PDFRawStream {
  return context.stream(zlibSync(contents, { level: 1 }), { ...dict, Filter: 'FlateDecode' });
}
