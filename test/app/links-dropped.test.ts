/**
 * `file.links-dropped` (links and bookmarks of an input that lead to pages its `pages:` leaves out) is said by
 * validate with the counts the build gives: the check's line and the assembler's own line are compared, on made
 * PDFs (links, nested bookmarks, named destinations, web-only bookmarks) and on real ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PDFArray, PDFDict} from '@cantoo/pdf-lib';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, StandardFonts, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/app/check.js';
import { assemble } from '../../src/core/assemble/index.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { plan } from '../../src/core/plan/plan.js';
import { loadFonts } from '../../src/io/files.js';
import { makeLinkedPdf } from '../helpers/make-pdf.js';
import { workspace } from '../helpers/workspace.js';

const BENCH = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'std');

const PROFILE = `id: t
title: T
organization: U
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: docs, kind: other, title: Documents, accepts: [file], max: 20 }
  - { id: references, kind: references, title: References, accepts: [referee, letter], stage: optional }
`;

/** A bookmark: to a page (0-based), to a named destination, or to a web address only; with bookmarks under it. */
interface Mark {
  title: string;
  to?: number | string;
  uri?: string;
  action?: boolean;
  kids?: Mark[];
}

/**
 * A PDF of `pages` pages with named destinations (`named`: name -> page), links (`links`: on page -> to a page or
 * a name, half of them through GoTo actions) and the bookmarks `marks`.
 */
async function navPdf(pages: number, named: Record<string, number>, links: [number, number | string][], marks: Mark[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const ctx = doc.context;
  for (let n = 1; n <= pages; n++) doc.addPage([595.28, 841.89]).drawText(`Page ${n}`, { x: 50, y: 780, size: 14, font });
  const refs = doc.getPages().map((p) => p.ref);
  const dest = (i: number): PDFArray => ctx.obj([refs[i] as PDFRef, PDFName.of('XYZ'), 0, 800, null]) as PDFArray;
  const target = (to: number | string) => (typeof to === 'number' ? dest(to) : PDFString.of(to));
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: ctx.register(ctx.obj({ Names: Object.entries(named).sort().flatMap(([k, v]) => [PDFString.of(k), dest(v)]) })) }));
  links.forEach(([on, to], i) => {
    const page = doc.getPages()[on]!;
    const annots = (page.node.lookup(PDFName.of('Annots')) as PDFArray | undefined) ?? ctx.obj([]);
    const how = i % 2 === 0 ? { Dest: target(to) } : { A: ctx.obj({ S: 'GoTo', D: target(to) }) };
    annots.push(ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 700 - 20 * i, 200, 714 - 20 * i], ...how } as never)));
    page.node.set(PDFName.of('Annots'), annots);
  });
  const write = (list: Mark[], parent: PDFRef, holder: PDFDict): void => {
    const own = list.map(() => ctx.nextRef());
    list.forEach((m, i) => {
      const item = ctx.obj({ Title: PDFHexString.fromText(m.title), Parent: parent }) as PDFDict;
      if (m.uri) item.set(PDFName.of('A'), ctx.obj({ S: 'URI', URI: PDFString.of(m.uri) }));
      else if (m.to !== undefined && m.action) item.set(PDFName.of('A'), ctx.obj({ S: 'GoTo', D: target(m.to) }));
      else if (m.to !== undefined) item.set(PDFName.of('Dest'), target(m.to));
      if (i > 0) item.set(PDFName.of('Prev'), own[i - 1]!);
      if (i < own.length - 1) item.set(PDFName.of('Next'), own[i + 1]!);
      ctx.assign(own[i]!, item);
      if (m.kids?.length) write(m.kids, own[i]!, item);
    });
    if (own.length > 0) {
      holder.set(PDFName.of('First'), own[0]!);
      holder.set(PDFName.of('Last'), own[own.length - 1]!);
      holder.set(PDFName.of('Count'), PDFNumber.of(list.length));
    }
  };
  const root = ctx.obj({ Type: 'Outlines' }) as PDFDict;
  const rootRef = ctx.register(root);
  write(marks, rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  return doc.save({ useObjectStreams: false });
}

/** The `file.links-dropped` lines as the user reads them: where, and what. */
const lines = (diags: readonly Diagnostic[]): string[] => diags.filter((d) => d.code === 'file.links-dropped').map((d) => `${basename(d.file ?? '')}:${d.line}:${d.col} ${d.message}`).sort();

/** The check's lines and the assembler's own (before the build drops its repeats of the check's), for one manifest. */
async function bothSay(files: Record<string, string | Uint8Array>, docs: string[], letter = ''): Promise<{ validate: string[]; build: string[] }> {
  const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(docs, letter), ...files });
  const check = await checkInputs(join(dir, 'm.yaml'), { today: '2025-10-01' });
  expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const thePlan = plan({ manifest: check.manifest!, profile: check.profile!, files: check.files, buildDate: new Date(Date.UTC(2025, 9, 1)), fonts: await loadFonts(), tool: 'test', source: check.source! });
  const result = await assemble(thePlan);
  return { validate: lines(check.diagnostics), build: lines(result.diagnostics) };
}

const manifest = (docs: string[], letter: string): string =>
  `profile: p.yaml\napplicant: { name: A B, email: a@b.org }\nitems:\n  docs:\n${docs.map((d) => `    - ${d}\n`).join('')}${letter ? `  references:\n    - { name: C D, email: c@d.org, letter: ${letter} }\n` : ''}`;

