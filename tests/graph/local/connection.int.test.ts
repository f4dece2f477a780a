import { afterAll, expect, it } from 'vitest';
import { closeAllDrivers, Neo4jConnectionError, openDriver, type Neo4jTarget } from '../../../src/graph/connection.js';
import { describeNeo4j, neo4jTarget } from '../../helpers/neo4j.js';
import { createServer } from 'node:net';

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The error openDriver fails with for `target`. */
async function failure(target: Neo4jTarget): Promise<Neo4jConnectionError> {
  const err = await openDriver(target).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Neo4jConnectionError);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  expect(message).not.toContain(target.password);
  return err as Neo4jConnectionError;
}

afterAll(closeAllDrivers);

describeNeo4j('openDriver', () => {
  it('connects, once per process', async () => {
    const target = neo4jTarget()!;
    const driver = await openDriver(target);
    expect(await openDriver({ ...target })).toBe(driver);
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: target.database });
    expect(records[0]!.get('one').toNumber()).toBe(1);
  });

  it('names a wrong password without printing it', async () => {
    const target = { ...neo4jTarget()!, password: 'not-the-password-4711' };
    const err = await failure(target);
    expect(err.message).toBe(`Neo4j at ${target.uri}: authentication failed for user '${target.username}' (wrong username or password${target.local ? '' : ': check NEO4J_USERNAME and NEO4J_PASSWORD'})`);
  });

  it('says the server is not reachable when nothing listens', async () => {
    const uri = `bolt://127.0.0.1:${await unusedPort()}`;
    const err = await failure({ uri, username: 'neo4j', password: 'secret-pw-0815', local: true });
    expect(err.message).toBe(`Neo4j at ${uri}: server not reachable (connect ECONNREFUSED ${uri.slice('bolt://'.length)}); start it with 'claimgraph neo4j start'`);
  });

  it('names an unknown database', async () => {
    const target = { ...neo4jTarget()!, database: 'nosuchdb' };
    const err = await failure(target);
    expect(err.message).toBe(`Neo4j at ${target.uri}: database 'nosuchdb' does not exist (check NEO4J_DATABASE)`);
  });
});
