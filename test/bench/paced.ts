import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

/** What a paced run measured: each 2xx response's own time, in ms to the microsecond. */
export interface PacedResult {
  /** Responses received per second of the run. */
  rps: number;
  total: number;
  errors: number;
  /** Response times of the 2xx answers, in the order they came. */
  times: number[];
}

/**
 * An open-loop load at a steady rate, for latency at a given offered load: requests are sent on a schedule
 * (`rate` a second, spread evenly, whatever the answers do), over at most `connections` keep-alive connections, and
 * each one's time runs from when it was sent to when its answer ended, so a request that waited for a free
 * connection counts its wait (no coordinated omission), while the generator's own timer lag does not count against
 * the server. autocannon's `overallRate` cannot serve here: it lets each connection send its share of a second as
 * fast as it can and then idle, so its "half rate" is full load half of the time.
 */
export async function paced(options: {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  rate: number;
  seconds: number;
  connections: number;
}): Promise<PacedResult> {
  const url = new URL(options.url);
  // undici's pool: node:http's client costs so much CPU per request that it could not offer B1's half rate here.
  const pool = new Pool(url.origin, { connections: options.connections, pipelining: 1 });
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const times: number[] = [];
  let errors = 0;
  let done = 0;
  const start = performance.now();

  await new Promise<void>((resolve) => {
    const finished = () => {
      if (++done === total) resolve();
    };
    const send = () => {
      const sentAt = performance.now();
      pool
        .request({ path: url.pathname + url.search, method: options.method, headers: options.headers, body: options.body })
        .then(async (res) => {
          await res.body.dump();
          if (res.statusCode < 300) times.push(performance.now() - sentAt);
          else errors++;
        })
        .catch(() => errors++)
        .finally(finished);
    };
    let sent = 0;
    // Timers fire about every millisecond: each tick sends what has come due since the last one.
    const tick = () => {
      const now = performance.now();
      for (; sent < total && start + sent * interval <= now; sent++) send();
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  return { rps: times.length / elapsed, total, errors, times };
}
