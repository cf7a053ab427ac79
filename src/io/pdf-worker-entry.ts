/**
 * Worker thread body for `src/io/pdf-worker.ts`: inspects the files it is sent, one at a time, and posts the facts
 * back (without the parsed document, which cannot cross threads).
 */
import { parentPort } from 'node:worker_threads';
import { inspectInput } from '../core/inspect/inspect.js';
import type { InspectOptions } from '../core/inspect/types.js';
import { readPdfText } from './pdf-text.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  options: InspectOptions;
}

// Imports are done: from now on the parent's clock for each file runs.
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (job: Job) => {
  void inspectInput(job.bytes, job.options, readPdfText).then((facts) => {
    const { loaded: _loaded, ...plain } = facts;
    parentPort?.postMessage({ id: job.id, facts: plain });
  });
});
