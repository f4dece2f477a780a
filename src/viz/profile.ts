import type { EntityCount, EntityProfile } from './api-types.js';
import type { VizCorpus } from './corpus.js';
import { FilterScope, type FilterParams } from './filters.js';

const TOP = 8;

function top(corpus: VizCorpus, counts: Map<string, number>): EntityCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP)
    .flatMap(([id, count]) => {
      const e = corpus.entities.get(id);
      return e ? [{ id, name: e.name, type: e.type, count }] : [];
    });
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * One entity's profile within the filters: its names, roles and affiliations, how often it is
 * quoted, addressed, talked about and named, whom it talks about and who talks about it most,
 * its statements by month, and its documents (newest first). Null for an unknown id.
 */
export function entityProfile(corpus: VizCorpus, id: string, filters: FilterParams): EntityProfile | null {
  const entity = corpus.entities.get(id);
  if (!entity) return null;
  const scope = new FilterScope(corpus, filters);
  const counts = { said: 0, to: 0, about: 0, mentioned: 0, documents: 0 };
  const talksAbout = new Map<string, number>();
  const talkedAboutBy = new Map<string, number>();
  const months = new Map<string, { said: number; to: number; about: number }>();
  const docs = new Map<string, { statements: number; mentions: number }>();
  const doc = (docId: string) => {
    let d = docs.get(docId);
    if (!d) docs.set(docId, (d = { statements: 0, mentions: 0 }));
    return d;
  };
  for (const [docId, n] of entity.mentionsByDoc) {
    if (!scope.docAllowed(docId)) continue;
    counts.mentioned += n;
    doc(docId).mentions += n;
  }
  for (const s of corpus.statements) {
    const said = s.speaker?.entityId === id;
    const to = !said && s.addressee?.entityId === id;
    const about = !said && !to && s.about.includes(id);
    if (!(said || to || about) || !scope.statementAllowed(s)) continue;
    const role = said ? 'said' : to ? 'to' : 'about';
    counts[role]++;
    doc(s.docId).statements++;
    if (said) for (const t of new Set(s.about)) if (t !== id) bump(talksAbout, t);
    if (about && s.speaker?.entityId) bump(talkedAboutBy, s.speaker.entityId);
    const month = corpus.documents.get(s.docId)?.publishedAt?.slice(0, 7);
    if (month && /^\d{4}-\d{2}$/.test(month)) {
      let m = months.get(month);
      if (!m) months.set(month, (m = { said: 0, to: 0, about: 0 }));
      m[role]++;
    }
  }
  counts.documents = docs.size;
  // One line per distinct role and entity, however many articles state it; the most stated first.
  const relations = new Map<string, EntityProfile['relations'][number]>();
  for (const r of corpus.relations) {
    if ((r.from !== id && r.to !== id) || !scope.docAllowed(r.docId)) continue;
    const other = corpus.entities.get(r.from === id ? r.to : r.from);
    const key = JSON.stringify([r.type, r.role, other?.id, r.from === id]);
    const known = relations.get(key);
    if (known) known.count++;
    else relations.set(key, { type: r.type, role: r.role, other: other ? { id: other.id, name: other.name, type: other.type } : null, outgoing: r.from === id, docId: r.docId, count: 1 });
  }
  const documents = [...docs]
    .map(([docId, d]) => {
      const meta = corpus.documents.get(docId);
      return { id: docId, title: meta?.title, source: meta?.source, publishedAt: meta?.publishedAt, ...d };
    })
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.statements - a.statements || (a.id < b.id ? -1 : 1));
  return {
    id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    relations: [...relations.values()].sort((a, b) => b.count - a.count),
    counts,
    talksAbout: top(corpus, talksAbout),
    talkedAboutBy: top(corpus, talkedAboutBy),
    timeline: [...months].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([month, m]) => ({ month, ...m })),
    documents,
  };
}
