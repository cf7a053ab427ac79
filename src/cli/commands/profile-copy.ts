import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../../app/check.js';
import { closest } from '../../core/parse/suggest.js';
import { shellArg } from '../../core/words.js';
import { builtinProfileIds, displayPath, exists, isFolder, MAX_TEXT_BYTES, outputProblem, packageRoot, profilesDir, readInput, toPosix, writeFileAtomic, WriteError } from '../../io/files.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';

/**
 * `packet profile copy <id> [file]`: a built-in profile written as the applicant's own file to edit (a moved
 * deadline, an item the employer lets follow later), by default `<id>.yaml` in the working folder; never
 * overwrites. Prints the `profile:` line the manifest then needs.
 */
export async function runProfileCopy(id: string, file: string | undefined, io: CliIo): Promise<number> {
  const ids = await builtinProfileIds();
  if (!ids.includes(id)) {
    const near = closest(id, ids);
    throw new UsageError(`no built-in profile "${id}"${near ? ` (did you mean ${near}?)` : ''}: use one of ${ids.join(', ')} (see \`packet profiles\`)`);
  }
  // A folder given takes the file under the built-in's own name.
  const given = file ?? `${id}.yaml`;
  const target = resolve((await isFolder(given)) ? join(given, `${id}.yaml`) : given);
  if (await exists(target)) throw new UsageError(`${displayPath(target)} already exists; it is never overwritten (give another file name, or edit that file)`);
  const unwritable = await outputProblem(target, 'file');
  if (unwritable) throw new WriteError(target, unwritable);
  const read = await readInput(join(profilesDir, `${id}.yaml`), MAX_TEXT_BYTES);
  if (!read.ok) throw new UsageError(`the built-in profile ${id} cannot be read; reinstall application-packet`);
  // The editor's schema address is relative to the built-in's folder: made relative to the copy's, it still finds the schema.
  const schema = toPosix(relative(dirname(target), join(packageRoot, 'schemas', 'profile.schema.json')));
  const text = new TextDecoder().decode(read.bytes).replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schema}`);
  await writeFileAtomic(target, text);
  // The manifest that will name it: one beside the copy, else one in the working folder, else (none yet) beside it.
  const beside = dirname(target);
  const manifestDir = (await exists(join(beside, 'manifest.yaml'))) || !(await exists(resolve('manifest.yaml'))) ? beside : resolve('.');
  const ref = toPosix(relative(manifestDir, target));
  const line = `profile: ${ref.startsWith('.') ? ref : `./${ref}`}`;
  const manifest = displayPath(join(manifestDir, 'manifest.yaml'));
  io.stdout(
    `Wrote ${displayPath(target)}, your own copy of the built-in profile ${id}: edit it there (\`packet profile check ${shellArg(displayPath(target))}\` checks it).\n` +
      `Next: in ${manifest}, replace the \`profile:\` line with\n${line}\n`,
  );
  return EXIT.ok;
}
