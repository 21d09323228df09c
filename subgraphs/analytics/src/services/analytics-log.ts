import { resolve } from 'node:path';
import type { Clock, Logger } from '@marketplace/shared';
import { datasetViews } from '../datasets/datasets.ts';
import { createDuckDbEngine } from '../engine/duckdb-engine.ts';
import { newestMtime } from '../engine/event-files.ts';
import type { QueryEngine } from '../engine/query-engine.ts';
import { analyticsDir } from '../public/layout.ts';
import { Compactor } from './compactor.ts';

/** The log as the analytics process holds it: the query engine over its files and the compactor. */
export interface AnalyticsLog {
  root: string;
  engine: QueryEngine;
  compactor: Compactor;
  freshAt(): Promise<Date | null>;
  /** Compacts every `compactMs` in the background. */
  start(compactMs: number): void;
  close(): Promise<void>;
}

export async function openAnalyticsLog(options: {
  dataDir: string;
  clock: Clock;
  logger: Logger;
  memoryLimit?: string;
  graceMs?: number;
  afterWrite?: (day: string) => void;
}): Promise<AnalyticsLog> {
  const root = resolve(analyticsDir(options.dataDir));
  let compactor: Compactor | undefined;
  const engine = await createDuckDbEngine({
    root,
    views: datasetViews(),
    memoryLimit: options.memoryLimit,
    listFiles: () => compactor!.liveFiles(),
  });
  const duck = engine;
  compactor = new Compactor({
    root,
    clock: options.clock,
    logger: options.logger,
    writer: duck,
    onCompacted: async () => void (await engine.refresh()),
    graceMs: options.graceMs,
    afterWrite: options.afterWrite,
  });
  let timer: NodeJS.Timeout | undefined;
  const log: AnalyticsLog = {
    root,
    engine,
    compactor,
    async freshAt() {
      const days = await compactor!.liveFiles();
      const last = days.at(-1);
      if (!last) return null;
      return newestMtime([...last.raw, ...(last.parquet ? [last.parquet.path] : [])]);
    },
    start(compactMs) {
      timer ??= setInterval(() => {
        compactor!.run().catch((error) => options.logger.warn({ err: error }, 'analytics compaction failed; retried next time'));
      }, compactMs);
      timer.unref();
    },
    async close() {
      if (timer) clearInterval(timer);
      await compactor!.run().catch(() => undefined);
      await engine.close();
    },
  };
  return log;
}
