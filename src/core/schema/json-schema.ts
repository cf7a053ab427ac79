import { z } from 'zod';
import { ManifestSchema } from './manifest.js';
import { ProfileSchema } from './profile.js';
import { ReportSchema } from '../report/schema.js';

/** Where the published schemas live, for the `$schema` header of YAML files outside this repository. */
export const SCHEMA_URL_BASE = 'https://unpkg.com/application-packet/schemas';

function toJsonSchema(schema: z.ZodType, id: string, title: string, io: 'input' | 'output' = 'input'): string {
  // `input` for what a person writes (keys with defaults are optional); `output` for what packet writes.
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `${SCHEMA_URL_BASE}/${id}`, title, ...json }, null, 2)}\n`;
}

/**
 * The JSON Schemas for editors (manifest, profile) and for scripts reading the JSON report, generated from the zod
 * schemas (never written by hand).
 *
 * @example
 * writeFileSync('schemas/manifest.schema.json', jsonSchemas()['manifest.schema.json']);
 */
export function jsonSchemas(): Record<string, string> {
  return {
    'manifest.schema.json': toJsonSchema(ManifestSchema, 'manifest.schema.json', 'application-packet manifest'),
    'profile.schema.json': toJsonSchema(ProfileSchema, 'profile.schema.json', 'application-packet requirements profile'),
    'report.schema.json': toJsonSchema(ReportSchema, 'report.schema.json', 'application-packet JSON report', 'output'),
  };
}
