// Bundle the compiled CLI into dist/bundle/ so `packet` starts fast (figures in bench/README.md):
// - packet.cjs: the whole CLI as one CommonJS module (~300 modules otherwise), written wrapped in its module
//   function (the wrapper Node would add), which bin/packet.js compiles as read with a
//   V8 code cache: one file to read, and most functions arrive already compiled.
// - packet.cjs.cache: that cache, made here by a training run on the bundled example (V8 rejects it, harmlessly,
//   under another Node version or other V8 flags; bin/packet.js then compiles as usual).
// - pdf-worker-entry.js: the inspection worker (pdf-worker.ts starts `./pdf-worker-entry.js` next to itself).
// The library (`import 'application-packet'`) stays the plain tsc output in dist/.
//   npm run build   (tsc, then this script)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'bundle');
// pdfjs-dist is loaded only to count words and finds its own worker file by path: keep it a package.
const external = [/^pdfjs-dist(\/|$)/];

/**
 * Fast paths in pdf-lib (and fflate, its deflate), for the bundled CLI and its inspection worker; the library
 * uses pdf-lib as published. Each returns what the original returns: they skip work done for every byte, number,
 * reference and name parsed, inflate natively, copy memory in one go, and leave set-up that a build rarely needs
 * until it is needed. Tests check that the bundle builds the same bytes as the sources (test/cli/bundle.test.ts);
 * a pdf-lib update that moves one of these lines stops the build here.
 */
