import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, JSDuckDBValueConverter, StatementType } from '@duckdb/node-api';
import { EVENT_COLUMNS } from '../public/events.ts';
import { type DayFiles, listDays, listSummary, type SummaryFiles } from './event-files.ts';
import { type AnySummaryTable, BUSINESS_EVENTS, DAILY_ROLLUPS, type DailyRollup, isDaySummaryTable, notOnDays, rollupOrder, rollupSelect, rollupView, SUMMARY_TABLES, summaryMerge } from './rollups.ts';
import { type Cell, cellBytes, type QueryAnswer, type QueryEngine, QueryTimeout, type Row } from './query-engine.ts';

const COLUMNS = Object.keys(EVENT_COLUMNS);
const COLUMN_LIST = COLUMNS.join(', ');
const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const fileList = (paths: readonly string[]) => `[${paths.map(quote).join(', ')}]`;
/** Rows per row group: small enough that one solution's rows of a day skip the rest by their statistics. */
const ROW_GROUP = 2048;
const JSON_COLUMNS = `{${Object.entries(EVENT_COLUMNS).map(([name, type]) => `${quote(name)}: ${quote(type)}`).join(', ')}}`;

/** An empty relation with the event columns (a log without files). */
const NO_EVENTS = `(SELECT ${Object.entries(EVENT_COLUMNS).map(([name, type]) => `CAST(NULL AS ${type}) AS ${name}`).join(', ')} WHERE 1 = 0)`;
/**
 * Event-shaped Parquet (days' events, the summary's `business`) with today's columns in order, whatever columns
 * each file was written with: a column added since reads as NULL from older files (by name, not position).
 */
const parquetOf = (paths: readonly string[]) =>
  `(SELECT ${COLUMN_LIST} FROM (SELECT * FROM read_parquet(${fileList(paths)}, union_by_name = true, hive_partitioning = false) UNION ALL BY NAME SELECT * FROM ${NO_EVENTS}))`;
/** A summary table's file; `business` holds events, so it is read as events are. */
const summaryOf = (name: AnySummaryTable, path: string) =>
  name === 'business' ? `SELECT * FROM ${parquetOf([path])}` : `SELECT * FROM read_parquet(${fileList([path])}, hive_partitioning = false)`;

/**
 * The views over the log's files, re-created whenever the files change:
 *  - `fresh_events`: raw batches not compacted yet, deduplicated by id among themselves and against the Parquet
 *    of their day (a retried append, or a compaction that crashed before deleting what it had read, counts once);
 *  - `events`: each day's newest Parquet generation plus `fresh_events`;
 *  - `business_events`: every event but calls;
 *  - one view per rollup (see rollups.ts): the rollup files of each day's newest generation (or, where missing,
 *    that day rolled up from its events), the summary plus the contributions of the days it does not cover at
 *    their newest generation, and in every case the rollup of `fresh_events`.
 * The summary's per-day tables (`outcome_daily`, `business`) answer for the days it covers at their newest
 * generation; the other days are read from their own files.
 */
