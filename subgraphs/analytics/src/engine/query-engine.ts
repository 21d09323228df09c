/** A value of a result cell: numbers come back as numbers (exact up to 2^53), times as ISO strings. */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** The one aggregate the engines spell differently (DuckDB `quantile_cont`, Athena `approx_percentile`). */
export interface SqlDialect {
  quantile(expression: string, q: number): string;
}

export interface QueryOptions {
  /** Interrupts the query after this long (QueryTimeout). */
  timeoutMs?: number;
  /**
   * Stops reading rows before their cells would pass this many bytes (UTF-8 of text, 8 per other value), and
   * says so (`cut`): the rows read are whole, and nothing past the budget is ever converted or held.
   */
  maxBytes?: number;
}

/** What a query answers: its columns, the rows in column-name objects, and whether `maxBytes` cut it short. */
export interface QueryAnswer {
  columns: string[];
  rows: Row[];
  cut?: boolean;
}

/** The size a cell counts for against `QueryOptions.maxBytes`. */
export function cellBytes(cell: Cell): number {
  return typeof cell === 'string' ? Buffer.byteLength(cell) : 8;
}

/**
 * The one seam between analytics and its SQL engine: DuckDB embedded here, Athena (or ClickHouse) over the same
 * Parquet in production. Statements are the ANSI subset both speak; `?` positional parameters.
 */
export interface QueryEngine {
  /** Runs one read-only statement over the event views and returns every row. */
  query(sql: string, params?: readonly Cell[], options?: QueryOptions): Promise<QueryAnswer>;
  /** Whether `sql` is exactly one statement and that one is a SELECT, as the engine's own parser sees it. */
  isSingleSelect(sql: string): Promise<boolean>;
  /** Names the SQL endpoint refuses besides the common list: the engine's table functions (file readers…). */
  guardNames(): Promise<string[]>;
  /** The engine's spelling of the aggregates ANSI leaves out. */
  readonly dialect: SqlDialect;
  /**
   * Makes the views see the files on disk now (after appends or a compaction). Resolves to the version of what
   * they read: equal versions, equal answers (a cache key).
   */
  refresh(): Promise<string>;
  close(): Promise<void>;
}

/** A query that ran past its time limit (and was interrupted). */
export class QueryTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The query ran longer than ${timeoutMs} ms and was stopped.`);
    this.name = 'QueryTimeout';
  }
}
