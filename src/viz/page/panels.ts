import type { GraphEdge } from '../api-types.js';
import { api } from './api.js';
import type { App } from './app.js';
import { byId, el } from './dom.js';
import { listStatements } from './panel.js';
import { defaultRole, profileNode } from './profile.js';

/** Cards a panel list shows at first and adds per "Show more": a card with its sentence is a lot of DOM. */
const PANEL_PAGE = 25;

/**
 * An entity's profile in the panel (its heading at once, the profile when it arrives), on the
 * tab the URL names or on its own statements. Drawn again when the filters change.
 */
export function showEntityPanel(app: App, id: string): void {
  const e = app.byEntity.get(id);
  const { state, panel } = app;
  const draw = () => {
    const token = panel.show({
      title: e?.name ?? id,
      subtitle: e && e.aliases.length ? `Also: ${e.aliases.slice(0, 8).join(', ')}${e.aliases.length > 8 ? ' …' : ''}` : undefined,
      // The type and counts are added when the profile arrives.
      badges: [],
      buttons: [
        ...(state.focus !== id ? [{ label: 'Focus', key: 'Enter', run: () => app.focusOn(id) }] : []),
        ...(state.focus && state.focus !== id ? [{ label: state.expand.includes(id) ? 'Collapse' : 'Expand', key: 'e', run: () => app.toggleExpand(id) }] : []),
      ],
    }, draw);
    const current = () => panel.current(token);
    panel.body.append(el('p', { class: 'loading' }, 'Loading the profile…'));
    api.entity(id, state.filters).then((profile) => {
      if (!current()) return;
      byId('panel-title').textContent = profile.name;
      const badges = panel.body.parentElement!.querySelector('.badges')!;
      const c = profile.counts;
      badges.append(...[profile.type, `quoted ${c.said}×`, `named ${c.mentioned}×`, `in ${c.documents} document${c.documents === 1 ? '' : 's'}`].map((b) => el('span', { class: 'badge' }, b)));
      panel.body.replaceChildren(profileNode(profile, {
        role: state.role ?? defaultRole(profile),
        onTab: (role) => {
          state.role = role === 'documents' ? undefined : role;
          app.save();
        },
        fetchRole: (role) => (offset) => api.statements({ entity: id, role }, state.filters, { offset, limit: PANEL_PAGE, sort: 'date' }),
      }, app.actions, current));
    }, (err: Error) => current() && panel.body.replaceChildren(el('p', { class: 'error' }, err.message)));
  };
  draw();
}

/** An edge's statements in the panel, by date, with what it counts (statements, claims, kinds, sides). */
export function showEdgePanel(app: App, edge: GraphEdge): void {
  const a = app.nameOf(edge.source);
  const b = app.nameOf(edge.target);
  const kinds = Object.entries(edge.kinds).filter(([, k]) => k > 0).map(([k, c]) => `${c} ${k}`);
  const sides = edge.rel === 'about' ? Object.entries(edge.stances).filter(([s, c]) => c > 0 && s !== 'neutral').map(([s, c]) => `${c} ${s === 'support' ? 'backing' : 'attacking'}`) : [];
  const draw = () => {
    const token = app.panel.show(
      { title: `${a} → ${b}`, subtitle: edge.rel === 'about' ? `What ${a} said about ${b}` : `What ${a} said to ${b}`, badges: [`${edge.count} statement${edge.count === 1 ? '' : 's'}`, ...(edge.claims < edge.count ? [`${edge.claims} distinct claims`] : []), ...kinds, ...sides] },
      draw,
    );
    void listStatements(app.panel.body, (offset) => api.statements({ speaker: edge.source, target: edge.target, rel: edge.rel }, app.state.filters, { offset, limit: PANEL_PAGE, sort: 'date' }), app.actions, () => app.panel.current(token));
  };
  draw();
}
