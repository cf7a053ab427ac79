/** Page sizes, in points, that viewers and readers handle; no imports, so the catalogue can name them without loading pdf-lib. */

/** Acrobat's and most viewers' largest page side: 200 inches. */
export const MAX_SIDE_PT = 14400;
/** Below an inch a side, nothing on the page can be read when printed. */
export const MIN_SIDE_PT = 72;

/** What is wrong with a page's size, from worst to least. */
export type PageSizeProblem = 'empty' | 'huge' | 'tiny' | 'large';

/** Below this many pixels per inch, as a scan is placed on its page, text on it cannot be read. */
export const MIN_SCAN_DPI = 50;

/** Under this, an image fitted to A4 (under 210 pixels across) shows nothing a reviewer can read: an error, not a warning. */
export const MIN_LEGIBLE_DPI = 25;

/**
 * A scan more than this many times longer than its page's shape (`scanLength`) is shrunk past reading: a
 * scrolling screenshot of several pages. A phone screenshot of one screen (about 1.5) and a photo of up to 2.9:1
 * (a 21:9 frame is 1.6) stay under it.
 */
export const MAX_SCAN_LENGTH = 2;
