import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type Clock, epochMs, type Logger } from '@marketplace/shared';
import { DAY_DIR, LOG_PREFIXES, PARQUET_PART, RAW_BATCH } from '../public/layout.ts';
import { isObsoleteRollup, SUMMARY_PART } from './event-files.ts';
import { DAILY_ROLLUPS } from './rollups.ts';
import type { QueryEngine } from './query-engine.ts';

/** One object of the log in its store: its key is its path under `DATA_DIR/analytics` (`events/date=…/part-3.parquet`). */
export interface LogObject {
  key: string;
  size: number;
  modified: Date;
}

/** Where the log lives on AWS: a bucket holding the same keys as `DATA_DIR/analytics` (see `public/layout.ts`). */
export interface LogObjectStore {
  /** Every object under `prefix`. */
  list(prefix: string): Promise<LogObject[]>;
  get(key: string): Promise<Uint8Array>;
  put(key: string, body: Uint8Array): Promise<void>;
  delete(keys: readonly string[]): Promise<void>;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/** Whether `key` is a file of the log's layout (and nothing else: no other prefix, no `..`, no odd names). */
export function isLogKey(key: string): boolean {
  const parts = key.split('/');
  // The summary of the whole log: rollups/summary/<seq>-<table>.<ext>.
  if (parts.length === 3 && parts[0] === 'rollups' && parts[1] === 'summary') return SUMMARY_PART.test(parts[2]!);
  // A day's rollup: rollups/<rollup>/date=D/part-<generation>.parquet.
  if (parts.length === 4 && parts[0] === 'rollups') {
    const [, rollup, day, name] = parts as [string, string, string, string];
    return (DAILY_ROLLUPS as readonly string[]).includes(rollup) && DAY_DIR.test(day) && PARQUET_PART.test(name);
  }
  const [top, day, name, ...rest] = parts;
  if (rest.length || !day || !name || !DAY_DIR.test(day) || !NAME.test(name)) return false;
  return (top === 'raw' && RAW_BATCH.test(name)) || (top === 'events' && PARQUET_PART.test(name));
}

/** Whether `key` is an object of a rollup an earlier layout wrote (`rollups/solution_daily/…`): never copied, deleted by a push. */
function isObsoleteRollupKey(key: string): boolean {
  const parts = key.split('/');
  return parts.length > 2 && parts[0] === 'rollups' && isObsoleteRollup(parts[1]!);
}

/** The log's objects in an S3 bucket, at the bucket's root (`raw/`, `events/`: the Glue table reads `events/`). */
export function s3LogStore(client: S3Client, bucket: string): LogObjectStore {
  return {
    async list(prefix) {
      const found: LogObject[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) if (o.Key) found.push({ key: o.Key, size: Number(o.Size ?? 0), modified: o.LastModified ?? new Date(0) });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return found;
    },
    async get(key) {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return out.Body!.transformToByteArray();
    },
    async put(key, body) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
    async delete(keys) {
      // DeleteObjects takes at most 1000 keys.
      for (let i = 0; i < keys.length; i += 1000) {
        const chunk = keys.slice(i, i + 1000);
        await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: chunk.map((Key) => ({ Key })), Quiet: true } }));
      }
    },
  };
}

/** The log's files under `root`, as keys. */
async function localKeys(root: string): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const prefix of LOG_PREFIXES) {
    const paths = await readdir(join(root, prefix), { recursive: true }).catch(() => [] as string[]);
    for (const path of paths) {
      const key = `${prefix}${path.split(sep).join('/')}`;
      if (isLogKey(key)) found.set(key, (await stat(join(root, key))).size);
    }
  }
  return found;
}

/**
 * A copy of the log's objects under `root`, so the DuckDB engine reads them as local files (no extension, no
 * network access from inside DuckDB, which stays locked to `root`). `pull` makes the copy equal the store: fetches
 * new or changed objects (whole, under a temporary name, with the object's time as the file's), removes files the
 * store no longer has (compacted away). `push` sends back what a compaction changed: uploads files the store lacks
 * and deletes the objects that were pulled and are gone here; objects written meanwhile by producers are untouched.
 */
