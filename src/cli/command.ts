import type { ParseArgsConfig } from 'node:util';

/** What a command handler may touch: its streams and environment, never `process.exit`. */
export interface CommandContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parsed `--flag` values, as `node:util` parseArgs gives them. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * One `claimgraph` subcommand. Handlers return an exit code (or throw an ExitError);
 * only `src/cli/main.ts` exits the process.
 */
export interface Command {
  /** One line for the command list. */
  summary: string;
  /** `claimgraph extract INPUT... --out FILE` */
  usage: string;
  /** Paragraphs after the usage line in `--help`. */
  description?: string;
  options: OptionsConfig;
  /** Option help lines: name (without dashes) → text. */
  optionHelp?: Record<string, string>;
  examples?: string[];
  run(values: OptionValues, positionals: string[], ctx: CommandContext): Promise<number>;
}

/** Define a command with its types checked. */
export function defineCommand(command: Command): Command {
  return command;
}
