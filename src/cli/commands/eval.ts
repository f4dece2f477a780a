import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { formatDiagnostic } from '../../diagnostics.js';
import { evaluate, formatErrors, formatReport, GoldReadError, readGold } from '../../eval/index.js';
import { readSnapshot, SnapshotReadError } from '../../snapshot/read.js';

export default defineCommand({
  summary: 'Score a snapshot against annotated gold data',
  usage: 'claimgraph eval SNAPSHOT GOLD.jsonl [--only-speech-cues] [--json] [--errors]',
  description: [
    'GOLD.jsonl holds one annotated document a line (docs/gold-format.md): entities',
    '[{type, start, end}] and/or quotes [{start, end, contentSpans?, speakerSpans?, kind?, ...}].',
    'Documents join the snapshot by id; only documents in both are scored.',
    'Entity mentions: exact span and type (Person=PERSON, Organization=ORGANIZATION, Place=LOCATION;',
    'MISC not scored). Statements: content overlap of at least half of the shorter span, matched',
    'one-to-one; then the speaker of each matched statement. With no predictions precision is 1,',
    'with no gold recall is 1. Exit 1 if the snapshot or the gold cannot be read, or no document is in both.',
  ].join('\n'),
  options: {
    'only-speech-cues': { type: 'boolean' },
    json: { type: 'boolean' },
    errors: { type: 'boolean' },
  },
  optionHelp: {
    'only-speech-cues': 'score only gold quotes with speechCue true; predictions matching the others are ignored, not false alarms',
    json: 'print the report as JSON on stdout',
    errors: 'also list every miss, false alarm and wrong speaker (doc id, offsets, text)',
  },
  examples: [
    'claimgraph eval snapshot.json ../shared/data/dev/polnear_dev.jsonl --only-speech-cues',
    'claimgraph eval snapshot.json our-gold.jsonl --errors',
  ],
  async run(values, positionals, ctx) {
    const [snapshotPath, goldPath, ...extra] = positionals;
    if (!snapshotPath || !goldPath) throw new UsageError('give the SNAPSHOT file and the GOLD.jsonl file');
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    let snapshot, gold;
    try {
      [snapshot, gold] = await Promise.all([readSnapshot(snapshotPath), readGold(goldPath)]);
    } catch (err) {
      if (err instanceof GoldReadError) {
        for (const p of err.problems) ctx.stderr.write(`${formatDiagnostic(p)}\n`);
        return EXIT.failed;
      }
      if (err instanceof SnapshotReadError) {
        ctx.stderr.write(`${err.message}\n`);
        return EXIT.failed;
      }
      throw err;
    }
    const report = evaluate(snapshot, gold, {
      onlySpeechCues: Boolean(values['only-speech-cues']),
      errors: Boolean(values.errors),
      snapshotName: snapshotPath,
      goldName: goldPath,
    });
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      ctx.stdout.write(formatReport(report));
      if (report.errors) ctx.stdout.write(`\nErrors (${report.errors.length}):\n${formatErrors(report.errors)}`);
    }
    const mismatch = report.documents.lengthMismatch;
    if (mismatch.length > 0) {
      const more = mismatch.length > 1 ? ` and ${mismatch.length - 1} more` : '';
      ctx.stderr.write(`claimgraph eval: warning: the gold text of "${mismatch[0]}"${more} differs in length from the snapshot's document; offsets may not line up (was the snapshot extracted from this text?)\n`);
    }
    if (report.documents.scored === 0) {
      ctx.stderr.write(`claimgraph eval: no document of ${goldPath} is in ${snapshotPath} (documents join by id); nothing scored\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
});
