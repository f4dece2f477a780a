import type { Snapshot } from '../../src/snapshot/schema.js';
import { seededRandom } from '../../src/seeded.js';

/**
 * A synthetic corpus of the size and shape of the BBC one (2,225 articles in five sections,
 * about 10,000 entities, 16,000 statements, a hundred copies of articles on other wires), with
 * its texts: the large-corpus browser tests and their screenshots run on it, as the BBC text
 * may not enter the repository. Every name, sentence and offset is made here, from a seed:
 * the same options give the same corpus.
 */

const TOPICS = ['markets', 'stage', 'parliament', 'league', 'gadgets'];
const FIRST = ['Ada', 'Bruno', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Marco', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Stefan', 'Tara'];
const SYLLABLES = ['bar', 'ven', 'tor', 'lin', 'mar', 'dov', 'sel', 'kan', 'rio', 'test', 'wal', 'nor', 'ber', 'gan', 'fel', 'dru', 'pas', 'qui', 'hol', 'zen'];
const ORG_KINDS = ['Group', 'Bank', 'Party', 'United', 'Council', 'Labs', 'Studios', 'Union'];
const PLACE_KINDS = ['ford', 'ton', 'bury', 'field', 'mouth', 'ville'];
const OUTLETS = ['North Wire', 'Harbour Post', 'Evening Ledger', 'Capital Tribune'];
const PHRASES: [string, 'support' | 'oppose' | 'neutral'][] = [
  ['deserves praise for its work', 'support'],
  ['has done a fine job this year', 'support'],
  ['is to blame for the losses', 'oppose'],
  ['failed the people it serves', 'oppose'],
  ['will meet the committee next week', 'neutral'],
  ['has published its figures', 'neutral'],
];

