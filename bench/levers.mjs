// Try a candidate speed-up without touching src/: a preload that patches @cantoo/pdf-lib in the `packet`
// process, switched by PACKET_LEVERS (comma-separated). With none set it changes nothing. Compare with
// bench/ab.mjs, which runs the variants paired per round:
//   PACKET_LEVERS=small-raw node --import ./bench/levers.mjs dist/cli/main.js build bench/big/manifest.yaml -q
// (dist/cli/main.js, the unbundled CLI: bin/packet.js runs the bundle, which has its own copy of pdf-lib.)
// Levers:
//   small-raw[=N]  content streams under N bytes (default 2048: page stamps, the q/Q wrappers pdf-lib adds,
//                  form-field text) are written uncompressed; fflate sets up ~100 KB of tables per call.
//   objstreams     save with useObjectStreams: true (smaller file, different timing).
//   semi=N         v8.setFlagsFromString('--max-semi-space-size=N') first thing (no effect: V8 sizes the heap at start).
//   mem            print live heap and buffers before and after save (a full GC first when run with
//                  --expose-gc), to see what the output and the inputs still held cost at the peak.
//   count          count PDFDocument.load calls and print them at exit (each input should be parsed once by
//                  `packet build`: the assembler reuses the document the validation loaded).
//   log            print what the levers did to stderr.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { PDFContentStream, PDFDocument, PDFName } from '@cantoo/pdf-lib';

const levers = new Map(
  (process.env.PACKET_LEVERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [k, v] = s.split('=');
      return [k, v ?? ''];
    }),
);
const log = levers.has('log') ? (msg) => process.stderr.write(`levers: ${msg}\n`) : () => {};

if (levers.has('count')) {
  const load = PDFDocument.load.bind(PDFDocument);
  let calls = 0;
  let ms = 0;
  PDFDocument.load = async (...args) => {
    const t = performance.now();
    try {
      return await load(...args);
    } finally {
      calls++;
      ms += performance.now() - t;
    }
  };
  process.on('exit', () => process.stderr.write(`levers: ${calls} PDFDocument.load calls, ${ms.toFixed(0)} ms\n`));
}

if (levers.has('semi')) {
  v8.setFlagsFromString(`--max-semi-space-size=${Number(levers.get('semi')) || 32}`);
  log(`max-semi-space-size=${levers.get('semi')}`);
}

if (levers.has('small-raw') || levers.has('objstreams') || levers.has('mem')) {
  const limit = Number(levers.get('small-raw')) || 2048;
  const FILTER = PDFName.of('Filter');
  const save = PDFDocument.prototype.save;
  PDFDocument.prototype.save = async function (options = {}) {
    if (levers.has('small-raw')) {
      let raw = 0;
      let kept = 0;
      for (const [, obj] of this.context.enumerateIndirectObjects()) {
        if (!(obj instanceof PDFContentStream) || !obj.encode) continue;
        if (obj.getUnencodedContentsSize() < limit) {
          obj.encode = false;
          obj.dict.delete(FILTER);
          raw++;
        } else kept++;
      }
      log(`small-raw: ${raw} content streams left uncompressed, ${kept} compressed`);
    }
    const opts = levers.has('objstreams') ? { ...options, useObjectStreams: true } : options;
    const mem = (when) => {
      if (!levers.has('mem')) return;
      globalThis.gc?.();
      const m = process.memoryUsage();
      const mb = (x) => `${(x / 2 ** 20).toFixed(0)} MB`;
      process.stderr.write(`levers: ${when} save: heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)} (buffers ${mb(m.arrayBuffers)}), rss ${mb(m.rss)}, peak rss ${mb(process.resourceUsage().maxRSS * 1024)}\n`);
    };
    mem('before');
    const bytes = await save.call(this, opts);
    mem('after');
    return bytes;
  };
}
