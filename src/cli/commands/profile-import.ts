import { dirname, join, relative, resolve } from 'node:path';
import { decodePosting, importPosting, refusesWayOfSending, unlistedName, type ImportResult, type PostingFormat } from '../../core/import/index.js';
import type { WriteProblem } from '../../core/file-problems.js';
import { SENT_BY } from '../../core/schema/vocabulary.js';
import { packageRoot, toPosix, WriteError } from '../../io/files.js';

/**
 * The header every written profile starts with, so editors check it against the schema while it is edited: the
 * schema this installed copy ships, by a path relative to the profile (as `packet init` does), since the package
 * is not on a registry an editor could fetch it from.
 */
export function profileSchemaHeader(output: string | undefined): string {
  const from = output === undefined || output === '-' ? resolve('.') : dirname(resolve(output));
  return `# yaml-language-server: $schema=${toPosix(relative(from, join(packageRoot, 'schemas', 'profile.schema.json')))}`;
}

export interface ProfileImportArgs {
  /** A posting file (text or HTML), or `-` for standard input. */
  input: string;
  /** Where to write the profile; stdout when absent. */
  output?: string;
  /** Treat the input as HTML (otherwise the extension says: .md Markdown, .html HTML; else sniffed). */
  html?: boolean;
  /** Overwrite an existing output file. */
  force?: boolean;
  /** ISO date that gives a year to dates written without one (the CLI passes today's date). */
  today?: string;
}

