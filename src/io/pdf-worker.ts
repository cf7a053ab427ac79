/**
 * Inspect input files in a worker thread with a time limit and a heap limit, so a hostile or pathological PDF
 * (a decompression bomb, a parser trap) ends as a `file.too-complex` finding instead of hanging or crashing the CLI.
 *
 * The time limit counts processor time, not time on the clock: a good file read while other programs share the
 * processors takes longer on the clock but not more computing, so its verdict does not depend on how busy the
 * machine is (audit 12-07a: a 206-page PDF needing 5 s of computing took 22 s at load 24 and was refused). A much
 * longer clock limit still stops a file that waits without computing.
 *
 * The worker returns facts without `loaded` (a parsed document cannot cross threads). Use it to validate; build
 * with the in-process `inspectInput` on files the worker accepted (same code, same bytes, so the parse is known
 * to finish).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findingsAbout } from '../core/inspect/findings.js';
import { sniffType } from '../core/inspect/sniff.js';
import type { InputFacts, InspectOptions } from '../core/inspect/types.js';

export interface WorkerLimits {
  /**
   * Processor time allowed per file, in ms, before the worker is stopped (default: 15 s plus 1 s per MB). Counted
   * for the whole process, so computing done meanwhile in other threads counts too (in the CLI they wait).
   */
  timeoutMs?: number;
  /** Clock time allowed per file, in ms, however little it computes (default: 10 times `timeoutMs`). */
  wallMs?: number;
  /** Heap of the worker in MB (default 1024). */
  maxHeapMb?: number;
  /** Stack of the worker in MB (default 8: deeply nested objects are parsed recursively). */
  stackMb?: number;
  /** For tests running TypeScript sources: the entry module and extra Node flags (a loader). */
  entry?: URL;
  execArgv?: string[];
}

export const DEFAULT_WORKER_LIMITS = { maxHeapMb: 1024, stackMb: 8, baseTimeoutMs: 15_000, timeoutMsPerMb: 1_000, wallPerTimeout: 10 } as const;

/** How long a new worker may take to load its modules. */
const STARTUP_MS = 30_000;

/** How often the processor time of a file being read is looked at. */
const CHECK_EVERY_MS = 100;

/** Processor time used so far by this process (all its threads), in ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** A duration for the message: "1 second", "19 seconds", "5 minutes". */
function span(ms: number): string {
  if (ms >= 120_000) return `${Math.round(ms / 60_000)} minutes`;
  const secs = Math.max(1, Math.round(ms / 1000));
  return `${secs} second${secs === 1 ? '' : 's'}`;
}

// The compiled entry sits next to this module, in dist/io/ or in the bundle's folder (scripts/bundle.mjs).
const compiledEntry = new URL('./pdf-worker-entry.js', import.meta.url);

/** Whether the compiled worker entry exists (running from TypeScript sources in tests, it does not). */
export function workerEntryBuilt(): boolean {
  return existsSync(fileURLToPath(compiledEntry));
}

function defaultEntry(): URL {
  // Under a TypeScript runner only the .ts source exists.
  return workerEntryBuilt() ? compiledEntry : new URL('./pdf-worker-entry.ts', import.meta.url);
}

interface Pending {
  id: number;
  bytes: Uint8Array;
  options: InspectOptions;
  resolve: (facts: InputFacts) => void;
}

/**
 * A reusable inspector backed by one worker thread: files are inspected one after another, each under the time
 * limit; a worker that times out or runs out of memory is replaced for the next file.
 *
 * @example
 * const inspector = new WorkerInspector({ timeoutMs: 10_000 });
 * try {
 *   const facts = await Promise.all(files.map((bytes) => inspector.inspect(bytes, { countWords: true })));
 * } finally {
 *   await inspector.close();
 * }
 */
export class WorkerInspector {
  private worker: Worker | undefined;
  private ready = false;
  private readonly queue: Pending[] = [];
  private current: Pending | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;

  constructor(private readonly limits: WorkerLimits = {}) {}

