import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../app/errors.js';
import type { BuildFlags } from './commands/build.js';
import type { ReportFormat } from './commands/check.js';
import type { CliIo } from './io.js';
import { EXIT } from './io.js';
import { choice, localDate, localToday, parseDpi, parsePath, parseToday } from './options.js';
import { VERSION } from '../io/version.js';

const FORMATS = ['text', 'md', 'json'] as const satisfies readonly ReportFormat[];

// Each command's module is imported when it runs, so `--help` and light commands skip pdf-lib and fonts.

type SetExit = (code: number) => void;

/**
 * The `packet` command line, wired to `io` so tests can drive it in process: one function per command below.
 *
 * @example
 * const code = await runCli(['validate', 'manifest.yaml'], io);
 */
export function createProgram(io: CliIo, setExit: SetExit): Command {
  const program = new Command('packet')
    .description('Check an academic job application against the posting, and build the one PDF it asks for.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run `packet --help` for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();
  addValidate(program, io, setExit);
  addReport(program, io, setExit);
  addBuild(program, io, setExit);
  addInit(program, io, setExit);
  addProfile(program, io, setExit);
  program
    .command('profiles')
    .description('list the built-in requirements profiles')
    .action(async () => {
      const { runProfiles } = await import('./commands/profiles.js');
      setExit(await runProfiles(io));
    });
  return program;
}

/** The options every command that judges a manifest takes. */
function checkOptions(cmd: Command): Command {
  return cmd
    .option('--strict', 'treat warnings as errors (for example a passed deadline)', false)
    .option('--today <date>', 'judge deadlines as if today were this date (YYYY-MM-DD, or a date and time)', parseToday);
}

function addValidate(program: Command, io: CliIo, setExit: SetExit): void {
  checkOptions(
    program
      .command('validate')
      .description('check a manifest against its posting; exit 0 when ready, 1 when not')
      .argument('<manifest>', 'the manifest YAML file')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json'])),
  ).action(async (manifest: string, opts: { strict: boolean; today?: string; format?: ReportFormat }) => {
    const { runValidate } = await import('./commands/check.js');
    setExit(await runValidate(manifest, { strict: opts.strict, today: opts.today ?? localToday(io), ...(opts.format ? { format: opts.format } : {}) }, io));
  });
}

function addReport(program: Command, io: CliIo, setExit: SetExit): void {
  checkOptions(
    program
      .command('report')
      .description('show every item of the posting with its status, the problems, and the verdict')
      .argument('<manifest>', 'the manifest YAML file')
      .option('-f, --format <format>', 'text, md (a checklist) or json (default: text, or as the -o file is named: .md, .json)', choice(FORMATS, '--format'))
      .option('-o, --output <file>', 'write the report to a file instead of the screen (- for standard output)', parsePath('-o'))
      .option('--force', 'replace an existing -o file that is not a report')
      .option('--pdf <file>', "a built packet to read page ranges from (default: the manifest's output)", parsePath('--pdf')),
  ).action(async (manifest: string, opts: { strict: boolean; today?: string; format?: ReportFormat; output?: string; pdf?: string; force?: boolean }) => {
    const { runReport } = await import('./commands/check.js');
    // `-o -` is standard output, as `profile import -` reads standard input.
    const output = opts.output === '-' ? undefined : opts.output;
    const flags = { strict: opts.strict, today: opts.today ?? localToday(io), ...(opts.format ? { format: opts.format } : {}), ...(output ? { output } : {}), ...(opts.pdf ? { pdf: opts.pdf } : {}), ...(opts.force ? { force: true } : {}) };
    setExit(await runReport(manifest, flags, io));
  });
}

/** commander's options for `build`: the flags, before `--today` is defaulted and `--no-*` defaults are dropped. */
type BuildOpts = Omit<BuildFlags, 'today' | 'stamps' | 'cover'> & { today?: string; stamps: boolean; cover?: boolean };

function addBuild(program: Command, io: CliIo, setExit: SetExit): void {
  checkOptions(
    program
      .command('build')
      .description('validate, then build the one PDF: cover, contents, bookmarks, page stamps, metadata')
      .argument('<manifest>', 'the manifest YAML file')
      .option('-o, --output <file>', "where to write the PDF (default: the manifest's `output`, else the name a one-PDF posting asks for (`file_name`), else packet.pdf, beside it)", parsePath('-o'))
      .option('--force', 'replace an existing output file that is not a PDF')
      .option('--forms <mode>', 'form fields of inputs: flatten (default) or keep them fillable', choice(['keep', 'flatten'] as const, '--forms'))
      .option('--no-stamps', 'leave out the footer "name · item · page X of Y"')
      .option('--cover', "make the cover page even where the manifest says `cover: false`")
      .option('--no-cover', 'leave out the cover page with the contents')
      .option('--separate', 'one PDF per item with short ASCII names (the default for separate-files postings); -o names the folder')
      .option('--no-separate', 'one PDF with a cover, even where the posting asks for one file per item (a portal that takes one PDF after all)')
      .option('--fit', "over the posting's MB cap: recompress scans and photos (never below 150 dpi) until it fits")
      .option('--fit-floor-dpi <dpi>', 'with --fit: the lowest resolution images may go to (default 150)', parseDpi)
      .option('-w, --watch', 'build again whenever the manifest, the profile or an input changes (Ctrl-C stops)')
      .option('--json', 'print the report as JSON (for scripts)')
      .option('-q, --quiet', 'print only errors'),
  ).action(async (manifest: string, opts: BuildOpts) => {
    const { runBuild } = await import('./commands/build.js');
    setExit(await runBuild(manifest, buildFlags(opts), io));
  });
}

/** commander's options as the build command's flags; without `--today`, each build reads the clock itself. */
function buildFlags(opts: BuildOpts): BuildFlags {
  return {
    strict: opts.strict,
    ...(opts.today ? { today: opts.today } : {}),
    ...(opts.output ? { output: opts.output } : {}),
    ...(opts.force ? { force: true } : {}),
    ...(opts.forms ? { forms: opts.forms } : {}),
    // commander sets these true by default; only an explicit --no-* overrides the manifest.
    ...(opts.stamps === false ? { stamps: false } : {}),
    // --cover and --no-cover are both defined, so commander leaves `cover` unset unless one is given.
    ...(opts.cover !== undefined ? { cover: opts.cover } : {}),
    ...(opts.json ? { json: true } : {}),
    ...(opts.quiet ? { quiet: true } : {}),
    // --separate and --no-separate are both defined: unset unless one is given, so the posting's format decides.
    ...(opts.separate !== undefined ? { separate: opts.separate } : {}),
    ...(opts.watch ? { watch: true } : {}),
    // A floor means fitting is wanted: --fit-floor-dpi alone fits too.
    ...(opts.fit || opts.fitFloorDpi !== undefined ? { fit: true } : {}),
    ...(opts.fitFloorDpi !== undefined ? { fitFloorDpi: opts.fitFloorDpi } : {}),
  };
}

function addInit(program: Command, io: CliIo, setExit: SetExit): void {
  program
    .command('init')
    .description('write a starter manifest for a posting, listing every item it asks for')
    .argument('[folder]', 'where to write manifest.yaml', '.')
    .requiredOption('-p, --profile <id|path>', 'a built-in profile id (see `packet profiles`) or a profile file')
    .action(async (folder: string, opts: { profile: string }) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(folder, opts, io));
    });
}

