/** Checks of single values: web addresses and email addresses. */
import { invisibleChar } from '../words.js';
import type { NotAPath } from '../catalogue.js';
import { editDistance } from '../parse/suggest.js';
import { foldAccents } from '../text/names.js';
// IANA's list of top-level domains, as data (a well-kept package updated with each new delegation).
import TLD_LIST from 'tlds' with { type: 'json' };

/**
 * Why a link is not one a reviewer can open: not a URL, not http(s), no host, one slash, a local address, a space
 * inside (the packet would print and link another address), a user name before an @ (it goes elsewhere than it
 * reads), an invisible format character (a zero-width space copied along: the link would not open), a "…" or
 * "..." at its end (cut off where a page or a chat shortened it, and copied that way), or the punctuation of the
 * sentence it was copied from at its end (a full stop, a comma, a closing bracket without its opening one), a host
 * name no browser opens (an empty part, `aalto..fi`, or one starting or ending with a hyphen), or a host name that
 * mixes alphabets (a Cyrillic "а" in "aalto.fi" opens another site, under a name beginning `xn--`).
 */
export type LinkProblem = 'not-url' | 'scheme' | 'host' | 'slashes' | 'local' | 'space' | 'userinfo' | 'invisible' | 'truncated' | 'trailing' | 'lookalike';

/** A host label that mixes Latin letters with Cyrillic or Greek ones, which look alike ("аalto" with a Cyrillic "а"). */
export function mixedScript(label: string): boolean {
  return /\p{Script=Latin}/u.test(label) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(label);
}

/** Cyrillic and Greek letters drawn as Latin ones ("tunі.fi" with a Cyrillic "і"), read as those in a word that mixes alphabets. */
const LOOKALIKE: Readonly<Record<string, string>> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ο: 'o', ι: 'i', ν: 'v', κ: 'k', ρ: 'p' };

/**
 * Link words as a reader sees them, to compare with the address opened: full-width letters ("ｔｕｎｉ．ｆｉ"), a
 * ligature ("ﬁ", as a PDF's text often gives it) and other compatibility forms as their plain letters (NFKC), and in
 * a word mixing Latin with Cyrillic or Greek, those letters as the Latin ones they look like. A word wholly in one
 * alphabet ("яндекс.рф") stays as written.
 *
 * @example
 * readLinkWords('ｔｕｎｉ．ｆｉ'); // 'tuni.fi'
 */
export function readLinkWords(words: string): string {
  return words.normalize('NFKC').replace(/[\p{L}\p{N}-]+/gu, (w) => (mixedScript(w) ? [...w].map((c) => LOOKALIKE[c] ?? c).join('') : w));
}

/** Sentence punctuation copied with a link (what GitHub's autolinker leaves out of one): `.`, `,`, `;`, `:`, `!`, quotes, `>`. */
const TRAILING = /[.,;:!'"\u2019\u201d>]$/u;

/**
 * The character at a link's end that belongs to the sentence it was copied from, not to the address: sentence
 * punctuation, or a closing bracket with no opening one in the address (`https://host/page)` from "(see https://host/page)";
 * `https://en.wikipedia.org/wiki/Turing_(mathematician)` keeps its own).
 *
 * @example
 * trailingPunctuation('https://trepo.tuni.fi/handle/10024/123456.'); // '.'
 */
export function trailingPunctuation(link: string): string | undefined {
  const l = link.trim();
  const last = l.at(-1);
  if (last === undefined) return undefined;
  if (TRAILING.test(l)) return last;
  for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}']] as const) {
    if (last === close && l.split(close).length > l.split(open).length) return last;
  }
  return undefined;
}

/** A copied ellipsis at a link's end: `https://host/path…`, `https://host/path...`. */
const CUT_OFF = /(?:\u2026|\.\.\.)$/u;

/**
 * The mailbox an address delivers to, for comparing two addresses: case ignored, a `+tag` after the name dropped
 * (plus-addressing delivers "aino+ref@..." to "aino@..."), and for Gmail the dots of the name too and
 * googlemail.com as gmail.com (Gmail ignores them).
 *
 * @example
 * mailbox('Aino.Virtanen+ref@googlemail.com'); // 'ainovirtanen@gmail.com'
 */
