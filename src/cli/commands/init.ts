import { dirname, join, relative, resolve } from 'node:path';
import { glyphChecker, UsageError, yamlText } from '../../app/check.js';
import { starterManifest } from '../../core/init/starter.js';
import { parseProfile } from '../../core/parse/profile.js';
import { profileGlyphs } from '../../core/validate/validate.js';
import { sortDiagnostics } from '../../core/diagnostics.js';
import { notYaml } from '../../core/parse/yaml.js';
import { diag } from '../../core/catalogue.js';
import { listOr } from '../../core/parse/suggest.js';
import { oneLine, shellArg } from '../../core/words.js';
import { formatDiagnostic } from '../../core/report/diagnostic-line.js';
import { builtinProfileIds, displayPath, exists, MAX_TEXT_BYTES, outputProblem, packageRoot, readInput, resolveProfilePath, toPosix, writeFileAtomic, WriteError } from '../../io/files.js';
import { readFix, readReason } from '../../core/file-problems.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';

/** `packet init --profile <id|path> [folder]`: a starter manifest; never overwrites. */
export async function runInit(folder: string, flags: { profile: string }, io: CliIo): Promise<number> {
  const dir = resolve(folder);
  const target = join(dir, 'manifest.yaml');
  if (await exists(target)) throw new UsageError(`${displayPath(target)} already exists; it is never overwritten (choose another folder, or edit that file)`);
  // A folder that cannot take the manifest is refused before the profile is read (the CLI prints why).
  const unwritable = await outputProblem(target, 'file');
  if (unwritable) throw new WriteError(target, unwritable);
  const path = await resolveProfilePath(flags.profile, process.cwd());
  if (!path) {
    const ids = await builtinProfileIds();
    throw new UsageError(`no profile "${flags.profile}": use one of ${ids.join(', ')} (see \`packet profiles\`), or a path to a profile file`);
  }
  const read = await readInput(path, MAX_TEXT_BYTES);
  if (!read.ok) throw new UsageError(`the profile ${displayPath(path)} cannot be read: ${readReason(read.problem)}. ${readFix(read.problem)}`);
  const not = notYaml(read.bytes, path);
  if (not) {
    const d = diag('profile.not-profile', { ref: flags.profile, ids: listOr(await builtinProfileIds()), ...not, init: true });
    throw new UsageError(`${d.message} ${d.hint}`);
  }
  // Saved as UTF-16 or Latin-1 by an old editor, the profile is read as validate reads it, with its warning.
  const { text, diagnostics: encoding } = yamlText(read.bytes, displayPath(path));
  const parsed = parseProfile(text, displayPath(path));
  // Characters the build's fonts cannot draw in its title or items' titles: validate's errors, said now.
  const glyphs = parsed.profile ? profileGlyphs(parsed.profile, parsed.source, await glyphChecker()) : [];
  const said = [...encoding, ...sortDiagnostics([...parsed.diagnostics, ...glyphs])];
  if (said.length > 0) io.stderr(`${said.map((d) => formatDiagnostic(d)).join('\n')}\n`);
  if (!parsed.profile) return EXIT.notReady;
  const builtin = dirname(path) === join(packageRoot, 'templates', 'profiles');
  const profileRef = builtin ? parsed.profile.id : toPosix(relative(dir, path));
  const schema = toPosix(relative(dir, join(packageRoot, 'schemas', 'manifest.schema.json')));
  await writeFileAtomic(target, starterManifest(parsed.profile, { profileRef, schema }));
  // The manifest is still worth writing, but the profile's errors would fail every validate: say them first, and not ok.
  const errors = said.filter((d) => d.severity === 'error').length;
  io.stdout(
    `Wrote ${displayPath(target)} for "${oneLine(parsed.profile.title)}"${parsed.profile.example ? ' (an example profile of a made-up posting, for trying the tool: not for a real application)' : ''}.\n` +
      (errors > 0
        ? `Next: fix the ${errors === 1 ? 'error' : `${errors} errors`} in the profile ${displayPath(path)} (above), replace the placeholders in the manifest, then run  packet validate ${shellArg(displayPath(target))}\n`
        : `Next: replace the placeholders, then run  packet validate ${shellArg(displayPath(target))}\n`),
  );
  return errors > 0 ? EXIT.notReady : EXIT.ok;
}
