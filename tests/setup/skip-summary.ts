import type { Reporter, TestModule, Vitest } from 'vitest/node';

/**
 * A reporter that ends the run with what was skipped for want of something outside the
 * repository, so a green run without Neo4j cannot pass for a full one. The last line is always
 * the count of skipped integration tests (those tagged `neo4j`), with the reason tests/setup/
 * neo4j.ts gave (CLAIMGRAPH_TEST_NEO4J_UNAVAILABLE); the accuracy floors skipped without
 * ../shared/data (tag `shared-data`) come on the line before. Under CI=true nothing is skipped:
 * the setup and the accuracy test fail instead.
 *
 * In a run (not watch mode) the lines are written as the process exits, after the global
 * teardown's own messages (the test Neo4j stopping), so that they are the last.
 */
export default class SkipSummary implements Reporter {
  private watch = false;

  onInit(vitest: Vitest): void {
    this.watch = vitest.config.watch;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const text = `\n${this.summary(modules).join('\n')}\n`;
    if (this.watch) process.stdout.write(text);
    else process.once('exit', () => process.stdout.write(text));
  }

  private summary(modules: ReadonlyArray<TestModule>): string[] {
    const skipped = (tag: string) => {
      const files = new Set<string>();
      let tests = 0;
      for (const module of modules) {
        for (const test of module.children.allTests()) {
          if (!test.tags.includes(tag) || test.result().state !== 'skipped') continue;
          tests++;
          files.add(module.moduleId);
        }
      }
      return { tests, files: files.size };
    };
    const lines: string[] = [];
    const data = skipped('shared-data');
    if (data.tests > 0) lines.push(`accuracy floors skipped: ${data.tests} tests (../shared/data is absent)`);
    const neo4j = skipped('neo4j');
    const why = process.env.CLAIMGRAPH_TEST_NEO4J_UNAVAILABLE;
    lines.push(
      neo4j.tests === 0
        ? 'integration tests skipped: 0'
        : `integration tests skipped: ${neo4j.tests} in ${neo4j.files} files${why ? ` (${why})` : ''}`,
    );
    return lines;
  }
}
