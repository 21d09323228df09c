import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DAY_DIR, PARQUET_PART, RAW_BATCH } from '../public/layout.ts';
import { ALL_SUMMARY_TABLES, type AnySummaryTable, DAILY_ROLLUPS, type DailyRollup } from './rollups.ts';

/** One day of the log as files: its newest compacted generation and the raw batches not yet compacted. */
export interface DayFiles {
  day: string;
  parquet: { path: string; generation: number } | null;
  /** Older generations a crashed compaction left behind (superseded; deleted by the next compaction). */
  stale: string[];
  raw: string[];
  /** The day's rollups made from its newest generation (missing ones are rolled up from the events when read). */
  rollups: Partial<Record<DailyRollup, string>>;
  /** Rollups of other generations (superseded; deleted by the next compaction). */
  staleRollups: string[];
}

/** The newest complete summary of the log: its tables' files and the day generations it covers. */
export interface SummaryFiles {
  seq: number;
  files: Record<AnySummaryTable, string>;
  covers: Record<string, number>;
}

export const rollupDayDir = (root: string, name: DailyRollup, day: string) => join(root, 'rollups', name, `date=${day}`);
export const rollupPart = (generation: number) => `part-${String(generation).padStart(6, '0')}.parquet`;
export const summaryDir = (root: string) => join(root, 'rollups', 'summary');
export const SUMMARY_PART = new RegExp(`^(\\d+)-(${[...ALL_SUMMARY_TABLES, 'covers'].join('|')})\\.(parquet|json)$`);
/** The folders under `rollups/` the log's layout has: one per daily rollup, and the summary. */
const ROLLUP_DIRS: readonly string[] = [...DAILY_ROLLUPS, 'summary'];
/** Whether `name` (a folder under `rollups/`) belongs to a rollup no reader reads any more (an earlier layout's). */
export const isObsoleteRollup = (name: string) => !ROLLUP_DIRS.includes(name);

/** The folders under `rollups/` of rollups this version no longer has (e.g. `solution_daily`), as paths. */
export async function obsoleteRollupDirs(root: string): Promise<string[]> {
  return (await list(join(root, 'rollups'))).filter(isObsoleteRollup).map((name) => join(root, 'rollups', name));
}

async function list(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    // Gone (compacted away), or not a directory: nothing of the log is there.
    if (['ENOENT', 'ENOTDIR'].includes(String((error as NodeJS.ErrnoException).code))) return [];
    throw error;
  }
}

/**
 * Every day of the log under `root`, oldest first. Given `compacted` (an earlier listing: the compacted files
 * change only when the compactor runs), only the raw batches are listed again.
 */
export async function listDays(root: string, compacted?: readonly DayFiles[]): Promise<DayFiles[]> {
  const days = new Map<string, DayFiles>();
  const dayOf = (day: string) => {
    let files = days.get(day);
    if (!files) days.set(day, (files = { day, parquet: null, stale: [], raw: [], rollups: {}, staleRollups: [] }));
    return files;
  };
  if (compacted) for (const day of compacted) days.set(day.day, { ...day, raw: [] });
  else await listCompacted(root, dayOf, days);
  for (const entry of await list(join(root, 'raw'))) {
    const day = DAY_DIR.exec(entry)?.[1];
    if (!day) continue;
    const names = (await list(join(root, 'raw', entry))).filter((n) => RAW_BATCH.test(n)).sort();
    if (names.length) dayOf(day).raw.push(...names.map((n) => join(root, 'raw', entry, n)));
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

async function listCompacted(root: string, dayOf: (day: string) => DayFiles, days: Map<string, DayFiles>): Promise<void> {
  for (const entry of await list(join(root, 'events'))) {
    const day = DAY_DIR.exec(entry)?.[1];
    if (!day) continue;
    const files = dayOf(day);
    for (const name of await list(join(root, 'events', entry))) {
      const generation = PARQUET_PART.exec(name)?.[1];
      if (generation === undefined) continue;
      const path = join(root, 'events', entry, name);
      if (!files.parquet || Number(generation) > files.parquet.generation) {
        if (files.parquet) files.stale.push(files.parquet.path);
        files.parquet = { path, generation: Number(generation) };
      } else files.stale.push(path);
    }
  }
  for (const name of DAILY_ROLLUPS) {
    for (const entry of await list(join(root, 'rollups', name))) {
      const files = days.get(DAY_DIR.exec(entry)?.[1] ?? '');
      for (const file of await list(join(root, 'rollups', name, entry))) {
        const generation = PARQUET_PART.exec(file)?.[1];
        if (generation === undefined) continue;
        const path = join(root, 'rollups', name, entry, file);
        if (files?.parquet && Number(generation) === files.parquet.generation) files.rollups[name] = path;
        else if (files) files.staleRollups.push(path);
      }
    }
  }
}

/**
 * The newest summary with all its tables and its `covers` file (written last: a summary without it is incomplete,
 * as is one of an earlier layout with fewer tables, and ignored), the files of every other summary (superseded or
 * incomplete), and the highest sequence number on disk (the next summary's is above it).
 */
export async function listSummary(root: string): Promise<{ summary: SummaryFiles | null; stale: string[]; lastSeq: number }> {
  const bySeq = new Map<number, string[]>();
  for (const name of await list(summaryDir(root))) {
    const seq = SUMMARY_PART.exec(name)?.[1];
    if (seq === undefined) continue;
    const names = bySeq.get(Number(seq)) ?? [];
    names.push(name);
    bySeq.set(Number(seq), names);
  }
  const complete = [...bySeq].filter(([, names]) => names.length === ALL_SUMMARY_TABLES.length + 1).map(([seq]) => seq);
  const newest = complete.length ? Math.max(...complete) : null;
  const stale = [...bySeq].filter(([seq]) => seq !== newest).flatMap(([, names]) => names.map((n) => join(summaryDir(root), n)));
  const lastSeq = Math.max(0, ...bySeq.keys());
  if (newest === null) return { summary: null, stale, lastSeq };
  const prefix = join(summaryDir(root), String(newest).padStart(6, '0'));
  const covers = JSON.parse(await readFile(`${prefix}-covers.json`, 'utf8')) as Record<string, number>;
  const files = Object.fromEntries(ALL_SUMMARY_TABLES.map((name) => [name, `${prefix}-${name}.parquet`])) as Record<AnySummaryTable, string>;
  return { summary: { seq: newest, files, covers }, stale, lastSeq };
}

/** The newest modification time among the given files (the log's freshness), or null. */
export async function newestMtime(paths: readonly string[]): Promise<Date | null> {
  let newest = 0;
  for (const path of paths) {
    try {
      newest = Math.max(newest, (await stat(path)).mtimeMs);
    } catch {
      // Compacted away meanwhile.
    }
  }
  return newest ? new Date(newest) : null;
}
