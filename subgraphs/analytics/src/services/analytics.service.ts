import { type Caller, type Clock, DomainError, forbidden, InputError, type Logger } from '@marketplace/shared';
import { DATASETS, type DatasetName, type DatasetDef, ROLLUP_VIEWS, type Scope } from '../datasets/datasets.ts';
import { LOG_VIEWS } from '../engine/rollups.ts';
import { buildDatasetQuery, type DatasetQuery, sqlTime } from '../datasets/query-builder.ts';
import { type Cell, type QueryAnswer, type QueryEngine, QueryTimeout, type Row } from '../engine/query-engine.ts';
import { guardSql } from './sql-guard.ts';
import { isPlatformReader, scopeOf, solutionsNamed } from './access.ts';

/** The catalog's answer about a solution, as far as analytics needs it (who owns it). */
export interface SolutionLookup {
  solution(solutionId: string): Promise<{ id: string; partnerId: string } | null>;
}

export interface SqlLimits {
  /** Analysts' statements are interrupted after this long. */
  timeoutMs: number;
  /** At most this many rows are returned (the answer says when there were more). */
  rowLimit: number;
  /** And at most this many bytes of cells (default SQL_MAX_BYTES): whole rows, cut like the row limit. */
  maxBytes?: number;
}

/** 8 MB of cells: 10 000 rows of a typical width, well under what the gateway and a browser hold comfortably. */
export const SQL_MAX_BYTES = 8_000_000;

export interface DatasetAnswer {
  dataset: DatasetName;
  scope: Scope;
  columns: { name: string; role: 'dimension' | 'metric' }[];
  rows: Row[];
  /** More rows matched than `limit`: the rows are the first page, not the whole answer. */
  truncated: boolean;
  /** When the newest event batch the answer includes was written. */
  freshAt: Date | null;
}

export interface SqlAnswer {
  columns: string[];
  rows: Cell[][];
  truncated: boolean;
  rowLimit: number;
  elapsedMs: number;
}

/** Dataset queries (GraphQL), the SQL endpoint and the ready-made figures, over one query engine. */
export class AnalyticsService {
  constructor(
    private readonly deps: {
      engine: QueryEngine;
      solutions: SolutionLookup;
      clock: Clock;
      logger: Logger;
      sql: SqlLimits;
      /** Where the log's files are (engine messages never show it). */
      root: string;
      freshAt(): Promise<Date | null>;
      /** Dataset queries are interrupted after this long (an error, never a partial answer). */
      queryTimeoutMs?: number;
    },
  ) {}

  async dataset(caller: Caller, name: DatasetName, query: DatasetQuery, requested?: Scope | null): Promise<DatasetAnswer> {
    const def = DATASETS[name];
    const scope = scopeOf(caller, def, requested);
    if (scope.kind === 'PARTNER') await this.assertOwnSolutions(caller, solutionsNamed(query.filter, 'input.filter'));
    const built = buildDatasetQuery(def, query, scope, this.deps.engine.dialect, 'input');
    const [{ rows }, freshAt] = await Promise.all([this.run(built.sql, built.params), this.deps.freshAt()]);
    return {
      dataset: name,
      scope: scope.kind,
      columns: built.columns,
      rows: rows.slice(0, built.limit),
      truncated: rows.length > built.limit,
      freshAt,
    };
  }

  /** SELECT-only SQL over the published views, for analysts and admins. */
  async sql(caller: Caller, text: string): Promise<SqlAnswer> {
    if (!isPlatformReader(caller)) throw forbidden('The SQL endpoint is for analysts and admins.');
    const { engine } = this.deps;
    const names = await engine.guardNames();
    const statement = guardSql(text, { forbiddenNames: names, internalViews: [...Object.values(DATASETS).map((d) => d.internal), ...Object.keys(ROLLUP_VIEWS), ...LOG_VIEWS] });
    await engine.refresh();
    let select: boolean;
    try {
      select = await engine.isSingleSelect(statement);
    } catch (error) {
      throw new InputError('sql', this.engineMessage(error));
    }
    if (!select) throw new InputError('sql', 'Only a single SELECT statement may run here.');
    const { rowLimit, timeoutMs, maxBytes = SQL_MAX_BYTES } = this.deps.sql;
    const started = performance.now();
    let answer: QueryAnswer;
    try {
      answer = await engine.query(`SELECT * FROM (${statement}\n) AS analyst_query LIMIT ${rowLimit + 1}`, [], { timeoutMs, maxBytes });
    } catch (error) {
      if (error instanceof QueryTimeout) {
        throw new InputError('sql', `The statement ran longer than ${timeoutMs} ms and was stopped: narrow the time range or aggregate more.`);
      }
      throw new InputError('sql', this.engineMessage(error));
    }
    const { columns, rows, cut = false } = answer;
    if (cut && rows.length === 0) {
      throw new InputError('sql', `One row of the result is larger than ${maxBytes} bytes: select fewer or shorter columns.`);
    }
    return {
      columns,
      rows: rows.slice(0, rowLimit).map((row) => columns.map((c) => row[c] ?? null)),
      truncated: cut || rows.length > rowLimit,
      rowLimit,
      elapsedMs: Math.round(performance.now() - started),
    };
  }

  /** Runs a statement the service built itself; engine failures are INTERNAL (logged), time-outs say so. */
  async run(sql: string, params: readonly Cell[] = []): Promise<{ columns: string[]; rows: Row[] }> {
    await this.deps.engine.refresh();
    try {
      return await this.deps.engine.query(sql, params, { timeoutMs: this.deps.queryTimeoutMs ?? 10_000 });
    } catch (error) {
      if (error instanceof QueryTimeout) {
        throw new DomainError('BAD_USER_INPUT', `The query ran longer than ${error.timeoutMs} ms: narrow the range or use fewer dimensions.`, { field: 'input' });
      }
      throw error;
    }
  }

  /** The engine's spelling of quantiles (figures build their own statements). */
  get dialect() {
    return this.deps.engine.dialect;
  }

  freshAt(): Promise<Date | null> {
    return this.deps.freshAt();
  }

  /** The version of the log the views read now (refreshed first): equal versions, equal answers. */
  version(): Promise<string> {
    return this.deps.engine.refresh();
  }

  /** A partner may name only their own solutions (FORBIDDEN naming the value otherwise). */
  async assertOwnSolutions(caller: Caller, named: { id: string; field: string }[]): Promise<void> {
    if (isPlatformReader(caller)) return;
    for (const { id, field } of named) {
      const solution = await this.deps.solutions.solution(id);
      if (!solution || solution.partnerId !== caller.userId) {
        throw new DomainError('FORBIDDEN', `Solution "${id}" is not one of yours: filter on your own solutions only.`, { field });
      }
    }
  }

  /** The engine's message about an analyst's statement, without paths of the machine. */
  private engineMessage(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replaceAll(this.deps.root, '<log>').split('\n')[0]!.slice(0, 500);
  }
}

export { sqlTime };
export type { DatasetDef };
