import { resolve } from 'node:path';
import { trainers } from './trainers.js';

/**
 * `npm run train [-- --only NAME] [--data DIR] [--models DIR]`: train every model of the repo
 * from the shared data and write it under models/, each beside its card.
 */
async function main(argv: string[]): Promise<number> {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = opt('--only');
  const dataDir = resolve(opt('--data') ?? '../shared/data');
  const modelsDir = resolve(opt('--models') ?? 'models');
  const chosen = only ? trainers.filter((t) => t.name === only) : trainers;
  if (only && chosen.length === 0) {
    process.stderr.write(`train: no model named "${only}" (there are: ${trainers.map((t) => t.name).join(', ') || 'none'})\n`);
    return 2;
  }
  for (const t of chosen) {
    const started = Date.now();
    process.stderr.write(`train: ${t.name}: ${t.description}\n`);
    await t.run({ dataDir, modelsDir, log: (line) => process.stderr.write(`train: ${t.name}: ${line}\n`) });
    process.stderr.write(`train: ${t.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`train: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
