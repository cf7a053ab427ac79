import { resolve } from 'node:path';
import { glyphChecker, UsageError, yamlText } from '../../app/check.js';
import { parseProfile, reviewPlaces } from '../../core/parse/profile.js';
import { profileGlyphs } from '../../core/validate/validate.js';
import { notYaml, yamlKind } from '../../core/parse/yaml.js';
import { sortDiagnostics } from '../../core/diagnostics.js';
import { formatDiagnostic, painter } from '../../core/report/diagnostic-line.js';
import { displayPath, MAX_TEXT_BYTES, readInput } from '../../io/files.js';
import { readFix, readReason } from '../../core/file-problems.js';
import { plural, shellArg } from '../../core/words.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../io.js';
import { useColor } from '../options.js';

/** `packet profile check <profile.yaml>`: a hand-written or imported profile, checked like a manifest. */
export async function runProfileCheck(path: string, io: CliIo): Promise<number> {
  const file = displayPath(resolve(path));
  const read = await readInput(path, MAX_TEXT_BYTES);
  if (!read.ok) {
    throw new UsageError(read.problem.kind === 'not-found' ? `${file} does not exist` : `${file} cannot be read: ${readReason(read.problem)}. ${readFix(read.problem)}`);
  }
  // A document, a posting or a manifest given where the profile goes: said in one line, not as YAML errors.
  const other = notYaml(read.bytes, path);
  if (other && !other.posting) throw new UsageError(`${file} is ${other.what}, not a profile: give the profile (a .yaml file of the posting's requirements), e.g. packet profile check profile.yaml`);
  const { text, diagnostics: encoding } = yamlText(read.bytes, file);
  const parsed = parseProfile(text, file);
  if (!parsed.profile) {
    const kind = yamlKind(parsed.source.value);
    if (kind === 'manifest') throw new UsageError(`${file} is a manifest, not a profile: check it with packet validate ${shellArg(path)}`);
    if (other?.posting && kind === undefined) throw new UsageError(`${file} is a posting's text, not a profile: make one from it with packet profile import ${shellArg(path)} -o profile.yaml, then check that`);
  }
  const paint = painter(useColor(io));
  // Characters the build's fonts cannot draw (an emoji in the title): validate's `text.glyph`, said here first.
  const glyphs = parsed.profile ? profileGlyphs(parsed.profile, parsed.source, await glyphChecker()) : [];
  const said = sortDiagnostics([...parsed.diagnostics, ...glyphs]);
  const lines = [...encoding, ...said].map((d) => formatDiagnostic(d, paint));
  // A profile that reads but still holds an error (a placeholder title, an empty item title) is not a valid one yet.
  const p = said.some((d) => d.severity === 'error') ? undefined : parsed.profile;
  if (p) {
    const places = reviewPlaces(p, parsed.reviewMarks, 'the profile (its title, dates or list of items)');
    if (lines.length) lines.push('');
    lines.push(`${file}: valid profile "${p.title}" with ${plural(p.items.length, 'item')} (${p.items.map((i) => i.id).join(', ')})`);
    // A copy of a made-up built-in still says so, or validate's `profile.example` would be the first to tell.
    if (p.example) lines.push(paint(`Marked \`example: true\`: ${p.id} is an example profile of a made-up posting${p.organization ? ` (${p.organization})` : ''}; remove \`example: true\` once it describes the real posting.`, 'warning'));
    if (places.length) lines.push(paint(`Marked for review: ${places.join(', ')}; check them against the posting, then remove \`review: true\`.`, 'warning'));
  }
  io.stdout(`${lines.join('\n')}\n`);
  return p ? EXIT.ok : EXIT.notReady;
}
