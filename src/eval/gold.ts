import { z } from 'zod';

/**
 * The gold-annotation format of `docs/gold-format.md`: one JSON document a line, PolNeAR/CoNLL
 * style. Extra fields are allowed and ignored, so the shared data files can be read as they are.
 * Offsets are UTF-16 code units into `text`, end exclusive, as in the snapshot.
 */

const offset = z.number().int().nonnegative();

/** A piece of the document's text; `text`, when given, must equal the document's text there. */
export const GoldSpanSchema = z
  .object({ start: offset, end: offset, text: z.string().optional() })
  .refine((s) => s.end >= s.start, { message: 'end is before start' });
export type GoldSpan = z.infer<typeof GoldSpanSchema>;

/** Gold entity types; claimgraph's own names are accepted too and mean the same. */
const ENTITY_TYPES: Record<string, GoldEntityType> = {
  PERSON: 'PERSON',
  PER: 'PERSON',
  ORGANIZATION: 'ORGANIZATION',
  ORG: 'ORGANIZATION',
  LOCATION: 'LOCATION',
  LOC: 'LOCATION',
  PLACE: 'LOCATION',
  MISC: 'MISC',
};
export type GoldEntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

const EntityTypeField = z.string().transform((value, ctx) => {
  const type = ENTITY_TYPES[value.toUpperCase()];
  if (!type) {
    ctx.addIssue({ code: 'custom', message: `unknown entity type "${value}" (PERSON, ORGANIZATION, LOCATION or MISC)` });
    return z.NEVER;
  }
  return type;
});

export const GoldEntitySchema = z
  .object({ text: z.string().optional(), type: EntityTypeField, start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: 'end is before start' });
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

/** PolNeAR's kinds; claimgraph's `partial` is accepted as a synonym of `mixed`. */
const KindField = z
  .enum(['direct', 'mixed', 'indirect', 'partial'])
  .transform((k) => (k === 'partial' ? 'mixed' : k));
export type GoldKind = 'direct' | 'mixed' | 'indirect';

export const GoldQuoteSchema = z
  .object({
    content: z.string().nullable().optional(),
    start: offset,
    end: offset,
    /** The content's pieces when a quote is split ("A," she said, "B."); default [start, end). */
    contentSpans: z.array(GoldSpanSchema).optional(),
    speaker: z.string().nullable().optional(),
    speakerSpans: z.array(GoldSpanSchema).optional(),
    /** The resolved name of the speaker ("Kamala Harris" where the text says "she"). */
    speakerName: z.string().min(1).nullable().optional(),
    /** The claimgraph entity id of the speaker ("person:kamala-harris"). */
    speakerEntity: z.string().min(1).nullable().optional(),
    /** The Gender Gap Tracker's name for `speakerName`; read as it where `speakerName` is absent. */
    reference: z.string().nullable().optional(),
    cue: z.string().nullable().optional(),
    cueSpans: z.array(GoldSpanSchema).optional(),
    kind: KindField.optional(),
    /** Whether the cue is a verb of speaking; absent means true. */
    speechCue: z.boolean().optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'end is before start' })
  // The Gender Gap Tracker's name field, read as this format's own. (Its speakerStart/speakerEnd
  // are not read: they sometimes point at an earlier occurrence of the same word, so its speaker
  // words are compared as words.)
  .transform(({ reference, ...q }) => {
    if (!q.speakerName && reference?.trim()) q.speakerName = reference.trim();
    return q;
  });
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

/** The layers a gold line can annotate. */
export const GOLD_LAYERS = ['entities', 'quotes'] as const;
export type GoldLayer = (typeof GOLD_LAYERS)[number];

export const GoldLineSchema = z
  .object({
    docId: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    text: z.string().optional(),
    entities: z.array(GoldEntitySchema).optional(),
    quotes: z.array(GoldQuoteSchema).optional(),
    /** Which layers this line annotates completely; by default, see `readGold`. */
    annotated: z.array(z.enum(GOLD_LAYERS)).optional(),
  })
  .refine((d) => d.docId !== undefined || d.id !== undefined, { message: 'needs a "docId" or "id"' });
export type GoldLine = z.infer<typeof GoldLineSchema>;

/** One gold document, ready for scoring. `entities`/`quotes` are undefined where not annotated. */
export interface GoldDocument {
  id: string;
  text?: string;
  entities?: GoldEntity[];
  quotes?: GoldQuote[];
}
