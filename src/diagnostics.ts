/**
 * A problem found in an input, reported at the edge (vfile-style): where it is and why.
 * Printed as `file:line:column: reason`, line and column 1-based and present when known.
 */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  reason: string;
  /** A short stable name for the kind of problem, e.g. `invalid-utf8`. */
  ruleId?: string;
  /** A fatal problem stops the input it is in (the file or the line is skipped). */
  fatal?: boolean;
}

/** One line: `corpus/a.txt:3: reason`. */
export function formatDiagnostic(d: Diagnostic): string {
  let place = d.file;
  if (d.line !== undefined) place += `:${d.line}`;
  if (d.line !== undefined && d.column !== undefined) place += `:${d.column}`;
  return `${place}: ${d.reason}`;
}
