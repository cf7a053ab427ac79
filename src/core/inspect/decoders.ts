/**
 * Decoders that count or scan what a PDF stream inflates to, in bounded memory: flate data of modest output is
 * inflated natively (zlib, no warm-up), anything larger or damaged block by block, each block handed on and
 * dropped (pdf-lib's own decoders keep the whole output). Used only to measure and to look.
 */
import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { Inflate, Unzlib } from 'fflate';

/** Receives decoded bytes; `final` once, after the last. */
export interface Stage {
  push(chunk: Uint8Array, final: boolean): void;
}

/** Thrown by the counting sink when the output passes its limit. */
export class OverLimit extends Error {}

/**
 * The most one input byte can become through each filter: deflate's densest code is a 258-byte match in two
 * bits (1032); an LZW code of 9 bits or more stands for at most 3,839 bytes (3,413 per byte, rounded up); a
 * run-length pair gives 128 bytes for 2; ASCII85's `z` gives 4 bytes for 1.
 */
export const MAX_RATIO: Record<string, number> = {
  FlateDecode: 1032,
  Fl: 1032,
  LZWDecode: 3500,
  LZW: 3500,
  RunLengthDecode: 64,
  RL: 64,
  ASCII85Decode: 4,
  A85: 4,
  ASCIIHexDecode: 1,
  AHx: 1,
};

/** A filter in a stream's chain, with the one parameter that changes the output length. */
export interface FilterStep {
  name: string;
  earlyChange?: number;
}

/** The largest output `inputLength` bytes can give through `filters` (filters that are not decoded count 1:1). */
export function maxOutput(inputLength: number, filters: readonly FilterStep[]): number {
  let n = inputLength;
  for (const f of filters) n *= MAX_RATIO[f.name] ?? 1;
  return n;
}

/**
 * Count the bytes `data` decodes to through `filters`, stopping as soon as the count passes `limit`. Damaged
 * data counts what came out before the damage. Image codecs (DCT, JPX, CCITT, JBIG2) and unknown filters end
 * the chain: their input is counted.
 *
 * @example
 * decodedSize(zlibBytes, [{ name: 'FlateDecode' }], 256e6); // 1_048_576
 */
export function decodedSize(data: Uint8Array, filters: readonly FilterStep[], limit: number): number {
  if (flateOnly(filters)) {
    const out = inflateNative(data, Math.min(limit + 1, NATIVE_MAX));
    if (out instanceof Uint8Array) return out.length;
    if (out === 'too-big' && limit + 1 <= NATIVE_MAX) return limit + 1;
  }
  let total = 0;
  decodeInto(data, filters, {
    push(chunk) {
      total += chunk.length;
      if (total > limit) throw new OverLimit();
    },
  });
  return total;
}

/**
 * Decode `data` through `filters` into `sink`, block by block; the sink may throw to stop early. Damaged data
 * ends the output where the damage is; nothing is thrown. With `early`, the sink is expected to stop soon: the
 * first blocks are small.
 *
 * @example
 * decodeInto(content, [{ name: 'FlateDecode' }], { push: (chunk) => scan(chunk) }, true);
 */
export function decodeInto(data: Uint8Array, filters: readonly FilterStep[], sink: Stage, early = false): void {
  if (flateOnly(filters)) {
    // With `early`, the start first (most pages show text within their first kilobytes), then the whole.
    let sent = 0;
    for (const part of early && data.length > 4096 ? [data.subarray(0, 4096), data] : [data]) {
      const out = inflateNative(part, NATIVE_MAX);
      if (!(out instanceof Uint8Array)) break;
      const last = part === data;
      try {
        for (let i = sent; i < out.length || (last && i === sent); i += 65536) sink.push(out.subarray(i, Math.min(out.length, i + 65536)), last && i + 65536 >= out.length);
      } catch {
        // Stopped by the sink.
        return;
      }
      sent = out.length;
      if (last) return;
    }
  }
  let head = sink;
  for (let i = filters.length - 1; i >= 0; i--) head = stageFor(filters[i]!, head) ?? head;
  try {
    // Blocks small enough that the output of one (at most a thousand times larger) stays small.
    let block = early ? 1024 : 16384;
    if (data.length === 0) head.push(data, true);
    for (let i = 0; i < data.length; i += block, block = Math.min(16384, block * 4)) head.push(data.subarray(i, i + block), i + block >= data.length);
  } catch {
    // Stopped by the sink, or damaged data: what came out stands.
  }
}

/** Output inflated natively at once up to this size; beyond it, block by block (real streams rarely get here). */
const NATIVE_MAX = 16 * 2 ** 20;
const SYNC = { finishFlush: constants.Z_SYNC_FLUSH };

const flateOnly = (filters: readonly FilterStep[]): boolean => filters.length === 1 && (filters[0]!.name === 'FlateDecode' || filters[0]!.name === 'Fl');

