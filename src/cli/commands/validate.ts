import { readFile } from 'node:fs/promises';
import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { formatDiagnostic } from '../../diagnostics.js';
import { readSources } from '../../input/sources.js';
import { checkSnapshot } from '../../snapshot/check.js';

export default defineCommand({
  summary: 'Check a snapshot against the schema and its documents',
  usage: 'claimgraph validate FILE [--docs INPUT...]',
  description: [
    'Checks the snapshot schema, that ids are unique and every referenced id exists, and — with',
    '--docs — that every span\'s text is the document\'s text at its offsets.',
    'Prints each problem with where it is; exit 1 if there is any, 3 if the snapshot is valid but',
    'some --docs inputs could not be read (each is named on stderr).',
  ].join('\n'),
  options: { docs: { type: 'string', multiple: true } },
  optionHelp: { docs: 'the inputs the snapshot was extracted from (repeatable; the same forms as extract takes)' },
  examples: ['claimgraph validate s.json --docs corpus'],
  async run(values, positionals, ctx) {
    // `--docs a b c`: parseArgs gives the first to --docs and the rest as positionals.
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('give the snapshot FILE');
    const docInputs = [...((values.docs as string[] | undefined) ?? []), ...extra];
    if (extra.length > 0 && !values.docs) throw new UsageError(`unexpected argument '${extra[0]}'`);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      ctx.stderr.write(`${file}: ${e.code === 'ENOENT' ? 'no such file' : e instanceof SyntaxError ? `not JSON (${e.message})` : e.message}\n`);
      return EXIT.failed;
    }
    let texts: Map<string, string> | undefined;
    let skipped = 0;
    if (docInputs.length > 0) {
      texts = new Map();
      for await (const event of readSources(docInputs)) {
        if (event.kind === 'document') texts.set(event.doc.id, event.doc.text);
        else {
          if (event.diagnostic.fatal) skipped++;
          ctx.stderr.write(`${formatDiagnostic(event.diagnostic)}\n`);
        }
      }
    }
    // A skipped input that held one of the snapshot's documents shows below as "not among the given documents".
    const skippedLine = skipped > 0 ? `; ${skipped} input(s) of --docs skipped (named above)` : '';
    const { snapshot, problems } = checkSnapshot(json, file, texts);
    for (const p of problems) ctx.stdout.write(`${formatDiagnostic(p)}\n`);
    if (problems.length > 0) {
      ctx.stderr.write(`claimgraph validate: ${problems.length} problem(s) in ${file}${skippedLine}\n`);
      return EXIT.failed;
    }
    const s = snapshot!;
    ctx.stdout.write(
      `${file}: valid (${s.documents.length} documents, ${s.entities.length} entities, ${s.statements.length} statements, ${s.relations.length} relations${texts ? ', spans checked against the documents' : ''})\n`,
    );
    if (skipped > 0) {
      ctx.stderr.write(`claimgraph validate: ${skipped} input(s) of --docs skipped (named above); they held none of the snapshot's documents\n`);
      return EXIT.partial;
    }
    return EXIT.ok;
  },
});
