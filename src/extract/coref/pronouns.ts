import { type Discourse, mostRecent, namedInside, newlyNamed, recentSpeaker, type RefQuery } from './discourse.js';
import type { Gender } from './gender.js';
import type { EntityProfile } from './profiles.js';

const PERSONAL: Record<string, Gender> = { he: 'male', him: 'male', she: 'female', her: 'female' };
const GROUP = new Set(['they', 'them', 'it']);
/** How far back (in characters) "it" and "they" look for an organisation named. */
const ORG_REACH = 600;

/**
 * The entity a pronoun stands for. "he"/"she" (and "him"/"her"): the last person who spoke, if
 * the pronoun fits them, else the person named most recently whom it fits — a person fits when
 * their gender is the pronoun's or unknown, they are not the reporter of the byline, and (for a
 * quote) they are not named inside the quote: someone quoted attacking "him" is not "him".
 * "it"/"they"/"them": the last organisation that spoke, else one named shortly before.
 */
export function resolvePronoun(d: Discourse, q: RefQuery): string | null {
  const w = q.text.toLowerCase();
  const gender = PERSONAL[w];
  if (gender) {
    const fits = (p: EntityProfile) =>
      p.entity.type === 'Person' && !p.byline && p.entity.key !== q.exclude && (p.gender === null || p.gender === gender) && !namedInside(p, q.quoted);
    // someone the narrative named since the last statement is who "he" now means
    // (only someone known to fit: a name the recogniser mistook for a person must not take it)
    const fresh = newlyNamed(d, q.quoted ? Math.min(q.start, q.quoted.start) : q.start, (p) => fits(p) && p.gender === gender);
    if (fresh) return fresh;
    const recent = recentSpeaker(d, q.paragraph, 'Person');
    const rp = recent ? d.profile(recent) : undefined;
    if (rp && fits(rp)) return rp.entity.key;
    return mostRecent(d, q.start, 0, (p) => fits(p) && p.entity.key !== d.lastAddressee?.key);
  }
  if (GROUP.has(w)) {
    const fits = (p: EntityProfile) => p.entity.type === 'Organization' && p.entity.key !== q.exclude && !namedInside(p, q.quoted);
    const recent = recentSpeaker(d, q.paragraph, 'Organization');
    const rp = recent ? d.profile(recent) : undefined;
    // the organisation that spoke last, unless someone spoke after it
    if (rp && fits(rp) && d.lastSpeaker?.key === recent) return rp.entity.key;
    return mostRecent(d, q.start, Math.max(0, q.start - ORG_REACH), fits);
  }
  return null;
}
