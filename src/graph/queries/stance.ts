import { define, matchEntity, type NamedQuery } from './define.js';

/**
 * The named queries on stance and repeated claims: who backs or attacks X, X's allies and enemies
 * by what was said, and the claims carried most widely. Stance is on ABOUT (`stance`, `score`,
 * the deciding words as `evidenceText`); a claim is a (:Claim) its copies are PART_OF.
 */

/** Speakers taking `stance` towards X, by the number of their statements. */
function towards(name: string, stance: 'support' | 'oppose', description: string): NamedQuery {
  return define(
    name,
    description,
    { entity: 'X: an entity id, name or alias' },
    `${matchEntity('x', 'entity')}
MATCH (s:Entity)-[:SAID]->(st:Statement)-[ab:ABOUT {stance: '${stance}'}]->(x)
WITH s, x, st, ab ORDER BY st.docId, st.start
RETURN s.name AS speaker, s.id AS speakerId, x.name AS about, count(st) AS statements, round(avg(ab.score), 2) AS score,
  collect(ab.evidenceText)[0] AS evidence, collect(st.content)[0] AS example, collect(st.id)[0] AS id
ORDER BY statements DESC, abs(score) DESC, speaker
LIMIT $limit`,
  );
}

/** Who supports X: speakers whose statements about X back it. */
export const supporters = towards('supporters', 'support', 'who supports X, by what they said');

/** Who opposes X: speakers whose statements about X attack it. */
export const opponents = towards('opponents', 'oppose', 'who opposes X, by what they said');

/**
 * X's allies and enemies by what was said, both ways: what X said about each other entity and
 * what it said about X, support and oppose counted; an ally where the scores add up above zero,
 * an enemy below.
 */
export const alliesAndEnemies = define(
  'allies-enemies',
  "X's allies and enemies, by what X said about them and they said about X",
  { entity: 'X: an entity id, name or alias' },
  `${matchEntity('x', 'entity')}
CALL (x) {
  MATCH (x)-[:SAID]->(:Statement)-[ab:ABOUT]->(y:Entity) WHERE y <> x AND ab.stance IN ['support', 'oppose']
  RETURN y, ab, 'x' AS who
  UNION ALL
  MATCH (y:Entity)-[:SAID]->(:Statement)-[ab:ABOUT]->(x) WHERE y <> x AND ab.stance IN ['support', 'oppose']
  RETURN y, ab, 'y' AS who
}
WITH x, y, sum(ab.score) AS score,
  sum(CASE WHEN who = 'x' AND ab.stance = 'support' THEN 1 ELSE 0 END) AS xSupports,
  sum(CASE WHEN who = 'x' AND ab.stance = 'oppose' THEN 1 ELSE 0 END) AS xOpposes,
  sum(CASE WHEN who = 'y' AND ab.stance = 'support' THEN 1 ELSE 0 END) AS supportsX,
  sum(CASE WHEN who = 'y' AND ab.stance = 'oppose' THEN 1 ELSE 0 END) AS opposesX
WHERE score <> 0
RETURN y.name AS other, y.id AS otherId, CASE WHEN score > 0 THEN 'ally' ELSE 'enemy' END AS relation, round(score, 2) AS score,
  xSupports AS \`X supports\`, xOpposes AS \`X opposes\`, supportsX AS \`supports X\`, opposesX AS \`opposes X\`
ORDER BY abs(score) DESC, other
LIMIT $limit`,
);

/** Repeated claims carried by the most documents, with where they were first seen. */
export const repeatedClaims = define(
  'repeated-claims',
  'claims repeated across documents, the most widely carried first',
  {},
  `MATCH (c:Claim)<-[:PART_OF]-(st:Statement)-[:REPORTED_IN]->(d:Document)
OPTIONAL MATCH (s:Entity {id: c.speaker})
RETURN c.content AS claim, s.name AS speaker, count(DISTINCT d) AS documents, count(DISTINCT d.source) AS outlets,
  c.firstSeenPublishedAt AS firstSeen, c.firstSeenSource AS firstOutlet, c.id AS id
ORDER BY documents DESC, outlets DESC, id
LIMIT $limit`,
);

export const STANCE_QUERIES: NamedQuery[] = [supporters, opponents, alliesAndEnemies, repeatedClaims];