const PDF_LIB_FAST_PATHS = [
  {
    file: '@cantoo/pdf-lib/es/utils/numbers.js',
    find: 'export const numberToString = (num) => {\n',
    // String(n) has no exponent for 1e-6 <= |n| < 1e21 (ECMAScript Number::toString), the original's result there.
    add: '    const abs = Math.abs(num);\n    if (abs === 0 || (abs >= 1e-6 && abs < 1e21)) return String(num);\n',
  },
  // The tokenizer: pdf-lib reads every byte through ByteStream's methods. These read the byte array directly for
  // the common shapes (whitespace, comments, object numbers) and hand anything else to the original code.
  // Positions (line, column) only feed error messages, which the tool never shows; they are kept up to date
  // anyway. Each was weighed with bench/fastpaths.mjs; fast paths for numbers and names measured no faster than
  // pdf-lib's own code and were left out.
  {
    file: '@cantoo/pdf-lib/es/core/parser/BaseParser.js',
    find: '    skipWhitespaceAndComments() {\n',
    add:
      '        const bs = this.bytes, b = bs.bytes, n = bs.length;\n' +
      '        let i = bs.idx, line = bs.line, column = bs.column;\n' +
      '        for (;;) {\n' +
      '            while (i < n && IsWhitespace[b[i]]) {\n' +
      '                if (b[i] === Newline) { line += 1; column = 0; } else column += 1;\n' +
      '                i += 1;\n' +
      '            }\n' +
      '            if (i >= n || b[i] !== CharCodes.Percent) break;\n' +
      '            while (i < n && b[i] !== Newline && b[i] !== CarriageReturn) { i += 1; column += 1; }\n' +
      '        }\n' +
      '        bs.idx = i; bs.line = line; bs.column = column;\n' +
      '        return;\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/BaseParser.js',
    find: '    parseRawInt() {\n',
    // Up to 15 digits is exact in a double and below MAX_SAFE_INTEGER, as Number() of the same digits.
    add:
      '        {\n' +
      '            const bs = this.bytes, b = bs.bytes, n = bs.length, start = bs.idx;\n' +
      '            let i = start, v = 0;\n' +
      '            while (i < n && i - start < 15 && IsDigit[b[i]]) { v = v * 10 + (b[i] - 48); i += 1; }\n' +
      '            if (i > start && (i >= n || !IsDigit[b[i]])) { bs.idx = i; bs.column += i - start; return v; }\n' +
      '        }\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/PDFObjectParser.js',
    find: '    findEndOfStreamFallback(startPos) {\n        // Move to end of stream, while handling nested streams\n        let nestingLvl = 1;\n        let end = this.bytes.offset();\n        while (!this.bytes.done()) {\n            end = this.bytes.offset();\n            if (this.matchKeyword(Keywords.stream)) {\n                nestingLvl += 1;\n            }\n            else if (this.matchKeyword(Keywords.EOF1endstream) ||\n                this.matchKeyword(Keywords.EOF2endstream) ||\n                this.matchKeyword(Keywords.EOF3endstream) ||\n                this.matchKeyword(Keywords.endstream)) {\n                nestingLvl -= 1;\n            }\n            else {\n                this.bytes.next();\n            }\n            if (nestingLvl === 0)\n                break;\n        }\n        if (nestingLvl !== 0)\n            throw new PDFStreamParsingError(startPos);\n        return end;\n    }\n',
    // A stream whose /Length is not a number (an indirect length, common) was scanned byte by byte, trying five
    // keywords at each byte. All five end in "stream", which cannot overlap itself: jump from one "stream" to the
    // next and find which keyword, if any, ends there, in the order the original tries them.
    replaceWith:
      '    findEndOfStreamFallback(startPos) {\n' +
      '        const bs = this.bytes, b = bs.bytes, n = bs.length;\n' +
      '        let nestingLvl = 1;\n' +
      '        let pos = bs.idx;\n' +
      '        for (let q = b.indexOf(CharCodes.s, pos); q >= 0 && q + 6 <= n; q = b.indexOf(CharCodes.s, q + 1)) {\n' +
      '            if (b[q + 1] !== CharCodes.t || b[q + 2] !== CharCodes.r || b[q + 3] !== CharCodes.e || b[q + 4] !== CharCodes.a || b[q + 5] !== CharCodes.m) continue;\n' +
      '            let start = q;\n' +
      '            if (q - 3 >= pos && b[q - 3] === CharCodes.e && b[q - 2] === CharCodes.n && b[q - 1] === CharCodes.d) {\n' +
      '                if (q - 5 >= pos && b[q - 5] === CharCodes.CarriageReturn && b[q - 4] === CharCodes.Newline) start = q - 5;\n' +
      '                else if (q - 4 >= pos && (b[q - 4] === CharCodes.CarriageReturn || b[q - 4] === CharCodes.Newline)) start = q - 4;\n' +
      '                else start = q - 3;\n' +
      '                nestingLvl -= 1;\n' +
      '            }\n' +
      '            else nestingLvl += 1;\n' +
      '            pos = q + 6;\n' +
      '            if (nestingLvl === 0) {\n' +
      '                bs.idx = pos;\n' +
      '                return start;\n' +
      '            }\n' +
      '        }\n' +
      '        bs.idx = n;\n' +
      '        throw new PDFStreamParsingError(startPos);\n' +
      '    }\n',
  },
  // Literal and hex strings were built a character at a time; in a document that is not encrypted their text is
  // the bytes between the delimiters, found in one pass (unbalanced ones take the original path and its error).
  {
    file: '@cantoo/pdf-lib/es/core/parser/PDFObjectParser.js',
    find: '    parseString(ref) {\n',
    prepend:
      'const latin1Text = (b, start, end) => {\n' +
      '    let text = "";\n' +
      '    for (let at = start; at < end; at += 8192) text += String.fromCharCode.apply(null, b.subarray(at, Math.min(end, at + 8192)));\n' +
      '    return text;\n' +
      '};\n',
    add:
      '        if (!this.cryptoFactory) {\n' +
      '            const bs = this.bytes, b = bs.bytes, n = bs.length, start = bs.idx;\n' +
      '            let depth = 0, escaped = false;\n' +
      '            for (let i = start; i < n; i++) {\n' +
      '                const byte = b[i];\n' +
      '                if (!escaped) {\n' +
      '                    if (byte === CharCodes.LeftParen) depth += 1;\n' +
      '                    else if (byte === CharCodes.RightParen) depth -= 1;\n' +
      '                }\n' +
      '                if (byte === CharCodes.BackSlash) escaped = !escaped;\n' +
      '                else if (escaped) escaped = false;\n' +
      '                if (depth === 0) {\n' +
      '                    bs.idx = i + 1;\n' +
      '                    bs.column += i + 1 - start;\n' +
      '                    return PDFString.of(latin1Text(b, start + 1, i));\n' +
      '                }\n' +
      '            }\n' +
      '        }\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/PDFObjectParser.js',
    find: "    parseHexString(ref) {\n        let value = '';\n        this.bytes.assertNext(CharCodes.LessThan);\n",
    add:
      '        if (!this.cryptoFactory) {\n' +
      '            const bs = this.bytes, b = bs.bytes, start = bs.idx;\n' +
      '            const end = b.indexOf(CharCodes.GreaterThan, start);\n' +
      '            if (end >= 0 && end < bs.length) {\n' +
      '                bs.idx = end + 1;\n' +
      '                bs.column += end + 1 - start;\n' +
      '                let text = "";\n' +
      '                for (let at = start; at < end; at += 8192) text += String.fromCharCode.apply(null, b.subarray(at, Math.min(end, at + 8192)));\n' +
      '                return PDFHexString.of(text);\n' +
      '            }\n' +
      '        }\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/PDFObjectParser.js',
    find: '            pdfArray.push(element);\n',
    // push() records a change for incremental saves; a document being parsed has nothing to record yet.
    replaceWith: '            if (this.context.snapshot) pdfArray.push(element);\n            else pdfArray.array.push(element);\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/PDFObjectParser.js',
    find: '        const dict = this.parseDict(ref);\n        this.skipWhitespaceAndComments();\n',
    // Every stream keyword starts with "s": a dictionary followed by anything else is not a stream's.
    add: '        if (this.bytes.peek() !== CharCodes.s) return dict;\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/PDFObjectParser.js',
    find: '        if (this.matchKeyword(Keywords.true))\n            return PDFBool.True;\n        if (this.matchKeyword(Keywords.false))\n            return PDFBool.False;\n        if (this.matchKeyword(Keywords.null))\n            return PDFNull;\n',
    // true, false and null are only tried where the next byte could start them.
    replaceWith:
      '        const first = this.bytes.peek();\n' +
      '        if (first === CharCodes.t && this.matchKeyword(Keywords.true))\n            return PDFBool.True;\n' +
      '        if (first === CharCodes.f && this.matchKeyword(Keywords.false))\n            return PDFBool.False;\n' +
      '        if (first === CharCodes.n && this.matchKeyword(Keywords.null))\n            return PDFNull;\n',
  },
  // Writing a dictionary copied its entries into an array of pairs, twice (size, then bytes): garbage for every
  // dictionary written. The Map is read in place, in the same order.
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFDict.js',
    find: '        let size = 5;\n        const entries = this.entries();\n        for (let idx = 0, len = entries.length; idx < len; idx++) {\n            const [key, value] = entries[idx];\n            size += key.sizeInBytes() + value.sizeInBytes() + 2;\n        }\n',
    replaceWith: '        let size = 5;\n        this.dict.forEach((value, key) => {\n            size += key.sizeInBytes() + value.sizeInBytes() + 2;\n        });\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFDict.js',
    find: '        const entries = this.entries();\n        for (let idx = 0, len = entries.length; idx < len; idx++) {\n            const [key, value] = entries[idx];\n            offset += key.copyBytesInto(buffer, offset);\n            buffer[offset++] = CharCodes.Space;\n            offset += value.copyBytesInto(buffer, offset);\n            buffer[offset++] = CharCodes.Newline;\n        }\n',
    replaceWith: '        this.dict.forEach((value, key) => {\n            offset += key.copyBytesInto(buffer, offset);\n            buffer[offset++] = CharCodes.Space;\n            offset += value.copyBytesInto(buffer, offset);\n            buffer[offset++] = CharCodes.Newline;\n        });\n',
  },
  // A name without #xx escapes reads as itself; a string of printable ASCII without backslashes decodes to itself
  // (PDFDocEncoding is ASCII from 0x20 to 0x7e): no byte array and no per-character decoding for them.
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFName.js',
    find: '    decodeText() {\n',
    add: "        if (!this.encodedName.includes('#')) return this.encodedName.slice(1);\n",
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFString.js',
    find: '    decodeText() {\n',
    add: '        if (/^[\\x20-\\x5b\\x5d-\\x7e]*$/.test(this.value)) return this.value;\n',
  },
  // fflate (pdf-lib's deflate) reaches for worker_threads as it loads, for asynchronous calls pdf-lib never makes:
  // 5 ms of every start. Without it those calls would say they are unsupported.
  {
    file: 'fflate/esm/index.mjs',
    find: "    (_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);\n",
    replaceWith: '',
  },
  // Sorting the objects by number destructured both entries at every comparison: an iterator each, before
  // the sort is optimized. Same order.
  {
    file: '@cantoo/pdf-lib/es/core/PDFContext.js',
    find: 'const byAscendingObjectNumber = ([a], [b]) => a.objectNumber - b.objectNumber;',
    replaceWith: 'const byAscendingObjectNumber = (a, b) => a[0].objectNumber - b[0].objectNumber;',
  },
  // The encodings of the 14 standard fonts were inflated and indexed as pdf-lib loaded (about 10 ms of every
  // start); only a standard font (form appearances, text extraction) needs them: made on first use.
  {
    file: '@cantoo/pdf-lib/es/packages/standard-fonts/Encoding.js',
    find: 'const decompressedEncodings = decompressJson(AllEncodingsCompressed);\nconst allUnicodeMappings = JSON.parse(decompressedEncodings);\n',
    replaceWith: 'let mappings;\nconst allUnicodeMappings = () => (mappings ??= JSON.parse(decompressJson(AllEncodingsCompressed)));\nconst made = {};\n',
  },
  {
    file: '@cantoo/pdf-lib/es/packages/standard-fonts/Encoding.js',
    find: "    Symbol: new Encoding('Symbol', allUnicodeMappings.symbol),\n    ZapfDingbats: new Encoding('ZapfDingbats', allUnicodeMappings.zapfdingbats),\n    WinAnsi: new Encoding('WinAnsi', allUnicodeMappings.win1252),\n",
    replaceWith:
      "    get Symbol() { return (made.Symbol ??= new Encoding('Symbol', allUnicodeMappings().symbol)); },\n" +
      "    get ZapfDingbats() { return (made.ZapfDingbats ??= new Encoding('ZapfDingbats', allUnicodeMappings().zapfdingbats)); },\n" +
      "    get WinAnsi() { return (made.WinAnsi ??= new Encoding('WinAnsi', allUnicodeMappings().win1252)); },\n",
  },
  // Text extraction's reverse WinAnsi table was built as pdf-lib loaded, which inflated the encodings above after
  // all: made on first use too.
  {
    file: '@cantoo/pdf-lib/es/api/extraction/FontDecoder.js',
    find: 'const winAnsiReverse = (() => {\n',
    replaceWith: 'let winAnsiReverseMap;\nconst makeWinAnsiReverse = () => {\n',
  },
  {
    file: '@cantoo/pdf-lib/es/api/extraction/FontDecoder.js',
    find: '    return map;\n})();\n',
    replaceWith: '    return map;\n};\n',
  },
  {
    file: '@cantoo/pdf-lib/es/api/extraction/FontDecoder.js',
    find: '            return winAnsiReverse;\n',
    replaceWith: '            return (winAnsiReverseMap ??= makeWinAnsiReverse());\n',
  },
  {
    file: '@cantoo/pdf-lib/es/api/extraction/FontDecoder.js',
    find: '        return winAnsiReverse;\n',
    replaceWith: '        return (winAnsiReverseMap ??= makeWinAnsiReverse());\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFNumber.js',
    find: 'PDFNumber.of = (value) => new PDFNumber(value);',
    // Numbers are never changed in place: one object per small integer (font widths, flags, counts: 60% of
    // the 395,000 numbers parsed in std + big) instead of one, with its string, per occurrence.
    replaceWith:
      'const smallNumbers = [];\nPDFNumber.of = (value) => Number.isInteger(value) && value >= -1 && value < 4096 && !Object.is(value, -0) ? (smallNumbers[value + 1] ??= new PDFNumber(value)) : new PDFNumber(value);',
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFNumber.js',
    find: '        this.numberValue = value;\n        this.stringValue = numberToString(value);\n    }\n',
    // The text of a number is only needed when it is written: made then, not for every number parsed (a third
    // of a packet's inputs is never written, and each text outlived the parse as garbage-collector work).
    replaceWith: '        this.numberValue = value;\n        this.text = undefined;\n    }\n    get stringValue() {\n        return (this.text ??= numberToString(this.numberValue));\n    }\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFRef.js',
    find: 'PDFRef.of = (objectNumber, generationNumber = 0) => {\n',
    // Generation 0 is nearly every reference: one lookup by number instead of a template string per call.
    add: '    if (generationNumber === 0) {\n        let ref = generationZero.get(objectNumber);\n        if (!ref) generationZero.set(objectNumber, (ref = new PDFRef(ENFORCER, objectNumber, 0)));\n        return ref;\n    }\n',
    prepend: 'const generationZero = new Map();\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFName.js',
    find: 'const decodeName = (name) => name.replace(',
    // Most names have no #xx escape: no regex replace for them (here, and in decodeText below).
    replaceWith: "const decodeName = (name) => !name.includes('#') ? name : name.replace(",
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFName.js',
    find: 'const decodePdfNameEscapes = (name) => name.replace(',
    replaceWith: "const decodePdfNameEscapes = (name) => !name.includes('#') ? name : name.replace(",
  },
  {
    file: '@cantoo/pdf-lib/es/core/objects/PDFStream.js',
    find: '        for (let idx = 0, len = contents.length; idx < len; idx++) {\n            buffer[offset++] = contents[idx];\n        }\n',
    // Stream data written with one memory copy, not byte by byte (4 MB of a std packet, 30 MB of std + big).
    replaceWith: '        buffer.set(contents, offset);\n        offset += contents.length;\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/parser/ByteStream.js',
    find: '        return this.bytes.slice(start, end);\n',
    // A parsed stream's data is a view of the file's bytes, which the build holds anyway, instead of a copy:
    // 17 MB less at the peak of std + big. Nothing writes into parsed stream data (decryption makes new arrays).
    replaceWith: '        return this.bytes.subarray(start, end);\n',
  },
  {
    file: '@cantoo/pdf-lib/es/core/streams/decode.js',
    find: "    if (encoding === PDFName.of('FlateDecode')) {\n",
    // Node's zlib instead of pdf-lib's JavaScript inflate for a whole, intact stream of at most 16 MB inflated;
    // anything else (truncated, bad checksum, chained filters, bigger: a decompression bomb must still meet the
    // inspector's block-by-block count) goes to pdf-lib's lenient, streaming inflate as before. Handed on as a
    // plain Uint8Array: the parser takes many subarrays of it, and a Buffer's are slow (parsing std: 0.92x).
    add: "        if (stream instanceof Stream) {\n            try {\n                const out = inflateSync(stream.bytes.subarray(stream.start, stream.end), { maxOutputLength: 16 << 20 });\n                return new Stream(new Uint8Array(out.buffer, out.byteOffset, out.length));\n            }\n            catch (_a) { /* pdf-lib's own inflate below */ }\n        }\n",
    prepend: "import { inflateSync } from 'node:zlib';\n",
  },
];

