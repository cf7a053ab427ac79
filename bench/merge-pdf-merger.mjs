// The pdf-merger-js baseline for bench/run.mjs: merge the given PDFs in order into the last path.
//   node bench/merge-pdf-merger.mjs a.pdf b.pdf ... out.pdf
import PDFMerger from 'pdf-merger-js';

const args = process.argv.slice(2);
const output = args.pop();
if (!output || args.length === 0) {
  console.error('usage: node bench/merge-pdf-merger.mjs <input.pdf>... <output.pdf>');
  process.exit(2);
}
const merger = new PDFMerger();
for (const file of args) await merger.add(file);
await merger.save(output);