type Kind = 'Person' | 'Organization' | 'Place';
interface Ent {
  id: string;
  type: Kind;
  name: string;
  mentions: { docId: string; start: number; end: number; text: string }[];
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export interface SyntheticCorpus {
  snapshot: Snapshot;
  /** The documents as JSONL lines (`{"docId", "text"}`), for `--docs`. */
  jsonl: string;
}

export function syntheticCorpus(options: { documents?: number; seed?: number } = {}): SyntheticCorpus {
  const random = seededRandom(options.seed ?? 2225);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  // Zipf-like: a few entities are named very often, most rarely.
  const zipf = <T>(xs: T[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * random() ** 3))]!;
  const entities = new Map<string, Ent>();
  const make = (type: Kind, name: string): Ent => {
    const id = `${type.toLowerCase()}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    let e = entities.get(id);
    if (!e) entities.set(id, (e = { id, type, name, mentions: [] }));
    return e;
  };
  const surname = () => cap(pick(SYLLABLES) + pick(SYLLABLES) + (random() < 0.5 ? pick(SYLLABLES) : ''));
  const pools = TOPICS.map(() => ({
    people: Array.from({ length: 1500 }, () => make('Person', `${pick(FIRST)} ${surname()}`)),
    others: [
      ...Array.from({ length: 420 }, () => make('Organization', `${surname()} ${pick(ORG_KINDS)}`)),
      ...Array.from({ length: 240 }, () => make('Place', `${surname()}${pick(PLACE_KINDS)}`)),
    ],
  }));
  const documents: Snapshot['documents'] = [];
  const statements: Snapshot['statements'] = [];
  const lines: string[] = [];
  const count = options.documents ?? 2225;
  for (let d = 0; d < count; d++) {
    const topic = d % TOPICS.length;
    const pool = random() < 0.1 ? pools[(topic + 1) % TOPICS.length]! : pools[topic]!;
    const docId = `synthetic/${TOPICS[topic]}/${String(d).padStart(4, '0')}`;
    let text = '';
    const name = (e: Ent) => {
      e.mentions.push({ docId, start: text.length, end: text.length + e.name.length, text: e.name });
      const at = text.length;
      text += e.name;
      return { start: at, end: text.length };
    };
    const title = `${cap(TOPICS[topic]!)} report ${d}`;
    text += `${title}\n\n`;
    for (let k = 0; k < 7; k++) {
      const speaker = zipf(pool.people);
      const target = random() < 0.3 ? zipf(pool.people) : zipf(pool.others);
      if (target === speaker) continue;
      const [phrase, stance] = pick(PHRASES);
      const id = `st:${docId}:${text.length}`;
      if (random() < 0.5) {
        text += '“';
        const start = text.length;
        name(target);
        text += ' ';
        const evidence = { text: phrase, start: text.length, end: text.length + phrase.length };
        text += `${phrase}`;
        const end = text.length;
        text += ',” ';
        const sp = name(speaker);
        const cue = { text: 'said', start: text.length + 1, end: text.length + 5 };
        text += ' said.\n\n';
        statements.push({ id: `st:${docId}:${start}`, docId, kind: 'direct', content: text.slice(start, end), start, end, cue, speaker: { entityId: speaker.id, text: speaker.name, ...sp }, addressee: null, about: [target.id], confidence: 0.9, cueClass: 'say', stance: [{ entityId: target.id, stance, score: stance === 'support' ? 0.6 : stance === 'oppose' ? -0.6 : 0, evidence: stance === 'neutral' ? null : evidence }] });
      } else {
        const addressee = zipf(pool.people);
        const sp = name(speaker);
        const cue = { text: 'told', start: text.length + 1, end: text.length + 5 };
        text += ' told ';
        const ad = name(addressee);
        text += ' that ';
        const start = text.length;
        name(target);
        text += ' ';
        const evidence = { text: phrase, start: text.length, end: text.length + phrase.length };
        text += phrase;
        const end = text.length;
        text += '.\n\n';
        statements.push({ id, docId, kind: 'indirect', content: text.slice(start, end), start, end, cue, speaker: { entityId: speaker.id, text: speaker.name, ...sp }, addressee: addressee === speaker ? null : { entityId: addressee.id, text: addressee.name, ...ad }, about: [target.id], confidence: 0.8, cueClass: 'say', stance: [{ entityId: target.id, stance, score: stance === 'support' ? 0.6 : stance === 'oppose' ? -0.6 : 0, evidence: stance === 'neutral' ? null : evidence }] });
      }
    }
    // Names mentioned in passing: most entities of a large corpus are named once or twice.
    text += 'Also named: ';
    for (let k = 0; k < 4; k++) {
      if (k > 0) text += ', ';
      name(pick(random() < 0.5 ? pool.people : pool.others));
    }
    text += '.\n';
    const month = 1 + (d % 12);
    documents.push({ id: docId, title, source: OUTLETS[d % OUTLETS.length], publishedAt: `${2004 + Math.floor(d / 1200)}-${String(month).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`, length: text.length });
    lines.push(JSON.stringify({ docId, text, title }));
  }
  // A hundred articles copied by another wire the next day: each quote becomes a claim of two.
  const claims: NonNullable<Snapshot['claims']> = [];
  const originals = documents.filter((_d, i) => i % 22 === 0).slice(0, 100);
  for (const doc of originals) {
    const copyId = `${doc.id}-copy`;
    const outlet = OUTLETS[(OUTLETS.indexOf(doc.source!) + 1) % OUTLETS.length]!;
    documents.push({ ...doc, id: copyId, source: outlet, publishedAt: doc.publishedAt!.replace(/\d\d$/, (x) => String(Math.min(28, Number(x) + 1)).padStart(2, '0')) });
    lines.push(JSON.stringify({ ...JSON.parse(lines[documents.indexOf(doc)]!), docId: copyId }));
    for (const e of entities.values()) for (const m of e.mentions.filter((x) => x.docId === doc.id)) e.mentions.push({ ...m, docId: copyId });
    for (const st of statements.filter((x) => x.docId === doc.id)) {
      const claimId = `claim:${st.id}`;
      const copy = { ...st, id: st.id.replace(doc.id, copyId), docId: copyId, claimId };
      st.claimId = claimId;
      statements.push(copy);
      claims.push({ id: claimId, statementIds: [st.id, copy.id], speaker: st.speaker?.entityId ?? null, content: st.content, firstSeen: { statementId: st.id, docId: doc.id, publishedAt: doc.publishedAt, source: doc.source }, documents: [doc.id, copyId], outlets: [doc.source!, outlet] });
    }
  }
  const used = [...entities.values()].filter((e) => e.mentions.length > 0);
  return {
    snapshot: {
      format: 'claimgraph-snapshot',
      version: 1,
      createdAt: '2026-11-30T00:00:00.000Z',
      documents,
      entities: used.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: [], mentions: e.mentions })),
      statements,
      relations: [],
      claims,
    },
    jsonl: `${lines.join('\n')}\n`,
  };
}
