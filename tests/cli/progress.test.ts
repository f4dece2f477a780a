import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

/** The lines a Progress wrote to a non-terminal stream. */
function linesOf(run: (p: Progress) => void): string[] {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const progress = new Progress(stream, 'ingest', 'rows', undefined, 0);
  run(progress);
  return text.trim().split('\n');
}

describe('Progress', () => {
  it('counts steps with tick, and says how many of how many when it knows the total', () => {
    const lines = linesOf((p) => {
      p.setTotal(10);
      p.tick(3);
      p.tick();
      p.finish('done');
    });
    expect(lines.at(-1)).toMatch(/^ingest: 4\/10 rows, .* done$/);
  });

  it('takes "done of total so far" from a loader with reach, never counting a batch twice', () => {
    const lines = linesOf((p) => {
      p.reach(2_000, 9_000);
      p.reach(5_000, 9_000);
      p.reach(9_000, 9_000);
      p.finish();
    });
    expect(lines[0]).toMatch(/^ingest: 2000\/9000 rows/);
    expect(lines.at(-1)).toMatch(/^ingest: 9000\/9000 rows/);
  });
});