export interface ProfileImportIo {
  /** The bytes of a file, or of standard input for `-`; throws (with a plain-words message) when it cannot. */
  readBytes(pathOrDash: string): Promise<Uint8Array>;
  writeTextAtomic(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Why a file cannot be written at `path` (a folder, a device, under a file); undefined when nothing stands in the way. */
  outputProblem(path: string): Promise<WriteProblem | undefined>;
  /** Whether two paths name one file (links resolved). */
  sameFile(a: string, b: string): Promise<boolean>;
  stdout(s: string): void;
  stderr(s: string): void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * What was imported and how sure it is: every guess with its reason, the defaults used where the posting is silent,
 * and what the posting asks not to send. It says "nothing was guessed" only when every value came from the posting.
 */
export function summary(result: ImportResult, where: string): string {
  const p = result.profile;
  const when = p.deadline ? `deadline ${p.deadline}` : p.open_until_filled ? 'open until filled' : 'no deadline';
  const lines = [`${where}: ${plural(p.items.length, 'item')} (${p.items.map((i) => i.id).join(', ')}), ${when}.`];
  const width = Math.max(0, ...[...result.review, ...result.defaults].map((r) => r.path.length));
  if (result.review.length > 0) {
    lines.push(`${plural(result.review.length, 'value')} guessed or unsure, marked "review: true"; check each against the posting:`);
    // The documents no item lists are the first mark on `items`; a limit no item carries, or positions, come after.
    const pointer = result.review.find((r) => r.path === 'items');
    for (const r of result.review) {
      lines.push(`  ${r.path.padEnd(width)}  ${r.reason}`);
      // Where the posting names each one, so the applicant can find it and judge whether it is asked for.
      if (r === pointer) for (const u of result.unlisted) lines.push(`  ${''.padEnd(width)}    ${unlistedName(u)}: "${u.text}"`);
    }
  }
  if (result.defaults.length > 0) {
    lines.push(`${plural(result.defaults.length, 'value')} the posting does not state, filled with defaults:`);
    for (const r of result.defaults) lines.push(`  ${r.path.padEnd(width)}  ${r.reason}`);
  }
  for (const i of p.items) if (i.sent_by) lines.push(`${i.title}: sent directly ${SENT_BY[i.sent_by]}, so never in the packet (sent_by: ${i.sent_by}).`);
  for (const n of p.not_wanted ?? []) lines.push(`The posting asks not to send: ${n.what}${n.source ? ` ("${n.source}")` : ''}.`);
  // "We will not accept email applications": a way of sending, not a document, so kept in notes rather than not_wanted.
  for (const n of p.notes.filter(refusesWayOfSending)) lines.push(`The posting refuses a way of sending (kept in notes): "${n}"`);
  if (result.review.length === 0 && result.defaults.length === 0) {
    lines.push('Nothing was guessed: every value comes from a sentence of the posting. Still compare it with the posting before you rely on it.');
  } else if (result.review.length === 0) {
    lines.push('No value needs review, but the defaults above are not in the posting: compare them with it before you rely on them.');
  }
  return `${lines.join('\n')}\n`;
}

/** The format a file's extension names: Markdown and HTML by name, anything else is sniffed from the text. */
function formatOf(path: string): PostingFormat | undefined {
  if (/\.(?:md|markdown|mdx)$/i.test(path)) return 'markdown';
  if (/\.(?:html?|xhtml|php)$/i.test(path)) return 'html';
  return undefined;
}

/**
 * `packet profile import <posting.txt | -> [-o profile.yaml] [--html] [--force]`: proposes a requirements profile
 * from a posting. Exit code 0 when the profile was written (what to check goes to stderr), 2 for a usage error
 * (unreadable input, a file that is not text, an existing output without `--force`, an output that is the posting or
 * cannot be written), 3 for an internal error.
 *
 * @example
 * const code = await runProfileImport({ input: 'posting.txt', output: 'profile.yaml' }, io);
 */
export async function runProfileImport(args: ProfileImportArgs, io: ProfileImportIo): Promise<number> {
  const source = args.input === '-' ? 'standard input' : args.input;
  const output = args.output === '-' ? undefined : args.output;
  if (output !== undefined) {
    // Refused before anything is read: a folder or a device, the posting itself (also with --force), a file already there.
    const problem = await io.outputProblem(output);
    if (problem) throw new WriteError(output, problem);
    if (args.input !== '-' && (await io.sameFile(output, args.input))) throw new WriteError(output, { kind: 'input', what: 'posting' });
    if (!args.force && (await io.exists(output))) {
      io.stderr(`error: ${output} already exists.  hint: pass --force to overwrite it, or choose another -o path.\n`);
      return 2;
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(args.input);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    io.stderr(`error: cannot read ${source}: ${why}\n  hint: give the path of a posting saved as text or HTML, or - to read standard input.\n`);
    return 2;
  }
  const decoded = decodePosting(bytes);
  if (!decoded.ok) {
    io.stderr(`error: ${source} is ${decoded.what}.  hint: ${decoded.fix}\n`);
    return 2;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    const fix = args.input === '-' ? "pipe or paste the posting's text into it" : "save the posting's text into the file first";
    io.stderr(`error: ${source} is empty.  hint: ${fix}.\n`);
    return 2;
  }
  // Accented letters may be wrong if the guess is: say so before the summary that lists them.
  if (decoded.encoding === 'windows-1252') io.stderr(`note: ${source} is not UTF-8; it was read as Windows-1252 (Western European). Check accented letters in the profile.\n`);
  let result: ImportResult;
  try {
    const format = args.html ? 'html' : args.input === '-' ? undefined : formatOf(args.input);
    result = importPosting(text, { ...(format ? { format } : {}), ...(args.today ? { today: args.today } : {}) });
  } catch (e) {
    io.stderr(`internal error: ${e instanceof Error ? e.message : String(e)}\n  This is a bug in application-packet; please report it with the posting text.\n`);
    return 3;
  }
  const yaml = `${profileSchemaHeader(output)}\n${result.yaml}`;
  if (output === undefined) {
    io.stdout(yaml);
    io.stderr(summary(result, 'Profile'));
    return 0;
  }
  await io.writeTextAtomic(output, yaml);
  io.stderr(summary(result, `Wrote ${output}`));
  return 0;
}
