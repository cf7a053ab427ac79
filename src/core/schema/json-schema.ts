import { z } from 'zod';
import { ManifestSchema } from './manifest.js';
import { ProfileSchema } from './profile.js';

/** Where the published schemas live, for the `$schema` header of YAML files outside this repository. */
export const SCHEMA_URL_BASE = 'https://unpkg.com/application-packet/schemas';

function toJsonSchema(schema: z.ZodType, id: string, title: string): string {
  // `input`: what a person may write (keys with defaults are optional), not what the parser returns.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `${SCHEMA_URL_BASE}/${id}`, title, ...json }, null, 2)}\n`;
}

/**
 * The JSON Schemas for editors, generated from the zod schemas (never written by hand).
 *
 * @example
 * writeFileSync('schemas/manifest.schema.json', jsonSchemas()['manifest.schema.json']);
 */
export function jsonSchemas(): Record<string, string> {
  return {
    'manifest.schema.json': toJsonSchema(ManifestSchema, 'manifest.schema.json', 'application-packet manifest'),
    'profile.schema.json': toJsonSchema(ProfileSchema, 'profile.schema.json', 'application-packet requirements profile'),
  };
}
