/** `buildPacket` with `fit`: an image library that cannot load is a plain error, and nothing is written. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildPacket } from '../../src/app/build.js';
import { ImageLibraryError } from '../../src/io/image-codec.js';
import type { ImageCodec } from '../../src/core/fit/codec.js';
import { makePdf } from '../helpers/make-pdf.js';
import { ocrScanPdf, phoneScanJpeg } from '../helpers/phone-scan.js';
import { workspace } from '../helpers/workspace.js';

describe('buildPacket({ fit })', () => {
  it('fit.unavailable when the image library cannot load here; no PDF', async () => {
    const text = { lines: ['TRANSCRIPT OF RECORDS'], size: 14 };
    const dir = workspace({
      'profile.yaml': 'id: p\ntitle: Position\norganization: U\nsubmission: { format: single-pdf, max_mb: 0.5 }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: transcript, kind: transcript, title: Transcript, accepts: [file] }\n',
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen }\nitems:\n  cv: cv.pdf\n  transcript: t.pdf\n',
      'cv.pdf': await makePdf(),
      't.pdf': await ocrScanPdf(await phoneScanJpeg(text, { width: 1600 }), text),
    });
    const broken: ImageCodec = {
      toJpeg: () => Promise.reject(new Error('not reached')),
      resize: () => Promise.reject(new Error('not reached')),
      ready: () => Promise.reject(new ImageLibraryError('the image library (sharp) could not be loaded on this machine: no binary for this system')),
    };
    const out = await buildPacket({ manifestPath: join(dir, 'manifest.yaml'), today: '2025-11-01', strict: false, now: new Date(), fit: { codec: broken } });
    expect(out.built).toBeUndefined();
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'fit.unavailable',
        message: 'The image library (sharp) could not be loaded on this machine: no binary for this system, so --fit cannot recompress images (nothing was written).',
        line: 1,
      }),
    ]);
    expect(existsSync(join(dir, 'packet.pdf'))).toBe(false);
  }, 30_000);
});