/** Rolldown plugin applying PDF_LIB_FAST_PATHS; fails when a patch does not find its line exactly once. */
function pdfLibFastPaths() {
  const applied = new Set();
  return {
    name: 'pdf-lib-fast-paths',
    transform(code, id) {
      const path = id.replaceAll('\\', '/');
      let out = code;
      for (const patch of PDF_LIB_FAST_PATHS) {
        if (!path.endsWith(`node_modules/${patch.file}`)) continue;
        if (out.split(patch.find).length !== 2) throw new Error(`pdf-lib fast path: "${patch.find.trim()}" not found once in ${patch.file}`);
        out = out.replace(patch.find, patch.replaceWith ?? patch.find + patch.add);
        if (patch.prepend) out = patch.prepend + out;
        applied.add(patch);
      }
      return out === code ? null : { code: out, map: null };
    },
    buildEnd() {
      const missing = PDF_LIB_FAST_PATHS.filter((p) => !applied.has(p)).map((p) => p.file);
      if (missing.length > 0) throw new Error(`pdf-lib fast paths not applied (file not bundled?): ${missing.join(', ')}`);
    },
  };
}

/**
 * Packages pdf-lib imports for SVG drawing, XFA forms and XMP text, none of which a typical build touches, but
 * whose set-up ran at every start (entity tables built twice, a colour converter: about 25 ms). Each import
 * becomes a stand-in that loads the real package from node_modules on first use, with the same results.
 */
