/**
 * What an ingest has committed so far, so that one that fails can say exactly what it left: a
 * load is many transactions (see plan.ts), and those committed before a failure stay.
 */
export class LoadState {
  schema = false;
  /** Entity and claim rows committed, of `sharedTotal`. */
  shared = 0;
  sharedTotal = 0;
  /** Documents written whole (each with its statements and what they own). */
  readonly documents = new Set<string>();
  documentTotal = 0;
  /** Documents of the snapshot not written by this load, in snapshot order (for the message). */
  private order: string[] = [];
  staleRemoved = false;

  constructor(documentIds: string[]) {
    this.order = documentIds;
    this.documentTotal = documentIds.length;
  }

  /** Whether this load has committed anything. */
  get wroteAnything(): boolean {
    return this.schema || this.shared > 0 || this.documents.size > 0;
  }

  /** One sentence: what the graph holds of this load. */
  describe(): string {
    if (!this.wroteAnything) return 'nothing was written; the graph is as it was';
    const parts = [this.schema ? 'the schema is in place' : 'the schema is not complete'];
    parts.push(
      this.shared === this.sharedTotal
        ? `all ${this.sharedTotal} entities and claims are merged`
        : `${this.shared} of ${this.sharedTotal} entities and claims are merged (some may have no relationship yet)`,
    );
    const missing = this.order.find((id) => !this.documents.has(id));
    parts.push(
      this.documents.size === this.documentTotal
        ? `all ${this.documentTotal} documents are written whole`
        : `${this.documents.size} of ${this.documentTotal} documents are written, each whole with its statements; the others (first '${missing}') are not, or are as an earlier load left them`,
    );
    parts.push(this.staleRemoved ? 'what the snapshot no longer holds is removed' : 'nothing stale was removed yet');
    return parts.join('; ');
  }
}
