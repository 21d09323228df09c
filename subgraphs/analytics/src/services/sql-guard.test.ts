import { describe, expect, it } from 'vitest';
import { guardSql } from './sql-guard.ts';

const options = { forbiddenNames: ['read_parquet', 'read_csv', 'glob', 'range', 'query_table', 'parquet_scan'], internalViews: ['ev_calls', 'ev_signups'] };
const refusal = (sql: string) => {
  try {
    guardSql(sql, options);
  } catch (error) {
    return (error as { code: string; field: string; message: string }).field === 'sql' ? (error as Error).message : `wrong field: ${String(error)}`;
  }
  return null;
};

describe('the SQL guard', () => {
  it('lets one SELECT (or WITH … SELECT) over the views through, comments and a trailing ";" included', () => {
    for (const sql of [
      'SELECT tier, sum(calls) FROM calls GROUP BY tier',
      "WITH s AS (SELECT * FROM signups WHERE time >= TIMESTAMP '2026-03-01 00:00:00') SELECT count(*) FROM s;",
      '-- which solutions convert best\nSELECT solution, count(*) AS conversions FROM conversions GROUP BY 1 ORDER BY 2 DESC',
      "(SELECT 'a;b' AS text)",
      "SELECT count(*) FROM subscriptions WHERE kind = 'set' OR reason = 'call'",
    ]) {
      expect(refusal(sql), sql).toBeNull();
    }
  });

  it.each([
    ["COPY (SELECT * FROM calls) TO '/tmp/x.csv'", /Files and URLs cannot be read|Only SELECT/],
    ["ATTACH '/tmp/x.db' AS x", /Only SELECT|Files and URLs/],
    ['INSTALL httpfs', /Only SELECT/],
    ['LOAD httpfs', /Only SELECT/],
    ['SET enable_external_access = true', /Only SELECT/],
    ['PRAGMA database_list', /Only SELECT/],
    ['CREATE TABLE x AS SELECT * FROM calls', /Only SELECT/],
    ['DELETE FROM calls', /Only SELECT/],
    ['SELECT 1; DROP VIEW calls', /one statement/],
    ["SELECT * FROM read_csv('/etc/passwd')", /Files and URLs/],
    ["SELECT * FROM read_parquet('x.parquet')", /"read_parquet" is not allowed/],
    ["SELECT * FROM 'https://example.com/x.parquet'", /Files and URLs/],
    ["SELECT * FROM \"/etc/passwd\"", /Files and URLs/],
    ['SELECT * FROM glob(\'*\')', /"glob" is not allowed/],
    ['SELECT * FROM ev_calls', /"ev_calls" is not allowed/],
    ['SELECT user_id FROM events', /"events" is not allowed/],
    // DuckDB binds a string in FROM to the table of that name: the internal views stay closed that way too.
    ["SELECT user_id FROM 'events'", /'events' is not allowed/],
    ["SELECT count(*) FROM calls, 'EV_CALLS'", /'ev_calls' is not allowed/],
    ["SELECT * FROM 'duckdb_settings'", /'duckdb_settings' is not allowed/],
    ['SELECT * FROM information_schema.tables', /"information_schema" is not allowed/],
    ['SELECT * FROM duckdb_settings()', /"duckdb_settings" is not allowed/],
    ["SELECT current_setting('allowed_directories')", /"current_setting" is not allowed/],
    ["SELECT getenv('HOME')", /"getenv" is not allowed/],
    ['SELECT count(*) FROM range(100000000000) a, range(100000000000) b', /"range" is not allowed/],
    ['SELECT * FROM calls /* unclosed', /comment is not closed/],
    ["SELECT 'unclosed", /string is not closed/],
    ['SELECT $$x$$', /Dollar-quoted/],
    ['WITH x AS (SELECT 1) INSERT INTO calls SELECT * FROM x', /"insert" is not allowed/],
    ['SELECT * FROM "READ_PARQUET"(\'a\')', /"read_parquet" is not allowed/],
    [`SELECT ${'1,'.repeat(6000)}1`, /longer than 10000 characters/],
  ])('refuses %s', (sql, message) => {
    expect(refusal(sql)).toMatch(message);
  });

  it('points a refused name to every published view, health included', () => {
    expect(refusal('SELECT * FROM ev_calls')).toBe(
      '"ev_calls" is not allowed here: query the published views (calls, signups, conversions, subscriptions, revenue, health) with SELECT.',
    );
  });
});
