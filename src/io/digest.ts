/** SHA-256 for the record of what a packet was built from (node:crypto is loaded on first use: 8 ms). */

/**
 * The SHA-256 of the parts one after another, in hex.
 *
 * @example
 * await sha256Hex([new TextEncoder().encode('file:docs/cv.pdf\0'), bytes]); // '3f1c…' (64 hex digits)
 */
export async function sha256Hex(parts: readonly Uint8Array[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex');
}
