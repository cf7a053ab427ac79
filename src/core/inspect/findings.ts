/**
 * Every sentence the inspector says about an input file, in one place, in the applicant's words.
 * Internal error text never reaches a message.
 */
import type { Finding } from '../diagnostics.js';
import type { FormMode } from '../schema/vocabulary.js';
import type { ActiveContentKind } from './types.js';
import { plural } from '../words.js';

/** Every code the inspector can emit; tests check that nothing else appears. */
export const INSPECT_CODES = [
  'file.empty',
  'file.not-pdf',
  'file.type-mismatch',
  'file.truncated',
  'file.corrupt',
  'file.repaired',
  'file.encrypted',
  'file.decrypted',
  'file.signed',
  'file.forms',
  'file.xfa',
  'file.layers',
  'file.attachments',
  'file.actions',
  'file.pages-uncertain',
  'file.too-complex',
  'file.no-text',
  'file.no-pages',
] as const;
export type InspectCode = (typeof INSPECT_CODES)[number];

const REEXPORT = 'open it in a PDF viewer and print or save it as a new PDF, or export it again from the program that made it';


export const say = {
  empty(): Finding {
    return { severity: 'error', code: 'file.empty', message: 'the file is empty (0 bytes)', hint: 'export or download it again' };
  },

  notPdf(what: string): Finding {
    return {
      severity: 'error',
      code: 'file.not-pdf',
      message: `the file is ${what}, not a PDF`,
      hint: 'export it as PDF (or give a JPEG or PNG scan)',
    };
  },

  typeMismatch(actual: 'PNG' | 'JPEG' | 'PDF', named: string): Finding {
    return {
      severity: 'info',
      code: 'file.type-mismatch',
      message: `the file is named ${named} but is really a ${actual === 'PDF' ? 'PDF' : `${actual} image`}; it is used as ${actual === 'PDF' ? 'a PDF' : 'a scanned page'}`,
      hint: 'rename it so the extension matches, to avoid surprises on the application portal',
    };
  },

  imageTruncated(kind: 'PNG' | 'JPEG', fatal: boolean): Finding {
    return {
      severity: fatal ? 'error' : 'warning',
      code: 'file.truncated',
      message: fatal
        ? `the ${kind} image is incomplete (cut off before its end) and cannot be used`
        : `the ${kind} image seems cut off before its end; part of it may be missing`,
      hint: 'scan, export or download it again',
    };
  },

  imageCorrupt(kind: 'PNG' | 'JPEG'): Finding {
    return { severity: 'error', code: 'file.corrupt', message: `the ${kind} image is damaged and cannot be read`, hint: 'scan, export or download it again' };
  },

  truncatedFatal(): Finding {
    return {
      severity: 'error',
      code: 'file.truncated',
      message: 'the PDF is incomplete: it stops before its end, as if a download or copy was cut off, and cannot be read',
      hint: 'download or export it again, and check that it opens in a PDF viewer',
    };
  },

  truncatedReadable(pages: number): Finding {
    return {
      severity: 'warning',
      code: 'file.truncated',
      message: `the PDF seems incomplete (it stops before its end); ${plural(pages, 'page')} could be read, but some content may be missing`,
      hint: 'download or export it again; if that is not possible, check its pages in the built PDF',
    };
  },

  corrupt(detail: string): Finding {
    return { severity: 'error', code: 'file.corrupt', message: `the PDF is damaged and cannot be used: ${detail}`, hint: REEXPORT };
  },

  repaired(detail: string): Finding {
    return {
      severity: 'info',
      code: 'file.repaired',
      message: `the PDF has minor damage (${detail}) that was repaired while reading it`,
      hint: 'check its pages in the built PDF; re-exporting it gives a clean copy',
    };
  },

  encrypted(kind: 'password' | 'certificate' | 'unsupported'): Finding {
    const message =
      kind === 'password'
        ? 'the PDF needs a password to open'
        : kind === 'certificate'
          ? 'the PDF is locked to particular people (certificate security) and cannot be opened here'
          : 'the PDF is protected with an encryption method that cannot be opened here';
    return {
      severity: 'error',
      code: 'file.encrypted',
      message,
      hint: 'open it, and print or save it as a new PDF without a password, or ask the issuer for an unprotected copy',
    };
  },

  decrypted(): Finding {
    return {
      severity: 'info',
      code: 'file.decrypted',
      message: 'the PDF had restrictions (an owner password, but none to open it); it was unlocked so its pages can be combined',
      hint: 'nothing to do, unless the issuer forbids copying the document',
    };
  },

  signed(n: number): Finding {
    return {
      severity: 'warning',
      code: 'file.signed',
      message: `the PDF is digitally signed (${plural(n, 'signature')}); combining it with other files makes the signature no longer verifiable`,
      hint: 'if the portal allows it, also upload the signed original as a separate file',
    };
  },

  forms(fields: number, filled: number, mode: FormMode): Finding {
    const what =
      mode === 'keep'
        ? 'they are kept as fields, which some portals and viewers show differently'
        : 'they will be flattened: the filled-in values are printed on the page and can no longer be edited';
    return {
      severity: 'info',
      code: 'file.forms',
      message: `the PDF has ${plural(fields, 'form field')} (${filled} filled in); ${what}`,
      hint: filled < fields ? 'check that every field you need is filled in before building' : 'nothing to do',
    };
  },

  xfa(dynamic: boolean): Finding {
    return dynamic
      ? {
          severity: 'error',
          code: 'file.xfa',
          message: 'the PDF is a dynamic XFA form whose pages only Adobe Reader can draw; other programs see a placeholder page',
          hint: 'open it in Adobe Acrobat Reader and print it to a new PDF, then use that file',
        }
      : {
          severity: 'warning',
          code: 'file.xfa',
          message: 'the PDF is an XFA form; its static version is used, and anything only the XFA part shows is lost',
          hint: 'check its pages in the built PDF; printing it to a new PDF from Adobe Acrobat Reader keeps exactly what you see',
        };
  },

  layers(total: number, hidden: number): Finding {
    return hidden > 0
      ? {
          severity: 'warning',
          code: 'file.layers',
          message: `the PDF has ${plural(total, 'layer')}, ${hidden} of them hidden; in the combined PDF hidden layers may become visible`,
          hint: 'print or save it as a new PDF first, which keeps only what is visible, or check those pages in the built PDF',
        }
      : {
          severity: 'info',
          code: 'file.layers',
          message: `the PDF has ${plural(total, 'layer')} (optional content), all visible; some viewers may show them differently in the combined PDF`,
          hint: 'check those pages in the built PDF',
        };
  },

  attachments(n: number): Finding {
    return {
      severity: 'warning',
      code: 'file.attachments',
      message: `the PDF has ${plural(n, 'attached file')}; attachments are not carried into the combined PDF`,
      hint: 'if reviewers need them, add them as their own items or pages',
    };
  },

  actions(kinds: readonly ActiveContentKind[]): Finding {
    const names: Record<ActiveContentKind, string> = {
      javascript: 'scripts (JavaScript)',
      launch: 'a command that starts another program or opens a file',
      'submit-form': 'a button that sends form data over the internet',
      'import-data': 'a command that loads form data from another file',
      'additional-actions': 'automatic actions that run when a page or field is opened',
      'open-action': 'an action that runs when the file is opened',
    };
    return {
      severity: 'warning',
      code: 'file.actions',
      message: `the PDF contains ${kinds.map((k) => names[k]).join(', ')}; the combined PDF leaves ${kinds.length === 1 ? 'it' : 'them'} out`,
      hint: 'nothing to do, unless the document relies on them (for example a form that calculates totals): then check the built PDF',
    };
  },

  pagesUncertain(found: number, declared: number | undefined, detail: string): Finding {
    const says = declared !== undefined && declared !== found ? ` but the file says it has ${declared}` : '';
    return {
      severity: 'error',
      code: 'file.pages-uncertain',
      message: `the PDF's list of pages is damaged: ${plural(found, 'page')} could be read${says} (${detail}), so pages could be lost`,
      hint: `${REEXPORT}; then check that every page is there`,
    };
  },

  pagesMiscounted(found: number, declared: number): Finding {
    return {
      severity: 'warning',
      code: 'file.pages-uncertain',
      message: `the PDF's page count is wrong: it says ${plural(declared, 'page')} but has ${found}; all ${found} are included, though some viewers show only ${declared}`,
      hint: 'check its pages in the built PDF; re-exporting the file corrects the count',
    };
  },

  noPages(): Finding {
    return { severity: 'error', code: 'file.no-pages', message: 'the PDF has no pages', hint: 'export it again, including its pages' };
  },

  tooComplex(detail: string): Finding {
    return {
      severity: 'error',
      code: 'file.too-complex',
      message: `the PDF is too complex to check safely (${detail})`,
      hint: `${REEXPORT}, which usually makes it simpler; or reduce its size`,
    };
  },

  noText(pages: number): Finding {
    return {
      severity: 'info',
      code: 'file.no-text',
      message: `the PDF has no selectable text on its ${plural(pages, 'page')}; it looks like a scan, so its words cannot be counted`,
      hint: 'if the posting limits words, give a version with selectable text (or run text recognition, OCR, on the scan)',
    };
  },

  someNoText(empty: number, pages: number): Finding {
    return {
      severity: 'info',
      code: 'file.no-text',
      message: `${empty} of the PDF's ${plural(pages, 'page')} ${empty === 1 ? 'has' : 'have'} no selectable text (blank, scanned or picture-only pages); any words on them are not counted`,
      hint: 'nothing to do unless the posting limits words and those pages hold text: then give a version with selectable text',
    };
  },
};
