import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Clock, epochMs, type Logger } from '@marketplace/shared';
import { listDays, type DayFiles } from '../engine/event-files.ts';
import { eventsDayDir } from '../public/layout.ts';

export interface CompactionReport {
  days: number;
  events: number;
  rawFiles: number;
  ms: number;
}

/**
 * Turns each day's raw batches into one Parquet file per day: generation n+1 = generation n + the raw batches,
 * deduplicated by id, written under a temporary name and renamed. What it superseded is deleted only after
 * `graceMs`, so a query that listed the old files can still read them; until then readers skip them (see
 * `eventsViewSql`), so nothing is counted twice.
 */
export class Compactor {
  private superseded: { paths: string[]; at: number }[] = [];
  private running: Promise<CompactionReport> | null = null;

  constructor(
    private readonly deps: {
      root: string;
      clock: Clock;
      logger: Logger;
      compactDay(day: DayFiles, target: string): Promise<number>;
      /** Called after a day's new generation is in place (the engine refreshes its views). */
      onCompacted(): Promise<void>;
      graceMs?: number;
      /** Test hook: throws between writing a generation and marking its sources superseded (a crash). */
      afterWrite?: (day: string) => void;
    },
  ) {}

  /** The log's files minus what a compaction superseded (still on disk for `graceMs`): what queries read. */
  async liveFiles(): Promise<DayFiles[]> {
    const hidden = new Set(this.superseded.flatMap((batch) => batch.paths));
    return (await listDays(this.deps.root)).map((day) => ({ ...day, raw: day.raw.filter((path) => !hidden.has(path)) }));
  }

  /** Compacts every day with raw batches; concurrent calls share one run. */
  run(): Promise<CompactionReport> {
    this.running ??= this.compact().finally(() => (this.running = null));
    return this.running;
  }

  private async compact(): Promise<CompactionReport> {
    const started = performance.now();
    if (await this.deleteSuperseded()) await this.deps.onCompacted();
    const report: CompactionReport = { days: 0, events: 0, rawFiles: 0, ms: 0 };
    for (const day of await this.liveFiles()) {
      if (!day.raw.length && !day.stale.length) continue;
      if (!day.raw.length) {
        this.superseded.push({ paths: day.stale, at: epochMs(this.deps.clock) });
        continue;
      }
      const generation = (day.parquet?.generation ?? 0) + 1;
      const dir = eventsDayDir(this.deps.root, day.day);
      await mkdir(dir, { recursive: true });
      const target = join(dir, `part-${String(generation).padStart(6, '0')}.parquet`);
      const events = await this.deps.compactDay(day, `${target}.tmp`);
      await rename(`${target}.tmp`, target);
      this.deps.afterWrite?.(day.day);
      const old = [...day.raw, ...day.stale, ...(day.parquet ? [day.parquet.path] : [])];
      this.superseded.push({ paths: old, at: epochMs(this.deps.clock) });
      report.days++;
      report.events += events;
      report.rawFiles += day.raw.length;
    }
    if (report.days) await this.deps.onCompacted();
    if (await this.deleteSuperseded()) await this.deps.onCompacted();
    report.ms = Math.round(performance.now() - started);
    if (report.days) this.deps.logger.info(report, 'analytics log compacted');
    return report;
  }

  /** Deletes what was superseded at least `graceMs` ago; whether it deleted anything. */
  private async deleteSuperseded(): Promise<boolean> {
    const due = epochMs(this.deps.clock) - (this.deps.graceMs ?? 30_000);
    const keep: typeof this.superseded = [];
    for (const batch of this.superseded) {
      if (batch.at > due) keep.push(batch);
      else await Promise.all(batch.paths.map((path) => rm(path, { force: true })));
    }
    const deleted = keep.length < this.superseded.length;
    this.superseded = keep;
    return deleted;
  }
}
