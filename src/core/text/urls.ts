/** Which addresses become clickable links: only web and mail addresses, whatever the text or file asks for. */
import { domainToUnicode } from 'node:url';
import { isLocalHost, mixedScript } from '../validate/values.js';

/**
 * The address as a link annotation may hold it (ASCII, absolute), or undefined when it is not a web or mail
 * address a reader should open.
 *
 * @example
 * safeUrl('https://example.org/ä') // 'https://example.org/%C3%A4'
 * safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (!['http:', 'https:', 'mailto:'].includes(u.protocol)) return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

/**
 * Where a link in an input PDF (its /URI action's address) leads when that is off the web, where a reviewer's click
 * finds nothing or what it should not: `file` for a file on the author's computer or network (`C:\Users\...`,
 * `/Users/...`, `\\host\share`, `file:`, `smb:`, a relative path) or another program (`ms-msdt:`); `intranet` for a
 * web address only that computer or network reaches (localhost, 192.168.x.x, 10.x.x.x, a name without a dot);
 * `unreadable` for bytes that are no address (control characters, or not UTF-8: a string the file's encryption
 * garbled). Undefined for web links (http, https, and `www.` without a scheme, which viewers open as http), mail
 * links and an empty address.
 *
 * @example
 * offWebLink('smb://fileserver/share/x') // 'file'
 * offWebLink('http://192.168.1.10/intranet/cv') // 'intranet'
 * offWebLink('https://trepo.tuni.fi/handle/10024/123456') // undefined
 */
export function offWebLink(uri: string, bytes?: Uint8Array): 'file' | 'intranet' | 'unreadable' | undefined {
  const u = uri.trim();
  if (u === '' || /^mailto:/iu.test(u)) return undefined;
  const web = /^https?:\/\//iu.test(u) ? u : /^www\./iu.test(u) ? `http://${u}` : undefined;
  if (web === undefined) return bytes && !readable(bytes) ? 'unreadable' : 'file';
  let host: string;
  try {
    host = new URL(web).hostname;
  } catch {
    // Not an address at all: it opens nothing, and leads nowhere either.
    return undefined;
  }
  return isLocalHost(host) || (!host.includes('.') && !host.startsWith('[')) ? 'intranet' : undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes can be an address someone wrote: no control characters, and UTF-8 (ASCII included). */
function readable(bytes: Uint8Array): boolean {
  if (bytes.some((b) => b < 0x20 || b === 0x7f)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A web link that shows one site and opens another: the host it shows (what a reader takes it for) and the one it opens. */
export interface DeceptiveLink {
  /** "www.tuni.fi" before the `@`, or the host in the letters it is shown in ("аalto.fi" with a Cyrillic а). */
  shown: string;
  /** The host a browser opens: "evil.example.net", "xn--alto-8ve.fi". */
  opens: string;
  why: 'userinfo' | 'lookalike';
}

/**
 * How a web address reads as one site and opens another, or undefined: a name and `@` before the host
 * (`https://www.tuni.fi@evil.example.net/`), or a host with Latin and Cyrillic or Greek letters mixed in one label,
 * typed so or written in punycode (`https://xn--alto-8ve.fi/`). The rules `checkLink` holds the manifest's links to.
 *
 * @example
 * deceptiveLink('https://www.tuni.fi@evil.example.net/login') // { shown: 'www.tuni.fi', opens: 'evil.example.net', why: 'userinfo' }
 */
export function deceptiveLink(uri: string): DeceptiveLink | undefined {
  const u = uri.trim();
  const web = /^https?:\/\//iu.test(u) ? u : /^www\./iu.test(u) ? `http://${u}` : undefined;
  if (web === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(web);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') {
    const typed = /^[a-z]+:\/\/([^/?#]*)@/iu.exec(web)?.[1] ?? url.username;
    return { shown: safeDecode(typed), opens: url.hostname, why: 'userinfo' };
  }
  const shown = domainToUnicode(url.hostname);
  return shown.split('.').some(mixedScript) ? { shown, opens: url.hostname, why: 'lookalike' } : undefined;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
