/**
 * Two entities of one document are two things: the document's own grouping kept them apart
 * ("Rhys Williams" and "R Williams" in one team sheet). A join across documents that would put
 * them together is not made: `joins` (joiner → the group it joins) loses every joiner that shares
 * a document with its target or with another joiner of the same target. This also keeps a link
 * of shares loaded into one graph exact: no entity ever holds two units of one document, so the
 * units read back from the graph are the documents' own.
 */
export function apartInDocuments<G>(joins: Map<G, G>, docsOf: (g: G) => string[]): Map<G, G> {
  const byTarget = new Map<G, G[]>();
  for (const [g, t] of joins) if (g !== t) byTarget.set(t, [...(byTarget.get(t) ?? []), g]);
  const kept = new Map<G, G>();
  for (const [t, joiners] of byTarget) {
    const seen = new Map<string, number>();
    for (const g of [t, ...joiners]) for (const d of new Set(docsOf(g))) seen.set(d, (seen.get(d) ?? 0) + 1);
    for (const g of joiners) if (docsOf(g).every((d) => seen.get(d) === 1)) kept.set(g, t);
  }
  return kept;
}
