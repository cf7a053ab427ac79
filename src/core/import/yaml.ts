/**
 * Writes an imported profile as YAML whose comments say where each value came from and what to check.
 */
import { Document, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Profile } from '../schema/profile.js';

/** Comment lines keyed by a path: a top-level key (`deadline`), a submission key (`submission.format`), or `items[2]`. */
export type CommentMap = ReadonlyMap<string, readonly string[]>;

function toComment(lines: readonly string[]): string {
  return lines.map((l) => ` ${l.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/**
 * The profile as YAML text (no `$schema` header: the caller knows where the schema lives).
 *
 * @example
 * profileToYaml(profile, new Map([['deadline', ['from: "The deadline is 14.11.2025."']]]))
 * // '...\n# from: "The deadline is 14.11.2025."\ndeadline: 2025-11-14\n...'
 */
export function profileToYaml(profile: Profile, comments: CommentMap = new Map()): string {
  const doc = new Document(profile);
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const c = comments.get(key);
      if (c && c.length > 0) pair.key.commentBefore = toComment(c);
      if (key === 'submission' && isMap(pair.value)) {
        for (const sub of pair.value.items) {
          if (!isScalar(sub.key)) continue;
          const sc = comments.get(`submission.${String(sub.key.value)}`);
          if (sc && sc.length > 0) sub.key.commentBefore = toComment(sc);
        }
      }
      // A guessed `not_wanted` entry carries its mark above it, as an item does.
      if (key === 'not_wanted' && isSeq(pair.value)) {
        pair.value.items.forEach((node, j) => {
          const nc = comments.get(`not_wanted[${j}]`);
          if (nc && nc.length > 0 && node && typeof node === 'object') (node as { commentBefore?: string }).commentBefore = toComment(nc);
        });
      }
      if (key === 'items' && isSeq(pair.value)) {
        pair.value.items.forEach((node, i) => {
          const ic = comments.get(`items[${i}]`);
          if (ic && ic.length > 0 && node && typeof node === 'object') (node as { commentBefore?: string }).commentBefore = toComment(ic);
          // `accepts: [file, text]` and `contact: [name, email, phone]` read like the built-in profiles.
          if (isMap(node)) for (const p of node.items) if (isScalar(p.key) && (p.key.value === 'accepts' || p.key.value === 'contact') && isSeq(p.value)) p.value.flow = true;
        });
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