/** Each selection in a manifest of its own (a file given twice is an error), with what both say of it. */
async function each(files: Record<string, string | Uint8Array>, docs: string[]): Promise<{ validate: string[]; build: string[] }> {
  const out = { validate: [] as string[], build: [] as string[] };
  for (const doc of docs) {
    const said = await bothSay(files, [doc]);
    out.validate.push(...said.validate);
    out.build.push(...said.build);
  }
  return out;
}

describe('validate says what the build says of links and bookmarks a `pages:` selection cuts off', () => {
  it('with the same counts, at the same `pages:` lines, for made PDFs', async () => {
    // Nested bookmarks: a chapter left out whose section is kept stays; a web-only bookmark leads where its kids do.
    const marks: Mark[] = [
      { title: 'One', to: 0, kids: [{ title: 'One.a', to: 'n.two', action: true }, { title: 'One.b', to: 4 }] },
      { title: 'Four', to: 3, kids: [{ title: 'Four.a', to: 'n.five' }, { title: 'Four.b', to: 1, kids: [{ title: 'Four.b.i', to: 5 }] }] },
      { title: 'Web', uri: 'https://examples.fi/', kids: [{ title: 'Web.a', to: 5 }, { title: 'Web.b', to: 2 }] },
      { title: 'Web2', uri: 'https://examples.fi/2', kids: [{ title: 'Web2.a', to: 'n.six', kids: [{ title: 'Web2.a.i', to: 4 }] }] },
    ];
    const named = { 'n.two': 1, 'n.five': 4, 'n.six': 5 };
    const links: [number, number | string][] = [[0, 5], [0, 'n.five'], [1, 0], [1, 'n.two'], [2, 'n.six'], [2, 3], [5, 0]];
    const files = { 'nav.pdf': await navPdf(6, named, links, marks), 'linked.pdf': await makeLinkedPdf({ pages: 4 }) };
    const { validate, build } = await each(files, [
      '{ file: nav.pdf, pages: "1-2" }',
      '{ file: nav.pdf, pages: "4, 2" }',
      '{ file: nav.pdf, pages: "last" }',
      '{ file: nav.pdf, pages: "3-6" }',
      '{ file: linked.pdf, pages: "1, 3" }',
      '{ file: linked.pdf, pages: "4" }',
      '{ file: linked.pdf, pages: "2-4" }',
    ]);
    expect(validate).toEqual(build);
    expect(validate).toEqual([
      'm.yaml:5:31 nav.pdf has 2 links and 7 bookmarks to pages that `pages: "1-2"` leaves out; the packet leaves them out.',
      'm.yaml:5:31 nav.pdf has 1 link and 7 bookmarks to pages that `pages: "4, 2"` leaves out; the packet leaves them out.',
      'm.yaml:5:31 nav.pdf has 1 link and 6 bookmarks to pages that `pages: "last"` leaves out; the packet leaves them out.',
      // "One" (page 1, left out) stays for "One.b" under it (page 5); "Four.b" (page 2) for "Four.b.i" (page 6).
      'm.yaml:5:31 nav.pdf has 1 link and 1 bookmark to pages that `pages: "3-6"` leaves out; the packet leaves them out.',
      'm.yaml:5:34 linked.pdf has 2 links and 3 bookmarks to pages that `pages: "1, 3"` leaves out; the packet leaves them out.',
      'm.yaml:5:34 linked.pdf has 4 bookmarks to pages that `pages: "4"` leaves out; the packet leaves them out.',
    ]);
    // A letter's `pages:` too.
    const letter = await bothSay(files, ['{ file: linked.pdf, pages: "2" }'], '{ file: nav.pdf, pages: "3" }');
    expect(letter.validate).toEqual(letter.build);
    expect(letter.validate).toEqual([
      'm.yaml:5:34 linked.pdf has 2 bookmarks to pages that `pages: "2"` leaves out; the packet leaves them out.',
      'm.yaml:7:68 nav.pdf has 2 links and 10 bookmarks to pages that `pages: "3"` leaves out; the packet leaves them out.',
    ]);
  });

  it.skipIf(!existsSync(join(BENCH, '05-thesis.pdf')) || !existsSync(join(BENCH, '03-research-plan.pdf')))('with the same counts for real PDFs (a thesis, a research plan)', async () => {
    const files = { 'thesis.pdf': readFileSync(join(BENCH, '05-thesis.pdf')), 'plan.pdf': readFileSync(join(BENCH, '03-research-plan.pdf')) };
    const { validate, build } = await each(files, ['{ file: thesis.pdf, pages: "1-20" }', '{ file: thesis.pdf, pages: "3-5, 41-42" }', '{ file: thesis.pdf, pages: "100-" }', '{ file: plan.pdf, pages: "1-2" }', '{ file: plan.pdf, pages: "2" }']);
    expect(validate).toEqual(build);
    expect(validate).toEqual([
      'm.yaml:5:34 thesis.pdf has 119 links and 114 bookmarks to pages that `pages: "1-20"` leaves out; the packet leaves them out.',
      'm.yaml:5:34 thesis.pdf has 37 links and 130 bookmarks to pages that `pages: "3-5, 41-42"` leaves out; the packet leaves them out.',
      'm.yaml:5:34 thesis.pdf has 7 links and 104 bookmarks to pages that `pages: "100-"` leaves out; the packet leaves them out.',
      'm.yaml:5:32 plan.pdf has 5 bookmarks to pages that `pages: "1-2"` leaves out; the packet leaves them out.',
      'm.yaml:5:32 plan.pdf has 6 bookmarks to pages that `pages: "2"` leaves out; the packet leaves them out.',
    ]);
  });
});
