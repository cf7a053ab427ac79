// The repeats of the scale packets (std-x2, std-x4): `node bench/make-copies.mjs OUT FILE...` writes OUT/2..4/<name>,
// each the original bytes plus an incremental update that adds "q Q" (save and restore the graphics state: it
// draws nothing) n times to every page. The same pages again would be one document given twice (file.duplicate,
// which also catches a copy saved again by another program, and since 12-05 a page of one file in another), not a
// bigger packet.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, popGraphicsState, pushGraphicsState } from '@cantoo/pdf-lib';

const [out, ...files] = process.argv.slice(2);
for (let n = 2; n <= 4; n++) {
  const dir = join(out, String(n));
  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    const doc = await PDFDocument.load(readFileSync(f), { forIncrementalUpdate: true, updateMetadata: false });
    for (const page of doc.getPages()) for (let k = 0; k < n; k++) page.pushOperators(pushGraphicsState(), popGraphicsState());
    writeFileSync(join(dir, basename(f)), await doc.commit());
  }
}
