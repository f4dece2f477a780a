import { define, matchEntity, type NamedQuery } from './define.js';
import { STANCE_QUERIES } from './stance.js';

/**
 * The named queries of `claimgraph query --named NAME`: one query a function, Cypher with
 * parameters only. An entity parameter matches an entity's id, name or any alias, ignoring case.
 * The stance and claim queries are in stance.ts.
 */

export type { NamedQuery } from './define.js';

/** Who said what about X: every statement about X, with its speaker (or the words naming an unresolved one). */
export const saidAbout = define(
  'said-about',
  'who said what about X',
  { entity: 'X: an entity id, name or alias' },
  `${matchEntity('x', 'entity')}
MATCH (st:Statement)-[:ABOUT]->(x)
OPTIONAL MATCH (s:Entity)-[:SAID]->(st)
RETURN coalesce(s.name, st.speakerText) AS speaker, st.content AS statement, st.kind AS kind, x.name AS about, st.docId AS document, st.id AS id
ORDER BY document, st.start
LIMIT $limit`,
);

/** What X said, with whom each statement is about. */
export const saidBy = define(
  'said-by',
  'what X said',
  { entity: 'X: an entity id, name or alias' },
  `${matchEntity('x', 'entity')}
MATCH (x)-[:SAID]->(st:Statement)
OPTIONAL MATCH (st)-[:ABOUT]->(t:Entity)
WITH x, st, collect(t.name) AS about
OPTIONAL MATCH (st)-[:ADDRESSED_TO]->(a:Entity)
RETURN x.name AS speaker, st.content AS statement, st.kind AS kind, st.cue AS cue, a.name AS addressee, about, st.docId AS document, st.id AS id
ORDER BY document, st.start
LIMIT $limit`,
);

/** Who talks about X most: speakers by the number of their statements about X. */
export const talksAboutMost = define(
  'talks-about-most',
  'who talks about X most',
  { entity: 'X: an entity id, name or alias' },
  `${matchEntity('x', 'entity')}
MATCH (s:Entity)-[:SAID]->(st:Statement)-[:ABOUT]->(x)
RETURN s.name AS speaker, s.id AS speakerId, count(DISTINCT st) AS statements, count(DISTINCT st.docId) AS documents
ORDER BY statements DESC, speaker
LIMIT $limit`,
);

/** Statements between X and Y: said by one of them to or about the other. */
export const between = define(
  'between',
  'statements between X and Y (one speaking to or about the other)',
  { entity: 'X: an entity id, name or alias', other: 'Y: an entity id, name or alias' },
  `${matchEntity('x', 'entity')}
WITH collect(x) AS xs
${matchEntity('y', 'other')}
WITH xs, collect(y) AS ys
UNWIND xs + ys AS a
MATCH (a)-[:SAID]->(st:Statement)-[r:ADDRESSED_TO|ABOUT]->(b:Entity)
WHERE (a IN xs AND b IN ys) OR (a IN ys AND b IN xs)
WITH a, b, st, collect(DISTINCT type(r)) AS how
RETURN a.name AS speaker, b.name AS other, how, st.content AS statement, st.docId AS document, st.id AS id
ORDER BY document, st.start
LIMIT $limit`,
);

/** The most quoted: entities by the number of statements they made. */
export const mostQuoted = define(
  'most-quoted',
  'the most quoted people (and organisations)',
  {},
  `MATCH (s:Entity)-[:SAID]->(st:Statement)
RETURN s.name AS speaker, s.id AS id, [l IN labels(s) WHERE l <> 'Entity'][0] AS type, count(st) AS statements, count(DISTINCT st.docId) AS documents
ORDER BY statements DESC, speaker
LIMIT $limit`,
);

/** The statements of a document in text order, with speaker, cue, addressee and topics. */
export const documentStatements = define(
  'document',
  'the statements of a document, in text order',
  { document: 'a document id' },
  `MATCH (d:Document {id: $document})<-[:REPORTED_IN]-(st:Statement)
OPTIONAL MATCH (s:Entity)-[:SAID]->(st)
OPTIONAL MATCH (st)-[:ADDRESSED_TO]->(a:Entity)
OPTIONAL MATCH (st)-[:ABOUT]->(t:Entity)
WITH st, s, a, collect(t.name) AS about
RETURN st.start AS start, st.kind AS kind, coalesce(s.name, st.speakerText) AS speaker, st.cue AS cue, st.content AS statement, a.name AS addressee, about, st.id AS id
ORDER BY start
LIMIT $limit`,
);

/** The most mentioned entities, by the documents they appear in. */
export const mostMentioned = define(
  'most-mentioned',
  'the entities mentioned in the most documents',
  {},
  `MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document)
RETURN e.name AS name, e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, count(m) AS documents, sum(m.count) AS mentions
ORDER BY documents DESC, mentions DESC, name
LIMIT $limit`,
);

/** Every named query, by name. */
export const NAMED_QUERIES: Record<string, NamedQuery> = Object.fromEntries(
  [saidAbout, saidBy, talksAboutMost, between, mostQuoted, documentStatements, mostMentioned, ...STANCE_QUERIES].map((q) => [q.name, q]),
);
