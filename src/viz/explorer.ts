import type { EntityEntry, MetaResponse } from './api-types.js';
import type { VizCorpus } from './corpus.js';
import { computeLayout, type Positions } from './layout.js';
import { StatementIndex } from './search.js';
import type { GraphSource } from './source.js';
import type { DocumentTexts } from './texts.js';
import { ViewService } from './views.js';

/** Everything the API answers from, computed once when the server starts. */
export interface Explorer {
  source: GraphSource;
  corpus: VizCorpus;
  texts: DocumentTexts;
  positions: Positions;
  meta: MetaResponse;
  index: EntityEntry[];
  /** Views of the network (overview, focus, everything), cached per request. */
  views: ViewService;
  /** Full-text search over statements and their sentences. */
  search: StatementIndex;
}

/** Precompute the layout, the search indexes and the metadata of a loaded graph. */
export function prepareExplorer(source: GraphSource, corpus: VizCorpus, texts: DocumentTexts): Explorer {
  const positions = computeLayout(corpus);
  const said = new Map<string, number>();
  for (const s of corpus.statements) {
    const id = s.speaker?.entityId;
    if (id) said.set(id, (said.get(id) ?? 0) + 1);
  }
  const index: EntityEntry[] = [...corpus.entities.values()].map((e) => {
    let weight = said.get(e.id) ?? 0;
    for (const n of e.mentionsByDoc.values()) weight += n;
    // The type-ahead needs the usual names, not every spelling ever met (the index is the page's largest download).
    return { id: e.id, name: e.name, type: e.type, aliases: e.aliases.slice(0, 12), weight };
  });
  index.sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
  const docs = [...corpus.documents.values()];
  const dates = docs.map((d) => d.publishedAt?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const meta: MetaResponse = {
    source: source.kind,
    label: source.label,
    counts: { documents: corpus.documents.size, entities: corpus.entities.size, statements: corpus.statements.length },
    documents: docs.map((d) => ({ id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt })),
    outlets: [...new Set(docs.map((d) => d.source).filter((s): s is string => Boolean(s)))].sort(),
    dates: { min: dates[0] ?? null, max: dates[dates.length - 1] ?? null },
    hasTexts: texts.size > 0,
    hasStance: corpus.statements.some((s) => s.stance.length > 0),
    hasClaims: corpus.claims.size > 0,
    cypher: typeof source.runCypher === 'function',
  };
  const views = new ViewService(corpus, positions);
  // The first view every page asks for, computed before the server answers anything: the
  // server is one thread, and the page's metadata and search index would wait behind it.
  views.graph({});
  return { source, corpus, texts, positions, meta, index, views, search: new StatementIndex(corpus, texts) };
}