export function logViewsSql(days: readonly DayFiles[], summary: SummaryFiles | null = null): string[] {
  const parquet = days.flatMap((d) => (d.parquet ? [d.parquet.path] : []));
  const raw = days.flatMap((d) => d.raw);
  const rawDaysParquet = days.flatMap((d) => (d.raw.length && d.parquet ? [d.parquet.path] : []));
  let fresh = NO_EVENTS;
  if (raw.length) {
    const rawRows = `read_json(${fileList(raw)}, format = 'newline_delimited', columns = ${JSON_COLUMNS})`;
    const notCompacted = rawDaysParquet.length ? ` AND id NOT IN (SELECT id FROM read_parquet(${fileList(rawDaysParquet)}))` : '';
    fresh = `(SELECT ${COLUMN_LIST} FROM (SELECT ${COLUMN_LIST}, row_number() OVER (PARTITION BY id ORDER BY time) AS copy_no FROM ${rawRows}) raw_events WHERE copy_no = 1${notCompacted})`;
  }
  // Days the summary covers at their newest generation, and the days it has at another (their rows are not read).
  const covered = new Set(days.flatMap((d) => (d.parquet && summary?.covers[d.day] === d.parquet.generation ? [d.day] : [])));
  const notCovered = Object.keys(summary?.covers ?? {}).filter((day) => !covered.has(day));
  const fromSummary = (name: AnySummaryTable) => `SELECT * FROM (${summaryOf(name, summary!.files[name])}) summary_rows WHERE ${notOnDays(notCovered)}`;
  const dayFiles = days.filter((d) => d.parquet && !covered.has(d.day));
  const business = [`SELECT * FROM fresh_events WHERE type <> 'call'`];
  if (dayFiles.length) business.unshift(rollupSelect('business', parquetOf(dayFiles.map((d) => d.parquet!.path))));
  if (summary) business.unshift(fromSummary('business'));
  const statements = [
    `CREATE OR REPLACE VIEW fresh_events AS SELECT * FROM ${fresh}`,
    `CREATE OR REPLACE VIEW events AS ${parquet.length ? `SELECT * FROM ${parquetOf(parquet)} UNION ALL ` : ''}SELECT * FROM fresh_events`,
    `CREATE OR REPLACE VIEW ${BUSINESS_EVENTS} AS ${business.map((p) => `(${p})`).join(' UNION ALL ')}`,
  ];
  for (const name of DAILY_ROLLUPS) {
    const inSummary = summary !== null && isDaySummaryTable(name as AnySummaryTable);
    const own = inSummary ? dayFiles : days.filter((d) => d.parquet);
    const rolled = own.flatMap((d) => (d.rollups[name] ? [d.rollups[name]] : []));
    const missing = own.flatMap((d) => (!d.rollups[name] ? [d.parquet!.path] : []));
    const parts = [rollupSelect(name, 'fresh_events')];
    if (rolled.length) parts.unshift(`SELECT * FROM read_parquet(${fileList(rolled)}, hive_partitioning = false)`);
    if (inSummary) parts.unshift(fromSummary(name as AnySummaryTable));
    if (missing.length) parts.push(rollupSelect(name, parquetOf(missing)));
    statements.push(`CREATE OR REPLACE VIEW ${rollupView(name)} AS ${parts.map((p) => `(${p})`).join(' UNION ALL ')}`);
  }
  const uncovered = dayFiles.map((d) => d.parquet!.path);
  for (const name of SUMMARY_TABLES) {
    const parts = [rollupSelect(name, 'fresh_events')];
    if (summary) parts.unshift(`SELECT * FROM read_parquet(${fileList([summary.files[name]])}, hive_partitioning = false)`);
    if (uncovered.length) parts.push(rollupSelect(name, parquetOf(uncovered)));
    statements.push(`CREATE OR REPLACE VIEW ${rollupView(name)} AS ${parts.map((p) => `(${p})`).join(' UNION ALL ')}`);
  }
  return statements;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Reads a result chunk by chunk and row by row until the next row would pass `maxBytes`: an analyst's statement
 * can make cells of any size (`lpad`, `string_agg`), and a row limit alone would still hold gigabytes.
 */
async function streamWithin(connection: DuckDBConnection, sql: string, params: readonly Cell[], maxBytes: number): Promise<QueryAnswer> {
  const result = await connection.stream(sql, params as never);
  const columns = result.deduplicatedColumnNames();
  const rows: Row[] = [];
  let bytes = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (let i = 0; i < chunk.rowCount; i++) {
      const values = chunk.convertRowValues(i, JSDuckDBValueConverter);
      const row: Row = {};
      let size = 0;
      columns.forEach((column, j) => {
        const cell = toCell(values[j]);
        row[column] = cell;
        size += cellBytes(cell);
      });
      if (bytes + size > maxBytes) return { columns, rows, cut: true };
      bytes += size;
      rows.push(row);
    }
  }
  return { columns, rows, cut: false };
}

export interface DuckDbEngineOptions {
  /** `DATA_DIR/analytics`: the only directory the engine may read or write once it is locked. */
  root: string;
  /** Views created once over `events` (the datasets), in order. */
  views: readonly string[];
  /** The log's files the `events` view reads (default: all of them; the compactor hides what it superseded). */
  listFiles?: () => Promise<DayFiles[]>;
  /** The summary the rollup views read (default: the newest complete one on disk). */
  summary?: () => Promise<SummaryFiles | null>;
  /** Memory and threads DuckDB may use (defaults suit a shared 2-core machine). */
  memoryLimit?: string;
  threads?: number;
}

/**
 * DuckDB embedded, locked down before any query: no extension installs or loads, and no file access outside
 * the log's directory (`enable_external_access = false` with that one allowed directory), configuration locked.
 */
