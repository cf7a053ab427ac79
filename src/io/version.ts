import { createRequire } from 'node:module';

/** The package version, read once from package.json. */
export const VERSION: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** How built PDFs name their producer: `application-packet 0.1.0`. */
export const TOOL = `application-packet ${VERSION}`;
