/** Conventional exit codes of every claimgraph command (documented in README.md). */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** The command finished, but some inputs were skipped (each reported on stderr). */
  partial: 3,
} as const;

/** Thrown by a handler to end the command with `code`; only the entry point exits. */
export class ExitError extends Error {
  constructor(
    readonly code: number,
    message = '',
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** Bad command-line usage: the entry prints the message and the command's help hint, exit 2. */
export class UsageError extends ExitError {
  constructor(message: string) {
    super(EXIT.usage, message);
    this.name = 'UsageError';
  }
}
