import type { StatementKind } from '../../snapshot/schema.js';
import type { RefKind } from '../coref/index.js';

/** Offsets of some words, with how they look when they name someone. */
export interface Words {
  start: number;
  end: number;
  kind: RefKind;
}

/** A statement found by one of the finders, before its speaker and addressee are resolved. */
export interface Candidate {
  kind: StatementKind;
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  cueClass: string | null;
  speaker: Words | null;
  addressee: Words | null;
  /** No speaker words of its own: the speaker of the previous statement (a quote that goes on). */
  inherit: boolean;
  confidence: number;
  paragraph: number;
  /** Which rule found it, for debugging and tests. */
  rule: string;
}

/** Where a candidate sits in the discourse: its speaker words, else its content. */
export function position(c: Candidate): number {
  if (c.rule === 'participle' && c.cue) return c.cue.start;
  return c.speaker ? Math.min(c.speaker.start, c.start) : c.start;
}
