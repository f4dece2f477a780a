import { parseArgs } from 'node:util';
import type { CommandContext } from './command.js';
import { COMMANDS } from './commands.js';
import { EXIT, ExitError, UsageError } from './errors.js';
import { commandHelp, mainHelp } from './help.js';

/** Run one command line; returns the exit code. The only caller of process.exit is below. */
export async function main(argv: string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout.write(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout.write('claimgraph 0.1.0\n');
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    ctx.stderr.write(`claimgraph: unknown command '${name}' (see claimgraph --help)\n`);
    return EXIT.usage;
  }
  const command = (await entry.load()).default;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    if (parsed.values.help) {
      ctx.stdout.write(commandHelp(name, command));
      return EXIT.ok;
    }
    return await command.run(parsed.values, parsed.positionals, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr.write(`claimgraph ${name}: ${err.message}\nUsage: ${command.usage}\n(see claimgraph ${name} --help)\n`);
      return err.code;
    }
    if (err instanceof ExitError) {
      if (err.message) ctx.stderr.write(`claimgraph ${name}: ${err.message}\n`);
      return err.code;
    }
    const message = err instanceof Error ? err.message : String(err);
    ctx.stderr.write(`claimgraph ${name}: ${message}\n`);
    if (ctx.env.CLAIMGRAPH_DEBUG && err instanceof Error) ctx.stderr.write(`${err.stack}\n`);
    return EXIT.failed;
  }
}
