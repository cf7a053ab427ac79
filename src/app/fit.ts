/**
 * `build --fit` over the file system's side: the image library (sharp, src/io) handed to the pure fitting in
 * src/core/fit, the caps taken from the profile, and the errors placed in the manifest.
 */
import type { BeforeSave } from '../core/assemble/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { diag } from '../core/catalogue.js';
import { fitToCaps, type FitReport } from '../core/fit/fit.js';
import { fitDiagnostics } from '../core/fit/report.js';
import { diagnosticAt, type YamlSource } from '../core/parse/yaml.js';
import { atPacketCaps } from '../core/validate/built-caps.js';
import type { Profile } from '../core/schema/profile.js';
import type { ImageCodec } from '../core/fit/codec.js';
import { ImageLibraryError, sharpCodec } from '../io/image-codec.js';

/** What `--fit` asks for. */
export interface FitRequest {
  /** `--fit-floor-dpi`: never below this resolution (default 150). */
  floorDpi?: number;
  /** The image library; default sharp (`sharpCodec`). */
  codec?: ImageCodec;
}

/** The caps one output file must meet, in bytes. */
export interface FileCaps {
  maxBytes?: number;
  itemCaps?: ReadonlyMap<string, number>;
}

/**
 * The caps of the single PDF: the submission's `max_mb`, and each item's own `max_mb`.
 *
 * @example
 * packetCaps(profile) // { maxBytes: 2e6, itemCaps: Map { 'transcript' => 1e6 } }
 */
export function packetCaps(profile: Profile): FileCaps {
  const itemCaps = new Map(profile.items.filter((i) => i.max_mb !== undefined).map((i) => [i.id, i.max_mb! * 1e6]));
  return { ...(profile.submission.max_mb !== undefined ? { maxBytes: profile.submission.max_mb * 1e6 } : {}), itemCaps };
}

/**
 * The cap of one item's own file (`--separate`): the smaller of the per-file `max_mb` and the item's `max_mb`.
 *
 * @example
 * fileCaps(profile, 'transcript') // { maxBytes: 1e6 }
 */
export function fileCaps(profile: Profile, itemId: string): FileCaps {
  const caps = [profile.submission.max_mb, profile.items.find((i) => i.id === itemId)?.max_mb].filter((x): x is number => x !== undefined);
  return caps.length > 0 ? { maxBytes: Math.min(...caps) * 1e6 } : {};
}

/**
 * The assembler's last step for `--fit`, and where its report ends up. `what` names the file in messages
 * ("the packet", or a file name with --separate); `file`: a --separate file, its item and whose cap it is under.
 *
 * @example
 * const step = fitStep(req, packetCaps(profile), source, 'the packet');
 * await assembleInChunks(plan, {}, step.beforeSave);
 * step.report(); // sizes before and after, images recompressed
 */
export function fitStep(req: FitRequest, caps: FileCaps, source: YamlSource, what: string, file?: { itemId: string; scope: 'item' | 'file' }): { beforeSave: BeforeSave; report: () => FitReport | undefined } {
  let report: FitReport | undefined;
  const beforeSave: BeforeSave = async (doc, pages, ranges) => {
    try {
      report = await fitToCaps(doc, pages, ranges, { codec: req.codec ?? sharpCodec, ...caps, ...(req.floorDpi !== undefined ? { floorDpi: req.floorDpi } : {}) });
    } catch (err) {
      if (!(err instanceof ImageLibraryError)) throw err;
      // The machine's problem, not the packet's: at the first line.
      return [diagnosticAt(source, ['profile'], diag('fit.unavailable', { reason: err.message.replace(/^the image library \(sharp\) could not be loaded on this machine: /, '') }))];
    }
    // A --separate file holds one item: its cap is said at the item's line, where validate and report say it.
    return fitDiagnostics(report, what, file?.scope).map((d) => locate(source, file && !d.item ? { ...d, item: file.itemId } : d));
  };
  return { beforeSave, report: () => report };
}

/** An item's error at the item in the manifest; the packet's at `items:`, where validate and report place its caps. */
function locate(source: YamlSource, d: Diagnostic): Diagnostic {
  return d.item ? diagnosticAt(source, ['items', d.item], d) : atPacketCaps(source, d);
}
