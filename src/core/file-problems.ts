/**
 * Why a file could not be read or written, as data from the I/O layer, and the plain words for it. The I/O layer
 * finds the problem; the catalogue's diagnostics and the CLI's usage errors say it with these words.
 */
import { formatMb } from './words.js';

/** What is at a path when it is not a regular file. */
export type SpecialKind = 'device' | 'fifo' | 'socket';

/** Why a file could not be read. */
export type ReadProblem =
  | { kind: 'not-found' }
  /** The path holds U+FFFD: a folder or file name that is not valid UTF-8, which cannot be opened by that name. */
  | { kind: 'not-utf8' }
  | { kind: 'folder' }
  /** `real`: where the path leads (the device itself, or the target of a link). */
  | { kind: 'special'; what: SpecialKind; real?: string }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'denied' }
  | { kind: 'nul' }
  | { kind: 'error'; code: string };

/** Why an output could not be written. */
export type WriteProblem =
  /** A single PDF asked for, but the path is a folder. */
  | { kind: 'folder' }
  /** A folder of PDFs asked for (`--separate`), but the path is a file; `onePdf`: the posting's own format is one PDF. */
  | { kind: 'not-folder'; onePdf?: boolean }
  | { kind: 'special'; what: SpecialKind; real?: string }
  /** A folder on the way is a file (`out.pdf/packet.pdf`). */
  | { kind: 'parent-not-folder'; parent: string }
  | { kind: 'nul' }
  | { kind: 'not-utf8' }
  | { kind: 'name-too-long' }
  | { kind: 'no-space' }
  | { kind: 'denied' }
  | { kind: 'read-only' }
  /** The path is one of the packet's inputs (the manifest, the profile, a file it lists) or the built PDF. */
  | { kind: 'input'; what: 'input' | 'built' | 'posting' }
  /**
   * A file is there that this command did not write: not a PDF for `build` (`-o research-statement.tex`), a PDF
   * that no build wrote (`packet`: the applicant's own teaching statement), not a report for `report -o`. `found`
   * says what it seems to be ("a plain-text file"). Replaced only with --force.
   */
  | { kind: 'not-ours'; what: 'pdf' | 'packet' | 'report'; found: string }
  /** A report `packet report` wrote, edited since (notes added to `checklist.md`): the notes would be lost. */
  | { kind: 'edited-report' }
  /** A packet built from another manifest is there: two manifests writing the same `packet.pdf`; `other`, that manifest when found near it, `title`, the packet's. */
  | { kind: 'other-manifest'; own: string; other?: string; title?: string }
  | { kind: 'error'; code: string };

const SPECIAL: Record<SpecialKind, string> = {
  device: 'a device',
  fifo: 'a named pipe (FIFO)',
  socket: 'a socket',
};

function special(what: SpecialKind, real: string | undefined): string {
  return `it is ${SPECIAL[what]}${real ? ` (${real})` : ''}, not a regular file`;
}

/** Plain words for an error code of the operating system that has no better wording here. */
function osError(code: string): string {
  switch (code) {
    case 'ELOOP':
      return 'it is a link that leads back to itself';
    case 'ENAMETOOLONG':
      return 'its name is too long';
    case 'EIO':
      return 'the disk reported an error while reading it';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once';
    default:
      return `the system refused (${code})`;
  }
}

/**
 * Why a file cannot be read, as the end of a sentence ("X cannot be read: <reason>").
 *
 * @example
 * readReason({ kind: 'special', what: 'device', real: '/dev/zero' }); // 'it is a device (/dev/zero), not a regular file'
 */
export function readReason(p: ReadProblem): string {
  switch (p.kind) {
    case 'not-found':
      return 'it does not exist';
    case 'not-utf8':
      return 'its path holds a folder or file name that is not valid UTF-8 (shown as "\uFFFD"), which cannot be opened by that name';
    case 'folder':
      return 'it is a folder';
    case 'special':
      return special(p.what, p.real);
    case 'too-large':
      return `it is too large (${formatMb(p.bytes)}; the limit is ${Number((p.limit / 1e6).toPrecision(3))} MB)`;
    case 'denied':
      return 'you are not allowed to read it (permission denied)';
    case 'nul':
      return 'its path contains a NUL character (an invisible zero byte)';
    case 'error':
      return osError(p.code);
  }
}

/** How to fix a read problem, as a sentence. */
export function readFix(p: ReadProblem): string {
  switch (p.kind) {
    case 'not-utf8':
      return 'Rename that folder or file with plain letters, or run packet from inside that folder with a relative path.';
    case 'special':
      return 'Give the path of an ordinary file (a device, pipe or socket is never read).';
    case 'too-large':
      return 'Give a smaller file.';
    case 'nul':
      return 'Type the path again without the invisible character.';
    case 'denied':
      return 'Change the permissions of the file, or copy it somewhere you can read it.';
    default:
      return 'Check the path.';
  }
}