/**
 * Whether data starts with a zlib header (some writers leave it out: that data is raw deflate).
 *
 * @example
 * zlibHeader(Uint8Array.of(0x78, 0xda)); // true
 */
export function zlibHeader(data: Uint8Array): boolean {
  const cmf = data[0] ?? 0;
  const flg = data[1] ?? 0;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && !(flg & 0x20);
}

/**
 * Whether Flate data inflates without an error (a cut-off end is no error; more than `maxOutput` bytes is not
 * judged here): damaged data is read differently by each viewer.
 *
 * @example
 * inflatesCleanly(stream.contents); // false when a byte in the middle was changed
 */
export function inflatesCleanly(data: Uint8Array, maxOutput = NATIVE_MAX): boolean {
  return inflateNative(data, maxOutput) !== undefined;
}

/**
 * How many bytes Flate data inflates to, counted up to `enough` (past it, `enough`), and whether zlib found it
 * broken (bad data, or a wrong checksum): by zlib, so data cut off or missing its checksum counts all it holds
 * (block by block, the last bytes would be kept back for a checksum); broken data counts what came out before
 * the break. Holds up to `enough` bytes in memory.
 *
 * @example
 * inflatedLength(imageData, width * height * 3); // { bytes: 60000, broken: false }: the data stops halfway
 */
export function inflatedLength(data: Uint8Array, enough: number): { bytes: number; broken: boolean } {
  if (enough <= 0) return { bytes: 0, broken: false };
  const out = inflateNative(data, enough);
  if (out instanceof Uint8Array) return { bytes: out.length, broken: false };
  if (out === 'too-big') return { bytes: enough, broken: false };
  let total = 0;
  decodeInto(data, [{ name: 'FlateDecode' }], {
    push(chunk) {
      total += chunk.length;
      if (total >= enough) throw new OverLimit();
    },
  });
  return { bytes: Math.min(total, enough), broken: true };
}

/**
 * Flate data inflated by zlib, a cut-off end giving what it holds; `too-big` past `maxOutput` bytes, undefined
 * when the data is damaged (then counted block by block, up to the damage).
 */
function inflateNative(data: Uint8Array, maxOutput: number): Uint8Array | 'too-big' | undefined {
  try {
    return (zlibHeader(data) ? inflateSync : inflateRawSync)(data, { ...SYNC, maxOutputLength: maxOutput });
  } catch (err) {
    return err instanceof RangeError ? 'too-big' : undefined;
  }
}

function stageFor(f: FilterStep, next: Stage): Stage | undefined {
  switch (f.name) {
    case 'FlateDecode':
    case 'Fl':
      return new FlateStage(next);
    case 'LZWDecode':
    case 'LZW':
      return new LzwStage(next, f.earlyChange === 0 ? 0 : 1);
    case 'RunLengthDecode':
    case 'RL':
      return new RunLengthStage(next);
    case 'ASCII85Decode':
    case 'A85':
      return new Ascii85Stage(next);
    case 'ASCIIHexDecode':
    case 'AHx':
      return new AsciiHexStage(next);
    default:
      return undefined;
  }
}

/** Collects small outputs into blocks before handing them on. */
class Out {
  private buf = new Uint8Array(65536);
  private n = 0;
  closed = false;
  constructor(private readonly next: Stage) {}
  byte(b: number): void {
    this.buf[this.n++] = b;
    if (this.n === this.buf.length) this.flush(false);
  }
  flush(final: boolean): void {
    if (this.closed) return;
    this.closed = final;
    const full = this.buf.subarray(0, this.n);
    // The next stage may keep a reference to what it is given (fflate keeps unread input): a fresh block each time.
    this.buf = new Uint8Array(65536);
    this.n = 0;
    if (full.length > 0 || final) this.next.push(full, final);
  }
}

class FlateStage implements Stage {
  private inflater: Unzlib | Inflate | undefined;
  private done = false;
  constructor(private readonly next: Stage) {}
  push(chunk: Uint8Array, final: boolean): void {
    if (this.done) return;
    if (!this.inflater) {
      // Some writers leave out the zlib header; count such data as raw deflate, as tolerant viewers read it.
      this.inflater = zlibHeader(chunk) ? new Unzlib() : new Inflate();
      this.inflater.ondata = (data, last) => {
        this.next.push(data, last);
        if (last) this.done = true;
      };
    }
    try {
      this.inflater.push(chunk, final);
    } catch (err) {
      if (err instanceof OverLimit) throw err;
      // Damaged data: the chain ends here, with what came out.
      this.done = true;
      this.next.push(new Uint8Array(0), true);
    }
  }
}

/**
 * A decoder that reads one byte at a time: the loop, the end-of-data flag and the final flush, shared. A subclass
 * reads a byte (`read`, which may set `done`) and writes what is left at the end (`finish`).
 */
