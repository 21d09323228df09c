/** A write's outcome as one of the calls that shared it sees it. */
export interface Placed<R> {
  result: R;
  /** Units of the calls ahead of this one in the write. */
  before: number;
  /** Units of every call in the write. */
  total: number;
}

interface Waiter<R> {
  units: number;
  resolve: (placed: Placed<R>) => void;
  reject: (error: unknown) => void;
}

interface Group<R> {
  queue: Waiter<R>[];
  write: (total: number) => Promise<R>;
  inFlight: number;
  scheduled: boolean;
}

/**
 * Group commit: at most `depth` writes in flight per id; calls arriving meanwhile share the next one. A lone
 * call waits for one write; under load the writes per call fall as the load grows, and each write (an ADD to
 * one counter) carries a batch in arrival order, so every call can tell its own place in the counter.
 */
export class GroupCommit<R> {
  private readonly groups = new Map<string, Group<R>>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly depth = 2) {}

  /** Adds `units` to `id`'s next write (`write` is called with the batch's total); settles when it is stored. */
  add(id: string, units: number, write: (total: number) => Promise<R>): Promise<Placed<R>> {
    return new Promise((resolve, reject) => {
      let group = this.groups.get(id);
      if (!group) {
        group = { queue: [], write, inFlight: 0, scheduled: false };
        this.groups.set(id, group);
      }
      group.queue.push({ units, resolve, reject });
      if (group.scheduled || group.inFlight >= this.depth) return;
      group.scheduled = true;
      // Start after this turn's I/O callbacks, so calls that arrived together share the write.
      const started = group;
      setImmediate(() => {
        started.scheduled = false;
        this.start(id, started);
      });
    });
  }

  /** Resolves once every write started or queued so far is settled (on shutdown). */
  async drain(): Promise<void> {
    while (this.groups.size > 0) await (this.running.size > 0 ? Promise.all([...this.running]) : new Promise((r) => setImmediate(r)));
  }

  private start(id: string, group: Group<R>): void {
    const batch = group.queue;
    group.queue = [];
    group.inFlight++;
    const run = this.write(group, batch).finally(() => {
      group.inFlight--;
      this.running.delete(run);
      // Calls that queued while every slot was busy go at once: they have waited a write already.
      if (group.queue.length > 0 && !group.scheduled) this.start(id, group);
      else if (group.inFlight === 0 && !group.scheduled && group.queue.length === 0) this.groups.delete(id);
    });
    this.running.add(run);
  }

  private async write(group: Group<R>, batch: Waiter<R>[]): Promise<void> {
    let total = 0;
    for (const waiter of batch) total += waiter.units;
    try {
      const result = await group.write(total);
      let before = 0;
      for (const waiter of batch) {
        waiter.resolve({ result, before, total });
        before += waiter.units;
      }
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }
}
