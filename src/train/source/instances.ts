import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { featuresOfCandidate, type SourceCandidate, type SourceSetting } from '../../extract/coref/source/index.js';
import { findEntities } from '../../extract/entities/index.js';
import { findStatements } from '../../extract/statements/index.js';
import { spansMatch, type Range } from '../../eval/spans.js';
import type { RankingInstance } from './perceptron.js';

/** One PolNeAR document: text, and each attribution's content and source pieces. */
interface Attribution {
  content: Range[];
  source: Range[];
}

/** What one data file gave: the instances, and how often the rules' words were right among them. */
export interface SourceData {
  instances: RankingInstance[];
  /** Statements matched to an attribution with a source, whose candidates include the source. */
  choices: number;
  /** Of those, how many times the rules' words were right. */
  ruleRight: number;
  documents: number;
}

function attributionsOf(line: { quotes?: { start: number; end: number; contentSpans?: Range[]; speakerSpans?: Range[] }[] }): Attribution[] {
  return (line.quotes ?? [])
    .map((q) => ({ content: q.contentSpans?.length ? q.contentSpans : [{ start: q.start, end: q.end }], source: q.speakerSpans ?? [] }))
    .filter((a) => a.source.length > 0);
}

const offsets = (s: SourceSetting, c: SourceCandidate): Range => ({ start: s.toks[c.first]!.start, end: s.toks[c.last]!.end });
const isSource = (r: Range, source: Range[]) => spansMatch(r, source) || source.some((p) => spansMatch(r, [p]));

/**
 * Read a PolNeAR-style file and turn every source choice claimgraph makes into a ranking
 * instance: the candidates of the cue's sentence (their features) and which of them is the
 * annotated source. Only choices matched to an annotated attribution (content overlap, as `eval`
 * matches) and with the source among the candidates teach anything.
 */
export async function readSourceData(path: string, log: (line: string) => void, limit = Infinity): Promise<SourceData> {
  const data: SourceData = { instances: [], choices: 0, ruleRight: 0, documents: 0 };
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of lines) {
    if (!raw.trim() || data.documents >= limit) continue;
    const line = JSON.parse(raw) as { text: string; quotes?: [] };
    const attributions = attributionsOf(line);
    const { entities } = findEntities(line.text);
    findStatements(line.text, entities, {
      onSourceChoice: (s, candidates) => {
        const gold = attributions.find((a) => spansMatch(s.content, a.content));
        if (!gold || candidates.length === 0) return;
        const right = candidates.map((c) => isSource(offsets(s, c), gold.source));
        if (!right.some(Boolean)) return;
        data.choices++;
        if (right[0]) data.ruleRight++;
        if (candidates.length > 1) data.instances.push({ candidates: candidates.map((c) => featuresOfCandidate(c, s)), gold: right });
      },
    });
    if (++data.documents % 100 === 0) log(`${path}: ${data.documents} documents read`);
  }
  return data;
}