function addProfile(program: Command, io: CliIo, setExit: SetExit): void {
  const profile = program.command('profile').description('make and check requirements profiles');
  profile
    .command('import')
    .description("propose a profile from a posting (plain text, Markdown or HTML); guesses and defaults are listed after")
    .argument('<posting>', 'the posting saved as text or HTML, or - for standard input')
    .option('-o, --output <file>', 'write the profile here (default: print it)', parsePath('-o'))
    .option('--html', 'treat the input as HTML (detected when not given)')
    .option('--force', 'overwrite an existing output file')
    .option('--today <date>', 'give dates written without a year the next such date on or after this day (YYYY-MM-DD; default: today)', parseToday)
    .action(async (input: string, opts: { output?: string; html?: boolean; force?: boolean; today?: string }) => {
      const { runProfileImport } = await import('./commands/profile-import.js');
      const { exists, outputProblem, readInput, realOrSame, ReadError, writeFileAtomic, MAX_TEXT_BYTES } = await import('../io/files.js');
      const args = { input, today: opts.today?.slice(0, 10) ?? localDate(io), ...(opts.output ? { output: opts.output } : {}), ...(opts.html ? { html: true } : {}), ...(opts.force ? { force: true } : {}) };
      const deps = {
        readBytes: async (p: string) => {
          if (p === '-') return io.readStdin();
          const read = await readInput(p, MAX_TEXT_BYTES);
          if (!read.ok) throw new ReadError(p, read.problem);
          return read.bytes;
        },
        writeTextAtomic: (p: string, t: string) => writeFileAtomic(p, t),
        exists,
        outputProblem: (p: string) => outputProblem(p, 'file'),
        sameFile: async (a: string, b: string) => (await realOrSame(a)) === (await realOrSame(b)),
        stdout: (s: string) => io.stdout(s),
        stderr: (s: string) => io.stderr(s),
      };
      setExit(await runProfileImport(args, deps));
    });
  profile
    .command('copy')
    .description("write a built-in profile as your own file to edit (a moved deadline, an item allowed later); never overwrites")
    .argument('<id>', 'a built-in profile id (see `packet profiles`)')
    .argument('[file]', 'where to write it (default: <id>.yaml in this folder)')
    .action(async (id: string, file: string | undefined) => {
      const { runProfileCopy } = await import('./commands/profile-copy.js');
      setExit(await runProfileCopy(id, file, io));
    });
  profile
    .command('check')
    .description('check a profile file, with file:line:col for each problem')
    .argument('<profile>', 'the profile YAML file')
    .action(async (path: string) => {
      const { runProfileCheck } = await import('./commands/profile-check.js');
      setExit(await runProfileCheck(path, io));
    });
}

/** Run the CLI with `argv` (without `node` and the script), returning the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander complaint is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.usage;
    }
    // A file the command was asked to write that cannot be written is the user's to fix, not a bug.
    const unwritten = (await import('./write-failed.js')).reportWriteFailure(err, io);
    if (unwritten !== undefined) return unwritten;
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr(
      `internal error: ${e.message}\nThis is a bug in application-packet, not a problem with your files. ` +
        `Please report it with the command you ran${io.env.PACKET_DEBUG ? '' : ' (set PACKET_DEBUG=1 to see the details)'}.\n`,
    );
    if (io.env.PACKET_DEBUG) io.stderr(`${e.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