export class LogMirror {
  /** What the last pull found in the store. */
  private pulled = new Map<string, LogObject>();
  /** Objects of obsolete rollups the last pull found (the next push deletes them, as the compactor deletes its copy's). */
  private obsolete: string[] = [];
  private lastPull = Number.NEGATIVE_INFINITY;
  private pulling: Promise<{ fetched: number; removed: number }> | null = null;

  constructor(
    private readonly store: LogObjectStore,
    private readonly root: string,
    private readonly options: { clock: Clock; logger: Logger; syncMs: number },
  ) {}

  /** Pulls unless the copy is younger than `syncMs`; concurrent callers share one pull. */
  async pullIfStale(): Promise<{ fetched: number; removed: number }> {
    if (epochMs(this.options.clock) - this.lastPull < this.options.syncMs) return { fetched: 0, removed: 0 };
    this.pulling ??= this.pull().finally(() => (this.pulling = null));
    return this.pulling;
  }

  async pull(): Promise<{ fetched: number; removed: number }> {
    const startedAt = epochMs(this.options.clock);
    const all = (await Promise.all(LOG_PREFIXES.map((p) => this.store.list(p)))).flat();
    const listed = all.filter((o) => isLogKey(o.key));
    this.obsolete = all.filter((o) => isObsoleteRollupKey(o.key)).map((o) => o.key);
    const local = await localKeys(this.root);
    let fetched = 0;
    for (const object of listed) {
      const before = this.pulled.get(object.key);
      const same = local.get(object.key) === object.size && (!before || before.modified.getTime() === object.modified.getTime());
      if (same) continue;
      const file = join(this.root, object.key);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.part`, await this.store.get(object.key));
      await utimes(`${file}.part`, object.modified, object.modified);
      await rename(`${file}.part`, file);
      fetched++;
    }
    const keep = new Set(listed.map((o) => o.key));
    const gone = [...local.keys()].filter((key) => !keep.has(key));
    await Promise.all(gone.map((key) => rm(join(this.root, key), { force: true })));
    this.pulled = new Map(listed.map((o) => [o.key, o]));
    this.lastPull = startedAt;
    return { fetched, removed: gone.length };
  }

  async push(): Promise<{ uploaded: number; deleted: number }> {
    const local = await localKeys(this.root);
    let uploaded = 0;
    for (const [key, size] of local) {
      if (this.pulled.get(key)?.size === size) continue;
      await this.store.put(key, await readFile(join(this.root, key)));
      uploaded++;
    }
    const deleted = [...[...this.pulled.keys()].filter((key) => !local.has(key)), ...this.obsolete];
    if (deleted.length) await this.store.delete(deleted);
    this.obsolete = [];
    this.options.logger.info({ uploaded, deleted: deleted.length }, 'analytics log pushed to its bucket');
    // The store changed: the next pull lists it again.
    this.lastPull = Number.NEGATIVE_INFINITY;
    return { uploaded, deleted: deleted.length };
  }
}

/**
 * The engine over a mirrored log: each refresh first brings the copy up to date (at most every `syncMs`). When the
 * store cannot be reached, queries answer from the copy as it is (the answer's `freshAt` says how old) and a
 * warning is logged.
 */
export function mirroredEngine(
  engine: QueryEngine,
  mirror: LogMirror,
  logger: Logger,
  /** Called when a pull fetched or removed files: listings of the copy kept elsewhere are out of date. */
  onSynced: () => void,
): QueryEngine {
  return {
    dialect: engine.dialect,
    query: (sql, params, options) => engine.query(sql, params, options),
    isSingleSelect: (sql) => engine.isSingleSelect(sql),
    guardNames: () => engine.guardNames(),
    async refresh() {
      const synced = await mirror
        .pullIfStale()
        .catch((error: unknown) => (logger.warn({ err: error }, 'analytics log not synced from its bucket; answering from the copy'), null));
      if (synced && (synced.fetched || synced.removed)) onSynced();
      return engine.refresh();
    },
    close: () => engine.close(),
  };
}
