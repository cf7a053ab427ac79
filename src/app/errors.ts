/** Raised when the command itself cannot proceed (an unreadable manifest path): exit 2, not a packet problem. */
export { UsageError } from '../core/usage-error.js';
