import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * DynamoDB Local stands in for a remote service: in production the store's CPU is not on the shim's host, here it
 * shares the machine's cores with the load generator and the servers, and its bursts (a flush's writes, a re-read of
 * cached facts) would stall whichever of them it displaced. `BENCH_STORE_NICE=19` (0, the default, keeps it as
 * started) gives every thread of its JVM that niceness for the p99 pair, so it runs in what the others leave idle. An
 * experiment, not the default: with the shim's other pairs run first, a starved store also slowed the calls V-hot
 * waits for (test/bench/HISTORY.md, session 10). Linux applies a niceness to
 * one thread at a time, so each of `/proc/<pid>/task` is set; threads it starts later inherit it from their
 * creator. Returns the number of threads set (0 elsewhere than Linux, or when the bench may not lower them).
 */
export function lowerStorePriority(pid: number): number {
  const nice = Number(process.env.BENCH_STORE_NICE ?? 0);
  if (!nice) return 0;
  let set = 0;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return 0;
  }
  for (const tid of tasks) {
    try {
      setPriority(Number(tid), nice);
      set++;
    } catch {
      // A thread that ended meanwhile, or no permission: the others still count.
    }
  }
  return set;
}
