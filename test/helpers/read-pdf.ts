/**
 * Read a PDF back with an independent reader (pdf.js, the engine of Firefox's viewer), so tests check what a
 * reviewer's viewer would show rather than what pdf-lib believes it wrote.
 *
 * @example
 * const pdf = await readPdf(bytes);
 * expect(pdf.pageCount).toBe(3);
 * expect(pdf.outline[0]).toMatchObject({ title: 'CV', page: 2 });
 * expect(pdf.pages[1]?.links).toContainEqual(expect.objectContaining({ url: 'https://examples.fi/' }));
 */
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A link annotation: a web/mail address, or a page of the same document (1-based). */
export interface ReadLink {
  url?: string;
  destPage?: number;
  /** [x1, y1, x2, y2] in PDF user space. */
  rect: number[];
}

/** A run of text as the viewer shows it: position from the top-left of the displayed (rotated) page. */
export interface ReadTextItem {
  str: string;
  x: number;
  y: number;
  /** True when the text reads left to right, upright, as displayed. */
  upright: boolean;
  /** Font size and advance width as displayed, in points. */
  size: number;
  width: number;
}

export interface ReadPage {
  /** All text of the page, items joined with spaces. */
  text: string;
  items: ReadTextItem[];
  /** The viewer's label for the page ("Cover", "CV 1"...), when the document has labels. */
  label?: string;
  /** /Rotate of the page (0, 90, 180, 270). */
  rotation: number;
  /** Displayed size (after rotation). */
  width: number;
  height: number;
  links: ReadLink[];
  /** Subtypes of all annotations on the page, e.g. ['Link', 'Widget']. */
  annotationTypes: string[];
}

export interface ReadOutline {
  title: string;
  /** Target page (1-based), when the bookmark points into the document. */
  page?: number;
  url?: string;
  children: ReadOutline[];
}

export interface ReadMetadata {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  creationDate?: string;
  modDate?: string;
  language?: string;
}

export interface ReadPdf {
  pageCount: number;
  pages: ReadPage[];
  outline: ReadOutline[];
  metadata: ReadMetadata;
  /** One label per page, or null when the document has none. */
  pageLabels: string[] | null;
  /** Names of the interactive form fields (empty when there are none). */
  fieldNames: string[];
  /** Optional content groups (layers) with their default visibility; empty when there are none. */
  layers: { name: string; visible: boolean }[];
  /** The XMP metadata as pdf.js parses it ('dc:title', 'dc:creator'...), when the document has a packet. */
  xmp?: Record<string, unknown>;
}

export interface ReadOptions {
  /** Extract page text (the slow part on big files). Default true. */
  text?: boolean;
}

type Dest = unknown[] | string | null | undefined;

/**
 * Parse `bytes` with pdf.js and return pages, links, bookmarks, labels, metadata and form field names.
 * Throws if pdf.js cannot open the file (a test failure, as a viewer could not open it either).
 */
export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadPdf> {
  const { text = true } = options;
  // pdf.js transfers (detaches) the buffer it is given: always hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pageOf = async (dest: Dest): Promise<number | undefined> => {
      try {
        const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
        if (!Array.isArray(explicit) || explicit.length === 0) return undefined;
        const target = explicit[0] as unknown;
        if (typeof target === 'number') return target + 1;
        if (target && typeof target === 'object' && 'num' in target) return (await doc.getPageIndex(target as { num: number; gen: number })) + 1;
      } catch {
        return undefined;
      }
      return undefined;
    };

    const labels = await doc.getPageLabels();
    const pages: ReadPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const viewport = page.getViewport({ scale: 1 });
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; unsafeUrl?: string; dest?: Dest; rect: number[] }[];
      const links: ReadLink[] = [];
      for (const a of annotations) {
        if (a.subtype !== 'Link') continue;
        const url = a.url ?? a.unsafeUrl;
        if (url) links.push({ url, rect: a.rect });
        else if (a.dest) {
          const destPage = await pageOf(a.dest);
          links.push(destPage !== undefined ? { destPage, rect: a.rect } : { rect: a.rect });
        } else links.push({ rect: a.rect });
      }
      const items: ReadTextItem[] = [];
      if (text) {
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue;
          const m = Util.transform(viewport.transform, item.transform) as number[];
          const [a = 0, b = 0, , , e = 0, f = 0] = m;
          items.push({ str: item.str, x: e, y: f, upright: a > 0 && Math.abs(b) < 1e-3 * Math.abs(a) + 1e-6, size: Math.hypot(a, b), width: item.width * viewport.scale });
        }
      }
      const label = labels?.[i - 1];
      pages.push({
        text: items.map((it) => it.str).join(' '),
        items,
        ...(label !== undefined ? { label } : {}),
        rotation: page.rotate,
        width: viewport.width,
        height: viewport.height,
        links,
        annotationTypes: annotations.map((a) => a.subtype),
      });
      page.cleanup();
    }

    type RawOutline = { title: string; dest: Dest; url?: string | null; unsafeUrl?: string; items: RawOutline[] };
    const mapOutline = async (items: RawOutline[] | null): Promise<ReadOutline[]> => {
      const out: ReadOutline[] = [];
      for (const item of items ?? []) {
        const page = item.dest ? await pageOf(item.dest) : undefined;
        const url = item.url ?? item.unsafeUrl;
        out.push({ title: item.title, ...(page !== undefined ? { page } : {}), ...(url ? { url } : {}), children: await mapOutline(item.items) });
      }
      return out;
    };
    const outline = await mapOutline((await doc.getOutline()) as RawOutline[] | null);

    const meta = await doc.getMetadata();
    const info = meta.info as Record<string, unknown>;
    const xmp = meta.metadata ? (meta.metadata.getAll() as Record<string, unknown>) : undefined;
    const str = (k: string): string | undefined => (typeof info[k] === 'string' ? (info[k] as string) : undefined);
    const metadata: ReadMetadata = {};
    const fields: [keyof ReadMetadata, string][] = [
      ['title', 'Title'],
      ['author', 'Author'],
      ['subject', 'Subject'],
      ['keywords', 'Keywords'],
      ['creator', 'Creator'],
      ['producer', 'Producer'],
      ['creationDate', 'CreationDate'],
      ['modDate', 'ModDate'],
      ['language', 'Language'],
    ];
    for (const [key, name] of fields) {
      const v = str(name);
      if (v !== undefined) metadata[key] = v;
    }
    const fieldObjects = (await doc.getFieldObjects()) as Record<string, unknown> | null;
    const oc = await doc.getOptionalContentConfig();
    const groups = (oc.getGroups() ?? {}) as Record<string, { name: string | null; visible: boolean }>;
    const layers = Object.values(groups).map((g) => ({ name: g.name ?? '', visible: g.visible }));
    return { pageCount: doc.numPages, pages, outline, metadata, pageLabels: labels, fieldNames: Object.keys(fieldObjects ?? {}), layers, ...(xmp ? { xmp } : {}) };
  } finally {
    await task.destroy();
  }
}

/** Count bookmarks in a tree, all levels. */
export function countOutline(items: readonly ReadOutline[]): number {
  return items.reduce((n, item) => n + 1 + countOutline(item.children), 0);
}

/** Flatten a bookmark tree, depth-first. */
export function flattenOutline(items: readonly ReadOutline[]): ReadOutline[] {
  return items.flatMap((item) => [item, ...flattenOutline(item.children)]);
}
