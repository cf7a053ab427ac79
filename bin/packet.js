#!/usr/bin/env node
// The `packet` command: the compiled CLI in dist/, the same modules the library exports and the tests run.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1 and later keep compiled code between runs in their own cache, keyed by Node's version and each
// file's contents; older Nodes compile as usual. Failure to set it up (a read-only temp folder) is silent.
module.enableCompileCache?.();

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('packet is not built yet (dist/ is missing): run `npm run build` in its folder.\n');
  process.exit(2);
}
await import(main.href);
