import type { EntityCount, EntityProfile } from '../api-types.js';
import type { CardActions } from './cards.js';
import { el, formatDate } from './dom.js';
import type { PageFetcher } from './panel.js';
import { listStatements } from './panel.js';
import type { Role } from './state.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** Statements by month as small stacked bars (said, to, about), first and last month below. */
function timeline(p: EntityProfile): HTMLElement {
  if (p.timeline.length === 0) return el('p', { class: 'hint' }, 'No dated documents: no timeline.');
  const width = 360, height = 54;
  const max = Math.max(...p.timeline.map((m) => m.said + m.to + m.about));
  const bar = width / p.timeline.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', height, role: 'img', 'aria-label': 'statements by month' });
  p.timeline.forEach((m, i) => {
    let y = height;
    for (const [role, n] of [['said', m.said], ['to', m.to], ['about', m.about]] as const) {
      const h = (n / max) * (height - 4);
      y -= h;
      const rect = svg('rect', { x: i * bar + 1, y, width: Math.max(1, bar - 2), height: h, class: `tl-${role}` });
      rect.appendChild(svg('title', {})).textContent = `${m.month}: ${n} ${role === 'said' ? 'said' : role === 'to' ? 'said to' : 'said about'}`;
      chart.appendChild(rect);
    }
  });
  return el('div', { class: 'timeline' }, chart, el('div', { class: 'tl-axis' }, el('span', {}, p.timeline[0]!.month), el('span', {}, p.timeline.at(-1)!.month)));
}

function people(title: string, list: EntityCount[], actions: CardActions): HTMLElement | null {
  if (list.length === 0) return null;
  return el('div', { class: 'pf-people' }, el('h3', {}, title), ...list.map((e) => el('button', { class: `chip t-${e.type}`, type: 'button', title: `${e.count} statement${e.count === 1 ? '' : 's'}`, onclick: () => actions.focus(e.id) }, `${e.name} ${e.count}`)));
}

function relations(p: EntityProfile, actions: CardActions): HTMLElement | null {
  if (p.relations.length === 0) return null;
  const item = (r: EntityProfile['relations'][number]) => {
    const what = r.type === 'HOLDS_ROLE' ? (r.outgoing ? r.role ?? 'role' : `${r.role ?? 'role'}:`) : r.type === 'AFFILIATED_WITH' ? (r.outgoing ? 'affiliated with' : 'affiliate:') : r.type.toLowerCase().replace(/_/g, ' ');
    const other = r.other ? el('button', { class: `chip t-${r.other.type}`, type: 'button', onclick: () => actions.focus(r.other!.id) }, r.other.name) : null;
    return el('li', {}, `${what} `, other, r.count > 1 ? el('span', { class: 'muted' }, ` ×${r.count}`) : null);
  };
  return el('div', { class: 'pf-relations' }, el('h3', {}, 'Roles and affiliations'), el('ul', {}, ...p.relations.slice(0, 12).map(item)));
}

export interface ProfileTabs {
  role: Role | 'documents';
  onTab(role: Role | 'documents'): void;
  fetchRole(role: Role): PageFetcher;
}

/**
 * An entity's profile in the panel: names, roles and affiliations, counts, whom it talks about
 * and who talks about it, a timeline, and tabs of its statements (said by / to / about, by
 * date) and of its documents. Returns the element.
 */
export function profileNode(p: EntityProfile, tabs: ProfileTabs, actions: CardActions, isCurrent: () => boolean): HTMLElement {
  const counts: [Role | 'documents', string, number][] = [['said', 'Said by', p.counts.said], ['to', 'Said to', p.counts.to], ['about', 'Said about', p.counts.about], ['documents', 'Documents', p.counts.documents]];
  const body = el('div', { class: 'pf-tab-body', id: 'profile-tab' });
  const bar = el('div', { class: 'tabs', role: 'tablist' });
  const select = (role: Role | 'documents') => {
    for (const b of bar.children) b.setAttribute('aria-selected', String((b as HTMLElement).dataset.role === role));
    if (role === 'documents') {
      body.replaceChildren(
        el('p', { class: 'count', id: 'statement-count' }, `${p.documents.length} document${p.documents.length === 1 ? '' : 's'}`),
        el('ul', { class: 'pf-docs' }, ...p.documents.slice(0, 200).map((d) => el('li', {}, el('button', { class: 'link', type: 'button', onclick: () => actions.read(d.id) }, d.title ?? d.id), el('span', { class: 'muted' }, ` ${[d.source, formatDate(d.publishedAt)].filter(Boolean).join(' · ')} · ${d.statements} statement${d.statements === 1 ? '' : 's'}, named ${d.mentions}×`)))),
      );
      body.dataset.loaded = 'true';
    } else void listStatements(body, tabs.fetchRole(role), actions, isCurrent);
  };
  for (const [role, label, n] of counts) {
    bar.append(el('button', { type: 'button', role: 'tab', 'data-role': role, 'aria-selected': 'false', onclick: () => { tabs.onTab(role); select(role); } }, `${label} ${n}`));
  }
  const node = el(
    'div',
    { class: 'profile' },
    relations(p, actions),
    el('div', { class: 'pf-columns' }, people('Talks most about', p.talksAbout, actions), people('Talked about most by', p.talkedAboutBy, actions)),
    timeline(p),
    bar,
    body,
  );
  select(tabs.role);
  return node;
}

/** The tab a profile opens on: the entity's own statements when it has any, else what is said to it, else about it. */
export function defaultRole(p: EntityProfile): Role {
  return p.counts.said > 0 ? 'said' : p.counts.to > 0 ? 'to' : 'about';
}
