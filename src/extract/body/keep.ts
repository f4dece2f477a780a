import type { DocEntity, DocEntityRef, DocRelation, DocStatement } from '../types.js';
import { inArticle, type Article } from './article.js';

/** A document's entities, statements and relations. */
export interface Parts {
  entities: DocEntity[];
  statements: DocStatement[];
  relations: DocRelation[];
}

/**
 * What of a page's extraction belongs to its article: statements whose words are in it; mentions
 * in it (an entity named only in the page's furniture is dropped, and a statement's speaker,
 * addressee or topic that was such an entity is left unresolved); roles and relations whose
 * evidence is in it. Offsets are untouched.
 */
export function keepArticle(parts: Parts, article: Article): Parts {
  const inside = (s: { start: number; end: number }) => inArticle(article, s.start, s.end);
  const entities: DocEntity[] = [];
  for (const e of parts.entities) {
    const mentions = e.mentions.filter(inside);
    if (mentions.length === 0) continue;
    entities.push({ ...e, mentions, roles: e.roles.filter((r) => inside(r.evidence)) });
  }
  const kept = new Set(entities.map((e) => e.key));
  for (const e of entities) e.roles = e.roles.map((r) => (r.orgKey && !kept.has(r.orgKey) ? { role: r.role, evidence: r.evidence } : r));
  const ref = (r: DocEntityRef | null) => (r && r.key !== null && !kept.has(r.key) ? { ...r, key: null } : r);
  const statements = parts.statements.filter(inside).map((s) => ({ ...s, speaker: ref(s.speaker), addressee: ref(s.addressee), about: s.about.filter((k) => kept.has(k)) }));
  const relations = parts.relations.filter((r) => inside(r.evidence) && kept.has(r.fromKey) && kept.has(r.toKey));
  return { entities, statements, relations };
}
