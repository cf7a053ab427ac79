/** Which addresses become clickable links: only web and mail addresses, whatever the text or file asks for. */
import { isLocalHost } from '../validate/values.js';

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
