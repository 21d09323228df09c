/** An analytics event of the catalog (analytics' `EventInput`, the part the catalog writes). */
export interface CatalogEvent {
  type: 'partner.approved' | 'solution.approved' | 'health.checked' | 'health.changed';
  time: Date;
  /** Keyed by the fact: a repeat has the same event id and is counted once. */
  dedupeKey: string;
  partnerId: string;
  userId?: string;
  solutionId?: string;
  ref?: string;
  /** Of health events: the check's result (`UP` or its failure) or the status changed to (`UP`, `DOWN`). */
  outcome?: string;
  /** Of `health.checked`: the check's latency in milliseconds. */
  latencyMs?: number;
}

/**
 * The part of analytics' `EventLog` the catalog uses (`setup.ts` passes analytics' writer; the services see only
 * this port). The catalog appends through its outbox (`createEventOutbox`): the events commit with their change.
 */
export interface CatalogEvents {
  append(events: readonly CatalogEvent[]): Promise<void>;
}
