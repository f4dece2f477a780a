import { auditSnapshot, formatAudit } from '../../audit/index.js';
import { readSnapshot } from '../../snapshot/read.js';
import { defineCommand } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';

const DEFAULT_LIMIT = 20;

export default defineCommand({
  summary: 'List what in a snapshot looks wrong, for a person to check',
  usage: 'claimgraph audit SNAPSHOT [--json] [--limit N]',
  description: [
    'Checks the entities, statements and documents of a snapshot for what extraction tends to get',
    'wrong, and lists each for a person to look at: people whose names hold a lower-case or title',
    'word, aliases that are ordinary words, aliases two entities go by, people merged from',
    'differently spelled first names, statements whose speaker is a place, and documents dated',
    "outside the corpus's range. Nothing is changed. Exits 0 with the summary whatever it finds;",
    '1 if the snapshot cannot be read.',
  ].join('\n'),
  options: {
    json: { type: 'boolean' },
    limit: { type: 'string' },
  },
  optionHelp: {
    json: 'print the counts and every finding as JSON on stdout',
    limit: `findings listed of each check (default ${DEFAULT_LIMIT}; --json lists all)`,
  },
  examples: ['claimgraph audit snapshot.json', 'claimgraph audit snapshot.json --json | jq .counts'],
  async run(values, positionals, ctx) {
    if (positionals.length !== 1) throw new UsageError('give one SNAPSHOT file');
    let limit = DEFAULT_LIMIT;
    if (values.limit !== undefined) {
      limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number, not '${values.limit}'`);
    }
    const snapshot = await readSnapshot(positionals[0]!).catch((err: unknown) => {
      throw new ExitError(EXIT.failed, err instanceof Error ? err.message : String(err));
    });
    const report = auditSnapshot(snapshot);
    ctx.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAudit(report, limit));
    return EXIT.ok;
  },
});
