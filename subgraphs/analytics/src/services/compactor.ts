import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Clock, epochMs, type Logger } from '@marketplace/shared';
import type { LogWriter } from '../engine/duckdb-engine.ts';
import { listDays, listSummary, type DayFiles, obsoleteRollupDirs, rollupDayDir, rollupPart, summaryDir } from '../engine/event-files.ts';
import { ALL_SUMMARY_TABLES, DAILY_ROLLUPS } from '../engine/rollups.ts';
import { eventsDayDir } from '../public/layout.ts';

export interface CompactionReport {
  days: number;
  events: number;
  rawFiles: number;
  /** Days whose per-day rollups were (re)written, and days merged into a new summary. */
  rolledUp: number;
  summarized: number;
  /** Folders of rollups an earlier layout wrote and nothing reads any more, deleted. */
  obsolete: number;
  ms: number;
}

/** Writes `target` through a temporary name, so readers see it whole or not at all. */
async function writeWhole(target: string, write: (tmp: string) => Promise<unknown>): Promise<void> {
  await write(`${target}.tmp`);
  await rename(`${target}.tmp`, target);
}

/**
 * Turns each day's raw batches into one Parquet file per day: generation n+1 = generation n + the raw batches,
 * deduplicated by id, written under a temporary name and renamed. What it superseded is deleted only after
 * `graceMs`, so a query that listed the old files can still read them; until then readers skip them (see
 * `logViewsSql`), so nothing is counted twice. Then it writes the rollups of each day generation that lacks them
 * and merges the days the summary does not cover yet into a new summary (see rollups.ts); a crash anywhere in
 * between leaves readers rolling those days up from their events until the next run finishes the work.
 */
export class Compactor {
  private superseded: { paths: string[]; at: number }[] = [];
  private running: Promise<CompactionReport> | null = null;
  private compacted: Promise<DayFiles[]> | null = null;

  constructor(
    private readonly deps: {
      root: string;
      clock: Clock;
      logger: Logger;
      writer: LogWriter;
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
    // The compacted files change only here: listed again after each change, the raw batches at every call.
    this.compacted ??= listDays(this.deps.root).catch((error: unknown) => {
      this.compacted = null;
      throw error;
    });
    const compacted = await this.compacted;
    return (await listDays(this.deps.root, compacted)).map((day) => ({ ...day, raw: day.raw.filter((path) => !hidden.has(path)) }));
  }

  /** Forgets the listing of compacted files (after the compactor, or a sync from the log's bucket, wrote or deleted some). */
  changed(): void {
    this.compacted = null;
  }

  /** Compacts every day with raw batches; concurrent calls share one run. */
  run(): Promise<CompactionReport> {
    this.running ??= this.compact().finally(() => (this.running = null));
    return this.running;
  }

  private async compact(): Promise<CompactionReport> {
    const started = performance.now();
    this.changed();
    if (await this.deleteSuperseded()) await this.deps.onCompacted();
    const report: CompactionReport = { days: 0, events: 0, rawFiles: 0, rolledUp: 0, summarized: 0, obsolete: 0, ms: 0 };
    // No reader lists them (listings know only this layout's rollups): deleted at once, whole.
    for (const dir of await obsoleteRollupDirs(this.deps.root)) {
      await rm(dir, { recursive: true, force: true });
      report.obsolete++;
    }
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
      const events = await this.deps.writer.compactDay(day, `${target}.tmp`);
      await rename(`${target}.tmp`, target);
      this.changed();
      this.deps.afterWrite?.(day.day);
      const old = [...day.raw, ...day.stale, ...(day.parquet ? [day.parquet.path] : [])];
      this.superseded.push({ paths: old, at: epochMs(this.deps.clock) });
      report.days++;
      report.events += events;
      report.rawFiles += day.raw.length;
    }
    this.changed();
    report.rolledUp = await this.rollUp();
    this.changed();
    report.summarized = await this.summarize();
    this.changed();
    if (report.days || report.rolledUp || report.summarized) await this.deps.onCompacted();
    if (await this.deleteSuperseded()) await this.deps.onCompacted();
    report.ms = Math.round(performance.now() - started);
    if (report.days || report.obsolete) this.deps.logger.info(report, 'analytics log compacted');
    return report;
  }

  /** Writes the missing per-day rollups of each day's newest generation; supersedes other generations' rollups. */
  private async rollUp(): Promise<number> {
    let rolledUp = 0;
    for (const day of await this.liveFiles()) {
      if (day.staleRollups.length) this.supersede(day.staleRollups);
      if (!day.parquet) continue;
      const missing = DAILY_ROLLUPS.filter((name) => !day.rollups[name]);
      for (const name of missing) {
        const dir = rollupDayDir(this.deps.root, name, day.day);
        await mkdir(dir, { recursive: true });
        await writeWhole(join(dir, rollupPart(day.parquet.generation)), (tmp) => this.deps.writer.rollUpDay(name, day.parquet!.path, tmp));
      }
      if (missing.length) rolledUp++;
    }
    return rolledUp;
  }

  /**
   * Merges every day the summary does not cover at its newest generation into a new summary; the covers file is
   * written last (a summary without it is incomplete, and readers ignore it).
   */
  private async summarize(): Promise<number> {
    const { summary, stale, lastSeq } = await listSummary(this.deps.root);
    if (stale.length) this.supersede(stale);
    const days = (await this.liveFiles()).filter((d) => d.parquet && (summary?.covers[d.day] ?? 0) < d.parquet.generation);
    if (!days.length) return 0;
    // Above every summary on disk, complete or not (one of an earlier layout is incomplete, and deleted later).
    const seq = lastSeq + 1;
    const prefix = join(summaryDir(this.deps.root), String(seq).padStart(6, '0'));
    await mkdir(summaryDir(this.deps.root), { recursive: true });
    for (const name of ALL_SUMMARY_TABLES) {
      await writeWhole(`${prefix}-${name}.parquet`, (tmp) =>
        this.deps.writer.mergeSummary(name, summary?.files[name] ?? null, days.map((d) => ({ day: d.day, path: d.parquet!.path })), tmp),
      );
    }
    const covers = { ...summary?.covers, ...Object.fromEntries(days.map((d) => [d.day, d.parquet!.generation])) };
    await writeWhole(`${prefix}-covers.json`, (tmp) => writeFile(tmp, JSON.stringify(covers), { flush: true }));
    if (summary) this.supersede([...Object.values(summary.files), join(summaryDir(this.deps.root), `${String(summary.seq).padStart(6, '0')}-covers.json`)]);
    return days.length;
  }

  private supersede(paths: string[]): void {
    const already = new Set(this.superseded.flatMap((batch) => batch.paths));
    const fresh = paths.filter((path) => !already.has(path));
    if (fresh.length) this.superseded.push({ paths: fresh, at: epochMs(this.deps.clock) });
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
    if (deleted) this.changed();
    return deleted;
  }
}
