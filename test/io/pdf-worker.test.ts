import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectInWorker, WorkerInspector, type WorkerLimits } from '../../src/io/pdf-worker.js';
import { inspectInput } from '../../src/core/inspect/inspect.js';
import { corpusFiles, corpusMissing, readCorpus } from '../helpers/corpus.js';
import { objectFlood } from '../helpers/corpus-bombs.js';
import { makePdf } from '../helpers/make-pdf.js';

// Tests run the TypeScript sources: give the worker thread a loader that transpiles them (the build runs the .js).
const tsUrl = pathToFileURL(createRequire(import.meta.url).resolve('typescript')).href;
const hooks = `
import ts from '${tsUrl}';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
export async function resolve(spec, ctx, next) {
  if (spec.endsWith('.js') && ctx.parentURL?.startsWith('file:')) {
    const ts = new URL(spec.replace(/\\.js$/, '.ts'), ctx.parentURL);
    if (existsSync(fileURLToPath(ts)) && !existsSync(fileURLToPath(new URL(spec, ctx.parentURL)))) return { url: ts.href, shortCircuit: true };
  }
  return next(spec, ctx);
}
export async function load(url, ctx, next) {
  if (!url.endsWith('.ts')) return next(url, ctx);
  const src = await readFile(fileURLToPath(url), 'utf8');
  const out = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
  return { format: 'module', source: out.outputText, shortCircuit: true };
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const dev: WorkerLimits = {
  entry: new URL('../../src/io/pdf-worker-entry.ts', import.meta.url),
  execArgv: ['--import', `data:text/javascript,${encodeURIComponent(register)}`],
};

describe('inspecting in a worker thread', () => {
  it('returns the same facts as in process, without the parsed document', async () => {
    const bytes = await makePdf({ pages: 3, wordsPerPage: 10 });
    const facts = await inspectInWorker(bytes, { countWords: true }, dev);
    expect(facts).toMatchObject({ type: 'pdf', pages: 3, words: 36, findings: [] });
    expect(facts.loaded).toBeUndefined();
  });

  it('stops a file that takes too long, and goes on with the next', async () => {
    const inspector = new WorkerInspector({ ...dev, timeoutMs: 1_000, maxHeapMb: 4096 });
    try {
      const [slow, fine] = await Promise.all([inspector.inspect(objectFlood(300_000)), inspector.inspect(await makePdf({ pages: 2 }))]);
      expect(slow.findings.map((f) => f.code)).toEqual(['file.too-complex']);
      expect(slow.findings[0]?.message).toMatch(/took longer than 1 second\)/);
      expect(fine).toMatchObject({ pages: 2, findings: [] });
    } finally {
      await inspector.close();
    }
  });

  it('stops a file that needs too much memory', async () => {
    // Hundreds of thousands of parsed objects do not fit in a small heap.
    const facts = await inspectInWorker(objectFlood(400_000), {}, { ...dev, maxHeapMb: 48, timeoutMs: 60_000 });
    expect(facts.findings.map((f) => f.code)).toEqual(['file.too-complex']);
    expect(facts.findings[0]?.message).toMatch(/more than 48 MB of memory/);
  });

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

  it('reports files still queued when it is closed', async () => {
    const inspector = new WorkerInspector(dev);
    const pending = inspector.inspect(await makePdf());
    await inspector.close();
    expect((await pending).findings.map((f) => f.code)).toEqual(['file.too-complex']);
  });
});
