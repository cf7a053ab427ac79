/** What the CLI needs from the outside world; tests pass fakes, `main.ts` passes the real process. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stdout is a terminal (colour, progress). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  now(): Date;
  /** The user's IANA time zone (the computer's), so a deadline's time on their clock follows summer time. */
  zone?: string;
  /** Standard input's bytes, for `-` arguments (the command decodes them). */
  readStdin(): Promise<Uint8Array>;
  /** Resolves when the user asks to stop (Ctrl-C), for long-running commands such as `build --watch`. */
  onInterrupt?(handler: () => void): void;
}

/** Exit codes: 0 ready or done, 1 not ready, 2 usage error, 3 internal error (a bug). */
export const EXIT = { ok: 0, notReady: 1, usage: 2, internal: 3 } as const;
