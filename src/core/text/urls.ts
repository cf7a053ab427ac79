/** Which addresses become clickable links: only web and mail addresses, whatever the text or file asks for. */

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
