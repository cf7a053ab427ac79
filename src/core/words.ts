/** Small pieces of wording shared by every message: counts with their noun, sizes, code points. */

/**
 * `1 page`, `7 pages`, `1,234 entries`.
 *
 * @example
 * plural(2, 'referee'); // '2 referees'
 * plural(1, 'entry', 'entries'); // '1 entry'
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/** `1,234,567`: thousands separated as en-US writes them (toLocaleString would load ICU data: ~20 ms at start). */
function grouped(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** `12.3 MB` (10^6 bytes, as portals count), two decimals below 0.1 MB. */
export function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e5 ? 2 : 1)} MB`;
}

/** `U+738B`: how a character is named when the font cannot draw it. */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
