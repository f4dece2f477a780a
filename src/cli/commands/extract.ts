import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { defineCommand } from '../command.js';
import { EXIT, ExitError, UsageError } from '../errors.js';
import { formatDiagnostic } from '../../diagnostics.js';
import { extractCorpus } from '../../pipeline/extract-corpus.js';
import { writeSnapshot, serializeSnapshot } from '../../snapshot/write.js';
import { Progress } from '../progress.js';
import { DEFAULT_MAX_CHARS } from '../../extract/document.js';

/** The real path of `path` (symbolic links resolved), or of its parent joined with its name when it does not exist yet. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : resolve(await realPathOf(parent), basename(path));
  }
}

/**
 * Refuse an `--out` that would write over an input: one of the input files, or any path inside
 * an input directory (a snapshot there would be renamed over a document, or read as one next
 * time). Compared by real path, so `./a/../in.jsonl` and links to a directory are caught.
 */
async function refuseOutOverInput(out: string, inputs: string[], cwd: string): Promise<void> {
  const target = await realPathOf(resolve(cwd, out));
  for (const input of inputs) {
    const path = await realPathOf(resolve(cwd, input));
    const isDir = await stat(path).then((s) => s.isDirectory(), () => false);
    const inside = relative(path, target);
    if (target === path) throw new ExitError(EXIT.usage, `--out ${out} is one of the inputs (${input}); write the snapshot elsewhere`);
    if (isDir && inside && !inside.startsWith('..') && !isAbsolute(inside)) {
      throw new ExitError(EXIT.usage, `--out ${out} is inside the input directory ${input}; write the snapshot elsewhere`);
    }
  }
}

export default defineCommand({
  summary: 'Extract entities and statements from text into a snapshot',
  usage: 'claimgraph extract INPUT... --out FILE [--compact] [--neo4j]',
  description: [
    'INPUT is a .txt file, a directory (every .txt below it) or a .jsonl file with one',
    '{"docId"|"id", "text", "title"?, "url"?, "source"?, "publishedAt"?} a line.',
    'Problems with an input are reported one a line on stderr and the rest goes on;',
    'the snapshot is written whole (through a temporary file) or not at all.',
    'Exit 0: all inputs extracted; 3: written, but some inputs were skipped; 1: nothing extracted.',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o' },
    compact: { type: 'boolean' },
    neo4j: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    workers: { type: 'string', short: 'j' },
    'max-chars': { type: 'string' },
    model: { type: 'string' },
  },
  optionHelp: {
    out: 'where to write the snapshot (`-` for stdout)',
    compact: 'write the JSON on one line instead of indented',
    neo4j: 'also load the snapshot into Neo4j (as claimgraph ingest does)',
    quiet: 'no progress on stderr',
    workers: 'worker threads (default: one a core); the snapshot is the same for any number',
    'max-chars': `characters of one document read for entities and statements (default ${DEFAULT_MAX_CHARS.toLocaleString('en')}); the rest is noted on stderr`,
    model: 'the entity recognizer to use: a directory written by `claimgraph train` (default: the shipped models/ner)',
    help: 'show this help',
  },
  examples: ['claimgraph extract corpus --out snapshot.json', 'claimgraph extract news.jsonl more/ --out s.json --neo4j'],
  async run(values, inputs, ctx) {
    const out = values.out as string | undefined;
    if (inputs.length === 0) throw new UsageError('give at least one INPUT (a .txt file, a directory or a .jsonl file)');
    if (!out) throw new UsageError('--out FILE is required');
    if (out !== '-') await refuseOutOverInput(out, inputs, ctx.cwd);
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256)) {
      throw new UsageError(`--workers takes a whole number from 1 to 256, not '${values.workers}'`);
    }
    const maxChars = values['max-chars'] === undefined ? undefined : Number(values['max-chars']);
    if (maxChars !== undefined && !(Number.isInteger(maxChars) && maxChars >= 1000)) {
      throw new UsageError(`--max-chars takes a whole number of at least 1000, not '${values['max-chars']}'`);
    }
    const progress = values.quiet ? undefined : new Progress(ctx.stderr, 'extract', 'documents');
    const { snapshot, diagnostics } = await extractCorpus(inputs, {
      ...(workers !== undefined && { workers }),
      ...(maxChars !== undefined && { maxChars }),
      // The ner helper's ExtractCorpusOptions.model (issue #13); passed through as given.
      ...(values.model !== undefined && { model: values.model as string }),
      onDocument: () => progress?.tick(),
      onDiagnostic: (d) => ctx.stderr.write(`${formatDiagnostic(d)}\n`),
    });
    if (snapshot.documents.length === 0) {
      ctx.stderr.write('claimgraph extract: no document could be read; nothing written\n');
      return EXIT.failed;
    }
    progress?.finish(`${snapshot.entities.length} entities, ${snapshot.statements.length} statements`);
    if (out === '-') ctx.stdout.write(serializeSnapshot(snapshot, Boolean(values.compact)));
    else await writeSnapshot(out, snapshot, Boolean(values.compact));
    if (values.neo4j) {
      const { ingestSnapshotCommand } = await import('./ingest.js');
      const code = await ingestSnapshotCommand(snapshot, ctx);
      if (code !== EXIT.ok) return code;
    }
    const skipped = diagnostics.filter((d) => d.fatal).length;
    if (skipped > 0) {
      ctx.stderr.write(`claimgraph extract: ${skipped} input(s) skipped; the snapshot holds the other ${snapshot.documents.length} document(s)\n`);
      return EXIT.partial;
    }
    return EXIT.ok;
  },
});
