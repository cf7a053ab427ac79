/** A worker of `src/io/pdf-worker.ts` that runs the TypeScript sources (tests do not build dist/). */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { WorkerLimits } from '../../src/io/pdf-worker.js';

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
export const dev: WorkerLimits = {
  entry: new URL('../../src/io/pdf-worker-entry.ts', import.meta.url),
  execArgv: ['--import', `data:text/javascript,${encodeURIComponent(register)}`],
};

