/**
 * The size of V8's young generation in a short `packet` run.
 *
 * V8 doubles the space for new objects (1 MB to 16 MB) whenever most of them survive a collection, and a build's
 * parsed PDF objects all survive. On the machines we measure on, every fresh page of memory costs about 13 µs to
 * touch, so that growth cost more than the fewer, larger collections it buys: on the std packet (4 MB of inputs)
 * a 1 MB young generation takes 0.91x the time and 15,200 -> 11,500 page faults; on std + big (24 MB, one
 * 573-page input) it takes 1.17x, so past `LARGE_RUN_BYTES` of inputs V8 grows it as usual again
 * (bench/README.md).
 */
import { setFlagsFromString } from 'node:v8';

/** Input bytes past which a run keeps enough objects for V8's usual young-generation growth to pay. */
export const LARGE_RUN_BYTES = 12e6;

// V8's default growth factor: what a large run goes back to.
const V8_GROWTH = 2;

let small = false;
let bytesRead = 0;

/**
 * Keep the young generation at its starting size. Only the CLI calls this: a library caller's process is left
 * as it is.
 *
 * @example
 * keepYoungGenerationSmall(); // first thing in the CLI entry
 */
export function keepYoungGenerationSmall(): void {
  // A flag set while bin/packet.js trains its code cache would change the cache's header: no fresh start would
  // accept it.
  if (process.env.PACKET_WRITE_CODE_CACHE === '1') return;
  setFlagsFromString('--semi-space-growth-factor=1');
  // Collections of 1 MB are too small to share among threads, and on a busy 2-core machine the helpers only
  // compete with the build: std under load 0.95x (bench/README.md).
  setFlagsFromString('--no-parallel-scavenge');
  small = true;
  bytesRead = 0;
}

/**
 * Count the bytes of an input just read; past `LARGE_RUN_BYTES` in all, let V8 grow the young generation again.
 * Does nothing unless `keepYoungGenerationSmall` was called.
 *
 * @example
 * noteInputRead(bytes.length); // after each input file is read
 */
export function noteInputRead(bytes: number): void {
  if (!small) return;
  bytesRead += bytes;
  if (bytesRead > LARGE_RUN_BYTES) {
    setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH}`);
    setFlagsFromString('--parallel-scavenge');
    small = false;
  }
}

/** Whether the young generation is being kept small (for tests). */
export function youngGenerationKeptSmall(): boolean {
  return small;
}
