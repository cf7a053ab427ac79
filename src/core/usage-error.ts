/**
 * Raised when a command or a library call cannot proceed for a reason of how it was called (an unreadable manifest
 * path, a `today` that is not a date): exit 2 in the CLI, not a packet problem. In core so the pure steps
 * (`validate`) throw the same class the library exports.
 */
export class UsageError extends Error {
  // A caller's `err.name` (and a stack trace's first line) names the class, not "Error".
  override readonly name = 'UsageError';
}
