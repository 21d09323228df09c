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
}

/**
 * Group commit: at most one write in flight per id; calls arriving while it runs share the next one. A lone
 * call waits for one write; under load the writes per call fall with the load, and each write (an ADD to one
 * counter) carries a whole batch, in arrival order, so every call can tell its own place in the counter.
 */
export class GroupCommit<R> {
  private readonly groups = new Map<string, Group<R>>();
  private readonly running = new Set<Promise<void>>();

  /** Adds `units` to `id`'s next write (`write` is called with the batch's total); settles when it is stored. */
  add(id: string, units: number, write: (total: number) => Promise<R>): Promise<Placed<R>> {
    return new Promise((resolve, reject) => {
      const group = this.groups.get(id);
      if (group) {
        group.queue.push({ units, resolve, reject });
        return;
      }
      const fresh: Group<R> = { queue: [{ units, resolve, reject }], write };
      this.groups.set(id, fresh);
      // Start after this turn's I/O callbacks, so calls that arrived together share the first write too.
      const run = new Promise<void>((done) => setImmediate(() => void this.run(id, fresh).finally(done)));
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    });
  }

  /** Resolves once every write started or queued so far is settled (on shutdown). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private async run(id: string, group: Group<R>): Promise<void> {
    while (group.queue.length > 0) {
      const batch = group.queue;
      group.queue = [];
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
    this.groups.delete(id);
  }
}