export interface LogWriter {
  /** Writes one day's events (newest generation + raw, deduplicated by id) to `target`; the number written. */
  compactDay(day: DayFiles, target: string): Promise<number>;
  /** Writes a per-day rollup of the events file `source` to `target`. */
  rollUpDay(name: DailyRollup, source: string, target: string): Promise<void>;
  /**
   * Writes summary table `name`: the rows of `previous` (if any) merged with the contributions of `days` (their
   * event files); for a per-day table, the rows of `previous` of other days and those of `days`.
   */
  mergeSummary(name: AnySummaryTable, previous: string | null, days: readonly { day: string; path: string }[], target: string): Promise<void>;
}

export async function createDuckDbEngine(options: DuckDbEngineOptions): Promise<QueryEngine & LogWriter> {
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
  // Dashboards read the same files again and again: keep their footers (row-group statistics) in memory.
  await setup.run('SET parquet_metadata_cache = true');
  await setup.run('SET lock_configuration = true');
  let signature = '';
  let refreshing: Promise<string> | null = null;
  let queued: Promise<string> | null = null;

  let version = 0;

  async function doRefresh(): Promise<string> {
    const days = await (options.listFiles ?? (() => listDays(options.root)))();
    const summary = await (options.summary ?? (async () => (await listSummary(options.root)).summary))();
    const next = JSON.stringify([days.map((d) => [d.parquet?.path, d.raw, d.rollups]), summary?.seq]);
    if (next === signature) return String(version);
    for (const statement of logViewsSql(days, summary)) await setup.run(statement);
    if (!signature) for (const view of options.views) await setup.run(view);
    signature = next;
    return String(++version);
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
    // One refresh at a time; callers arriving meanwhile share the next one (it starts after theirs arrived, so
    // it sees every file written before), however many there are.
    refresh() {
      if (!refreshing) {
        refreshing = doRefresh().finally(() => (refreshing = null));
        return refreshing;
      }
      queued ??= refreshing
        .catch(() => undefined)
        .then(() => {
          queued = null;
          refreshing = doRefresh().finally(() => (refreshing = null));
          return refreshing;
        });
      return queued;
    },
    async query(sql, params = [], queryOptions = {}) {
      const { maxBytes } = queryOptions;
      if (maxBytes !== undefined) return withConnection((connection) => streamWithin(connection, sql, params, maxBytes), queryOptions.timeoutMs);
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
    async compactDay(day, target) {
      const sources: string[] = [];
      if (day.parquet) sources.push(`SELECT ${COLUMN_LIST} FROM ${parquetOf([day.parquet.path])} day_parquet`);
      if (day.raw.length) sources.push(`SELECT ${COLUMN_LIST} FROM read_json(${fileList(day.raw)}, format = 'newline_delimited', columns = ${JSON_COLUMNS})`);
      // Sorted by type, solution and time: a question about one solution (or about business events only) skips
      // most of the day by its row groups' statistics.
      const deduped = `SELECT ${COLUMN_LIST} FROM (SELECT ${COLUMN_LIST}, row_number() OVER (PARTITION BY id ORDER BY time) AS copy_no FROM (${sources.join(' UNION ALL ')}) day_events) numbered WHERE copy_no = 1 ORDER BY type, solution_id, time`;
      return withConnection(async (connection) => {
        const result = await connection.run(`COPY (${deduped}) TO ${quote(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP})`);
        return Number(result.rowsChanged);
      });
    },
    async rollUpDay(name, source, target) {
      const sql = `${rollupSelect(name, parquetOf([source]))} ORDER BY ${rollupOrder(name)}`;
      await withConnection((connection) => connection.run(`COPY (${sql}) TO ${quote(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP})`));
    },
    async mergeSummary(name, previous, days, target) {
      const perDay = isDaySummaryTable(name);
      const parts: string[] = [];
      if (previous) {
        parts.push(`SELECT * FROM (${summaryOf(name, previous)}) previous_rows${perDay ? ` WHERE ${notOnDays(days.map((d) => d.day))}` : ''}`);
      }
      if (days.length) parts.push(rollupSelect(name, parquetOf(days.map((d) => d.path))));
      if (!parts.length) parts.push(rollupSelect(name, NO_EVENTS));
      const merged = `(${parts.map((p) => `(${p})`).join(' UNION ALL ')}) merged`;
      const sql = perDay ? `SELECT * FROM ${merged} ORDER BY ${rollupOrder(name)}` : summaryMerge(name, merged);
      await withConnection((connection) => connection.run(`COPY (${sql}) TO ${quote(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP})`));
    },
    async close() {
      setup.closeSync();
      instance.closeSync();
    },
  };
}
