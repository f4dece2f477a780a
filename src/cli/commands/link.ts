import { closeAllDrivers, openDriver, resolveTarget } from '../../graph/connection.js';
import { linkGraph } from '../../graph/link/index.js';
import { defineCommand } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';
import { Progress } from '../progress.js';

function fail(err: unknown): never {
  throw new ExitError(EXIT.failed, `claimgraph link: ${err instanceof Error ? err.message.split('\n', 1)[0] : String(err)}`);
}

export default defineCommand({
  summary: 'Link the entities of the whole graph, after shares of a corpus were loaded',
  usage: 'claimgraph link [--quiet]',
  description: [
    'Links the entities of everything the configured Neo4j holds (NEO4J_URI… or the local server)',
    'as one `claimgraph extract` of the whole corpus would: a lone surname joins the full name',
    'its documents point to, a name shortened in one share joins its full form from another.',
    'Each share\'s snapshot was linked within the share only; after the shares are loaded, this',
    'makes the graph the one the whole corpus gives. Entities that join are merged: their',
    'mentions, statements (SAID, ADDRESSED_TO, ABOUT) and relations move to one entity and their',
    'aliases are united. Values go to Neo4j only as parameters. Running it again changes nothing;',
    'an interrupted run completes when run again. Run it when no ingest is writing.',
  ].join('\n'),
  options: { quiet: { type: 'boolean', short: 'q' } },
  optionHelp: { quiet: 'no progress on stderr' },
  examples: ['claimgraph ingest part-01.json && claimgraph ingest part-02.json && claimgraph link'],
  async run(values, positionals, ctx) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const target = await resolveTarget(ctx.env, ctx.cwd).catch(fail);
    const progress = values.quiet ? undefined : new Progress(ctx.stderr, `link ${target.uri}`, 'units moved');
    try {
      const driver = await openDriver(target).catch(fail);
      const result = await linkGraph(driver, {
        database: target.database,
        onProgress: (done, total) => progress?.reach(done, total),
      }).catch(fail);
      progress?.finish(`${result.units} units of ${result.entities} entities read; ${result.unitsMoved} moved, ${result.entitiesWritten} entities written, ${result.entitiesRemoved} removed`);
      return EXIT.ok;
    } finally {
      await closeAllDrivers();
    }
  },
});
