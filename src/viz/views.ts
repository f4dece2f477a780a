import { z } from 'zod';
import type { CommunityInfo, GraphNode, GraphResponse } from './api-types.js';
import { findCommunities, type Communities } from './communities.js';
import type { VizCorpus } from './corpus.js';
import { FilterParamsSchema, FilterScope, filterKey, type FilterParams } from './filters.js';
import type { Positions } from './layout.js';
import { buildNetwork, SCORE_TEXT, type Network } from './network.js';
import { selectView, type ViewRequest } from './view.js';
import { layoutView, MIN_FRAMED } from './view-layout.js';
import { nodeSize } from './sizes.js';

/** The overview's budget: about as many entities as can be drawn with every name readable. */
export const DEFAULT_BUDGET = 150;

const ids = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0)).pipe(z.array(z.string().min(1)).max(200));

/** `/api/graph`'s parameters: the filters, and which view of what they leave. */
export const GraphParamsSchema = FilterParamsSchema.extend({
  focus: z.string().min(1).max(500).optional(),
  steps: z.coerce.number().int().min(1).max(10).optional(),
  expand: ids.optional(),
  budget: z.coerce.number().int().min(10).max(20_000).optional(),
  all: z.enum(['1']).optional(),
}).strict();
export type GraphParams = z.infer<typeof GraphParamsSchema>;

/** A tiny least-recently-used cache. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => V): V {
    let v = this.map.get(key);
    if (v !== undefined) this.map.delete(key);
    else v = make();
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
    return v;
  }
}

/**
 * Answers `/api/graph`: the filtered network and its communities are computed once per set of
 * filters, each view (overview, focus with its steps, everything) once per request shape, and
 * kept for the next time (a shared URL, a step back).
 */
export class ViewService {
  private readonly networks = new Lru<{ network: Network; communities: Communities }>(6);
  private readonly views = new Lru<GraphResponse>(24);

  constructor(
    private readonly corpus: VizCorpus,
    private readonly positions: Positions,
  ) {}

  /** The filtered network (cached), for other answers that follow the filters. */
  network(filters: FilterParams): { network: Network; communities: Communities } {
    return this.networks.get(filterKey(filters), () => {
      const network = buildNetwork(this.corpus, new FilterScope(this.corpus, filters));
      return { network, communities: findCommunities(network) };
    });
  }

  graph(params: GraphParams): GraphResponse {
    const key = JSON.stringify([filterKey(params), params.focus, params.steps, params.expand, params.budget, params.all, params.cap]);
    return this.views.get(key, () => this.build(params));
  }

  private build(params: GraphParams): GraphResponse {
    const { network, communities } = this.network(params);
    const req: ViewRequest = { focus: params.focus, steps: params.steps ?? 1, expand: params.expand ?? [], budget: params.budget ?? DEFAULT_BUDGET, all: params.all === '1', cap: params.cap ?? 0 };
    const view = selectView(network, req);
    const grouped = view.mode === 'overview';
    const maxScore = Math.max(0, ...view.nodes.map((n) => n.score));
    const sized = view.nodes.map((n) => ({ ...n, size: nodeSize(n.score, maxScore) }));
    const at = view.mode === 'all' ? this.positions : layoutView(sized, view.edges, grouped ? communities : undefined);
    const infos: CommunityInfo[] = [];
    const index = new Map<number, number>();
    if (grouped) {
      const members = new Map<number, string[]>();
      for (const n of [...view.nodes].sort((a, b) => b.score - a.score)) {
        const c = communities.get(n.id);
        if (c === undefined) continue;
        members.set(c, [...(members.get(c) ?? []), n.label]);
      }
      const sizes = new Map<number, number>();
      for (const c of communities.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      for (const [c, labels] of [...members].sort((a, b) => a[0] - b[0])) {
        if (labels.length < MIN_FRAMED) continue;
        index.set(c, infos.length);
        infos.push({ id: infos.length, label: labels.slice(0, 3).join(' · '), size: sizes.get(c)! });
      }
    }
    const nodes: GraphNode[] = sized.map((n) => {
      const p = at.get(n.id) ?? { x: 0, y: 0 };
      const c = grouped ? communities.get(n.id) : undefined;
      return { ...n, community: c !== undefined ? (index.get(c) ?? null) : null, x: p.x, y: p.y };
    });
    return {
      nodes,
      edges: view.edges,
      communities: infos,
      view: { mode: view.mode, budget: req.budget, focus: req.focus, steps: req.focus ? req.steps : undefined, score: SCORE_TEXT },
      more: view.more,
      totals: { nodes: this.corpus.entities.size, edges: network.edges.length, statements: network.statements, capped: view.mode === 'all' ? view.more : 0 },
    };
  }
}
