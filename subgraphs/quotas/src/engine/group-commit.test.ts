import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

/** A store stand-in: writes wait until released, and ADD to one running total (as DynamoDB serialises them). */
function counterStore() {
  let total = 0;
  const writes: { units: number; release: () => void }[] = [];
  return {
    writes,
    write: (units: number) =>
      new Promise<number>((resolve) => {
        writes.push({ units, release: () => resolve((total += units)) });
      }),
    releaseAll: () => {
      for (const w of writes.splice(0)) w.release();
    },
  };
}
const turn = () => new Promise((r) => setImmediate(r));

describe('group commit', () => {
  it('shares a write among calls that arrive together, and tells each its place', async () => {
    const store = counterStore();
    const commits = new GroupCommit<number>(1);
    const calls = [3, 1, 2].map((units) => commits.add('c', units, store.write));
    await turn();
    expect(store.writes.map((w) => w.units)).toEqual([6]);
    store.releaseAll();
    const placed = await Promise.all(calls);
    expect(placed.map(({ result, before, total }) => ({ result, before, total }))).toEqual([
      { result: 6, before: 0, total: 6 },
      { result: 6, before: 3, total: 6 },
      { result: 6, before: 4, total: 6 },
    ]);
  });

  it('keeps at most `depth` writes in flight per id; later calls share the next', async () => {
    const store = counterStore();
    const commits = new GroupCommit<number>(2);
    const first = commits.add('c', 1, store.write);
    await turn();
    const second = commits.add('c', 1, store.write);
    await turn();
    const rest = [commits.add('c', 1, store.write), commits.add('c', 1, store.write)];
    const other = commits.add('d', 5, store.write);
    await turn();
    // Two writes in flight for `c` (and one for `d`, counted apart); the last two calls wait for a slot.
    expect(store.writes.map((w) => w.units)).toEqual([1, 1, 5]);
    store.writes.shift()!.release();
    await first;
    await turn();
    expect(store.writes.map((w) => w.units)).toEqual([1, 5, 2]);
    store.releaseAll();
    await Promise.all([second, ...rest, other]);
    await commits.drain();
  });

  it('fails every call of a failed write, and the next write goes on', async () => {
    const commits = new GroupCommit<number>(1);
    let fail = true;
    const write = async (units: number) => {
      if (fail) throw new Error('store unreachable');
      return units;
    };
    const failed = [commits.add('c', 1, write), commits.add('c', 1, write)];
    for (const call of failed) await expect(call).rejects.toThrow('store unreachable');
    fail = false;
    expect(await commits.add('c', 4, write)).toMatchObject({ result: 4, before: 0, total: 4 });
  });

  it('drains: resolves once everything queued is stored', async () => {
    const commits = new GroupCommit<number>(1);
    const stored: number[] = [];
    const write = async (units: number) => {
      await new Promise((r) => setTimeout(r, 5));
      stored.push(units);
      return units;
    };
    void commits.add('c', 1, write);
    void commits.add('c', 2, write);
    void commits.add('e', 7, write);
    await commits.drain();
    expect(stored.sort()).toEqual([3, 7]);
  });
});