export function mailbox(email: string): string {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  if (at <= 0) return e;
  let local = e.slice(0, at);
  let domain = e.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (domain === 'gmail.com' || domain === 'googlemail.com') {
    local = local.replace(/\./gu, '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** A link's address as the parser reads it (trimmed, as the packet trims links), or undefined when it is none. */
function parsedUrl(link: string): URL | undefined {
  try {
    return new URL(link.trim());
  } catch {
    return undefined;
  }
}

/** A host as links are compared by it: lower case, without the root's trailing dot. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/u, '');
}

/** Why a link is not one a reviewer can open, or undefined when it is. */
export function checkLink(link: string): LinkProblem | undefined {
  // A zero-width space or a direction mark copied along: percent-encoded, or dropped from the host, by the parser.
  // Before the space check: U+FEFF is white space to JavaScript, but no one sees a space there. (At either end
  // it is trimmed, as the packet trims the link.)
  if (invisibleChar(link.trim()) !== undefined) return 'invisible';
  // "https://repo.org/handle/ 123": the parser turns the space into %20, another address than the one meant.
  if (/\s/u.test(link.trim())) return 'space';
  const url = parsedUrl(link);
  if (url === undefined) return 'not-url';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  // The URL parser mends "https:/host" silently, but the page prints what was written.
  if (!/^https?:\/\//iu.test(link.trim())) return 'slashes';
  // Shortened for display and copied that way. Only with a real host before it: `https://...` alone is the starter
  // manifest's placeholder, reported as such.
  if (CUT_OFF.test(link.trim()) && /[\p{L}\p{N}]/u.test(url.hostname)) return 'truncated';
  // The reviewer's browser would ask for ".../123456." and most likely get "page not found".
  if (trailingPunctuation(link) !== undefined && !CUT_OFF.test(link.trim())) return 'trailing';
  if (isLocalHost(url.hostname)) return 'local';
  // "https://trepo.tuni.fi@evil.example/x" opens evil.example.
  if (url.username !== '' || url.password !== '') return 'userinfo';
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return 'host';
  // (`https://...` alone is the starter manifest's placeholder, reported as such.)
  if (/[\p{L}\p{N}]/u.test(url.hostname) && !url.hostname.startsWith('[') && url.hostname.replace(/\.$/u, '').split('.').some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return 'host';
  // The parser has written the host in punycode by now: the letters as typed are in the link itself.
  const typed = /^https?:\/\/([^/?#:@\s]+)/iu.exec(link.trim())?.[1] ?? '';
  if (typed.split('.').some(mixedScript)) return 'lookalike';
  return undefined;
}

/**
 * A host only the applicant's own computer or network reaches: localhost, loopback, private, link-local and
 * carrier-grade NAT addresses (100.64.0.0/10: Tailscale, a provider's shared network), in IPv4 or mapped into IPv6
 * (`[::ffff:127.0.0.1]`, which the URL parser writes `[::ffff:7f00:1]`).
 */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/u, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h.endsWith('.local') || h.endsWith('.internal') || h.endsWith('.lan') || h.endsWith('.home.arpa')) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/u.exec(h);
  if (v4) return isLocalV4(Number(v4[1]), Number(v4[2]));
  // The URL parser has already written it short: `[0:0:0:0:0:ffff:127.0.0.1]` is `[::ffff:7f00:1]`.
  const mapped = /^\[::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}\]$/u.exec(h);
  if (mapped) {
    const high = Number.parseInt(mapped[1]!, 16);
    return isLocalV4(high >> 8, high & 0xff);
  }
  // IPv6: loopback, unspecified, unique-local (fc00::/7) and link-local (fe80::/10).
  return /^\[(?:::1?|f[cd][0-9a-f]{0,2}:.*|fe[89ab][0-9a-f]?:.*)\]$/u.test(h);
}

/** Whether an IPv4 address starting `a.b.` is this network, loopback, private, link-local or carrier-grade NAT. */
function isLocalV4(a: number, b: number): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

/**
 * The name reserved for examples (RFC 2606, RFC 6761) that an email address or a link is at, if any: no mail
 * reaches `example.org`, no reviewer's click finds the thesis there. Only these names: they are never real.
 *
 * @example
 * reservedDomain('mikko.korhonen@example.org') // 'example.org'
 * reservedDomain('https://files.example.com/thesis.pdf') // 'example.com'
 * reservedDomain('mikko.korhonen@tuni.fi') // undefined
 */
export function reservedDomain(value: string): string | undefined {
  const v = value.trim();
  let host: string;
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(v)) {
    try {
      host = new URL(v).hostname;
    } catch {
      return undefined;
    }
  } else host = (/@([^\s@/?#]+)$/u.exec(v)?.[1] ?? /^(?:www\.)?([^\s@/?#:]+)/u.exec(v)?.[1] ?? '');
  const h = host.toLowerCase().replace(/\.$/u, '');
  const m = /(?:^|\.)(example\.(?:com|net|org))$|\.(example|test|invalid|localhost)$/u.exec(h);
  return m ? (m[1] ?? `.${m[2]}`) : undefined;
}

/** Why a posting's `source:`, written as an address, cannot be a link: a link's problem, or a name kept for examples. */
export type SourceProblem = { reason: LinkProblem; char?: string; reserved?: undefined } | { reserved: string; reason?: undefined };

/**
 * Why a profile's `source:` (printed on the cover, and clickable there when it is a web address) is no address a
 * reviewer can open, when it is written as one: a scheme (`https:/`, `file:/`, `C:\`), a `www.` host or a network
 * path (`\\server\share`). Held to the rules of a link (`checkLink`) and to the names kept for examples; a
 * reference in words ("Aalto careers, job R44442") is printed as written and not judged.
 *
 * @example
 * checkSource('https://aalto.wd3.myworkdayjobs.com/aalto/job/…') // { reason: 'truncated' }
 * checkSource('https://example.com/jobs/1') // { reserved: 'example.com' }
 * checkSource('Aalto University careers site, job R44442') // undefined
 */
export function checkSource(source: string): SourceProblem | undefined {
  const s = source.trim();
  if (!/^(?:[a-z][a-z\d+.-]*:[\\/]|www\.|\\\\)/iu.test(s)) return undefined;
  // A bare www. host is printed as typed; it is checked as the address a reader would type.
  const link = /^www\./iu.test(s) ? `https://${s}` : s;
  const reason = checkLink(link);
  const char = invisibleChar(s);
  if (reason) return { reason, ...(char !== undefined ? { char } : {}) };
  const reserved = reservedDomain(link);
  return reserved ? { reserved } : undefined;
}

/**
 * The address alone, when an email is given as a mail program writes it (`Hans Weber <hans@uni.de>`, `mailto:hans@uni.de`).
 *
 * @example
 * bareAddress('Hans Weber <hans.weber@uni-heidelberg.de>'); // 'hans.weber@uni-heidelberg.de'
 */
export function bareAddress(email: string): string | undefined {
  const inner = /<\s*(?:mailto:)?([^<>\s]+)\s*>\s*$/i.exec(email)?.[1] ?? /^\s*mailto:\s*(\S+)\s*$/i.exec(email)?.[1];
  if (inner !== undefined && checkEmail(inner)) return inner;
  // As pasted from a signature or a staff page (audit 25 F8): "＠" of a CJK input mode, a full stop, "(office)", a second address.
  const typed = email.trim();
  const ascii = typed.replace(/\uff20/gu, '@');
  const candidates = [ascii.replace(/[.,;:]+$/u, ''), ascii.replace(/\s*\([^()]*\)\s*$/u, ''), ascii.split(/\s*[,;/]\s*|\s+(?:or|and)\s+/u)[0] ?? ''];
  return candidates.find((c) => c !== typed && checkEmail(c));
}

/**
 * Whether an email address looks deliverable: one @, no spaces or brackets, no dot at either end of the name or two
 * together, a domain of two or more proper parts. An invisible character in it is checked apart (`invisibleChar`), to be named.
 */
export function checkEmail(email: string): boolean {
  const m = /^([^\s@<>(),;:"]+)@([^\s@<>(),;:"]+)$/u.exec(email.trim());
  if (!m) return false;
  const [, local, domain] = m as unknown as [string, string, string];
  // Mail servers refuse a dot at either end of the name, or two together: "aino..virtanen@", ".mikko@".
  if (/^\.|\.$|\.\./u.test(local)) return false;
  const labels = domain.split('.');
  // Each part of the domain is letters, digits and inner hyphens ("tuni..fi", "-tuni.fi" reach no one); the last, letters.
  if (labels.length < 2 || !labels.every((l) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(l))) return false;
  return /^(?:\p{L}{2,}|xn--[a-z\d-]+)$/iu.test(labels.at(-1)!);
}

/** German umlauts as German addresses spell them (`müller` is `mueller`). */
const UMLAUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * The letters outside ASCII in the part of an address before its @ (`asa.ødegård@uio.no`), which most mail
 * systems do not deliver to, and the address in ASCII when every such letter has a usual spelling (ø -> o, å -> a,
 * é -> e); undefined for an ASCII one. A German umlaut has two usual spellings (ü -> ue or u): `alt` is the other,
 * and `ascii` the one the rest of the address follows (`juergen.müller` is most likely `juergen.mueller`).
 * A domain in other letters (IDN, `jürgen@müller.de`'s `müller.de`) is fine.
 *
 * @example
 * nonAsciiMailbox('asa.ødegård@uio.no'); // { letters: ['ø', 'å'], ascii: 'asa.odegard@uio.no' }
 * nonAsciiMailbox('juergen.müller@tum.de'); // { letters: ['ü'], ascii: 'juergen.mueller@tum.de', alt: 'juergen.muller@tum.de' }
 */
export function nonAsciiMailbox(email: string): { letters: string[]; ascii?: string; alt?: string } | undefined {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const local = trimmed.slice(0, at);
  if (at < 0 || /^[\p{ASCII}]*$/u.test(local)) return undefined;
  const letters = [...new Set([...local].filter((c) => c > '\x7f'))];
  const ascii = foldAccents(local);
  if (!/^\p{ASCII}+$/u.test(ascii)) return { letters };
  const domain = trimmed.slice(at);
  const spelled = foldAccents(local.normalize('NFC').replace(/[äöüÄÖÜ]/gu, (c) => UMLAUT[c] ?? c));
  // "juergen.müller": the name's other umlaut is already written out, so this one most likely is too.
  const writtenOut = /ue|oe|ae/iu.test(local.replace(/[^\p{ASCII}]/gu, ' '));
  // Finnish and Swedish addresses drop the dots (väisänen -> vaisanen): the other spelling only where German is likely.
  const german = writtenOut || /ü/iu.test(local) || /\.(?:de|at|ch)$/iu.test(domain);
  if (spelled === ascii || !german || !/^\p{ASCII}+$/u.test(spelled)) return { letters, ascii: `${ascii}${domain}` };
  const [first, second] = writtenOut ? [spelled, ascii] : [ascii, spelled];
  return { letters, ascii: `${first}${domain}`, alt: `${second}${domain}` };
}

/**
 * An ORCID iD as its 16 characters in groups (`0000-0002-1825-0097`), from the iD alone or its address
 * (`https://orcid.org/0000-0002-1825-0097`), with why it is not one: a wrong form, or a check character
 * (ISO 7064 11,2, the last one) that does not match the digits, which a mistyped digit gives.
 *
 * @example
 * checkOrcid('https://orcid.org/0000-0002-1825-0097') // { id: '0000-0002-1825-0097' }
 * checkOrcid('0000-0002-1825-0096') // { problem: 'checksum' }
 */
export function checkOrcid(value: string): { id: string; problem?: undefined } | { id?: undefined; problem: 'form' | 'checksum' } {
  const m = /^(?:(?:https?:\/\/)?(?:www\.)?orcid\.org\/)?(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dXx])\/?$/.exec(value.trim());
  if (!m) return { problem: 'form' };
  const id = `${m[1]}-${m[2]}-${m[3]}-${m[4]!.toUpperCase()}`;
  let total = 0;
  for (const d of id.replace(/-/g, '').slice(0, 15)) total = (total + Number(d)) * 2;
  const check = (12 - (total % 11)) % 11;
  return id.endsWith(check === 10 ? 'X' : String(check)) ? { id } : { problem: 'checksum' };
}

/**
 * What a value written where a file path goes looks like, when it cannot be a path: a text (line breaks, or a
 * sentence), a link, a referee, a list of files written without brackets.
 *
 * @example
 * notAPath('https://trepo.tuni.fi/handle/10024/123456') // 'link'
 * notAPath('docs/cv.pdf') // undefined
 */
export function notAPath(value: string): NotAPath | undefined {
  const v = value.trim();
  if (/^(?:https?:\/\/|www\.)/i.test(v)) return 'link';
  if (/\.(?:pdf|png|jpe?g)\s*,\s*\S/i.test(v)) return 'list';
  if (/\s/.test(v) && /[^\s@<>(),]+@[^\s@<>(),]+\.[a-z]{2,}/i.test(v)) return 'referee';
  if (/\n/.test(v) || (v.split(/\s+/).length >= 6 && !/\.[A-Za-z0-9]{2,4}$/.test(v))) return 'text';
  return undefined;
}

/**
 * The addresses a `mailto:` link writes to, as the mail program reads them (percent-decoded, before any `?subject=`),
 * or undefined when the link is not a mail link.
 *
 * @example
 * mailtoAddresses('mailto:mikko.korhonen@tuni.fi?subject=Hi') // ['mikko.korhonen@tuni.fi']
 * mailtoAddresses('https://trepo.tuni.fi/x') // undefined
 */
export function mailtoAddresses(href: string): string[] | undefined {
  const m = /^mailto:([^?#]*)/iu.exec(href.trim());
  if (!m) return undefined;
  let to = m[1] ?? '';
  try {
    to = decodeURIComponent(to);
  } catch {
    // A stray "%": read as written.
  }
  return to.split(',').map((a) => a.trim());
}

/**
 * Whether a link's words are an email address other than the one it writes to ("[mikko.korhonen@tuni.fi](mailto:someone.else@gmail.com)"),
 * or than any it opens: words that are an address on a link to a web page.
 *
 * @example
 * shownMailDiffers('mikko.korhonen@tuni.fi', 'mailto:someone.else@gmail.com') // true
 * shownMailDiffers('Mikko.Korhonen@tuni.fi', 'mailto:mikko.korhonen@tuni.fi') // false
 * shownMailDiffers('write to me', 'mailto:aino@tuni.fi') // false
 */
export function shownMailDiffers(shown: string, href: string): boolean {
  const words = readLinkWords(shown).trim().replace(/^mailto:/iu, '');
  if (!/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/u.test(words)) return false;
  const to = mailtoAddresses(href) ?? [];
  return !to.some((a) => a.toLowerCase() === words.toLowerCase());
}

/**
 * Whether a link's words are a web address on another host than the one it opens ("[https://trepo.tuni.fi/x](https://evil.example/y)").
 *
 * @example
 * shownHostDiffers('https://trepo.tuni.fi/thesis.pdf', 'https://evil.example.com/x') // true
 * shownHostDiffers('my thesis', 'https://trepo.tuni.fi/x') // false
 */
export function shownHostDiffers(shown: string, href: string): boolean {
  const words = readLinkWords(shown);
  // A DOI, Handle or URN at its resolver names its page, on whichever site: shownAddressDiffers's.
  if (resolverIdentifier(words) !== undefined) return false;
  const m = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?=[/:?#]|$)/i.exec(words.trim());
  if (!m?.[1]) return false;
  let target: string;
  try {
    target = new URL(href.trim()).hostname;
  } catch {
    return false;
  }
  const bare = (host: string): string => host.toLowerCase().replace(/^www\./, '');
  return bare(m[1]) !== bare(target);
}

/** A DOI, arXiv id, Handle or URN written as words, without a host ("doi:10.1145/x", "arXiv:2401.01234v2", "hdl:10138/12345", "URN:NBN:fi:tuni-2024"). */
export interface ShownIdentifier {
  kind: 'doi' | 'arxiv' | 'hdl' | 'urn';
  /** The identifier less its label and a sentence's last mark: "10.1145/x", "2401.01234v2", "10138/12345". */
  id: string;
  /** As a reader names it: "doi:10.1145/x", "arXiv:2401.01234v2", "hdl:10138/12345". */
  shown: string;
  /** Where it starts in the words and how long it is there, its label included. */
  index: number;
  length: number;
}

/**
 * "doi:", "DOI", "DOI:" or nothing before a DOI; "arXiv:" before an arXiv id (new or old style); "hdl:" before a
 * Handle; a national library's or an ISBN's URN as it is written, "URN:NBN:fi:..." or "urn:isbn:...".
 */
const SHOWN_IDENTIFIER =
  /(?<![\p{L}\p{N}/.])(?:(doi)\s*:?\s*)?(10\.\d{4,9}\/\S+)|(?<![\p{L}\p{N}/.])arxiv\s*:?\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[a-z]{2})?\/\d{7}(?:v\d+)?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}/.])hdl\s*:?\s*(\d+(?:\.\d+)*\/\S+)|(?<![\p{L}\p{N}/.:=-])(urn:(?:nbn:[a-z]{2}[:-]|isbn:)\S+)/giu;

/**
 * The DOIs, arXiv ids, Handles and URNs a link's words write without a host, each naming the page its resolver opens.
 *
 * @example
 * shownIdentifiers('Preprint: arXiv:2401.01234') // [{ kind: 'arxiv', id: '2401.01234', shown: 'arXiv:2401.01234', index: 10, length: 16 }]
 */
export function shownIdentifiers(words: string): ShownIdentifier[] {
  return [...words.matchAll(SHOWN_IDENTIFIER)].map((m) => {
    const kind = m[2] !== undefined ? 'doi' : m[3] !== undefined ? 'arxiv' : m[4] !== undefined ? 'hdl' : 'urn';
    const raw = m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const id = raw.replace(/[.,;:)\]]+$/u, '');
    const label = kind === 'arxiv' ? 'arXiv' : kind;
    // A URN carries its label: it is named as written.
    return { kind, id, shown: kind === 'urn' ? id : `${label}:${id}`, index: m.index, length: m[0].length - (raw.length - id.length) };
  });
}

/** arXiv's own hosts and its mirrors: `export.arxiv.org` is arxiv.org's, ar5iv its HTML pages, xxx.lanl.gov its first home. */
const ARXIV_HOSTS = ['arxiv.org', 'ar5iv.org', 'xxx.lanl.gov'];

/**
 * The sites of the registrant a DOI's prefix names, for the major publishers: where a DOI resolves cannot be looked
 * up offline, but its publisher's own landing page (`ieeexplore.ieee.org/document/...` for 10.1109/...) need not
 * carry it. A site counts with its subdomains, label by label: not `sciencedirect.com.evil.io`. An arXiv DOI
 * (10.48550/arXiv.<id>) names its arXiv id, so its page is that id's (`publisherPage`).
 */
const DOI_REGISTRANTS: Readonly<Record<string, readonly string[]>> = {
  '10.1109': ['ieee.org'], // IEEE: ieeexplore.ieee.org
  '10.1016': ['sciencedirect.com', 'elsevier.com', 'cell.com', 'thelancet.com'], // Elsevier
  '10.1007': ['springer.com'], // Springer: link.springer.com
  '10.1038': ['nature.com'], // Nature
  '10.1145': ['acm.org'], // ACM: dl.acm.org
  '10.1002': ['wiley.com'], // Wiley: onlinelibrary.wiley.com
  '10.1111': ['wiley.com'], // Wiley (Blackwell)
  '10.1080': ['tandfonline.com'], // Taylor & Francis
  '10.1093': ['oup.com'], // Oxford University Press: academic.oup.com
  '10.1017': ['cambridge.org'], // Cambridge University Press
  '10.1177': ['sagepub.com'], // SAGE: journals.sagepub.com
  '10.3390': ['mdpi.com'], // MDPI
  '10.1371': ['plos.org'], // PLOS: journals.plos.org
  '10.1103': ['aps.org'], // American Physical Society: journals.aps.org
  '10.1088': ['iop.org'], // IOP Publishing: iopscience.iop.org
  '10.1021': ['acs.org'], // American Chemical Society: pubs.acs.org
  '10.1039': ['rsc.org'], // Royal Society of Chemistry: pubs.rsc.org
  '10.1073': ['pnas.org'], // PNAS
  '10.1126': ['science.org', 'sciencemag.org'], // AAAS: science.org, formerly sciencemag.org
  '10.3389': ['frontiersin.org'], // Frontiers
  '10.1186': ['biomedcentral.com', 'springeropen.com'], // BioMed Central and SpringerOpen
  '10.1101': ['biorxiv.org', 'medrxiv.org'], // Cold Spring Harbor preprints
  '10.5281': ['zenodo.org'], // Zenodo
  '10.1137': ['siam.org'], // SIAM: epubs.siam.org
  '10.2139': ['ssrn.com'], // SSRN: papers.ssrn.com
  '10.18653': ['aclanthology.org', 'aclweb.org'], // ACL Anthology, formerly aclweb.org/anthology
  '10.7554': ['elifesciences.org'], // eLife
  '10.1609': ['aaai.org'], // AAAI: ojs.aaai.org
  '10.24963': ['ijcai.org'], // IJCAI: www.ijcai.org/proceedings
  '10.6084': ['figshare.com'], // figshare, and its institutional portals (tandf.figshare.com)
  '10.31219': ['osf.io'], // OSF Preprints
  '10.17605': ['osf.io'], // OSF projects
  '10.31234': ['osf.io', 'psyarxiv.com'], // PsyArXiv
  '10.31235': ['osf.io'], // SocArXiv
  '10.2307': ['jstor.org'], // JSTOR
  '10.1063': ['aip.org', 'scitation.org'], // AIP Publishing: pubs.aip.org, formerly aip.scitation.org
  '10.1162': ['mit.edu'], // MIT Press: direct.mit.edu
  '10.1613': ['jair.org'], // Journal of Artificial Intelligence Research
  '10.3233': ['iospress.com', 'iospress.nl'], // IOS Press (ECAI, FAIA): ebooks.iospress.nl
  '10.5220': ['scitepress.org'], // SciTePress
  '10.21437': ['isca-archive.org', 'isca-speech.org'], // ISCA (Interspeech)
  '10.21105': ['theoj.org'], // Journal of Open Source Software: joss.theoj.org
  '10.7717': ['peerj.com'], // PeerJ
  '10.1142': ['worldscientific.com'], // World Scientific
  '10.1515': ['degruyter.com'], // De Gruyter
  '10.1098': ['royalsocietypublishing.org'], // The Royal Society
  '10.1155': ['hindawi.com', 'wiley.com'], // Hindawi, now Wiley
  '10.5194': ['copernicus.org'], // Copernicus (EGU journals)
  '10.1364': ['optica.org'], // Optica: opg.optica.org
  '10.1117': ['spiedigitallibrary.org'], // SPIE
  '10.1090': ['ams.org'], // American Mathematical Society
  '10.1037': ['apa.org'], // American Psychological Association: psycnet.apa.org
  '10.5061': ['datadryad.org'], // Dryad
  '10.17632': ['mendeley.com'], // Mendeley Data: data.mendeley.com
  '10.7910': ['harvard.edu'], // Harvard Dataverse: dataverse.harvard.edu
  '10.21203': ['researchsquare.com'], // Research Square
  '10.20944': ['preprints.org'], // Preprints.org
  '10.26434': ['chemrxiv.org'], // ChemRxiv
  '10.36227': ['techrxiv.org'], // TechRxiv
  '10.1057': ['springer.com', 'palgrave.com', 'nature.com'], // Palgrave Macmillan
  '10.1140': ['springer.com', 'epj.org'], // EPJ (Springer)
  '10.1136': ['bmj.com'], // BMJ
  '10.1056': ['nejm.org'], // NEJM
  '10.1001': ['jamanetwork.com'], // JAMA Network
  '10.1097': ['lww.com'], // Wolters Kluwer: journals.lww.com
  '10.1108': ['emerald.com'], // Emerald
};

/** The hosts a reader knows by name (registrants', resolvers', arXiv's): one of them followed by more labels is a look-alike. */
const KNOWN_SITES: readonly string[] = [...new Set([...Object.values(DOI_REGISTRANTS).flat(), 'arxiv.org', 'doi.org', 'handle.net', 'urn.fi', 'nbn-resolving.org', 'nbn-resolving.de', 'd-nb.info'])];

/** A DOI or an ISBN-13 in an address: one it carries names that paper or book, no other. */
const ADDRESS_IDENTIFIER = /(?<![\p{L}\p{N}])10\.\d{4,9}\/|(?<!\d)97[89]\d{10}/iu;

/**
 * Whether an address can be the page of an identifier whose publisher is not known offline (a DOI whose prefix
 * `DOI_REGISTRANTS` does not list, an ISBN): words naming an unknown publisher name no other place, so a page of a
 * site of its own is taken; not a known site (a listed publisher's, a resolver's, arXiv's) or its look-alike
 * (`doi.org.evil-site.io`), a site's front page, or a page carrying another DOI or ISBN (the caller has checked its own).
 */
function unlistedPublisherPage(url: URL): boolean {
  const host = hostOf(url);
  if (/^\/*$/u.test(url.pathname) || lookalikeSite(host) || KNOWN_SITES.some((site) => onSite(host, site))) return false;
  return !ADDRESS_IDENTIFIER.test(safeDecode(url.href).replace(/-/gu, ''));
}

/** Whether a host writes a known site's name and goes on past it (`www.nature.com.evil-site.net`): not that site. */
function lookalikeSite(host: string): boolean {
  return KNOWN_SITES.some((site) => !onSite(host, site) && (host.startsWith(`${site}.`) || host.includes(`.${site}.`)));
}

/** Whether a host is a site or one of its subdomains, whole labels only: not `helda.helsinki.fi.evil.net`. */
function onSite(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/**
 * The repositories a Handle's prefix names, as a DOI's prefix names its registrant, for common ones: a DSpace 7
 * item's page (`helda.helsinki.fi/items/<uuid>`) does not carry the handle it is resolved from. Each is cited.
 */
const HANDLE_REPOSITORIES: Readonly<Record<string, readonly string[]>> = {
  '10138': ['helda.helsinki.fi'], // University of Helsinki, Helda: https://helda.helsinki.fi/handle/10138/17738
  '1721.1': ['mit.edu'], // MIT, DSpace@MIT: hpds1.mit.edu/handle/1721.1/3550 (old.diglib.org/pubs/news05_01/mitnews5.htm), now dspace.mit.edu
  '10044': ['spiral.imperial.ac.uk'], // Imperial College London, Spiral: handles "10044/1/118549"
  '10356': ['dr.ntu.edu.sg'], // Nanyang Technological University, DR-NTU: handles "10356/213929"
};

/**
 * Whether an address is a page of the repository a Handle's prefix names (`HANDLE_REPOSITORIES`), on its site or a
 * subdomain, whole labels only, when the address carries no handle of that prefix (one it carries must be this one).
 *
 * @example
 * repositoryPage('10138/12345', 'https://helda.helsinki.fi/items/0b6a1f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b') // true
 * repositoryPage('10138/12345', 'https://helda.helsinki.fi.evil.net/items/0b6a') // false
 */
export function repositoryPage(handle: string, uri: string): boolean {
  const url = parsedUrl(uri);
  const prefix = handle.slice(0, handle.indexOf('/'));
  if (url === undefined || safeDecode(url.href).includes(`${prefix}/`)) return false;
  return (HANDLE_REPOSITORIES[prefix] ?? []).some((site) => onSite(hostOf(url), site));
}

/**
 * Whether an address is a page of the publisher a DOI's prefix names (`DOI_REGISTRANTS`), on its site or a subdomain,
 * whole labels only; an arXiv DOI's page is its arXiv id's on arXiv or a mirror. `whole` as for `opensIdentifier`.
 *
 * @example
 * publisherPage('10.1109/5.771073', 'https://ieeexplore.ieee.org/document/771073') // true
 * publisherPage('10.1016/j.cell.2020.01.001', 'https://www.sciencedirect.com.evil.io/') // false
 * publisherPage('10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.01234v2') // true
 */
export function publisherPage(doi: string, uri: string, whole = true): boolean {
  const arxiv = /^10\.48550\/arxiv\.(\S+)$/iu.exec(doi);
  if (arxiv) return opensIdentifier({ kind: 'arxiv', id: arxiv[1]!, shown: `arXiv:${arxiv[1]!}`, index: 0, length: 0 }, uri, whole);
  const url = parsedUrl(uri);
  if (url === undefined) return false;
  const host = hostOf(url);
  const sites = DOI_REGISTRANTS[/^10\.\d{4,9}(?=\/)/u.exec(doi)?.[0] ?? ''];
  return sites === undefined ? unlistedPublisherPage(url) : sites.some((site) => onSite(host, site));
}

/**
 * The DOI or Handle an address at its resolver names (`https://doi.org/10.1145/x`, `dx.doi.org/10.1145/x`,
 * `hdl.handle.net/10138/12345`), as words naming it.
 */
export function resolverIdentifier(words: string): ShownIdentifier | undefined {
  const w = words.trim().replace(/[.,;:!?)\]]+$/u, '');
  const m = /^(?:https?:\/\/)?(?:www\.)?(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/iu.exec(w);
  if (m) return { kind: 'doi', id: m[1]!, shown: `doi:${m[1]!}`, index: 0, length: m[0].length };
  const h = /^(?:https?:\/\/)?(?:www\.)?hdl\.handle\.net\/(\d+(?:\.\d+)*\/[^\s?#]+)$/iu.exec(w);
  if (h) return { kind: 'hdl', id: h[1]!, shown: `hdl:${h[1]!}`, index: 0, length: h[0].length };
  const u = /^(?:https?:\/\/)?(?:www\.)?(?:urn\.fi|nbn-resolving\.(?:org|de))\/(?:urn\/resolver\.pl\?(?:urn=)?)?(urn:\S+)$/iu.exec(w);
  return u ? { kind: 'urn', id: u[1]!, shown: u[1]!, index: 0, length: u[0].length } : undefined;
}

/** A URN's resolvers: their page for a URN is the one that carries it. */
const URN_RESOLVERS = ['urn.fi', 'nbn-resolving.org', 'nbn-resolving.de'];

/**
 * Whether an address can be the page a URN names: one whose address carries it; for an ISBN's URN, which names no
 * host, one carrying its ISBN, hyphens or not; for a national library's (URN:NBN), off its resolvers, a page in the
 * country or at the library or repository it names (URN:NBN:fi:tuni-... on trepo.tuni.fi, urn:nbn:de:0168-ssoar-...
 * on www.ssoar.info, its own name as a whole label: not tuni-evil.io or tuni.fi.evil-site.io, even carrying the URN), or the German National Library's copy (d-nb.info),
 * which nbn-resolving serves for Germany and Switzerland.
 *
 * @example
 * urnPage('URN:NBN:fi:tuni-202405156789', 'https://trepo.tuni.fi/handle/10024/1') // true
 * urnPage('URN:NBN:fi:tuni-202405156789', 'https://trepo.tuni.fi.evil-site.io/handle/10024/1') // false
 */
export function urnPage(urn: string, uri: string): boolean {
  const url = parsedUrl(uri);
  if (url === undefined) return false;
  const opens = hostOf(url);
  const target = safeDecode(url.href).toLowerCase();
  const nbn = /^urn:nbn:([a-z]{2})[:-](\S+)/iu.exec(urn);
  const named = (nbn?.[2] ?? '').toLowerCase().split(/[^a-z0-9]+/u).filter((w) => /[a-z]/u.test(w) && w.length >= 2);
  // The site's own name, before its top-level domain (or "ac.uk"), a whole label: not `tuni-evil.io`, `tuni.fi.evil.io`.
  const labels = opens.split('.');
  const name = labels[labels.length - 2]!.length <= 3 && labels.length > 2 ? labels[labels.length - 3]! : (labels[labels.length - 2] ?? '');
  // The library's own host followed by more labels (`trepo.tuni.fi.evil-site.io`) is its look-alike, whatever it carries.
  if (named.some((w) => w !== name && new RegExp(`(?:^|\\.)${w}\\.(?:[a-z]{2}\\.)?[a-z]{2,3}\\.`, 'u').test(opens))) return false;
  const escaped = escapeRegExp(urn.toLowerCase());
  if (new RegExp(`${escaped}(?![\\p{L}\\p{N}])`, 'u').test(target)) return true;
  const isbn = /^urn:isbn:(\d[\d-]{8,15}[\dx])$/iu.exec(urn)?.[1];
  if (isbn !== undefined) return new RegExp(`(?<!\\d)${isbn.replace(/-/gu, '')}(?![\\dx])`, 'iu').test(target.replace(/-/gu, '')) || unlistedPublisherPage(url);
  if (nbn === null || URN_RESOLVERS.some((site) => onSite(opens, site))) return false;
  const country = nbn[1]!.toLowerCase();
  const platform = named.some((w) => (URN_PLATFORMS[w] ?? []).some((site) => onSite(opens, site)));
  return opens.endsWith(`.${country}`) || named.includes(name) || platform || (['de', 'ch'].includes(country) && onSite(opens, 'd-nb.info'));
}

/**
 * Shared repository platforms a URN names by a word of its own, whose sites carry the library's name as a subdomain:
 * `urn:nbn:se:uu:diva-3475` on `uu.diva-portal.org` (DiVA, Uppsala University's: https://uu.diva-portal.org/smash/record.jsf?pid=diva2:3475).
 */
const URN_PLATFORMS: Readonly<Record<string, readonly string[]>> = {
  diva: ['diva-portal.org'],
};

/**
 * Whether an address can be the page an identifier written as words names: a DOI or Handle on any site whose address
 * carries it (its resolver's, `doi.org/10.1145/x`, or the publisher's or repository's it resolves to, which cannot
 * be known offline; a DOI's suffix of 6 or more characters, or its last part, will do there as a part of the address),
 * a DOI on its publisher's own site (`publisherPage`), a Handle on its repository's (`repositoryPage`), an arXiv id on arXiv or a mirror, any version unless the words name one, or its arXiv DOI
 * (`doi.org/10.48550/arXiv.2401.01234`); never a known site's look-alike (`urn.fi.evil-site.net`), whatever it carries. `whole`: the words are the whole identifier, so the address must carry no
 * longer one ("10.1000/18" is not in "10.1000/182"); else the words may be cut by a line's end, and its start will do.
 *
 * @example
 * opensIdentifier({ kind: 'doi', id: '10.1145/x', ... }, 'https://dl.acm.org/doi/10.1145/x', true) // true
 * opensIdentifier({ kind: 'arxiv', id: '2401.01234', ... }, 'https://evil-site.net/2401.01234', true) // false
 */
export function opensIdentifier(ident: ShownIdentifier, uri: string, whole: boolean): boolean {
  const url = parsedUrl(uri);
  if (url === undefined) return false;
  const host = hostOf(url);
  const target = safeDecode(url.href).toLowerCase();
  // An arXiv id with no version opens any; the end of an identifier is not followed by more of it (".pdf" aside).
  const carries = (id: string, anyVersion: boolean, segment = false): boolean =>
    new RegExp(`${segment ? '(?<=[/=])' : ''}${escapeRegExp(id.toLowerCase())}${anyVersion ? '(?:v\\d+)?' : ''}${whole ? '(?![\\p{L}\\p{N}_-]|\\.(?!pdf\\b)[\\p{L}\\p{N}])' : ''}`, 'u').test(target);
  // A known site's look-alike (`urn.fi.evil-site.net`) is not that site, whatever identifier its address carries.
  if (lookalikeSite(host)) return false;
  if (ident.kind === 'doi') {
    // A publisher's own address may carry only the DOI's suffix or its last part, as a part of the address:
    // nature.com/articles/s41586-020-2649-2 for 10.1038/s41586-020-2649-2, aclanthology.org/2024.acl-long.1 for 10.18653/v1/2024.acl-long.1.
    const suffix = ident.id.slice(ident.id.indexOf('/') + 1);
    return publisherPage(ident.id, uri, whole) || carries(ident.id, false) || [suffix, suffix.slice(suffix.lastIndexOf('/') + 1)].some((t) => t.length >= 6 && carries(t, false, true));
  }
  if (ident.kind === 'hdl') return carries(ident.id, false) || repositoryPage(ident.id, uri);
  if (ident.kind === 'urn') return urnPage(ident.id, uri);
  const anyVersion = !/v\d+$/u.test(ident.id);
  if (ARXIV_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return carries(ident.id, anyVersion);
  return /^(?:dx\.)?doi\.org$/u.test(host) && carries(`10.48550/arxiv.${ident.id}`, anyVersion);
}

/** A string as a regular expression matches it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A link's words as they read, without the punctuation that may end a sentence after them. */
function linkWordsRead(shown: string): string {
  return readLinkWords(shown).trim().replace(/[.,;:!?]+$/u, '');
}

/** The identifier the words are, whole: a resolver's address (`doi.org/10.1145/x`) or one identifier and nothing else. */
function wholeIdentifier(words: string): ShownIdentifier | undefined {
  const atResolver = resolverIdentifier(words);
  if (atResolver !== undefined) return atResolver;
  const [first, ...more] = shownIdentifiers(words);
  return first !== undefined && more.length === 0 && first.index === 0 && first.length === words.length ? first : undefined;
}

/**
 * The address at its resolver of the identifier a link's words are, whole (`doi:10.1145/x`, `urn.fi/URN:NBN:fi:...`):
 * the page a link with those words opens wherever the identifier moves. None for an ISBN's URN or a URN of a country
 * without a resolver listed here.
 *
 * @example
 * identifierAddress('doi:10.1145/x') // 'https://doi.org/10.1145/x'
 * identifierAddress('URN:NBN:fi:tuni-202405156789') // 'https://urn.fi/URN:NBN:fi:tuni-202405156789'
 */
export function identifierAddress(shown: string): string | undefined {
  const ident = wholeIdentifier(linkWordsRead(shown));
  if (ident === undefined) return undefined;
  if (ident.kind === 'doi') return `https://doi.org/${ident.id}`;
  if (ident.kind === 'hdl') return `https://hdl.handle.net/${ident.id}`;
  if (ident.kind === 'arxiv') return `https://arxiv.org/abs/${ident.id}`;
  // Finland's URNs resolve at urn.fi; Germany's, Austria's and Switzerland's at nbn-resolving.org.
  const country = /^urn:nbn:([a-z]{2})[:-]/iu.exec(ident.id)?.[1]?.toLowerCase();
  return country === 'fi' ? `https://urn.fi/${ident.id}` : country !== undefined && ['de', 'at', 'ch'].includes(country) ? `https://nbn-resolving.org/${ident.id}` : undefined;
}

/**
 * Whether a link's words are a whole web address with a path (scheme optional), a DOI, an arXiv id or a Handle, and
 * the link opens another page than they name, on the same site or not ("[github.com/aino/thesis](https://github.com/mallory/thesis)",
 * "[doi:10.1145/x](https://evil-site.net/)"). The host's case, `www.`, http or https, a trailing slash and a trailing
 * punctuation mark are not differences; a query or fragment counts only when the words show one. Words that are only
 * a site are `shownHostDiffers`'s; an identifier's page is `opensIdentifier`'s.
 *
 * @example
 * shownAddressDiffers('https://arxiv.org/abs/2401.00001', 'https://arxiv.org/abs/2401.99999') // true
 * shownAddressDiffers('doi:10.1000/182', 'https://doi.org/10.1000/183') // true
 * shownAddressDiffers('doi:10.1000/182', 'https://evil-site.net/paper') // true
 * shownAddressDiffers('www.trepo.tuni.fi/handle/1.', 'https://trepo.tuni.fi/handle/1/') // false
 * shownAddressDiffers('github.com', 'https://github.com/mallory') // false
 */
export function shownAddressDiffers(shown: string, href: string): boolean {
  const words = linkWordsRead(shown);
  const target = parsedUrl(href);
  if (target === undefined) return false;
  const host = (h: string): string => h.toLowerCase().replace(/\.$/u, '').replace(/^www\./u, '');
  const path = (p: string): string => p.replace(/[.,;:!?]+$/u, '').replace(/\/+$/u, '');
  // Words that are a DOI, an arXiv id or a Handle, alone: the page opened must be that identifier's.
  const ident = wholeIdentifier(words);
  if (ident !== undefined) return !opensIdentifier(ident, href, true);
  if (!/^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?\/\S/iu.test(words)) return false;
  let named: URL;
  try {
    named = new URL(/^https?:\/\//iu.test(words) ? words : `https://${words}`);
  } catch {
    return false;
  }
  if (path(named.pathname) === '') return false;
  const same =
    host(named.hostname) === host(target.hostname) &&
    named.port === target.port &&
    safeDecode(path(named.pathname)) === safeDecode(path(target.pathname)) &&
    (named.search === '' || named.search === target.search) &&
    (named.hash === '' || named.hash === target.hash);
  return !same;
}

/** A percent-encoded address as read ("%7E" and "~" are one address); as written when a stray "%" is in it. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A service whose own pages open only for the account that owns them. */
export type OwnerOnlyService = 'dropbox' | 'gmail' | 'drive' | 'onedrive' | 'sharepoint' | 'outlook' | 'overleaf';

/**
 * The service, when a link is one of its pages that only the signed-in owner can open, not a share link: a Dropbox
 * file under `/home`, a mail in Gmail or Outlook, "My Drive" in Google Drive, a OneDrive file without a share key,
 * an Overleaf project (its share link is `/read/...`). A reviewer who clicks it gets a sign-in page.
 *
 * @example
 * ownerOnlyLink('https://www.dropbox.com/home/thesis.pdf') // 'dropbox'
 * ownerOnlyLink('https://www.dropbox.com/scl/fi/abc/thesis.pdf?dl=0') // undefined
 */
export function ownerOnlyLink(link: string): OwnerOnlyService | undefined {
  const url = parsedUrl(link);
  if (url === undefined) return undefined;
  const host = hostOf(url);
  const path = url.pathname;
  if ((host === 'www.dropbox.com' || host === 'dropbox.com') && /^\/home(?:\/|$)/u.test(path)) return 'dropbox';
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'drive.google.com' && /^\/drive\/(?:u\/\d+\/)?(?:my-drive|recent|starred|home|computers|trash)(?:\/|$)/u.test(path)) return 'drive';
  if (host === 'onedrive.live.com' && (url.searchParams.has('id') || url.searchParams.has('resid')) && !url.searchParams.has('authkey') && !/^\/(?:embed|download|redir)/u.test(path)) return 'onedrive';
  // A university OneDrive or SharePoint file by its own path; share links start with "/:b:/g/" (or another letter).
  if (/\.sharepoint\.com$/u.test(host) && /^\/(?:personal|sites|teams)\//u.test(path)) return 'sharepoint';
  if (/^outlook\.(?:live|office|office365)\.com$/u.test(host) && /^\/(?:mail|owa)(?:\/|$)/u.test(path)) return 'outlook';
  if ((host === 'www.overleaf.com' || host === 'overleaf.com') && /^\/project\/[0-9a-f]+/u.test(path)) return 'overleaf';
  return undefined;
}

/** Ends no domain has, typed for `.com`, `.org`, `.net`, `.edu` ("gmail.con", "tuni.fi.com" is real and not here). */
const TLD_TYPOS: Readonly<Record<string, string>> = { con: 'com', cmo: 'com', ocm: 'com', comm: 'com', coom: 'com', cpm: 'com', vom: 'com', xom: 'com', ogr: 'org', orgg: 'org', nte: 'net', ent: 'net', edi: 'edu', eud: 'edu' };
/** Every ending a domain can have today, lowercase (the Unicode ones as written, "рф"). */
const TLDS: ReadonlySet<string> = new Set(TLD_LIST);
const RESERVED_ENDINGS = new Set(['example', 'test', 'invalid', 'localhost']);
/** The endings a mistyped one most likely meant: a country's two letters, or one of the old general ones. */
const COMMON_TLDS = new Set([...TLD_LIST.filter((t) => /^[a-z]{2}$/u.test(t)), 'com', 'org', 'net', 'edu', 'gov', 'int', 'mil', 'info']);
/** The second-level labels under a country's ending ("uw.edu.pl", "ox.ac.uk"): after them, "con" is no ".com". */
const SECOND_LEVEL = new Set(['edu', 'ac', 'co', 'com', 'org', 'net', 'gov', 'gob', 'gv', 'or', 'ne']);

/**
 * The domain an ending that no domain has most likely meant (`uw.edu.pll` -> `uw.edu.pl`), `undefined` when one
 * cannot tell; `false` when the ending exists. Punycode (`xn--`) and numeric endings are taken as they are.
 */
function unknownEnding(labels: readonly string[]): string | undefined | false {
  const end = labels.at(-1)!;
  // The reserved endings (.example, .test) are said as placeholders, by `reservedDomain`.
  if (labels.length < 2 || TLDS.has(end) || RESERVED_ENDINGS.has(end) || end.startsWith('xn--') || /^\d+$/u.test(end)) return false;
  const near = [...COMMON_TLDS].filter((t) => editDistance(t, end) === 1);
  return near.length === 1 ? [...labels.slice(0, -1), near[0]!].join('.') : undefined;
}

/** The mail providers whose names are mistyped most, as written after the @. */
const PROVIDERS = ['gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'protonmail.com'];
/** Real domains one letter away from a provider above: not typos. */
const NEAR_PROVIDERS = new Set(['mail.com', 'ymail.com', 'email.com', 'cloud.com']);

/**
 * The domain an address most likely meant when the one written reaches no one: a domain ending no domain has
 * (`gmail.con`, `uw.edu.pll`: `wrong: true`, `meant` left out when one cannot tell, as for `uw.domain`), or a
 * provider's name mistyped (`gmial.com`, `hotmial.com`, `gmail.co`), which may well be someone else's domain.
 *
 * @example
 * emailTypo('liisa.makinen@gmail.con') // { meant: 'gmail.com', wrong: true }
 * emailTypo('anna.nowak@uw.edu.pll') // { meant: 'uw.edu.pl', wrong: true }
 * emailTypo('liisa.makinen@gmial.com') // { meant: 'gmail.com', wrong: false }
 * emailTypo('mikko.korhonen@tuni.fi') // undefined
 */
export function emailTypo(email: string): { meant?: string; wrong: true } | { meant: string; wrong: false } | undefined {
  const domain = /@([^\s@]+)$/u.exec(email.trim())?.[1]?.toLowerCase().replace(/\.$/u, '');
  if (domain === undefined) return undefined;
  const labels = domain.split('.');
  const end = TLD_TYPOS[labels.at(-1)!];
  // "uw.edu.con" was more likely "uw.edu.co" or ".cn" than "uw.edu.com": no guess there.
  if (labels.length >= 2 && end !== undefined) return labels.length >= 3 && SECOND_LEVEL.has(labels.at(-2)!) ? { wrong: true } : { meant: [...labels.slice(0, -1), end].join('.'), wrong: true };
  const unknown = unknownEnding(labels);
  if (unknown !== false) return unknown === undefined ? { wrong: true } : { meant: unknown, wrong: true };
  if (PROVIDERS.includes(domain) || NEAR_PROVIDERS.has(domain)) return undefined;
  // Gmail has only gmail.com (and googlemail.com): "gmail.co", "gmail.fi" reach someone else, or no one.
  if (labels.length === 2 && labels[0] === 'gmail') return { meant: 'gmail.com', wrong: false };
  const meant = PROVIDERS.find((p) => labels.length === 2 && p.endsWith(`.${labels[1]}`) && labels[0]!.length >= 4 && editDistance(labels[0]!, p.split('.')[0]!) === 1);
  return meant ? { meant, wrong: false } : undefined;
}

/**
 * Whether a telephone number has too few digits to be one anyone can call ("123", "+358 40 ABC"): fewer than six.
 * A word in capitals of four letters or more is dialled as digits ("1-800-FLOWERS"); "ext." and other words are not.
 */
export function shortPhone(phone: string): boolean {
  const digits = phone.replace(/\D/gu, '').length + (phone.match(/\b[A-Z]{4,}\b/gu) ?? []).join('').length;
  // No digit at all but words ("n/a", an address pasted in the wrong field) is no number either; "-" alone is a
  // placeholder, said as one. A run of zeros ("0000000") is a number nobody has.
  return (digits < 6 && /[\p{L}\p{N}]/u.test(phone)) || /^[\s+()-]*0[0\s()-]*$/u.test(phone);
}

/**
 * Mailbox names of automated senders, in the languages of the postings, and the mail system's own mailboxes
 * (postmaster@, hostmaster@, abuse@, whole: "postmaster.jones@" is a person): mail to them is not read by anyone.
 */
const NO_REPLY = /^(?:no|do[-_.]?not|dont|please[-_.]?do[-_.]?not)[-_.]?(?:reply|respond)|^no[-_.]?respon(?:se|d|der)|^ne[-_.]?pas[-_.]?repondre|^nicht[-_.]?antworten|^keine[-_.]?antwort|^nao[-_.]?responda|^non[-_.]?rispondere|^(?:mailer[-_.]?daemon|bounces?|postmaster|hostmaster|abuse)$/u;

/**
 * Whether an address is a no-reply mailbox (noreply@, no-reply@, no.reply@, do-not-reply@, donotreply@,
 * do-not-respond@, mailer-daemon@, postmaster@, hostmaster@, abuse@, also "noreply-hr@" and the French, German,
 * Portuguese, Italian forms): copied from an automated message, it reaches no one.
 *
 * @example
 * noReplyAddress('do-not-reply@uio.no') // true
 */
export function noReplyAddress(email: string): boolean {
  const e = email.trim().toLowerCase();
  const at = e.lastIndexOf('@');
  if (at <= 0) return false;
  return NO_REPLY.test(e.slice(0, at).replace(/\+.*$/u, ''));
}
