/** The built-in example profiles (templates/profiles) as their tests read them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A built-in profile's YAML text, by id. */
export function templateText(id: string): string {
  return readFileSync(join(import.meta.dirname, '../../templates/profiles', `${id}.yaml`), 'utf8');
}

/**
 * The posting's words a template quotes in its header comment, joined into one line.
 *
 * @example
 * templateQuote('eu-postdoc-ml'); // 'Send one PDF of at most 8 MB and 40 pages: ...'
 */
export function templateQuote(id: string): string {
  return templateText(id)
    .split('\n')
    .filter((l) => l.startsWith('# '))
    .map((l) => l.slice(2))
    .join(' ')
    .match(/"(.*)"/)![1]!;
}
