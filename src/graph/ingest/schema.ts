import type { Driver } from 'neo4j-driver';

type Session = ReturnType<Driver['session']>;

/** How many times the schema is looked at and made, when concurrent ingests make it too. */
const SCHEMA_ATTEMPTS = 10;

/**
 * Create the constraints and indexes not there yet (one read when all are), all in one schema
 * transaction: 0.16 s for a new database, against 0.25 s one at a time. Another ingest may be
 * making the same schema at once; then this transaction fails with a schema error (the same rule
 * there already, or an index of the same name: a constraint's index exists before the constraint
 * does), and this ingest looks again at what is there and makes the rest, until the other is done.
 */
export async function ensureSchema(session: Session, statements: string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const existing = await schemaNames(session);
    const missing = statements.filter((statement) => {
      const [, kind, name] = /^CREATE (?:FULLTEXT )?(CONSTRAINT|INDEX) (\w+)/.exec(statement) ?? [];
      return !(name && existing[kind === 'CONSTRAINT' ? 'constraints' : 'indexes'].has(name));
    });
    if (missing.length === 0) return;
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of missing) await tx.run(statement);
      });
      return;
    } catch (err) {
      if (attempt >= SCHEMA_ATTEMPTS || !isSchemaConflict(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** The names of the constraints, and of the indexes, there are. */
async function schemaNames(session: Session): Promise<{ constraints: Set<string>; indexes: Set<string> }> {
  return session.executeRead(async (tx) => {
    const names = async (show: string) => new Set((await tx.run(`${show} YIELD name`)).records.map((r) => r.get('name') as string));
    return { constraints: await names('SHOW CONSTRAINTS'), indexes: await names('SHOW INDEXES') };
  });
}

/** A schema error of the kind two ingests making the same schema at once give each other. */
function isSchemaConflict(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists|IndexWithNameAlreadyExists|ConstraintWithNameAlreadyExists|IndexOrConstraintAlreadyExists)$/.test(code);
}

