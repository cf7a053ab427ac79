import type { ManifestEntry } from '../parse/manifest.js';
import type { ProfileItem } from '../schema/profile.js';
import type { Form } from '../schema/vocabulary.js';

const formWords: Record<Form, string> = {
  file: 'a file (PDF or JPEG/PNG scan)',
  text: 'a text (`{ text: ... }`)',
  link: 'a link (`{ link: https://... }`)',
  referee: "a referee's contact details (`{ name, email, ... }`)",
  letter: 'a letter (a file, or a referee with `letter:`)',
};

/** "a file or a link": what an item accepts, in words. */
export function formsPhrase(accepts: readonly Form[]): string {
  const words = accepts.map((f) => formWords[f]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * What was given and what the item accepts, in words, when the item does not accept the entry; a letter is a
 * file, and a referee with a letter counts as one.
 */
export function checkEntryForm(item: ProfileItem, entry: ManifestEntry): { given: string; forms: string } | undefined {
  const a = item.accepts;
  const ok =
    (entry.form === 'file' && (a.includes('file') || a.includes('letter'))) ||
    (entry.form === 'text' && a.includes('text')) ||
    (entry.form === 'link' && a.includes('link')) ||
    (entry.form === 'referee' && (a.includes('referee') || (a.includes('letter') && entry.letter !== undefined)));
  if (ok) return undefined;
  const given = entry.form === 'referee' ? "a referee's contact details" : `a ${entry.form}`;
  return { given, forms: formsPhrase(a) };
}
