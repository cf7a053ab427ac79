#!/usr/bin/env node
// Writes what is generated from the sources (run after `npm run build`; `npm run docs` does both):
// schemas/*.schema.json from the zod schemas, and the README's table of diagnostic codes from the catalogue.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueTable } from '../dist/core/catalogue.js';
import { jsonSchemas } from '../dist/core/schema/json-schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote schemas/${name}`);
}

const START = '<!-- diagnostic codes: generated from src/core/catalogue.ts by `npm run docs` -->\n';
const END = '\n<!-- end of diagnostic codes -->';
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const at = readme.indexOf(START);
const end = readme.indexOf(END);
if (at < 0 || end < at) throw new Error('README.md: the markers of the diagnostic codes table are missing');
writeFileSync(join(root, 'README.md'), readme.slice(0, at + START.length) + catalogueTable() + readme.slice(end));
console.log('wrote the table of diagnostic codes in README.md');
