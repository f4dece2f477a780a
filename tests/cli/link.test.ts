import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The link itself runs against the real Neo4j in tests/graph/link/shares.int.test.ts.
describe('claimgraph link', () => {
  it('explains itself with --help and refuses arguments it does not take', async () => {
    const help = await runCli(['link', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: claimgraph link');
    const extra = await runCli(['link', 'snapshot.json']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("unexpected argument 'snapshot.json'");
  });
});
