import { InputError } from '@marketplace/shared';
import { DATASET_NAMES } from '../datasets/datasets.ts';

/** Statements and names an analyst's SQL may never contain, whatever the engine (it adds its own table functions). */
const FORBIDDEN = [
  'attach', 'detach', 'copy', 'install', 'load', 'pragma', 'set', 'reset', 'call', 'export', 'import', 'create', 'insert',
  'update', 'delete', 'drop', 'alter', 'truncate', 'vacuum', 'checkpoint', 'begin', 'commit', 'rollback', 'use', 'grant',
  'revoke', 'describe', 'show', 'summarize', 'merge', 'prepare', 'execute', 'deallocate', 'getenv', 'current_setting',
  'information_schema', 'pg_catalog', 'system', 'temp', 'events',
];
export const MAX_SQL_LENGTH = 10_000;
/** What a refusal points to: every dataset's view, from the one list (the SQL settings show the same). */
const PUBLISHED_VIEWS = DATASET_NAMES.join(', ');

/**
 * The first gate of the SQL endpoint (the engine's own checks and its locked-down configuration are the
 * second): one SELECT (or WITH … SELECT) that names only published views. Comments and string literals are
 * looked through, not trusted: a literal that looks like a path, or a name on the deny list (statements,
 * catalogs, file-reading table functions, internal views) is refused with BAD_USER_INPUT naming it.
 */
export function guardSql(sql: string, options: { forbiddenNames: readonly string[]; internalViews: readonly string[] }): string {
  const refuse = (message: string): never => {
    throw new InputError('sql', message);
  };
  if (sql.length > MAX_SQL_LENGTH) refuse(`The statement is longer than ${MAX_SQL_LENGTH} characters.`);
  let code = '';
  const words: string[] = [];
  const literals: string[] = [];
  for (let i = 0; i < sql.length; ) {
    const ch = sql[i]!;
    if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
      code += ' ';
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      if (end < 0) refuse('A comment is not closed.');
      i = end + 2;
      code += ' ';
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= sql.length) refuse(`A ${ch === "'" ? 'string' : 'quoted name'} is not closed.`);
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) {
            text += ch;
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j++];
      }
      if (/[/\\]|:\/\/|^~/.test(text)) refuse(`Files and URLs cannot be read: remove ${ch}${text}${ch}.`);
      if (ch === '"') words.push(text.toLowerCase());
      // DuckDB reads a string in FROM as a table's name (FROM 'events'): a literal naming one is a name too.
      else literals.push(text.toLowerCase());
      code += ch === "'" ? " '' " : ' "" ';
      i = j + 1;
    } else if (ch === '$' && /[A-Za-z_$]/.test(sql[i + 1] ?? '')) {
      refuse('Dollar-quoted strings and parameters are not supported.');
    } else {
      code += ch;
      i++;
    }
  }
  for (const match of code.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) words.push(match[0].toLowerCase());
  const trimmed = code.trim().replace(/;\s*$/, '');
  if (trimmed.includes(';')) refuse('Send one statement (no ";" between statements).');
  if (!/^(\(\s*)*(select|with)\b/i.test(trimmed)) refuse('Only SELECT statements (or WITH … SELECT) may run here.');
  const forbidden = new Set([...FORBIDDEN, ...options.forbiddenNames.map((n) => n.toLowerCase()), ...options.internalViews]);
  for (const word of words) {
    if (forbidden.has(word) || word.startsWith('duckdb_') || word.startsWith('pragma_') || word.startsWith('read_')) {
      refuse(`"${word}" is not allowed here: query the published views (${PUBLISHED_VIEWS}) with SELECT.`);
    }
  }
  // Only names of tables and table functions, not the statement keywords: 'set' or 'call' stay ordinary values.
  const tableNames = new Set(['events', 'information_schema', 'pg_catalog', ...options.forbiddenNames.map((n) => n.toLowerCase()), ...options.internalViews]);
  for (const literal of literals) {
    const name = literal.trim();
    if (tableNames.has(name) || name.startsWith('duckdb_') || name.startsWith('pragma_')) {
      refuse(`'${literal}' is not allowed here: query the published views (${PUBLISHED_VIEWS}) with SELECT.`);
    }
  }
  return sql.trim().replace(/;\s*$/, '');
}
