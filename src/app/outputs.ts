import { resolve } from 'node:path';
import { packetFileName } from '../core/plan/file-names.js';
import type { Manifest } from '../core/parse/manifest.js';
import type { Profile } from '../core/schema/profile.js';

/** Where builds write by default, next to the manifest: shared by `build` and `report` without loading the assembler. */
export const DEFAULT_OUTPUT = 'packet.pdf';
/** The default folder for one-PDF-per-item builds. */
export const DEFAULT_SEPARATE_FOLDER = 'packet';

/**
 * The folder a set of files goes in, from `-o` or `output:`: a PDF's name without `.pdf` (a folder named
 * `application.pdf` looks like one PDF in an upload dialog), anything else as it is.
 *
 * @example
 * setFolder('application.pdf'); // 'application'
 */
export function setFolder(output: string | undefined): string {
  return output === undefined ? DEFAULT_SEPARATE_FOLDER : output.replace(/(?<=[^/\\])\.pdf$/iu, '');
}

/**
 * Where a set of files is written: `-o` (`given`, from the working folder) or the manifest's `output:` (from the
 * manifest's folder), each as `setFolder` names it. One rule for `build`, `validate` and `report`.
 *
 * @example
 * setFolderPath('/apps/aalto', undefined, 'application.pdf'); // '/apps/aalto/application'
 */
export function setFolderPath(manifestDir: string, given: string | undefined, output: string | undefined): string {
  return given !== undefined ? resolve(setFolder(given)) : resolve(manifestDir, setFolder(output));
}

/**
 * The one PDF's path as the manifest's folder sees it: `output:`, else the name the posting asks for (a single-PDF
 * profile's `file_name`), else packet.pdf; the same for `build`, `validate` and `report`, so each finds the other's file.
 *
 * @example
 * singleOutput(manifest, profile); // 'out/packet.pdf', 'Virtanen_Aino_application.pdf' or 'packet.pdf'
 */
export function singleOutput(manifest: Pick<Manifest, 'output' | 'applicant'>, profile: Profile | undefined, forcedOnePdf = false): string {
  if (manifest.output !== undefined) return manifest.output;
  const s = profile?.submission;
  // `--no-separate` on a separate-files posting: named by its `file_name` too, `{item}` read as "application".
  return (s && (s.format === 'single-pdf' || forcedOnePdf) ? packetFileName(manifest.applicant, s.file_name, s.max_name_length) : undefined) ?? DEFAULT_OUTPUT;
}
