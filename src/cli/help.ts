import type { Command } from './command.js';
import { COMMANDS } from './commands.js';

/** `claimgraph --help`: the command list. */
export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: claimgraph <command> [options]',
    '',
    'Who is quoted saying what, to whom, about whom: news text to a knowledge graph.',
    '',
    'Commands:',
    ...rows,
    '',
    'Run `claimgraph <command> --help` for a command\'s options.',
    'Exit codes: 0 done, 1 failed, 2 bad usage, 3 done but some inputs were skipped.',
    '',
  ].join('\n');
}

/** `claimgraph <name> --help`. */
export function commandHelp(name: string, command: Command): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary];
  if (command.description) lines.push('', command.description);
  const opts = Object.entries(command.options);
  if (opts.length > 0) {
    lines.push('', 'Options:');
    const labels = opts.map(([key, o]) => {
      const short = o.short ? `-${o.short}, ` : '    ';
      return `${short}--${key}${o.type === 'string' ? ' VALUE' : ''}`;
    });
    const width = Math.max(...labels.map((l) => l.length));
    opts.forEach(([key], i) => {
      lines.push(`  ${labels[i]!.padEnd(width)}  ${command.optionHelp?.[key] ?? ''}`.trimEnd());
    });
  }
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  lines.push('', `Exit codes: 0 done, 1 failed, 2 bad usage, 3 done but some inputs were skipped.`, '');
  void name;
  return lines.join('\n');
}
