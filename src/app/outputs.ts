/** Where builds write by default, next to the manifest: shared by `build` and `report` without loading the assembler. */
export const DEFAULT_OUTPUT = 'packet.pdf';
/** The default folder for one-PDF-per-item builds. */
export const DEFAULT_SEPARATE_FOLDER = 'packet';
