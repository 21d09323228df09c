import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DAY_DIR, PARQUET_PART, RAW_BATCH } from '../public/layout.ts';

/** One day of the log as files: its newest compacted generation and the raw batches not yet compacted. */
export interface DayFiles {
  day: string;
  parquet: { path: string; generation: number } | null;
  /** Older generations a crashed compaction left behind (superseded; deleted by the next compaction). */
  stale: string[];
  raw: string[];
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

/** Every day of the log under `root`, oldest first. */
export async function listDays(root: string): Promise<DayFiles[]> {
  const days = new Map<string, DayFiles>();
  const dayOf = (day: string) => {
    let files = days.get(day);
    if (!files) days.set(day, (files = { day, parquet: null, stale: [], raw: [] }));
    return files;
  };
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
  for (const entry of await list(join(root, 'raw'))) {
    const day = DAY_DIR.exec(entry)?.[1];
    if (!day) continue;
    const names = (await list(join(root, 'raw', entry))).filter((n) => RAW_BATCH.test(n)).sort();
    if (names.length) dayOf(day).raw.push(...names.map((n) => join(root, 'raw', entry, n)));
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
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
