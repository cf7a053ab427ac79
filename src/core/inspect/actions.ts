/**
 * Destinations and actions of an input PDF, as both the inspector (what `validate` says the build will leave out)
 * and the assembler (what it leaves out) judge them: one reading, so the two never disagree.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { deceptiveLink, offWebLink, type DeceptiveLink } from '../text/urls.js';
import { opensIdentifier, readLinkWords, resolverIdentifier, shownIdentifiers } from '../validate/values.js';
import type { SourcePage } from './page-tree.js';
import { textString } from '../text-string.js';

/** Decode a PDF text string or name to a JS string ('' when it is neither). */
export function textOf(obj: PDFObject | undefined): string {
  try {
    if (obj instanceof PDFString || obj instanceof PDFHexString) return textString(obj);
    if (obj instanceof PDFName) return obj.decodeText();
  } catch {
    return '';
  }
  return '';
}

const MAX_TREE_NODES = 200_000;

/**
 * The key/value pairs of a name tree (`Names`) or number tree (`Nums`) in document order, loop-safe and
 * bounded: a damaged tree yields what can be reached.
 */
export function* treeEntries(context: PDFContext, root: PDFObject | undefined, leaf: 'Names' | 'Nums'): Generator<[PDFObject, PDFObject]> {
  const visited = new Set<PDFObject>();
  const stack: (PDFObject | undefined)[] = [root];
  while (stack.length > 0 && visited.size < MAX_TREE_NODES) {
    const node = context.lookup(stack.pop());
    if (!(node instanceof PDFDict) || visited.has(node)) continue;
    visited.add(node);
    const pairs = node.lookup(PDFName.of(leaf));
    if (pairs instanceof PDFArray) for (let i = 0; i + 1 < pairs.size(); i += 2) yield [pairs.get(i), pairs.get(i + 1)];
    const kids = node.lookup(PDFName.of('Kids'));
    // Pushed last to first, so the first kid is read first.
    if (kids instanceof PDFArray) for (let i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
  }
}

/**
 * All named destinations of a document: the catalog's /Dests dictionary and the /Names /Dests name tree.
 * Values are left as found (an array, or a dictionary with /D).
 */
export function namedDestinations(context: PDFContext, catalog: PDFDict): Map<string, PDFObject> {
  const out = new Map<string, PDFObject>();
  try {
    const dests = catalog.lookup(PDFName.of('Dests'));
    if (dests instanceof PDFDict) {
      for (const [key, value] of dests.entries()) out.set(key.decodeText(), value);
    }
  } catch {
    // A malformed /Dests is ignored: links into it become plain text.
  }
  try {
    const names = catalog.lookup(PDFName.of('Names'));
    for (const [k, value] of treeEntries(context, names instanceof PDFDict ? names.get(PDFName.of('Dests')) : undefined, 'Names')) {
      const key = textOf(context.lookup(k));
      if (key !== '' && !out.has(key)) out.set(key, value);
    }
  } catch {
    // Same as above.
  }
  return out;
}

/**
 * An explicit destination array for a /Dest value or a GoTo action's /D: explicit arrays are returned as they
 * are, names are looked up in `named`. Undefined when it cannot be resolved.
 */
export function resolveDest(context: PDFContext, value: PDFObject | undefined, named: Map<string, PDFObject>): PDFArray | undefined {
  let v: PDFObject | undefined = value;
  for (let hops = 0; hops < 4 && v !== undefined; hops++) {
    if (v instanceof PDFRef) v = context.lookup(v);
    if (v instanceof PDFArray) return v.size() > 0 ? v : undefined;
    if (v instanceof PDFDict) v = v.get(PDFName.of('D'));
    else if (v instanceof PDFString || v instanceof PDFHexString || v instanceof PDFName) v = named.get(textOf(v));
    else if (!(v instanceof PDFRef)) return undefined;
  }
  return undefined;
}

/** Action types that never reach the output (scripts, launching programs, sending or importing data, media). */
export const UNSAFE_ACTIONS = new Set([
  'JavaScript',
  'Launch',
  'ImportData',
  'SubmitForm',
  'ResetForm',
  'Rendition',
  'Sound',
  'Movie',
  'GoToE',
  'GoToR',
  'RichMediaExecute',
  'Hide',
  'Trans',
  'GoTo3DView',
]);

const UNSAFE_URI = /^\s*(javascript|vbscript|data):/i;

/** What `unsafeAction` calls a link to a file on a computer or network, another program or an intranet address. */
export const LOCAL_LINK = 'LocalLink';
/** What `unsafeAction` calls a link that shows one site and opens another (`file.links-deceptive`, said by validate). */
export const DECEPTIVE_LINK = 'DeceptiveLink';
/** What `unsafeAction` calls a link whose address is no address (garbled bytes): it leads nowhere. */
export const UNREADABLE_LINK = 'UnreadableLink';

/**
 * The unsafe action type found in an action (following its /Next chain), or undefined when it is safe. A link
 * that leads off the web (`offWebLink`: a file on a computer or network, another program, an intranet address)
 * is `LOCAL_LINK`, one of garbled bytes `UNREADABLE_LINK`; with `intranet: false` (for the packet's own links,
 * which validate judges) an http(s) link to a private address is let through.
 *
 * @example
 * unsafeAction(context, annot.get(PDFName.of('A'))) // 'JavaScript'
 */
export function unsafeAction(context: PDFContext, action: PDFObject | undefined, intranet = true): string | undefined {
  const seen = new Set<PDFObject>();
  const stack: (PDFObject | undefined)[] = [action];
  while (stack.length > 0) {
    const a = context.lookup(stack.pop());
    if (a === undefined || seen.has(a) || seen.size > 1000) continue;
    seen.add(a);
    if (a instanceof PDFArray) {
      for (let i = 0; i < a.size(); i++) stack.push(a.get(i));
      continue;
    }
    if (!(a instanceof PDFDict)) continue;
    const s = a.get(PDFName.of('S'));
    const type = s instanceof PDFName ? s.decodeText() : '';
    if (UNSAFE_ACTIONS.has(type)) return type;
    if (a.has(PDFName.of('JS'))) return 'JavaScript';
    // A web link can smuggle a script or a local file through its address.
    if (type === 'URI') {
      const raw = context.lookup(a.get(PDFName.of('URI')));
      const uri = textOf(raw);
      if (UNSAFE_URI.test(uri)) return 'JavaScript';
      const off = offWebLink(uri, raw instanceof PDFString || raw instanceof PDFHexString ? raw.asBytes() : undefined);
      if (off === 'unreadable') return UNREADABLE_LINK;
      if (off === 'file' || (off === 'intranet' && intranet)) return LOCAL_LINK;
      // "https://www.tuni.fi@evil.example.net" in an input: left out, as the manifest's own would be refused.
      if (intranet && deceptiveLink(uri)) return DECEPTIVE_LINK;
    }
    // Only actions chain through /Next (outline items have /Next too, to their sibling).
    if (s !== undefined) stack.push(a.get(PDFName.of('Next')));
  }
  return undefined;
}

/** Actions of links that cannot work inside the packet (another file, an embedded one, a 3D view): dead, not dangerous. */
export const DEAD_ACTIONS = new Set(['GoToR', 'GoToE', 'Hide', 'Trans', 'GoTo3DView', UNREADABLE_LINK]);

/** A page's annotations that can be read; one that cannot (a broken reference) is skipped, as the copier skips it. */
export function* pageAnnotations(context: PDFContext, page: PDFDict): Generator<PDFDict> {
  const annots = context.lookup(page.get(PDFName.of('Annots')));
  if (!(annots instanceof PDFArray)) return;
  for (let i = 0; i < annots.size(); i++) {
    let annot: PDFObject | undefined;
    try {
      annot = context.lookup(annots.get(i));
    } catch {
      continue;
    }
    if (annot instanceof PDFDict) yield annot;
  }
}

/** Annotation subtypes of sound and video, which the packet leaves out. */
export const MEDIA_ANNOTATIONS = new Set(['Sound', 'Movie', 'Screen', 'RichMedia', '3D']);

/**
 * What the build will leave out of the pages' annotations besides scripts (`file.actions`): sound and video
 * (`file.media`), and links to other files or to places not in the document (`file.links`), counted as the
 * assembler counts them when it copies every page, so `validate` says what `build` will say.
 *
 * @example
 * droppedContent(doc.context, doc.catalog, tree.pages); // { media: 1, deadLinks: 1 }
 */
export function droppedContent(context: PDFContext, catalog: PDFDict, pages: readonly SourcePage[]): { media: number; deadLinks: number } {
  const named = namedDestinations(context, catalog);
  const refs = new Set(pages.map((p) => p.ref));
  const toPage = (dest: PDFObject | undefined): boolean => {
    const page = resolveDest(context, dest, named)?.get(0);
    return page instanceof PDFRef && refs.has(page);
  };
  let media = 0;
  let deadLinks = 0;
  for (const page of pages) {
    for (const annot of pageAnnotations(context, page.dict)) {
      const subtype = annot.get(PDFName.of('Subtype'));
      const name = subtype instanceof PDFName ? subtype.decodeText() : '';
      if (MEDIA_ANNOTATIONS.has(name)) media++;
      if (name !== 'Link') continue;
      const action = annot.get(PDFName.of('A'));
      if (action !== undefined) {
        const bad = unsafeAction(context, action);
        const a = context.lookup(action);
        if ((bad !== undefined && DEAD_ACTIONS.has(bad)) || (bad === undefined && a instanceof PDFDict && a.get(PDFName.of('S')) === PDFName.of('GoTo') && !toPage(a.get(PDFName.of('D'))))) deadLinks++;
      } else {
        const dest = annot.get(PDFName.of('Dest'));
        if (dest !== undefined && !toPage(dest)) deadLinks++;
      }
    }
  }
  return { media, deadLinks };
}

/** A link on a page that shows one site and opens another, 1-based page. */
export interface PageDeceptiveLink extends Omit<DeceptiveLink, 'why'> {
  page: number;
  /** `words`: the words under the link write another site's address (`linkWordsMismatch`); kept by the build. */
  why: DeceptiveLink['why'] | 'words';
}

/**
 * Links of the pages whose address reads as one site and opens another (`deceptiveLink`): the build leaves them
 * out (`unsafeAction` calls them `DECEPTIVE_LINK`), validate says which, where.
 *
 * @example
 * deceptiveLinks(doc.context, tree.pages) // [{ page: 1, shown: 'www.tuni.fi', opens: 'evil.example.net', why: 'userinfo' }]
 */
export function deceptiveLinks(context: PDFContext, pages: readonly SourcePage[]): PageDeceptiveLink[] {
  const out: PageDeceptiveLink[] = [];
  for (const [i, page] of pages.entries()) {
    for (const annot of pageAnnotations(context, page.dict)) {
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = context.lookup(annot.get(PDFName.of('A')));
      if (!(action instanceof PDFDict) || action.get(PDFName.of('S')) !== PDFName.of('URI')) continue;
      const found = deceptiveLink(textOf(context.lookup(action.get(PDFName.of('URI')))));
      if (found) out.push({ page: i + 1, ...found });
    }
  }
  return out;
}

/** A web link of a page and its rectangle `[left, bottom, right, top]`, whose words are read to compare (`linkWordsMismatch`). */
export interface PageWebLink {
  page: number;
  box: [number, number, number, number];
  uri: string;
}

/** Web links read for their words: the first of a file, so a long bibliography reads few. */
const MAX_WORDED_LINKS = 40;

/**
 * The web links of the pages that `deceptiveLinks` does not already name, with their rectangles, for the words
 * under them to be read (at most `MAX_WORDED_LINKS`).
 */
export function pageWebLinks(context: PDFContext, pages: readonly SourcePage[]): PageWebLink[] {
  const out: PageWebLink[] = [];
  for (const [i, page] of pages.entries()) {
    for (const annot of pageAnnotations(context, page.dict)) {
      if (out.length >= MAX_WORDED_LINKS) return out;
      if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = context.lookup(annot.get(PDFName.of('A')));
      if (!(action instanceof PDFDict) || action.get(PDFName.of('S')) !== PDFName.of('URI')) continue;
      const uri = textOf(context.lookup(action.get(PDFName.of('URI')))).trim();
      const rect = context.lookup(annot.get(PDFName.of('Rect')));
      const n = rect instanceof PDFArray ? rect.asArray().map((v) => Number((context.lookup(v) as { asNumber?: () => number } | undefined)?.asNumber?.() ?? NaN)) : [];
      if (n.length !== 4 || n.some((v) => !Number.isFinite(v)) || !/^(?:https?:\/\/|www\.)/iu.test(uri) || deceptiveLink(uri)) continue;
      const [x1, y1, x2, y2] = n as [number, number, number, number];
      out.push({ page: i + 1, box: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)], uri });
    }
  }
  return out;
}

