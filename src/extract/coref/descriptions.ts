import { type Discourse, mostRecent, recentSpeaker, type RefQuery } from './discourse.js';
import type { EntityProfile } from './profiles.js';
import { DOCUMENT_HEADS, featureOf, featuresOf, GENERIC_PERSON, ORG_HEADS } from './words.js';

/**
 * The head part of a description and the part about someone else: "Imam Khamenei’s Advisor" →
 * head "Advisor", related "Imam Khamenei"; "Advisor to Leader … on international affairs" → head
 * "Advisor", related "Leader … affairs".
 */
export function splitDescription(text: string): { head: string; headAt: number; headWord: string; related: string } {
  let head = text;
  let headAt = 0;
  let related = '';
  const prep = /\s(?:of|to|on|for|at|in|with|from|by)\s/u.exec(text);
  if (prep) {
    related = text.slice(prep.index);
    head = text.slice(0, prep.index);
  }
  const poss = /^.*[’'](?:s\b)?\s+/u.exec(head);
  if (poss) {
    related = `${head.slice(0, poss[0].length)} ${related}`.trim();
    headAt = poss[0].length;
    head = head.slice(headAt);
  }
  const headWord = (head.split(/\s+/u).at(-1) ?? '').toLowerCase().replace(/[’']s?$/u, '');
  return { head, headAt, headWord, related };
}

// A plural common noun (lower case): "defenders", "officials", "residents" — not "boss", "press", "status".
const PLURAL = /^\p{Ll}[\p{L}-]*[^su’']s$/u;

/** The organisation the related words name most fully ("a spokesman for the IRGC", "the company's memo"). */
function organisationNamed(d: Discourse, related: string): EntityProfile | null {
  const other = featuresOf(related);
  let org: EntityProfile | null = null;
  let most = 0;
  for (const p of d.profiles) {
    if (p.entity.type !== 'Organization') continue;
    const n = featuresOf(p.entity.name);
    const shared = n.filter((f) => other.includes(f)).length;
    if (shared > most && shared >= Math.min(2, n.length)) [org, most] = [p, shared];
  }
  return org;
}

/** Score how well a person or organisation fits a description; null when it cannot be meant. */
function fit(p: EntityProfile, q: RefQuery, parts: ReturnType<typeof splitDescription>, wantOrg: boolean, recent: string | null): number | null {
  const head = featureOf(parts.headWord)[0];
  const own = featuresOf(parts.head);
  const other = featuresOf(parts.related);
  const possessive = /[’']/u.test(parts.related) && !/\s(?:of|to|on|for|at|in|with|from|by)\s/u.test(` ${parts.related} `);
  // "Imam Khamenei’s Advisor" is not Khamenei: the entity a description relates to is not its referent
  if (parts.related && featuresOf(p.entity.name).some((f) => other.includes(f) && f.length > 3)) return null;
  let score = 0;
  let modifiers = 0;
  for (const f of own) {
    if (!p.features.has(f)) continue;
    score += f === head ? 2 : 1;
    if (f !== head) modifiers++;
  }
  // "the resistance forces" is not any organisation with forces in its name
  if (wantOrg && (modifiers === 0 || score - modifiers < 2)) return null;
  let relatedHits = 0;
  for (const f of other) if (p.features.has(f)) relatedHits++;
  score += relatedHits * (possessive ? 1 : 0.5);
  // "a spokesman for the IRGC" is not any spokesman: the related part must fit too
  if (parts.related && !possessive && relatedHits === 0) score -= 1.5;
  if (score <= 0) return null;
  if (p.entity.key === recent) score += 0.5;
  const lastBefore = p.positions.filter((x) => x < q.start).at(-1);
  if (lastBefore === undefined) score -= 0.5; // named only later: cataphora is rarer
  else score += 0.25 * (lastBefore / Math.max(1, q.start)); // more recent is likelier
  return score;
}

/**
 * The entity a description stands for: the person (or, for "the ministry", the organisation)
 * whose roles, nationality, affiliations and titles fit its words best, ties to who spoke last;
 * "the company" or "the agency" alone, an organisation of that kind named most recently; a
 * document ("the memo", "a report by the ministry") the organisation that issued it, when the
 * words say, else no one; "the official said" right after someone spoke, that speaker.
 */
export function resolveDescription(d: Discourse, q: RefQuery): string | null {
  const parts = splitDescription(q.text);
  const { headWord, related } = parts;
  if (DOCUMENT_HEADS.has(headWord)) {
    // "a report by the ministry", "the company's memo", "the RCMP statement": whoever issued it, where the words say
    const issuer = `${related} ${parts.head.slice(0, parts.head.length - headWord.length)}`.trim();
    return issuer ? organisationNamed(d, issuer)?.entity.key ?? null : null;
  }
  const wantOrg = ORG_HEADS.has(headWord);
  // "the school's defenders", "local residents": a group, never one person
  if (!wantOrg && PLURAL.test(parts.head.split(/\s+/u).at(-1) ?? '')) return null;
  // "a person familiar with the talks", "another official": someone new, not anyone named before
  if (/^(?:a|an|another|one)\s/iu.test(q.text)) {
    return related && !wantOrg && /^(?:spokes|repres|offic|source|envoy|ambas|deleg)/u.test(headWord) ? organisationNamed(d, related)?.entity.key ?? null : null;
  }
  const recent = q.role === 'speaker' ? recentSpeaker(d, q.paragraph) : d.lastAddressees.get(wantOrg ? 'Organization' : 'Person')?.key ?? null;
  let best: { key: string; score: number } | null = null;
  for (const p of d.profiles) {
    if (p.entity.key === q.exclude || p.byline) continue;
    if (wantOrg ? p.entity.type !== 'Organization' : p.entity.type !== 'Person') continue;
    const score = fit(p, q, parts, wantOrg, recent);
    if (score !== null && (!best || score > best.score)) best = { key: p.entity.key, score };
  }
  if (best && best.score >= 0.75) return best.key;
  if (wantOrg && !related && featuresOf(parts.head).length <= 1 && q.role === 'speaker') {
    // "the bank said": the organisation with "bank" in its name named most recently; "the company
    // said": the organisation that spoke last, else the one named most recently
    const isOrg = (p: EntityProfile) => p.entity.type === 'Organization' && p.entity.key !== q.exclude;
    const head = featureOf(headWord)[0];
    const named = head ? mostRecent(d, q.start + 1, 0, (p) => isOrg(p) && featuresOf(p.entity.name).includes(head)) : null;
    if (named) return named;
    const org = recentSpeaker(d, q.paragraph, 'Organization');
    if (org && d.lastSpeaker?.key === org) return org;
    return mostRecent(d, q.start, Math.max(0, q.start - 1500), isOrg);
  }
  // "the official said" right after someone spoke: the same speaker
  const last = d.lastSpeaker;
  const gap = last ? q.paragraph - last.paragraph : Infinity;
  if (q.role === 'speaker' && GENERIC_PERSON.has(headWord) && gap <= 3 && last && last.key !== q.exclude && d.profile(last.key)?.entity.type === 'Person') return last.key;
  // "a spokesman for the IRGC": the organisation speaks
  if (related && !wantOrg && /^(?:spokes|repres|offic|source|envoy|ambas|deleg)/u.test(headWord)) return organisationNamed(d, related)?.entity.key ?? null;
  return null;
}
