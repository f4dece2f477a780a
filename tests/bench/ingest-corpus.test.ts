import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copiesFor, multiplySnapshot } from '../../src/bench/ingest-corpus.js';
import { graphCounts, snapshotToGraph } from '../../src/graph/model.js';
import { checkSnapshot } from '../../src/snapshot/check.js';
import { readSnapshot } from '../../src/snapshot/read.js';

describe('multiplySnapshot', () => {
  it('repeats documents and all they own under new ids, entities shared, and stays valid', async () => {
    const one = await readSnapshot(join(import.meta.dirname, '..', 'graph', 'fixtures', 'stance.snapshot.json'));
    const three = multiplySnapshot(one, 3);
    expect(checkSnapshot(three, 'x3').problems).toEqual([]);
    expect(three.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt', 'a.txt~1', 'b.txt~1', 'a.txt~2', 'b.txt~2']);
    expect(three.entities.map((e) => e.id)).toEqual(one.entities.map((e) => e.id));
    expect(three.entities[0]!.mentions).toHaveLength(one.entities[0]!.mentions.length * 3);
    expect(three.claims?.map((c) => [c.id, c.statementIds])).toEqual([
      ['claim:dana-reyes:they-are-the-defenders-of-peace', ['st:a.txt:53', 'st:b.txt:27']],
      ['claim:dana-reyes:they-are-the-defenders-of-peace~1', ['st:a.txt:53~1', 'st:b.txt:27~1']],
      ['claim:dana-reyes:they-are-the-defenders-of-peace~2', ['st:a.txt:53~2', 'st:b.txt:27~2']],
    ]);
    const [a, b] = [graphCounts(snapshotToGraph(one)), graphCounts(snapshotToGraph(three))];
    expect(b.labels.Entity).toBe(a.labels.Entity);
    expect(b.labels.Statement).toBe(a.labels.Statement! * 3);
    expect(b.types.MENTIONED_IN).toBe(a.types.MENTIONED_IN! * 3);
  });

  it('copiesFor: copies of a corpus for about so many rows, the shared entities counted once', () => {
    // 1,000 rows of which 100 entities: each copy adds 900.
    expect(copiesFor(1000, 100, 9100)).toBe(10);
    expect(copiesFor(1000, 100, 10)).toBe(1);
  });
});
