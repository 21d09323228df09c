import { type FieldProblem, invalidInput } from '@marketplace/shared';
import type { Cell, SqlDialect } from '../engine/query-engine.ts';
import type { DatasetDef, FieldDef, Scope } from './datasets.ts';

export const FILTER_OPS = ['eq', 'neq', 'gt', 'geq', 'lt', 'leq', 'in'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];
export const TIME_DIMENSIONS = ['hour', 'day', 'week', 'month'] as const;
export const METRIC_FNS = ['count', 'sum', 'uniq', 'avg', 'quantile'] as const;
export type MetricFn = (typeof METRIC_FNS)[number];

/** A filter: a condition on one field (`field`, `op`, `value` or `values` for `in`), or AND / OR of filters. */
export interface Filter {
  field?: string | null;
  op?: FilterOp | null;
  value?: string | null;
  values?: readonly string[] | null;
  AND?: readonly Filter[] | null;
  OR?: readonly Filter[] | null;
}

export interface MetricSpec {
  fn: MetricFn;
  field?: string | null;
  /** For `quantile`: 0 < q < 1 (0.5 = median). */
  q?: number | null;
  /** The column's name in the result (default e.g. `count`, `sum_units`, `q50_seconds_to_register`). */
  as?: string | null;
}

export interface DatasetQuery {
  from: Date;
  to: Date;
  filter?: Filter | null;
  dimensions?: readonly string[] | null;
  metrics: readonly MetricSpec[];
  orderBy?: readonly { column: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  limit?: number | null;
}

export interface BuiltQuery {
  sql: string;
  params: Cell[];
  columns: { name: string; role: 'dimension' | 'metric' }[];
  limit: number;
}

const DEFAULT_LIMIT = 100;
const MAX_FILTER_DEPTH = 5;
const MAX_CONDITIONS = 50;
const ALIAS = /^[a-z][a-z0-9_]{0,62}$/;
/** Echoes what the caller sent, in quotes, cut to 60 characters: a refusal never repeats 10 000 of them back. */
const quoted = (value: string) => `"${[...value].length > 60 ? `${[...value].slice(0, 60).join('')}…` : value}"`;

/**
 * Turns a dataset query into one parameterised SELECT over the dataset's internal view, with the caller's scope
 * ANDed in. Every problem with the input is reported at once (BAD_USER_INPUT naming each field path) and nothing
 * runs. Values always travel as parameters; names come only from the dataset's definition.
 */
export function buildDatasetQuery(
  def: DatasetDef,
  query: DatasetQuery,
  scope: { kind: Scope; value?: string },
  dialect: SqlDialect,
  path = 'query',
): BuiltQuery {
  const problems: FieldProblem[] = [];
  const fields = new Map(def.fields.map((field) => [field.name, field]));
  const params: Cell[] = [];
  const where: string[] = [];
  const fieldList = def.fields.map((x) => x.name).join(', ');

  // The range: required, ordered, at most the dataset's maximum.
  if (Number.isNaN(query.from.getTime()) || Number.isNaN(query.to.getTime())) problems.push({ field: `${path}.from`, message: 'from and to must be times.' });
  else if (query.to <= query.from) problems.push({ field: `${path}.to`, message: 'to must be after from.' });
  else if (query.to.getTime() - query.from.getTime() > def.maxRangeDays * 86_400_000) {
    problems.push({ field: `${path}.to`, message: `The range is longer than ${def.maxRangeDays} days, the maximum of ${def.name}: narrow it.` });
  }
  where.push('time >= CAST(? AS TIMESTAMP)', 'time < CAST(? AS TIMESTAMP)');
  params.push(sqlTime(query.from), sqlTime(query.to));

  // The scope: a customer sees their own rows, a partner their solutions' rows.
  if (scope.kind !== 'PLATFORM') {
    const column = def.scopes[scope.kind];
    if (!column || !scope.value) throw new Error(`${def.name} cannot be read in scope ${scope.kind}`);
    where.push(`${column} = ?`);
    params.push(scope.value);
  }

  let conditions = 0;
  const condition = (filter: Filter, at: string, depth: number): string | null => {
    if (depth > MAX_FILTER_DEPTH) {
      problems.push({ field: at, message: `Filters nest at most ${MAX_FILTER_DEPTH} deep.` });
      return null;
    }
    const parts: string[] = [];
    if (filter.field != null || filter.op != null) {
      if (++conditions > MAX_CONDITIONS) {
        if (conditions === MAX_CONDITIONS + 1) problems.push({ field: at, message: `A filter has at most ${MAX_CONDITIONS} conditions.` });
        return null;
      }
      const part = comparison(filter, at);
      if (part) parts.push(part);
    }
    for (const [key, joiner] of [['AND', ' AND '], ['OR', ' OR ']] as const) {
      const list = filter[key];
      if (!list) continue;
      if (!list.length) problems.push({ field: `${at}.${key}`, message: `${key} needs at least one filter.` });
      const inner = list.map((item, i) => condition(item, `${at}.${key}[${i}]`, depth + 1)).filter((x): x is string => x !== null);
      if (inner.length) parts.push(`(${inner.join(joiner)})`);
    }
    if (!parts.length && filter.field == null && !filter.AND && !filter.OR) {
      problems.push({ field: at, message: 'An empty filter: give field, op and value, or AND / OR.' });
    }
    return parts.length ? parts.join(' AND ') : null;
  };
  const filtered = new Set<FieldDef>();
  const comparison = (filter: Filter, at: string): string | null => {
    const field = filter.field == null ? undefined : fields.get(filter.field);
    if (field) filtered.add(field);
    if (!field) {
      problems.push({ field: `${at}.field`, message: `${def.name} has no field ${quoted(filter.field ?? '')}; its fields are ${fieldList}.` });
      return null;
    }
    const op = filter.op;
    if (!op || !FILTER_OPS.includes(op)) {
      problems.push({ field: `${at}.op`, message: `op must be one of ${FILTER_OPS.join(', ')}.` });
      return null;
    }
    if (op === 'in') {
      const values = filter.values ?? [];
      if (!values.length || values.length > 100) {
        problems.push({ field: `${at}.values`, message: 'in needs between 1 and 100 values.' });
        return null;
      }
      const cells = values.map((value, i) => parseValue(field, value, `${at}.values[${i}]`));
      if (cells.some((cell) => cell === undefined)) return null;
      params.push(...(cells as Cell[]));
      return `${field.name} IN (${cells.map(() => placeholder(field)).join(', ')})`;
    }
    if (filter.value == null) {
      problems.push({ field: `${at}.value`, message: `${op} needs a value.` });
      return null;
    }
    if (field.type === 'boolean' && op !== 'eq' && op !== 'neq') {
      problems.push({ field: `${at}.op`, message: `${field.name} is true or false: use eq or neq.` });
      return null;
    }
    const cell = parseValue(field, filter.value, `${at}.value`);
    if (cell === undefined) return null;
    params.push(cell);
    const sqlOp = { eq: '=', neq: '<>', gt: '>', geq: '>=', lt: '<', leq: '<=' }[op];
    return `${field.name} ${sqlOp} ${placeholder(field)}`;
  };
  const parseValue = (field: FieldDef, value: string, at: string): Cell | undefined => {
    if (field.type === 'number') {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n)) return void problems.push({ field: at, message: `${field.name} is a number; ${quoted(value)} is not.` });
      return n;
    }
    if (field.type === 'boolean') {
      if (value !== 'true' && value !== 'false') return void problems.push({ field: at, message: `${field.name} is true or false.` });
      return value === 'true';
    }
    if (field.type === 'time') {
      const time = new Date(value);
      if (Number.isNaN(time.getTime())) return void problems.push({ field: at, message: `${field.name} is a time (ISO 8601); ${quoted(value)} is not.` });
      return sqlTime(time);
    }
    if (value.length > 200) return void problems.push({ field: at, message: 'Values are at most 200 characters.' });
    return value;
  };
  if (query.filter) {
    const sql = condition(query.filter, `${path}.filter`, 1);
    if (sql) where.push(sql);
  }

  // Dimensions: the dataset's fields (not numeric ones) or a time truncation.
  const columns: BuiltQuery['columns'] = [];
  const select: string[] = [];
  const groupBy: string[] = [];
  const dims = query.dimensions ?? [];
  if (dims.length > 6) problems.push({ field: `${path}.dimensions`, message: 'At most 6 dimensions.' });
  const seen = new Set<string>();
  dims.forEach((dim, i) => {
    const at = `${path}.dimensions[${i}]`;
    if (seen.has(dim)) return void problems.push({ field: at, message: `${quoted(dim)} is listed twice.` });
    seen.add(dim);
    if ((TIME_DIMENSIONS as readonly string[]).includes(dim)) {
      select.push(`date_trunc('${dim}', time) AS ${dim}`);
    } else {
      const field = fields.get(dim);
      if (!field || field.type === 'number' || field.type === 'time') {
        const allowed = [...TIME_DIMENSIONS, ...def.fields.filter((x) => x.type === 'string' || x.type === 'boolean').map((x) => x.name)];
        return void problems.push({ field: at, message: `${def.name} cannot be grouped by ${quoted(dim)}; its dimensions are ${allowed.join(', ')}.` });
      }
      select.push(field.name);
    }
    groupBy.push(String(select.length));
    columns.push({ name: dim, role: 'dimension' });
  });

  // Metrics: at least one, each allowed for its field.
  if (!query.metrics.length) problems.push({ field: `${path}.metrics`, message: 'Ask for at least one metric (e.g. count).' });
  if (query.metrics.length > 20) problems.push({ field: `${path}.metrics`, message: 'At most 20 metrics.' });
  query.metrics.forEach((metric, i) => {
    const at = `${path}.metrics[${i}]`;
    let sql: string | undefined;
    let name: string;
    const allowedFor: Record<MetricFn, string[]> = { count: [], sum: def.sum, uniq: def.uniq, avg: def.avg, quantile: def.quantiles };
    if (metric.fn === 'count') {
      sql = def.countSql;
      name = 'count';
      if (metric.field) problems.push({ field: `${at}.field`, message: 'count takes no field.' });
    } else {
      const allowed = allowedFor[metric.fn];
      const field = metric.field ?? '';
      if (!allowed.includes(field)) {
        problems.push({
          field: `${at}.field`,
          message: allowed.length
            ? `${metric.fn} of ${def.name} works on ${allowed.join(', ')}; not on ${quoted(field)}.`
            : `${def.name} has no field ${metric.fn} makes sense for.`,
        });
        return;
      }
      name = `${metric.fn}_${field}`;
      if (metric.fn === 'sum') sql = `COALESCE(sum(${field}), 0)`;
      if (metric.fn === 'uniq') sql = `count(DISTINCT ${field})`;
      // An average per counted item: for calls summed per minute, units per call.
      if (metric.fn === 'avg') sql = def.countSql === 'count(*)' ? `avg(${field})` : `CAST(sum(${field}) AS DOUBLE) / nullif(${def.countSql}, 0)`;
      if (metric.fn === 'quantile') {
        const q = metric.q;
        if (q == null || !(q > 0 && q < 1)) return void problems.push({ field: `${at}.q`, message: 'quantile needs q between 0 and 1 (0.5 is the median).' });
        sql = dialect.quantile(field, q);
        name = `q${String(Math.round(q * 1000) / 10).replace('.', '_')}_${field}`;
      }
    }
    if (metric.as != null) {
      if (!ALIAS.test(metric.as)) return void problems.push({ field: `${at}.as`, message: 'as is lower-case letters, digits and _ (starting with a letter).' });
      name = metric.as;
    }
    if (columns.some((c) => c.name === name)) return void problems.push({ field: `${at}.as`, message: `Two columns are named "${name}": give one another name with as.` });
    select.push(`${sql} AS ${name}`);
    columns.push({ name, role: 'metric' });
  });

  const order: string[] = [];
  (query.orderBy ?? []).forEach((item, i) => {
    const index = columns.findIndex((c) => c.name === item.column);
    if (index < 0) return void problems.push({ field: `${path}.orderBy[${i}].column`, message: `Order by one of the result's columns (${columns.map((c) => c.name).join(', ')}).` });
    order.push(`${index + 1} ${item.direction === 'DESC' ? 'DESC' : 'ASC'}`);
  });
  if (!order.length) order.push(...groupBy.map((position) => `${position} ASC`));

  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > def.pageSize) {
    problems.push({ field: `${path}.limit`, message: `limit is 1 to ${def.pageSize}, the page size of ${def.name}.` });
  }
  if (problems.length) throw invalidInput(problems);

  // The day rollup answers exactly what the events would: whole days, no hour, no condition on a per-row number.
  const DAY = 86_400_000;
  const viaRollup =
    def.rollup !== undefined &&
    query.from.getTime() % DAY === 0 &&
    query.to.getTime() % DAY === 0 &&
    !dims.includes('hour') &&
    [...filtered].every((field) => field.type === 'string' || field.type === 'boolean');
  const sql = [
    `SELECT ${select.join(', ')}`,
    `FROM ${viaRollup ? def.rollup : def.internal}`,
    `WHERE ${where.join(' AND ')}`,
    groupBy.length ? `GROUP BY ${groupBy.join(', ')}` : '',
    order.length ? `ORDER BY ${order.join(', ')}` : '',
    // One row more than asked: its presence says the answer was cut (never presented as whole).
    `LIMIT ${limit + 1}`,
  ].filter(Boolean).join(' ');
  return { sql, params, columns, limit };
}

const placeholder = (field: FieldDef) => (field.type === 'time' ? 'CAST(? AS TIMESTAMP)' : '?');
/** Times as the engine's TIMESTAMP literal (UTC, no zone). */
export const sqlTime = (time: Date) => time.toISOString().replace('T', ' ').replace('Z', '');
