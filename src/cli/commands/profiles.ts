import { join } from 'node:path';
import { parseProfile } from '../../core/parse/profile.js';
import { builtinProfileIds, profilesDir, readText } from '../../io/files.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';

/** `packet profiles`: the built-in profiles, one line each. */
export async function runProfiles(io: CliIo): Promise<number> {
  const ids = await builtinProfileIds();
  const rows: string[][] = [];
  for (const id of ids) {
    const { profile } = parseProfile(await readText(join(profilesDir, `${id}.yaml`)), `${id}.yaml`);
    if (!profile) continue;
    const deadline = profile.deadline ? `deadline ${profile.deadline}` : profile.open_until_filled ? 'open until filled' : '';
    // A made-up posting is said so on its line: its id alone reads like a generic template.
    rows.push([id, `${profile.title}${profile.organization ? `, ${profile.organization}` : ''}`, deadline, profile.example ? '(example: a made-up posting, for trying the tool)' : '']);
  }
  const width = Math.max(...rows.map((r) => r[0]!.length));
  io.stdout(rows.map((r) => `${r[0]!.padEnd(width)}  ${r[1]}${r[2] ? `  (${r[2]})` : ''}${r[3] ? `  ${r[3]}` : ''}`).join('\n') + '\n');
  return EXIT.ok;
}