const LAZY_PACKAGES = {
  'html-entities': 'export const encode = (...a) => get().encode(...a);\nexport const decode = (...a) => get().decode(...a);\nexport const decodeEntity = (...a) => get().decodeEntity(...a);\n',
  // colors.js calls converter('rgb') as it loads: the converter itself is made on the first colour converted.
  culori: 'export const converter = (mode) => { let f; return (...a) => (f ??= get().converter(mode))(...a); };\n',
  'node-html-better-parser': 'export const parse = (...a) => get().parse(...a);\nexport const NodeType = new Proxy({}, { get: (_, key) => get().NodeType[key] });\n',
};

/** Rolldown plugin serving LAZY_PACKAGES. */
function lazyPackages() {
  const prefix = '\0lazy:';
  return {
    name: 'lazy-packages',
    resolveId(id) {
      return Object.hasOwn(LAZY_PACKAGES, id) ? prefix + id : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const name = id.slice(prefix.length);
      return `import { createRequire } from 'node:module';\nlet real;\nconst get = () => (real ??= createRequire(import.meta.url)(${JSON.stringify(name)}));\n${LAZY_PACKAGES[name]}`;
    },
  };
}

rmSync(outDir, { recursive: true, force: true });
// Paths inside the bundle stay two levels below the package root (dist/bundle/), as in dist/cli/ and dist/io/,
// so `../../package.json` and the templates folder resolve the same either way.
for (const [input, file, format] of [
  ['dist/cli/main.js', 'packet.cjs', 'cjs'],
  ['dist/io/pdf-worker-entry.js', 'pdf-worker-entry.js', 'esm'],
]) {
  await build({
    input: join(root, input),
    platform: 'node',
    external,
    plugins: [pdfLibFastPaths(), lazyPackages()],
    logLevel: 'warn',
    output: { file: join(outDir, file), format, codeSplitting: false },
  });
}

