/**
 * The catalogue is the one source of diagnostics: every entry renders sentences, codes are `area.name`, and no
 * module makes a diagnostic by hand (a `code: '...'` literal outside the catalogue).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueTable, diag } from '../../src/core/catalogue.js';

const src = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));

describe('the catalogue of diagnostics', () => {
  it('names codes as area.name', () => {
    for (const code of Object.keys(CATALOGUE)) expect(code).toMatch(/^[a-z]+\.[a-z-]+$/);
  });

  it('is where every diagnostic is made: no code literal elsewhere in src/', () => {
    const offenders = files(src)
      .filter((f) => !f.endsWith('catalogue.ts'))
      .filter((f) => /\bcode: '[a-z]+\.[a-z-]+'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('renders messages and hints as sentences', () => {
    const d = diag('item.missing', { title: 'Short bio', id: 'bio', forms: 'a file' });
    expect(d).toEqual({ severity: 'error', code: 'item.missing', message: 'Short bio is missing: the posting asks for it.', hint: 'Add `bio:` under `items:` with a file.' });
    expect(diag('packet.empty').message).toBe('No item could be put into the packet, so it has no pages.');
    const truncated = diag('file.truncated', { file: 'cv.pdf', kind: 'PDF', fatal: false, pages: 2 });
    expect(truncated.severity).toBe('warning');
    expect(truncated.message).toBe('cv.pdf seems incomplete (it stops before its end); 2 pages could be read, but some content may be missing.');
  });

  it('gives one table row per code', () => {
    const rows = catalogueTable().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(CATALOGUE).length);
    expect(rows).toContain('| `file.xfa` | error / warning | an XFA form (an error when it is dynamic: only Adobe Reader draws its pages) |');
  });
});
