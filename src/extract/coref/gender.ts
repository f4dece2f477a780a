import type { DocEntity } from '../types.js';
import { firstNameGender, type Gender } from './first-names.js';

export type { Gender } from './first-names.js';

// Titles and role words that say whose pronoun fits ("Ms. Raman", "the spokeswoman").
const TITLE_GENDER: Record<string, Gender> = {
  mr: 'male', mister: 'male', sir: 'male', lord: 'male', king: 'male', prince: 'male', father: 'male', brother: 'male',
  mrs: 'female', ms: 'female', miss: 'female', madam: 'female', madame: 'female', dame: 'female', lady: 'female',
  queen: 'female', princess: 'female', mother: 'female', sister: 'female',
  spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female', congressman: 'male',
  congresswoman: 'female', businessman: 'male', businesswoman: 'female', councilman: 'male', councilwoman: 'female',
  husband: 'male', wife: 'female', son: 'male', daughter: 'female', actor: 'male', actress: 'female',
  widow: 'female', widower: 'male', grandmother: 'female', grandfather: 'male', uncle: 'male', aunt: 'female',
};

const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'male', him: 'male', his: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female',
};

// Punctuation between a title and a name ends the title (a full stop only after a word, not "Ms.").
const TITLE_BREAK = /[,;:!?"“”()\n—–]|(?<!\b(?:Mr|Mrs|Ms|Dr|Mme|Mlle|Sr|Jr|St))\./gu;

/** The gender the words just before a mention give ("Ms.", "spokeswoman", "Sir"), if any. */
function titleGender(text: string, start: number): Gender | null {
  let before = text.slice(Math.max(0, start - 40), start);
  // only the words that run into the name: "the children's mother, Lohmar said" gives Lohmar nothing
  const breaks = [...before.matchAll(TITLE_BREAK)];
  if (breaks.length) before = before.slice(breaks.at(-1)!.index! + 1);
  const words = before.split(/[^\p{L}]+/u).filter(Boolean).slice(-3);
  for (const w of words.reverse()) {
    const g = TITLE_GENDER[w.toLowerCase()];
    if (g) return g;
  }
  return null;
}

/** The gender the words of an apposition give: "Raman, the city's finance chairwoman,". */
function appositionGender(text: string, end: number): Gender | null {
  const m = /^,\s+(?:a|an|the|his|her)\s+([^,.;\n]{0,80})/u.exec(text.slice(end, end + 100));
  if (!m) return null;
  for (const w of m[1]!.split(/[^\p{L}]+/u)) {
    const g = TITLE_GENDER[w.toLowerCase()];
    if (g) return g;
  }
  return null;
}

const CLOSING_ATTRIBUTION = /^\s+(?:said|says|added|adds|wrote|writes|explained|noted)(?:\s+\p{Ll}+){0,3}\s*\./u;

/**
 * The pronouns an article uses of each person: in a stretch of text naming one person only (from
 * a mention to the next mention of anyone, at most the rest of its sentence and the next),
 * third-person pronouns outside quotation marks count for that person.
 */
function pronounVotes(text: string, people: readonly DocEntity[]): Map<string, Record<Gender, number>> {
  const marks = people.flatMap((p) => p.mentions.map((m) => ({ key: p.key, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
  const votes = new Map<string, Record<Gender, number>>();
  marks.forEach((m, i) => {
    // "…, Lohmar said. She was taken to hospital": after an attribution that closes its sentence
    // the next sentence is about whoever the statement was about
    if (CLOSING_ATTRIBUTION.test(text.slice(m.end, m.end + 40))) return;
    const next = marks[i + 1]?.start ?? text.length;
    let stop = Math.min(next, m.end + 400);
    // at most to the end of the next sentence
    let stops = 0;
    for (let k = m.end; k < stop; k++) {
      if (/[.!?\n]/u.test(text[k]!) && /\s/u.test(text[k + 1] ?? ' ') && ++stops === 2) stop = k;
    }
    const span = text.slice(m.end, stop).replace(/[“"][^”"]*[”"]?/gu, ' ');
    const v = votes.get(m.key) ?? { male: 0, female: 0 };
    for (const w of span.split(/[^\p{L}]+/u)) {
      const g = PRONOUN_GENDER[w.toLowerCase()];
      if (g) v[g]++;
    }
    votes.set(m.key, v);
  });
  return votes;
}

/**
 * The gender of each person of a document, where something says it: a title or role word at a
 * mention ("Mr.", "Ms.", "spokeswoman") first, then a first name given to one sex only (unless the
 * article's pronouns plainly say otherwise), then the pronouns the article uses of them when they
 * clearly lean one way. People with no evidence
 * are left out: any pronoun may then stand for them.
 */
export function gendersOf(text: string, entities: readonly DocEntity[]): Map<string, Gender> {
  const people = entities.filter((e) => e.type === 'Person');
  const votes = pronounVotes(text, people);
  const out = new Map<string, Gender>();
  for (const p of people) {
    const titled = { male: 0, female: 0 };
    for (const m of p.mentions) {
      const g = titleGender(text, m.start) ?? appositionGender(text, m.end);
      if (g) titled[g]++;
    }
    const v = votes.get(p.key) ?? { male: 0, female: 0 };
    const first = p.name.split(/\s+/u).length > 1 ? firstNameGender(p.name.split(/\s+/u)[0]!) : null;
    const leans = (a: Gender, b: Gender, by: number) => v[a] >= by && v[a] >= by * v[b];
    let g: Gender | null = null;
    if (titled.male !== titled.female) g = titled.male > titled.female ? 'male' : 'female';
    // a first name, unless the article plainly says otherwise
    else if (first) g = leans(first === 'male' ? 'female' : 'male', first, 3) ? null : first;
    else if (leans('male', 'female', 2)) g = 'male';
    else if (leans('female', 'male', 2)) g = 'female';
    if (g) out.set(p.key, g);
  }
  return out;
}