// import() inside code compiled from a V8 code cache has no module loader under Node 20 (the cache drops the
// script's loader): the bundle's only dynamic import, pdf.js for word counts, goes through the function
// bin/packet.js passes in.
const bundled = join(outDir, 'packet.cjs');
const source = readFileSync(bundled, 'utf8');
const imports = source.split('import("pdfjs-dist/').length - 1;
if (imports !== 1) throw new Error(`expected one import() of pdfjs-dist in the bundle, found ${imports}`);
// ASCII only (other characters as \\u escapes, the same in strings, regular expressions and comments): bin/packet.js
// reads it as latin1, half the time of decoding UTF-8, and V8 keeps it as a one-byte string.
const ascii = source.replace('import("pdfjs-dist/', '__packetImport("pdfjs-dist/').replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (source.includes('String.raw') || /\\[^\0-\x7f]/.test(source)) throw new Error('String.raw or a backslash before a non-ASCII character in the bundle: \\u escapes would change its text');
// Any other import() left in code (not in a comment) would fail the same way: route it through __packetImport too.
const stray = ascii.split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line) && /(?<![\w$.])import\(/.test(line));
if (stray.length > 0) throw new Error(`import() in the bundle that bin/packet.js cannot serve: ${stray[0].trim()}`);
// Node modules that most runs never use (the inspection worker: validate only; commander's sub-command
// processes: never), but cost 3 to 6 ms each to load: loaded on first use instead.
const LAZY_BUILTINS = [
  'let node_worker_threads = require("node:worker_threads");',
  '\tconst childProcess = require("node:child_process");',
];
let lazy = ascii;
for (const line of LAZY_BUILTINS) {
  if (lazy.split(line).length !== 2) throw new Error(`bundle: "${line.trim()}" not found once in packet.cjs`);
  lazy = lazy.replace(line, line.replace(/require\(("node:[a-z_]+")\)/, (_, id) => `new Proxy({}, { get: (_, key) => require(${id})[key] })`));
}
// Written wrapped in the function bin/packet.js calls with the module's variables, so it compiles the text as read
// (wrapping it there made a second copy of 1.9 MB of text at every start).
writeFileSync(bundled, `(function (exports, require, module, __filename, __dirname, __packetImport) {${lazy}\n})`);

