/** A shortcut: the keys that trigger it (KeyboardEvent.key values) and what it does. */
export interface Shortcut {
  keys: string[];
  help: string;
  run: () => void;
}

function typing(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  if (!t) return false;
  const tag = t.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || t.isContentEditable;
}

/** Listen for the page's single-key shortcuts (not while typing in a field; Escape always). */
export function bindShortcuts(shortcuts: Shortcut[]): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (typing(ev.target) && ev.key !== 'Escape') return;
    const hit = shortcuts.find((s) => s.keys.includes(ev.key));
    if (!hit) return;
    ev.preventDefault();
    hit.run();
  });
}
