/** Date patterns, kept apart from the zod schemas so that light modules can use them without loading zod. */

/**
 * `2025-11-14`, `2025-11-14T23:59`, `2025-11-14T23:59:00+02:00`, `2025-11-14 23:59 Europe/Helsinki`, `... Etc/GMT+12`;
 * as ISO 8601 allows too, fractions of a second (`23:59:59.999Z`, not kept) and an offset in hours (`+01`).
 */
export const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?)|\s+([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*))?)?$/;
