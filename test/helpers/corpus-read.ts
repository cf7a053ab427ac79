/**
 * Small independent checks on PDF bytes for the corpus and fuzz tests: how many pages pdf.js can actually open,
 * the text of chosen pages, and whether active content survived into an output.
 */
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Pages pdf.js opens one by one (0 when it cannot open the file at all). Bounded: stops after `max` pages. */
export async function readablePages(bytes: Uint8Array, max = 500): Promise<number> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false });
  try {
    const doc = await task.promise;
    let n = 0;
    for (let i = 1; i <= Math.min(doc.numPages, max); i++) {
      try {
        await doc.getPage(i);
        n++;
      } catch {
        // A page pdf.js cannot open is not readable.
      }
    }
    return n;
  } catch {
    return 0;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** The text of the given 1-based pages, items joined without separators and whitespace removed. */
export async function pageTexts(bytes: Uint8Array, pages: readonly number[]): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  try {
    const doc = await task.promise;
    const out: string[] = [];
    for (const n of pages) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      out.push(content.items.map((it) => ('str' in it ? it.str : '')).join('').replace(/\s+/g, ''));
      page.cleanup();
    }
    return out;
  } finally {
    await task.destroy();
  }
}

const latin1 = new TextDecoder('latin1');

/**
 * Names of active content found in a PDF's objects: `/JavaScript`, `/JS`, `/Launch`, `/AA` used as names.
 * Object streams (and any flate stream holding PDF syntax) are inflated and searched too.
 */
export function activeContentNames(bytes: Uint8Array): string[] {
  const text = latin1.decode(bytes);
  const chunks = [text];
  // Object streams hide dictionaries inside compressed data.
  const re = /\/Type\s*\/ObjStm[\s\S]*?stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      chunks.push(latin1.decode(inflateSync(bytes.subarray(start, end))));
    } catch {
      // Not inflatable: nothing to search.
    }
  }
  const found = new Set<string>();
  for (const chunk of chunks) {
    // Only dictionary syntax: skip stream data so image or font bytes cannot match by chance.
    const syntax = chunk.replace(/stream\r?\n[\s\S]*?endstream/g, '');
    for (const m of syntax.matchAll(/\/(JavaScript|JS|Launch|AA)(?=[\s/<>[\]()%]|$)/g)) found.add(m[1]!);
  }
  return [...found].sort();
}
