import type { SentenceMark, StatementView } from '../api-types.js';
import { el } from './dom.js';

const CLASS: Record<SentenceMark['kind'], string> = {
  quote: 'm-quote',
  speaker: 'm-speaker',
  addressee: 'm-addressee',
  cue: 'm-cue',
  name: 'm-name',
  stance: 'm-stance',
  hit: 'm-hit',
};

/**
 * The sentence as DOM: the text is cut at every mark boundary and each piece is a text node
 * in a span carrying the classes of the marks that cover it (marks may overlap: a name inside
 * the quote is both). Nothing of the text is ever parsed as HTML.
 */
export function sentenceNode(sentence: NonNullable<StatementView['sentence']>): HTMLElement {
  const { text, marks } = sentence;
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const block = el('blockquote', { class: 'sentence' });
  if (sentence.clippedStart) block.appendChild(document.createTextNode('… '));
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const piece = text.slice(a, b);
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      block.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.flatMap((m) => [CLASS[m.kind], ...(m.stance ? [`m-${m.stance}`] : [])]))];
    const span = el('span', { class: kinds.join(' ') }, piece);
    const stance = covering.find((m) => m.kind === 'stance');
    const role = stance ? `the words that decided: ${stance.stance}` : covering.find((m) => m.kind === 'speaker') ? 'speaker' : covering.find((m) => m.kind === 'cue') ? 'cue' : undefined;
    if (role) span.title = role;
    block.appendChild(span);
  }
  if (sentence.clippedEnd) block.appendChild(document.createTextNode(' …'));
  return block;
}
