import { z } from 'zod';

/**
 * The snapshot format of `shared/spec/snapshot.md` (claimgraph-snapshot, version 1), defined once.
 * Every other part of claimgraph takes its types from here.
 * Offsets are UTF-16 code units into the document text, end exclusive.
 */

const offset = z.number().int().nonnegative();

/** A piece of a document's text: `text === doc.text.slice(start, end)`. */
export const SpanSchema = z
  .object({ text: z.string(), start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: 'end is before start' });
export type Span = z.infer<typeof SpanSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  publishedAt: z.string().optional(),
  path: z.string().optional(),
  length: offset,
  /** Extension: the article's author, from its byline (never a speaker for that). */
  author: z.string().optional(),
});
export type SnapshotDocument = z.infer<typeof DocumentSchema>;

export const EntityTypeSchema = z.enum(['Person', 'Organization', 'Place']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MentionSchema = z
  .object({ docId: z.string().min(1), start: offset, end: offset, text: z.string() })
  .refine((s) => s.end >= s.start, { message: 'end is before start' });
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  id: z.string().min(1),
  type: EntityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A span of the document that names someone, and the entity it resolves to (or null). */
export const EntityRefSchema = z
  .object({ entityId: z.string().nullable(), text: z.string(), start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: 'end is before start' });
export type EntityRef = z.infer<typeof EntityRefSchema>;

export const StatementKindSchema = z.enum(['direct', 'partial', 'indirect']);
export type StatementKind = z.infer<typeof StatementKindSchema>;

/** Extension: whether a statement's speaker backs or attacks one entity it is about. */
export const StanceValueSchema = z.enum(['support', 'oppose', 'neutral']);
export type StanceValue = z.infer<typeof StanceValueSchema>;

/** Extension: the stance towards one target, with a score in [-1, 1] and the words that decided it. */
export const StanceSchema = z.object({
  entityId: z.string().min(1),
  stance: StanceValueSchema,
  /** From -1 (attacks) to 1 (backs); near 0 for neutral. */
  score: z.number().min(-1).max(1),
  /** The words that decided it (in the statement's document), or null where nothing did. */
  evidence: SpanSchema.nullable(),
});
export type Stance = z.infer<typeof StanceSchema>;

export const StatementSchema = z
  .object({
    id: z.string().min(1),
    docId: z.string().min(1),
    kind: StatementKindSchema,
    content: z.string(),
    start: offset,
    end: offset,
    cue: SpanSchema.nullable(),
    speaker: EntityRefSchema.nullable(),
    addressee: EntityRefSchema.nullable(),
    about: z.array(z.string()),
    confidence: z.number().min(0).max(1),
    /** Extension: the class of the cue verb (say, claim, deny, warn …), null without a cue. */
    cueClass: z.string().nullable().optional(),
    /** Extension: one stance per entity of `about` that the speaker takes a side on (or is neutral to). */
    stance: z.array(StanceSchema).optional(),
    /** Extension: the repeated claim this statement is a copy of (see `claims`). */
    claimId: z.string().min(1).optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'end is before start' });
export type Statement = z.infer<typeof StatementSchema>;

export const RelationSchema = z.object({
  id: z.string().min(1),
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'a relation type is UPPER_SNAKE_CASE'),
  from: z.string().min(1),
  to: z.string().min(1),
  docId: z.string().min(1),
  evidence: SpanSchema,
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

/**
 * Extension: statements that say the same thing (same speaker, near-identical content) in
 * several documents, grouped as one claim.
 */
export const ClaimSchema = z.object({
  id: z.string().min(1),
  /** The statements folded into this claim, first seen first. */
  statementIds: z.array(z.string().min(1)).min(1),
  /** The speaker's entity id, or null where the copies name none. */
  speaker: z.string().nullable(),
  /** The content of the first statement. */
  content: z.string(),
  /** Where the claim was first seen: the earliest dated copy, else the first in input order. */
  firstSeen: z.object({ statementId: z.string().min(1), docId: z.string().min(1), publishedAt: z.string().optional(), source: z.string().optional() }),
  /** Every document and every outlet that carried it. */
  documents: z.array(z.string().min(1)),
  outlets: z.array(z.string()),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const SNAPSHOT_FORMAT = 'claimgraph-snapshot';
export const SNAPSHOT_VERSION = 1;

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  createdAt: z.string().datetime(),
  documents: z.array(DocumentSchema),
  entities: z.array(EntitySchema),
  statements: z.array(StatementSchema),
  relations: z.array(RelationSchema),
  /** Extension: repeated claims across documents. */
  claims: z.array(ClaimSchema).optional(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
