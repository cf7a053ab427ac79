/** The worker agrees with in-process inspection on every corpus file (slow: the whole corpus twice). */
import { describe, expect, it } from 'vitest';
import { WorkerInspector } from '../../src/io/pdf-worker.js';
import { inspectInput } from '../../src/core/inspect/inspect.js';
import { corpusFiles, corpusMissing, readCorpus } from '../helpers/corpus.js';
import { dev } from '../helpers/ts-worker.js';

describe('inspecting in a worker thread, on the corpus', () => {
  it.skipIf(corpusMissing() !== undefined)('agrees with in-process inspection on every corpus file', async () => {
    const inspector = new WorkerInspector(dev);
    try {
      const files = corpusFiles();
      const inWorker = await Promise.all(files.map((f) => inspector.inspect(readCorpus(f), { fileName: f })));
      for (const [i, file] of files.entries()) {
        const { loaded: _loaded, ...inProcess } = await inspectInput(readCorpus(file), { fileName: file });
        expect(inWorker[i], file).toEqual(inProcess);
      }
    } finally {
      await inspector.close();
    }
  });
});
