#!/usr/bin/env node
// `node scripts/check-batch.mjs DIR [DIR ...]`: the mechanical checks a new batch of real postings must pass before
// it joins test/fixtures/postings/real (see its README): the first line is an address the corpus does not hold yet
// (a helper's grep on a part of it missed 8 of 53 on 2026-12-07), no line of over 60 characters is shared with the
// corpus or another posting of the batch (the same page under another slug), the slug's form, the annotation parses
// and uses the convention's keys, kinds and stages. Prints one line per posting, "ok" or what is wrong; exits 1 when
// any posting has a problem. It reads the postings' annotations, never runs the importer.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REAL = process.env.PACKET_CORPUS ?? join(ROOT, 'test/fixtures/postings/real');
const VOCABULARY = join(ROOT, 'dist/core/schema/vocabulary.js');
if (!existsSync(VOCABULARY)) {
  process.stderr.write('check-batch: the kinds come from the compiled package; run `npm run build` first\n');
  process.exit(2);
}
// The annotation's kinds are the profile's (the corpus README's table): one list, the package's.
const KINDS = new Set((await import(VOCABULARY)).ITEM_KINDS);
const STAGES = new Set(['required', 'optional', 'later', 'conditional', 'not_wanted']);
const ITEM_KEYS = new Set(['kind', 'stage', 'what', 'condition', 'accepts', 'min', 'max', 'max_pages', 'max_words', 'max_chars', 'max_mb']);
const TOP_KEYS = new Set(['source', 'position', 'country', 'language', 'today', 'organization', 'reference', 'items', 'submission', 'deadline', 'open_until_filled']);
const POSTING = /\.(?:txt|md|html)$/u;

const dirs = process.argv.slice(2);
if (dirs.length === 0 || dirs.some((d) => !existsSync(d))) {
  process.stderr.write('usage: node scripts/check-batch.mjs DIR [DIR ...] (folders of <slug>.txt|.md|.html and <slug>.yaml)\n');
  process.exit(2);
}

/** The corpus's addresses, slugs and long lines (of each, the posting that holds it). */
const corpus = { addresses: new Map(), slugs: new Set(), lines: new Map() };
for (const f of readdirSync(REAL).filter((x) => POSTING.test(x) && x !== 'README.md' && !x.startsWith('SPLIT') && x !== 'SEEN.txt')) {
  const [address = '', ...rest] = readFileSync(join(REAL, f), 'utf8').split('\n');
  corpus.addresses.set(address.trim(), f);
  corpus.slugs.add(f.replace(POSTING, ''));
  for (const l of rest) if (l.trim().length > 60) corpus.lines.set(l.trim(), f);
}

const batch = { addresses: new Map(), lines: new Map() };
let failed = 0;
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => POSTING.test(x)).sort()) {
    const slug = f.replace(POSTING, '');
    const problems = [];
    const text = readFileSync(join(dir, f), 'utf8');
    const [first = '', ...rest] = text.split('\n');
    const address = first.trim();
    if (!/^https?:\/\/\S+$/u.test(address)) problems.push('the first line is not an address');
    if (corpus.addresses.has(address)) problems.push(`its address is the corpus's ${corpus.addresses.get(address)}`);
    if (batch.addresses.has(address)) problems.push(`its address is also ${batch.addresses.get(address)}'s`);
    batch.addresses.set(address, slug);
    if (corpus.slugs.has(slug)) problems.push('the corpus has this slug');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/u.test(slug)) problems.push('the slug is not lowercase words joined by "-"');
    for (const l of rest.map((x) => x.trim()).filter((x) => x.length > 60)) {
      if (corpus.lines.has(l)) problems.push(`shares a line with the corpus's ${corpus.lines.get(l)}`);
      const other = batch.lines.get(l);
      if (other !== undefined && other !== slug) problems.push(`shares a line with ${other}`);
      batch.lines.set(l, slug);
    }
    const annotation = join(dir, `${slug}.yaml`);
    let y;
    try {
      y = parse(readFileSync(annotation, 'utf8'));
    } catch (e) {
      problems.push(existsSync(annotation) ? `${basename(annotation)} does not parse: ${String(e.message).split('\n')[0]}` : `no ${basename(annotation)}`);
    }
    if (y !== undefined) {
      if (y?.source !== address) problems.push('source: differs from the first line');
      for (const k of Object.keys(y ?? {})) if (!TOP_KEYS.has(k)) problems.push(`unknown key ${k}`);
      const items = Array.isArray(y?.items) ? y.items : [];
      if (items.length === 0) problems.push('no items');
      for (const it of items) {
        if (!KINDS.has(it?.kind)) problems.push(`unknown kind ${it?.kind}`);
        if (!STAGES.has(it?.stage)) problems.push(`unknown stage ${it?.stage}`);
        if (it?.kind === 'other' && !it.what) problems.push('an other item without what:');
        if (it?.stage === 'conditional' && !it.condition) problems.push('a conditional item without condition:');
        for (const k of Object.keys(it ?? {})) if (!ITEM_KEYS.has(k)) problems.push(`unknown item key ${k}`);
      }
      const format = y?.submission?.format;
      if (format !== undefined && !['single-pdf', 'separate-files', 'unknown'].includes(format)) problems.push(`unknown format ${format}`);
    }
    if (problems.length > 0) failed += 1;
    process.stdout.write(`${problems.length > 0 ? 'PROBLEM' : 'ok'} ${join(dir, f)}${problems.length > 0 ? `: ${[...new Set(problems)].join('; ')}` : ''}\n`);
  }
}
process.exit(failed > 0 ? 1 : 0);
