import type { EntityEntry } from '../api-types.js';

/** Lower case, accents removed: "Velayáti" and "velayati" match. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

interface Indexed {
  entry: EntityEntry;
  names: string[];
}

export interface Match {
  entry: EntityEntry;
  /** The alias that matched, when it was not the name. */
  via?: string;
}

/**
 * Type-ahead over every entity's name and aliases. A name that starts with the query ranks
 * first, then a word of it that does, then any substring; ties go to the more quoted/mentioned.
 */
export class EntityMatcher {
  private readonly items: Indexed[];

  constructor(entries: EntityEntry[]) {
    this.items = entries.map((entry) => ({ entry, names: [entry.name, ...entry.aliases].map(fold) }));
  }

  search(query: string, limit = 12): Match[] {
    const q = fold(query.trim());
    if (!q) return [];
    const scored: { m: Match; score: number }[] = [];
    for (const { entry, names } of this.items) {
      let best = 0;
      let via: string | undefined;
      names.forEach((name, i) => {
        const pos = name.indexOf(q);
        if (pos < 0) return;
        const score = pos === 0 ? 3 : name[pos - 1] === ' ' || name[pos - 1] === '-' ? 2 : 1;
        const bonus = i === 0 ? 0.5 : 0;
        if (score + bonus > best) {
          best = score + bonus;
          via = i === 0 ? undefined : entry.aliases[i - 1];
        }
      });
      if (best > 0) scored.push({ m: { entry, via }, score: best });
    }
    scored.sort((a, b) => b.score - a.score || b.m.entry.weight - a.m.entry.weight);
    return scored.slice(0, limit).map((s) => s.m);
  }
}