  /** Inspect one file; never rejects (a stopped or crashed worker becomes a finding). */
  inspect(bytes: Uint8Array, options: InspectOptions = {}): Promise<InputFacts> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, options, resolve });
      this.pump();
    });
  }

  /** Stop the worker; pending files are reported as not checked. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    clearTimeout(this.timer);
    const stopped = [...(this.current ? [this.current] : []), ...this.queue.splice(0)];
    this.current = undefined;
    for (const job of stopped) job.resolve(failed(job, 'the check was stopped'));
    if (worker) await worker.terminate();
  }

  private spawn(): Worker {
    const { maxHeapMb = DEFAULT_WORKER_LIMITS.maxHeapMb, stackMb = DEFAULT_WORKER_LIMITS.stackMb } = this.limits;
    const worker = new Worker(this.limits.entry ?? defaultEntry(), {
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, stackSizeMb: stackMb },
      ...(this.limits.execArgv ? { execArgv: this.limits.execArgv } : {}),
    });
    worker.on('message', (msg: { ready?: boolean; id?: number; facts?: InputFacts }) => {
      if (msg.ready) {
        this.ready = true;
        clearTimeout(this.timer);
        if (this.current) this.start(this.current);
      } else if (msg.facts && this.current?.id === msg.id) this.finish(msg.facts);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      // The worker is gone: report the file it was on, start afresh for the next.
      if (this.worker !== worker) return;
      this.drop(worker);
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap|memory/i.test(err.message);
      const detail = oom ? `reading it needs more than ${maxHeapMb} MB of memory` : 'reading it stopped unexpectedly';
      if (this.current) this.finish(failed(this.current, detail));
    });
    worker.on('exit', () => {
      // Exits of workers already replaced (timed out, closed) concern no pending file.
      if (this.worker !== worker) return;
      this.drop(worker);
      if (this.current) this.finish(failed(this.current, 'reading it stopped unexpectedly'));
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    return worker;
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) {
      this.worker = undefined;
      this.ready = false;
    }
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.current = job;
    this.worker ??= this.spawn();
    this.worker.ref();
    // A new worker first loads its modules; the file's clock starts when it is ready.
    if (this.ready) this.start(job);
    else this.timer = setTimeout(() => this.abandon(job, 'the checker did not start', true), STARTUP_MS);
  }

  private abandon(job: Pending, detail: string, slow?: boolean): void {
    const worker = this.worker;
    if (worker) {
      this.drop(worker);
      void worker.terminate();
    }
    if (this.current === job) this.finish(failed(job, detail, slow));
  }

  private start(job: Pending): void {
    const worker = this.worker;
    if (!worker) return;
    const mb = job.bytes.length / 1e6;
    const timeoutMs = this.limits.timeoutMs ?? DEFAULT_WORKER_LIMITS.baseTimeoutMs + DEFAULT_WORKER_LIMITS.timeoutMsPerMb * mb;
    const wallMs = this.limits.wallMs ?? DEFAULT_WORKER_LIMITS.wallPerTimeout * timeoutMs;
    const cpuFrom = cpuMs();
    const wallFrom = performance.now();
    this.timer = setInterval(() => {
      // Too much computing is the file's doing; only the clock limit can be the machine's (so only it says to try again).
      if (cpuMs() - cpuFrom > timeoutMs) this.abandon(job, `reading it took more than ${span(timeoutMs)} of computing`);
      else if (performance.now() - wallFrom > wallMs) this.abandon(job, `reading it took longer than ${span(wallMs)}`, true);
    }, CHECK_EVERY_MS);
    worker.postMessage({ id: job.id, bytes: job.bytes, options: job.options });
  }

  private finish(facts: InputFacts): void {
    const job = this.current;
    if (!job) return;
    clearTimeout(this.timer);
    this.current = undefined;
    this.worker?.unref();
    job.resolve(facts);
    this.pump();
  }
}

/** A file the worker could not finish: too complex to check safely. */
function failed(job: Pending, detail: string, slow?: boolean): InputFacts {
  return { type: sniffType(job.bytes), bytes: job.bytes.length, findings: [findingsAbout(job.options.fileName).tooComplex(detail, slow)] };
}

/**
 * Inspect one file in a fresh worker under a time and heap limit (see `WorkerInspector` to check many files).
 *
 * @example
 * const facts = await inspectInWorker(bytes, { countWords: false }, { timeoutMs: 10_000, maxHeapMb: 512 });
 * if (facts.findings.some((f) => f.code === 'file.too-complex')) console.log('gave up safely');
 */
export async function inspectInWorker(bytes: Uint8Array, options: InspectOptions = {}, limits: WorkerLimits = {}): Promise<InputFacts> {
  const inspector = new WorkerInspector(limits);
  try {
    return await inspector.inspect(bytes, options);
  } finally {
    await inspector.close();
  }
}