abstract class ByteStage implements Stage {
  protected readonly out: Out;
  protected done = false;
  constructor(next: Stage) {
    this.out = new Out(next);
  }
  push(chunk: Uint8Array, final: boolean): void {
    for (let i = 0; i < chunk.length && !this.done; i++) this.read(chunk[i]!);
    if (final || this.done) {
      this.finish();
      this.done = true;
      this.out.flush(true);
    }
  }
  protected abstract read(b: number): void;
  protected finish(): void {}
}

class LzwStage extends ByteStage {
  private readonly prefix = new Int32Array(4096);
  private readonly suffix = new Uint8Array(4096);
  private readonly first = new Uint8Array(4096);
  private readonly length = new Uint16Array(4096);
  private readonly scratch = new Uint8Array(4096);
  private nextCode = 258;
  private width = 9;
  private prev = -1;
  private bits = 0;
  private nbits = 0;
  constructor(
    next: Stage,
    private readonly earlyChange: 0 | 1,
  ) {
    super(next);
    for (let i = 0; i < 256; i++) {
      this.prefix[i] = -1;
      this.suffix[i] = i;
      this.first[i] = i;
      this.length[i] = 1;
    }
  }
  protected read(b: number): void {
    this.bits = ((this.bits << 8) | b) & 0xffffff;
    this.nbits += 8;
    while (this.nbits >= this.width && !this.done) {
      this.nbits -= this.width;
      this.code((this.bits >>> this.nbits) & ((1 << this.width) - 1));
    }
  }
  private code(code: number): void {
    if (code === 256) {
      this.nextCode = 258;
      this.width = 9;
      this.prev = -1;
      return;
    }
    if (code === 257) {
      this.done = true;
      return;
    }
    if (this.prev < 0) {
      if (code > 255) {
        this.done = true;
        return;
      }
      this.out.byte(code);
      this.prev = code;
      return;
    }
    let firstByte: number;
    if (code < this.nextCode) firstByte = this.first[code]!;
    else if (code === this.nextCode) firstByte = this.first[this.prev]!;
    else {
      this.done = true;
      return;
    }
    if (this.nextCode < 4096) {
      const c = this.nextCode++;
      this.prefix[c] = this.prev;
      this.suffix[c] = firstByte;
      this.first[c] = this.first[this.prev]!;
      this.length[c] = Math.min(4095, this.length[this.prev]! + 1);
    }
    this.emit(code);
    this.prev = code;
    if (this.nextCode + this.earlyChange >= 1 << this.width && this.width < 12) this.width++;
  }
  private emit(code: number): void {
    let n = 0;
    for (let c = code; c >= 0 && n < this.scratch.length; c = this.prefix[c]!) this.scratch[n++] = this.suffix[c]!;
    while (n > 0) this.out.byte(this.scratch[--n]!);
  }
}

class RunLengthStage extends ByteStage {
  /** Literal bytes still to copy, or -(count) for a run waiting for its byte, or 0 for a length byte. */
  private state = 0;
  protected read(b: number): void {
    if (this.state > 0) {
      this.out.byte(b);
      this.state--;
    } else if (this.state < 0) {
      for (let k = 0; k < -this.state; k++) this.out.byte(b);
      this.state = 0;
    } else if (b === 128) this.done = true;
    else this.state = b < 128 ? b + 1 : -(257 - b);
  }
}

class Ascii85Stage extends ByteStage {
  private group = 0;
  private n = 0;
  protected read(c: number): void {
    if (c === 0x7e) {
      this.done = true;
    } else if (c === 0x7a && this.n === 0) {
      for (let k = 0; k < 4; k++) this.out.byte(0);
    } else if (c >= 0x21 && c <= 0x75) {
      this.group = this.group * 85 + (c - 0x21);
      if (++this.n === 5) {
        this.bytes(4);
        this.group = 0;
        this.n = 0;
      }
    }
  }
  protected override finish(): void {
    if (this.n > 1) {
      for (let k = this.n; k < 5; k++) this.group = this.group * 85 + 84;
      this.bytes(this.n - 1);
    }
    this.n = 0;
  }
  private bytes(count: number): void {
    const g = this.group >>> 0;
    for (let k = 0; k < count; k++) this.out.byte((g >>> (24 - 8 * k)) & 255);
  }
}

class AsciiHexStage extends ByteStage {
  private high = -1;
  protected read(c: number): void {
    if (c === 0x3e) {
      this.done = true;
      return;
    }
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (v < 0) return;
    if (this.high < 0) this.high = v;
    else {
      this.out.byte(this.high * 16 + v);
      this.high = -1;
    }
  }
  protected override finish(): void {
    if (this.high >= 0) this.out.byte(this.high * 16);
    this.high = -1;
  }
}