// Training run: build and validate the example; bin/packet.js writes the code cache as the process exits.
// The cache only saves time: when training fails, say so and ship without it rather than fail an install
// (a test checks that the cache exists and that V8 accepts it).
const cacheFile = join(outDir, 'packet.cjs.cache');
const work = mkdtempSync(join(tmpdir(), 'packet-cache-'));
try {
  const example = join(root, 'examples/aalto-tml/manifest.yaml');
  // Each run starts from the cache the one before wrote, and adds what it compiled. A V8 flag changed during a
  // run (by the CLI or by a worker) changes the header of the cache it writes, and V8 then rejects that cache
  // at every start without a word: check after each run that a fresh start takes it.
  for (const args of [['build', example, '-o', join(work, 'packet.pdf'), '-q'], ['validate', example]]) {
    const run = spawnSync(process.execPath, [join(root, 'bin/packet.js'), ...args], {
      env: { ...process.env, PACKET_WRITE_CODE_CACHE: '1' },
      encoding: 'utf8',
    });
    // Exit 1 (problems reported for the example, such as a deadline check) still trains the cache; 2 or 3 is a failure.
    if (run.status !== 0 && run.status !== 1) throw new Error(`\`packet ${args[0]}\` on the example exited ${run.status}: ${run.stderr.trim()}`);
    if (!existsSync(cacheFile)) throw new Error('no cache was written');
    const check = spawnSync(process.execPath, [join(root, 'bin/packet.js'), '--version'], { env: { ...process.env, PACKET_CHECK_CODE_CACHE: '1' }, encoding: 'utf8' });
    if (!check.stderr.includes('code cache: accepted')) throw new Error(`a fresh start does not accept the cache \`packet ${args[0]}\` trained (${check.stderr.trim() || `exit ${check.status}`})`);
  }
} catch (err) {
  rmSync(cacheFile, { force: true });
  process.stderr.write(`bundle: no code cache (packet works, about a tenth slower to start): ${err instanceof Error ? err.message : String(err)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
