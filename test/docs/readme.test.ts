/**
 * The README's examples stay true: every `npx packet ...` line in a shell block runs, with the exit code the
 * README promises; the sample output block is what `validate` prints; the shipped JSON Schemas are not stale.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../../src/core/schema/json-schema.js';
import { catalogueTable } from '../../src/core/catalogue.js';
import { cli, workspace } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function blocks(lang: string): string[] {
  return [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

/** `npx packet a b "c d"  # comment` -> ['a', 'b', 'c d'] */
function argv(line: string): string[] {
  const code = line.replace(/\s+#.*$/, '').replace(/^.*?npx packet\s+/, '');
  return [...code.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

const commands = blocks('sh')
  .flatMap((b) => b.split('\n'))
  .filter((l) => l.includes('npx packet '));

describe('README', () => {
  it('lists every diagnostic code of the catalogue, as `npm run docs` generates it', () => {
    const start = readme.indexOf('<!-- diagnostic codes: generated from src/core/catalogue.ts by `npm run docs` -->\n');
    const end = readme.indexOf('\n<!-- end of diagnostic codes -->');
    expect(start).toBeGreaterThan(0);
    const table = readme.slice(readme.indexOf('\n', start) + 1, end);
    expect(table).toBe(catalogueTable());
  });

  it('has the two commands, and .ci/run runs the test one', () => {
    expect(readme).toContain('```sh\nnpm ci && npm run build && npx packet build examples/aalto-tml/manifest.yaml\n```');
    expect(readme).toContain('```sh\nnpm ci && npm run check\n```');
    const ci = readFileSync(join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci --no-audit --no-fund\nnpm run check$/m);
  });

  it.each(commands)('%s', async (line) => {
    // Paths the README writes to (`my-application/`, `/tmp/packet.pdf`) go to a fresh folder: a shared machine's /tmp may hold another manifest's packet there.
    const args = argv(line).map((a) => (a === 'my-application' || a.startsWith('my-application/') ? join(workspace({}), a) : a.startsWith('/tmp/') ? join(workspace({}), a.slice('/tmp/'.length)) : a));
    const r = await cli(args, { cwd: root });
    const expected = /exit 1|not ready|missing and wrong|for scripts|checklist/.test(line) ? 1 : 0;
    expect(r.stderr.match(/internal error/)).toBeNull();
    expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(expected);
  });

  it('shows what validate really prints on the incomplete example', async () => {
    const shown = blocks('text')[0]!;
    const r = await cli(['validate', 'examples/aalto-tml-incomplete/manifest.yaml', '--today', '2025-10-01'], { cwd: root });
    expect(r.stdout).toBe(shown);
  });

  it('shows what profile import prints about the documents a posting names that no item lists', async () => {
    const shown = blocks('text').find((b) => b.includes('the posting also names'));
    expect(shown).toBeDefined();
    const r = await cli(['profile', 'import', 'test/fixtures/postings/real/africa-postdoc-pretoria-application-form.txt'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(shown);
  });
});

describe('JSON Schemas', () => {
  it('schemas/*.json are those the zod schemas generate (run `npm run schemas` when this fails)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(join(root, 'schemas', name), 'utf8'), name).toBe(text);
    }
  });

  it('every example and template starts with the schema header', () => {
    const files = [
      'examples/aalto-tml/manifest.yaml',
      'examples/aalto-tml-incomplete/manifest.yaml',
      'templates/profiles/aalto-tml-doctoral-2025.yaml',
      'templates/profiles/us-tenure-track-cs.yaml',
      'templates/profiles/eu-postdoc-ml.yaml',
    ];
    for (const f of files) {
      const kind = f.startsWith('examples') ? 'manifest' : 'profile';
      expect(readFileSync(join(root, f), 'utf8').split('\n')[0], f).toBe(`# yaml-language-server: $schema=../../schemas/${kind}.schema.json`);
    }
  });
});
