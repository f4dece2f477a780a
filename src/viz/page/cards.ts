import type { StatementView } from '../api-types.js';
import { el, formatDate } from './dom.js';
import { STANCE_STYLE } from './graph-style.js';
import { sentenceNode } from './sentence-dom.js';

/** What a statement card's buttons can ask the page to do. */
export interface CardActions {
  focus(entityId: string): void;
  /** Open the article in the reader, at this statement. */
  read(docId: string, statementId?: string): void;
}

const KIND_LABEL: Record<string, string> = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported' };
/** A sign beside the colour, for readers who cannot tell the colours apart. */
export const STANCE_SIGN: Record<string, string> = { support: '▲', oppose: '⊥', neutral: '○', mixed: '◆' };

function who(ref: StatementView['speaker'], actions: CardActions, cls: string): HTMLElement {
  if (!ref) return el('span', { class: `${cls} unknown` }, 'unknown');
  if (!ref.entityId) return el('span', { class: `${cls} unresolved`, title: 'not resolved to an entity' }, ref.text);
  const id = ref.entityId;
  return el('button', { class: `${cls} link`, type: 'button', title: `Focus on ${ref.name}`, onclick: () => actions.focus(id) }, ref.name);
}

/** The speaker's side towards each judged target, as chips: sign, verb, name. */
function stanceLine(s: StatementView, actions: CardActions): HTMLElement | null {
  const judged = s.stance.filter((t) => t.stance !== 'neutral');
  if (judged.length === 0) return null;
  return el(
    'div',
    { class: 'st-stance' },
    ...judged.map((t) =>
      el(
        'button',
        { class: `stance-chip stance-${t.stance}`, type: 'button', title: `${STANCE_STYLE[t.stance].label} ${t.name} (score ${t.score.toFixed(2)})${t.evidence ? `: “${t.evidence}”` : ''}`, onclick: () => actions.focus(t.entityId) },
        `${STANCE_SIGN[t.stance]} ${t.stance === 'support' ? 'backs' : 'attacks'} ${t.name}`,
      ),
    ),
  );
}

/** "Also reported by 4 outlets", or in how many other documents, and where it was first seen. */
function claimLine(s: StatementView, actions: CardActions): HTMLElement | null {
  const c = s.claim;
  if (!c || c.copies < 2) return null;
  const also = c.otherOutlets.length > 0
    ? `Also reported by ${c.otherOutlets.length} outlet${c.otherOutlets.length === 1 ? '' : 's'}: ${c.otherOutlets.slice(0, 5).join(', ')}${c.otherOutlets.length > 5 ? ' …' : ''}`
    : `Also in ${c.otherDocuments} other document${c.otherDocuments === 1 ? '' : 's'}`;
  const first = c.firstSeen.docId === s.doc.id ? 'first seen here' : `first seen ${[c.firstSeen.source, formatDate(c.firstSeen.publishedAt)].filter(Boolean).join(', ') || 'in another document'}`;
  return el(
    'div',
    { class: 'st-claim' },
    `${also} · ${first} `,
    c.firstSeen.docId !== s.doc.id ? el('button', { class: 'link', type: 'button', onclick: () => actions.read(c.firstSeen.docId) }, 'open the first') : null,
  );
}

/** One statement as a card: who → whom, kind, cue, stance, sentence, repeated claim, document. */
export function statementCard(s: StatementView, actions: CardActions): HTMLElement {
  const head = el(
    'div',
    { class: 'st-head' },
    who(s.speaker, actions, 'st-speaker'),
    s.addressee ? el('span', { class: 'arrow', 'aria-label': 'to' }, ' → ') : null,
    s.addressee ? who(s.addressee, actions, 'st-addressee') : null,
    el('span', { class: `kind k-${s.kind}` }, KIND_LABEL[s.kind] ?? s.kind),
  );
  const cue = s.cue ? el('span', { class: 'st-cue' }, `“${s.cue}”${s.cueClass && s.cueClass !== s.cue ? ` · ${s.cueClass}` : ''}`) : null;
  const body = s.sentence ? sentenceNode(s.sentence) : el('blockquote', { class: 'sentence no-text' }, el('span', { class: 'm-quote' }, s.content));
  const about = s.about.length
    ? el('div', { class: 'st-about' }, 'About ', ...s.about.flatMap((a, i) => [i > 0 ? ', ' : '', el('button', { class: `chip t-${a.type}`, type: 'button', onclick: () => actions.focus(a.id) }, a.name)]))
    : null;
  const title = s.doc.title ?? s.doc.id;
  const doc = el(
    'div',
    { class: 'st-doc' },
    el('button', { class: 'link doc-title', type: 'button', title: 'Read the article with its statements marked', onclick: () => actions.read(s.doc.id, s.id) }, title),
    el('span', { class: 'doc-meta' }, [s.doc.source, formatDate(s.doc.publishedAt)].filter(Boolean).join(' · ')),
    s.doc.url ? sourceLink(s.doc.url) : null,
  );
  const conf = el(
    'span',
    { class: 'st-conf', title: 'extraction confidence' },
    el('meter', { min: 0, max: 1, value: s.confidence, 'aria-label': 'confidence' }),
    ` ${Math.round(s.confidence * 100)}%`,
  );
  return el('article', { class: 'statement', tabindex: 0, 'data-id': s.id }, head, el('div', { class: 'st-sub' }, cue, conf), body, stanceLine(s, actions), about, claimLine(s, actions), doc);
}

/** A link to an article's source: http(s) only, opened apart, telling the site nothing of the page. */
export function sourceLink(url: string): HTMLElement | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return el('a', { class: 'doc-url', href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, parsed.host + (parsed.pathname.length > 1 ? parsed.pathname : ''));
}
