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
  const { syntax, streams } = lexed(latin1.decode(bytes));
  const chunks = [syntax];
  // Object streams hide dictionaries inside compressed data.
  for (const s of streams) {
    if (!/\/Type\s*\/ObjStm/.test(s.dict)) continue;
    try {
      chunks.push(lexed(latin1.decode(inflateSync(bytes.subarray(s.start, s.end)))).syntax);
    } catch {
      // Not inflatable: nothing to search.
    }
  }
  const found = new Set<string>();
  for (const chunk of chunks) {
    for (const m of chunk.matchAll(/\/(JavaScript|JS|Launch|AA)(?=[\s/<>[\]()%]|$)/g)) found.add(m[1]!);
  }
  return [...found].sort();
}

interface StreamSpan {
  /** The syntax of the stream's object before its data, and where its data starts and ends. */
  dict: string;
  start: number;
  end: number;
}

/**
 * The PDF syntax of a text, without what cannot be syntax: literal and hex strings, comments, and stream data
 * (found by the object's direct /Length, the writer's own, else up to the next "endstream"). Strings matter: a
 * damaged input's junk can end up inside a string, where it is only text.
 */
function lexed(text: string): { syntax: string; streams: StreamSpan[] } {
  let syntax = '';
  const streams: StreamSpan[] = [];
  let objectStart = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '(') {
      let depth = 1;
      for (i++; i < n && depth > 0; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
      }
      syntax += '()';
    } else if (c === '<' && text[i + 1] === '<') {
      syntax += '<<';
      i += 2;
    } else if (c === '<') {
      const close = text.indexOf('>', i);
      i = close < 0 ? n : close + 1;
      syntax += '<>';
    } else if (c === '%') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (text.startsWith('stream', i) && !/[a-z]/i.test(text[i - 1] ?? ' ') && /^stream\r?\n/.test(text.slice(i, i + 8))) {
      const dict = syntax.slice(objectStart);
      const start = i + (text[i + 6] === '\r' && text[i + 7] === '\n' ? 8 : 7);
      const length = /\/Length (\d+)\b(?!\s+\d+\s+R)/.exec(dict);
      let end = length ? start + Number(length[1]) : text.indexOf('endstream', start);
      if (end < 0 || end > n) end = n;
      streams.push({ dict, start, end });
      syntax += ' stream ';
      i = end;
    } else {
      if (c === 'o' && text.startsWith('obj', i) && !/[a-z]/i.test(text[i - 1] ?? ' ')) objectStart = syntax.length;
      syntax += c;
      i++;
    }
  }
  return { syntax, streams };
}
