import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, StatementType } from '@duckdb/node-api';
import { EVENT_COLUMNS } from '../public/events.ts';
import { type DayFiles, listDays } from './event-files.ts';
import { type Cell, type QueryEngine, QueryTimeout, type Row } from './query-engine.ts';

const COLUMNS = Object.keys(EVENT_COLUMNS);
const COLUMN_LIST = COLUMNS.join(', ');
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const fileList = (paths: readonly string[]) => `[${paths.map(quote).join(', ')}]`;
const JSON_COLUMNS = `{${Object.entries(EVENT_COLUMNS).map(([name, type]) => `${quote(name)}: ${quote(type)}`).join(', ')}}`;

/**
 * The SQL of the `events` view over the files of the log: each day's newest Parquet generation, plus raw
 * batches not compacted yet — deduplicated by id among themselves and against the Parquet of their day (a
 * retried append, or a compaction that crashed before deleting what it had read, counts once).
 */
export function eventsViewSql(days: readonly DayFiles[]): string {
  const parquet = days.flatMap((d) => (d.parquet ? [d.parquet.path] : []));
  const raw = days.flatMap((d) => d.raw);
  const rawDaysParquet = days.flatMap((d) => (d.raw.length && d.parquet ? [d.parquet.path] : []));
  const parts: string[] = [];
  if (parquet.length) parts.push(`SELECT ${COLUMN_LIST} FROM read_parquet(${fileList(parquet)})`);
  if (raw.length) {
    const rawRows = `read_json(${fileList(raw)}, format = 'newline_delimited', columns = ${JSON_COLUMNS})`;
    const notCompacted = rawDaysParquet.length ? ` AND id NOT IN (SELECT id FROM read_parquet(${fileList(rawDaysParquet)}))` : '';
    parts.push(
      `SELECT ${COLUMN_LIST} FROM (SELECT ${COLUMN_LIST}, row_number() OVER (PARTITION BY id ORDER BY time) AS copy_no FROM ${rawRows}) raw_events WHERE copy_no = 1${notCompacted}`,
    );
  }
  if (!parts.length) {
    parts.push(`SELECT ${Object.entries(EVENT_COLUMNS).map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`).join(', ')} WHERE 1 = 0`);
  }
  return `CREATE OR REPLACE VIEW events AS ${parts.join(' UNION ALL ')}`;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

export interface DuckDbEngineOptions {
  /** `DATA_DIR/analytics`: the only directory the engine may read or write once it is locked. */
  root: string;
  /** Views created once over `events` (the datasets), in order. */
  views: readonly string[];
  /** The log's files the `events` view reads (default: all of them; the compactor hides what it superseded). */
  listFiles?: () => Promise<DayFiles[]>;
  /** Memory and threads DuckDB may use (defaults suit a shared 2-core machine). */
  memoryLimit?: string;
  threads?: number;
}

/**
 * DuckDB embedded, locked down before any query: no extension installs or loads, and no file access outside
 * the log's directory (`enable_external_access = false` with that one allowed directory), configuration locked.
 */
export async function createDuckDbEngine(options: DuckDbEngineOptions): Promise<QueryEngine & { compactDay(day: DayFiles, target: string): Promise<number> }> {
  await mkdir(join(options.root, 'events'), { recursive: true });
  await mkdir(join(options.root, 'raw'), { recursive: true });
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    memory_limit: options.memoryLimit ?? '1GB',
    threads: String(options.threads ?? 2),
  });
  const setup = await instance.connect();
  await setup.run(`SET allowed_directories = [${quote(`${options.root}/`)}]`);
  await setup.run('SET enable_external_access = false');
  await setup.run('SET lock_configuration = true');
  let signature = '';
  let refreshing: Promise<void> = Promise.resolve();

  async function doRefresh(): Promise<void> {
    const days = await (options.listFiles ?? (() => listDays(options.root)))();
    const next = JSON.stringify(days.map((d) => [d.parquet?.path, d.raw]));
    if (next === signature) return;
    await setup.run(eventsViewSql(days));
    if (!signature) for (const view of options.views) await setup.run(view);
    signature = next;
  }

  async function withConnection<T>(work: (c: DuckDBConnection) => Promise<T>, timeoutMs?: number): Promise<T> {
    const connection = await instance.connect();
    let timedOut = false;
    const timer = timeoutMs ? setTimeout(() => ((timedOut = true), connection.interrupt()), timeoutMs) : undefined;
    try {
      return await work(connection);
    } catch (error) {
      if (timedOut) throw new QueryTimeout(timeoutMs!);
      throw error;
    } finally {
      if (timer) clearTimeout(timer);
      connection.closeSync();
    }
  }

  let guardNames: string[] | undefined;
  return {
    dialect: { quantile: (expression, q) => `quantile_cont(${expression}, ${q})` },
    async isSingleSelect(sql) {
      return withConnection(async (connection) => {
        const statements = await connection.extractStatements(sql);
        if (statements.count !== 1) return false;
        const prepared = await statements.prepare(0);
        const select = prepared.statementType === StatementType.SELECT;
        prepared.destroySync();
        return select;
      });
    },
    async guardNames() {
      guardNames ??= (
        await withConnection((c) =>
          c.runAndReadAll("SELECT DISTINCT function_name FROM duckdb_functions() WHERE function_type IN ('table', 'table_macro', 'pragma')"),
        )
      )
        .getRows()
        .map((row) => String(row[0]));
      return guardNames;
    },
    refresh() {
      refreshing = refreshing.then(doRefresh, doRefresh);
      return refreshing;
    },
    async query(sql, params = [], queryOptions = {}) {
      return withConnection(async (connection) => {
        const reader = await connection.runAndReadAll(sql, params as never);
        const columns = reader.columnNames();
        const rows = reader.getRowObjectsJS().map((row) => {
          const out: Row = {};
          for (const column of columns) out[column] = toCell(row[column]);
          return out;
        });
        return { columns, rows };
      }, queryOptions.timeoutMs);
    },
    /** Writes one day's events (newest generation + raw, deduplicated by id) to `target`; the number written. */
    async compactDay(day, target) {
      const sources: string[] = [];
      if (day.parquet) sources.push(`SELECT ${COLUMN_LIST} FROM read_parquet(${fileList([day.parquet.path])})`);
      if (day.raw.length) sources.push(`SELECT ${COLUMN_LIST} FROM read_json(${fileList(day.raw)}, format = 'newline_delimited', columns = ${JSON_COLUMNS})`);
      const deduped = `SELECT ${COLUMN_LIST} FROM (SELECT ${COLUMN_LIST}, row_number() OVER (PARTITION BY id ORDER BY time) AS copy_no FROM (${sources.join(' UNION ALL ')}) day_events) numbered WHERE copy_no = 1 ORDER BY time`;
      return withConnection(async (connection) => {
        const result = await connection.run(`COPY (${deduped}) TO ${quote(target)} (FORMAT parquet, COMPRESSION zstd)`);
        return Number(result.rowsChanged);
      });
    },
    async close() {
      setup.closeSync();
      instance.closeSync();
    },
  };
}