/** A web address written in words: with its scheme, `www.`, or a host followed by a path ("tuni.fi/careers"). */
const SHOWN_ADDRESS = /(?:https?:\/\/|\bwww\.)([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|\b([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})\//giu;

/**
 * A bare host written alone mid-line ("ORCID: orcid.org (iD below)", "arXiv.org"): a lower-case top-level domain, or
 * all in capitals ("ORCID.ORG"), a common one or a country's, so "Node.js", "setup.py" or "etc.It" are not read as sites.
 */
const SHOWN_BARE_HOST = /(?<![\p{L}\p{N}@./-])((?:[A-Za-z0-9-]+\.)+([a-z]{2,6})|(?:[A-Z0-9-]+\.)+([A-Z]{2,6}))(?![\p{L}\p{N}/@-]|\.[\p{L}\p{N}])/gu;
const BARE_TLDS = new Set(['com', 'org', 'net', 'edu', 'gov', 'int', 'info', 'io', 'ai', 'dev', 'app', 'eu', 'site', 'online', 'science', 'academy']);
/** Two-letter endings that are more often a file's type than a country: "setup.py", "notes.md", "run.sh". */
const FILE_ENDINGS = new Set(['py', 'md', 'rs', 'sh', 'ps', 'cs', 'pl', 'mk', 'ml', 'so', 'js', 'ts', 'go', 'rb', 'cc', 'hs', 'jl', 'sc', 'am', 'in', 'at', 'it', 'is', 'to', 'as', 'be', 'do', 'me', 'no', 'my', 'by', 'an', 'or', 'of', 'on', 'us', 'we', 'tm', 'tf']);

/** A site's own short-link hosts (and its other name), the same site as it: `youtu.be/...` opens `www.youtube.com`. */
const SHORT_HOSTS: Readonly<Record<string, string>> = {
  'youtu.be': 'youtube.com',
  'youtube-nocookie.com': 'youtube.com',
  'lnkd.in': 'linkedin.com',
  'goo.gl': 'google.com',
  'g.co': 'google.com',
  't.co': 'x.com',
  'twitter.com': 'x.com',
  'fb.me': 'facebook.com',
  'redd.it': 'reddit.com',
  'amzn.to': 'amazon.com',
  'wp.me': 'wordpress.com',
};

/** Companies whose country domains are their own site: `scholar.google.fi` is Google Scholar as `scholar.google.com` is. */
const COUNTRY_SITES = /(^|\.)(google|amazon|yahoo|ebay|bing|yandex)\.(?:com|(?:co\.|com\.)?[a-z]{2})$/u;

/** Resolvers that send an identifier on to the publisher's or repository's page: `doi.org/10.1145/x` opens `dl.acm.org/doi/10.1145/x`. */
const RESOLVERS: ReadonlySet<string> = new Set(['doi.org', 'dx.doi.org', 'hdl.handle.net', 'urn.fi', 'nbn-resolving.org', 'nbn-resolving.de']);

/**
 * The host the words under a link name and the one it opens, when they are other sites, or undefined: words that name
 * no address, or one of the same site (`tuni.fi` for `www.tuni.fi`, `arxiv.org` for `export.arxiv.org`, `youtu.be` for
 * `www.youtube.com`, `scholar.google.com` for `scholar.google.fi`), a resolver's (`doi.org/10.1145/x` for the
 * publisher's page of 10.1145/x, `urn.fi/URN:NBN:...` for a repository), or the start of the address opened cut by
 * the line's end (`www.tex.` for `www.tex.ac.uk`) when the next line's words go on with the rest (`ac.uk/...`): a
 * complete host cut so over a longer one (`www.tuni.fi.` over `www.tuni.fi.evil.net`) is the look-alike it seems.
 *
 * @example
 * linkWordsMismatch('www.tuni.fi/en', 'https://evil.example.net/') // { shown: 'www.tuni.fi', opens: 'evil.example.net' }
 */
export function linkWordsMismatch(under: string, uri: string, below = ''): { shown: string; opens: string } | undefined {
  const [words, nextLine] = [readLinkWords(under), readLinkWords(below)];
  let opens: string;
  try {
    opens = new URL(/^www\./iu.test(uri) ? `http://${uri}` : uri).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const found = [...words.matchAll(SHOWN_ADDRESS)].map((m) => ({
    host: (m[0].toLowerCase().startsWith('www.') ? `www.${m[1] ?? ''}` : (m[1] ?? m[2] ?? '')).toLowerCase().replace(/\.$/u, ''),
    // What follows the host, its "/" included: "doi.org/10.1145/x" carries "/10.1145/x" as "https://doi.org/10.1145/x" does.
    rest: words.slice(m.index + m[0].length - (m[2] !== undefined ? 1 : 0)),
  }));
  for (const m of words.matchAll(SHOWN_BARE_HOST)) {
    // Hosts are the same site in any case: "arXiv.org" is arxiv.org.
    const host = m[1]!.toLowerCase();
    const tld = (m[2] ?? m[3]!).toLowerCase();
    const labels = host.split('.').length;
    if (!BARE_TLDS.has(tld) && !(tld.length === 2 && (labels > 2 || !FILE_ENDINGS.has(tld)))) continue;
    found.push({ host, rest: words.slice(m.index + m[0].length) });
  }
  // A DOI, arXiv id, Handle or URN written without a host ("doi:10.1145/x", "URN:NBN:fi:...") names its resolver's page.
  const idents = shownIdentifiers(words);
  if (found.length === 0 && idents.length === 0) return undefined;
  const site = (h: string): string => {
    const bare = h.replace(/^www\./u, '');
    const short = Object.keys(SHORT_HOSTS).find((k) => bare === k || bare.endsWith(`.${k}`));
    return short !== undefined ? SHORT_HOSTS[short]! : bare.replace(COUNTRY_SITES, '$1$2.com');
  };
  const same = (a: string, b: string): boolean => site(a) === site(b) || site(a).endsWith(`.${site(b)}`) || site(b).endsWith(`.${site(a)}`);
  let target = uri;
  try {
    target = decodeURIComponent(uri);
  } catch {
    // An address with a stray "%" is compared as written.
  }
  const opened = /^www\./iu.test(uri) ? `http://${uri}` : uri;
  const resolved = (host: string, rest: string): boolean => {
    if (!RESOLVERS.has(host.replace(/^www\./u, ''))) return false;
    // The identifier as printed, after the resolver's host: "/10.1145/3548606.3560557" less a sentence's last mark.
    const id = /^\/(\S+)/u.exec(rest)?.[1]?.replace(/[.,;:)\]]+$/u, '') ?? '';
    // No identifier: only an address cut at the words' end ("https://doi.org/", the rest on the next line).
    if (id === '') return /^\/?\s*$/u.test(rest);
    // A DOI, Handle or URN at its resolver names the page a text's link must open too (`opensIdentifier`).
    const ident = resolverIdentifier(`${host}/${id}`);
    return ident !== undefined ? opensIdentifier(ident, opened, false) : target.toLowerCase().includes(id.toLowerCase());
  };
  // A dangling "." or "-" at the words' end: the address goes on past the line.
  const cut = (host: string, rest: string): boolean => /^[.-]\s*$/u.test(rest) && opens.startsWith(`${host}.`) && goesOn(opens.slice(host.length + 1), nextLine);
  // A resolver's words with an identifier name that identifier's page, not any page of the resolver.
  const names = (f: { host: string; rest: string }): boolean => (RESOLVERS.has(f.host.replace(/^www\./u, '')) && /^\/\S/u.test(f.rest) ? resolved(f.host, f.rest) : same(f.host, opens) || resolved(f.host, f.rest) || cut(f.host, f.rest));
  if (found.some(names) || idents.some((i) => opensIdentifier(i, opened, false))) return undefined;
  return { shown: found[0]?.host ?? idents[0]!.shown, opens };
}

/** Whether a word of the next line starts with the rest of the host opened ("ac.uk/tex-archive/" for "ac.uk"), ending there. */
function goesOn(rest: string, nextLine: string): boolean {
  return nextLine.toLowerCase().split(/\s+/u).some((w) => w.startsWith(rest) && /^(?:[/:?#),;]|\.?$)/u.test(w.slice(rest.length)));
}