/**
 * Why an output cannot be written, as the end of a sentence ("Cannot write X: <reason>").
 *
 * @example
 * writeReason({ kind: 'no-space' }); // 'the disk is full'
 */
export function writeReason(p: WriteProblem): string {
  switch (p.kind) {
    case 'folder':
      return 'it is a folder';
    case 'not-folder':
      return 'it is a file, and one PDF per item needs a folder';
    case 'special':
      return special(p.what, p.real);
    case 'parent-not-folder':
      return `${p.parent} is a file, not a folder`;
    case 'nul':
      return 'the path contains a NUL character (an invisible zero byte)';
    case 'not-utf8':
      return 'its path holds a folder name that is not valid UTF-8 (shown as "\uFFFD"), which cannot be opened by that name';
    case 'name-too-long':
      return 'a name in the path is too long for the file system';
    case 'no-space':
      return 'the disk is full';
    case 'denied':
      return 'you are not allowed to write there (permission denied)';
    case 'read-only':
      return 'the disk is read-only';
    case 'input':
      if (p.what === 'posting') return 'it is the posting being imported, which the profile would overwrite';
      return p.what === 'built' ? 'it is the built packet, which the report would overwrite' : "it is one of the packet's inputs (the manifest, the profile or a file it lists), which the report would overwrite";
    case 'not-ours':
      if (p.what === 'packet') return 'it already exists and is a PDF that `packet build` did not write (one of your documents?), which the build would replace';
      return p.what === 'pdf' ? `it already exists and is ${p.found}, not a PDF, which the build would replace` : `it already exists and is ${p.found}, not a report, which the report would replace`;
    case 'edited-report':
      return 'it is a report that `packet report` wrote and that was edited since: replacing it would lose your notes in it';
    case 'other-manifest': {
      const titled = p.title !== undefined ? ` ("${p.title}")` : '';
      return p.other !== undefined
        ? `it is the packet built from another manifest, ${p.other}${titled}, which the build would replace`
        : `it is the packet built from another manifest${titled} (another posting or application writing the same PDF?), which the build would replace`;
    }
    case 'error':
      return writeOsError(p.code);
  }
}

/** Plain words for an error code of the operating system on a write (the code kept, in brackets, for a helper). */
function writeOsError(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'that folder does not exist or cannot hold files (ENOENT)';
    case 'EINVAL':
      return 'that folder does not take files of that name (EINVAL)';
    case 'EBUSY':
    case 'ETXTBSY':
      return `another program is using it (${code})`;
    case 'EXDEV':
      return `it cannot be moved into that folder (${code})`;
    default:
      return `the system would not write it (${code})`;
  }
}

/** How to fix a write problem, as a sentence. */
export function writeFix(p: WriteProblem): string {
  switch (p.kind) {
    case 'folder':
      return 'Give the path of a file, not of a folder.';
    case 'not-folder':
      // A separate-files posting builds a set without --separate too: there, only another folder helps.
      return p.onePdf ? 'Give the path of a folder for the files, or build one PDF without --separate.' : 'Give the path of a folder for the files, or a new name (the build makes the folder).';
    case 'special':
      return 'Give the path of an ordinary file; packet never writes onto a device, a pipe or a socket.';
    case 'parent-not-folder':
      return 'Choose a path whose folders are all folders, or move that file away.';
    case 'nul':
      return 'Type the path again without the invisible character.';
    case 'not-utf8':
      return 'Rename that folder with plain letters, or run packet from inside it with a relative path.';
    case 'name-too-long':
      return 'Shorten the name: most systems allow 255 bytes per name.';
    case 'no-space':
      return 'Free some space on the disk, or write somewhere else; nothing was written.';
    case 'denied':
      return 'Choose a folder you can write in, or change its permissions.';
    case 'read-only':
      return 'Choose a place on a disk you can write to.';
    case 'input':
      return p.what === 'posting' ? 'Give the profile a path of its own (-o profile.yaml); nothing was written.' : 'Give the report a path of its own (-o report.md); nothing was written.';
    case 'not-ours':
      if (p.what === 'packet') return 'Choose another output path (-o out/packet.pdf), or pass --force to replace that file; nothing was written.';
      return p.what === 'pdf' ? 'Choose another output path (a name ending in .pdf), or pass --force to replace that file; nothing was written.' : 'Give the report a path of its own (-o report.md), or pass --force to replace that file; nothing was written.';
    case 'edited-report':
      return 'Write the new report to another file (-o report-new.md), or pass --force to replace this one, notes and all; nothing was written.';
    case 'other-manifest':
      return `Give this manifest its own \`output:\` (e.g. output: ${p.own}), or pass --force to replace that packet (if you renamed or moved this manifest, or changed its \`profile:\`, it is its own old build); nothing was written.`;
    case 'error':
      return 'Choose another place to write, such as a folder in your home folder (-o out/packet.pdf).';
  }
}
