import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** What a paced run measured: each response's own time, in ms to the microsecond. */
export interface PacedResult {
  /** Responses received per second of the run. */
  rps: number;
  total: number;
  /** Answers of status 300 or more, and requests lost to a connection error. */
  errors: number;
  /** Response times, in the order they came. */
  times: number[];
}

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;

/**
 * An open-loop load at a steady rate, for latency at a given offered load: requests are sent on a schedule
 * (`rate` a second, spread evenly, whatever the answers do) over `connections` keep-alive HTTP/1.1 connections, and
 * each one's time runs from when it was sent (or, when every connection was busy, from when it came due and
 * waited for one) to the last byte of its answer, so a slow server cannot hide its queue (no coordinated omission).
 * autocannon's `overallRate` cannot serve here: it lets each connection send its share of a second as fast as it
 * can and then idle, so its "half rate" is full load half of the time. Like autocannon, it writes a prebuilt request
 * and reads answers by their Content-Length (the bench's servers always send one), so the generator costs a few µs
 * a request and is not what the run measures.
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
  const body = options.body ?? '';
  const head = [`${options.method} ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`, 'connection: keep-alive'];
  for (const [name, value] of Object.entries(options.headers)) head.push(`${name}: ${value}`);
  if (options.body !== undefined) head.push(`content-length: ${Buffer.byteLength(body)}`);
  const request = Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`);

  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const times: number[] = [];
  let errors = 0;
  let done = 0;
  /** Due times of requests that found every connection busy, oldest first. */
  const waiting: number[] = [];
  let waitingHead = 0;
  const idle: Connection[] = [];

  interface Connection {
    socket: Socket;
    /** When the request in flight was due (sent at once, or waited for this connection). */
    since: number;
    busy: boolean;
    buffered: Buffer;
  }

  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const settle = () => {
    if (++done === total) finish();
  };
  const send = (connection: Connection, since: number) => {
    connection.busy = true;
    connection.since = since;
    connection.socket.write(request);
  };
  const answered = (connection: Connection, status: number) => {
    const now = performance.now();
    if (status < 300) times.push(now - connection.since);
    else errors++;
    connection.busy = false;
    settle();
    if (waitingHead < waiting.length) send(connection, waiting[waitingHead++]!);
    else idle.push(connection);
  };
  /** Reads whole answers off a connection's bytes (one at a time: one request is in flight per connection). */
  const onData = (connection: Connection, chunk: Buffer) => {
    connection.buffered = connection.buffered.length ? Buffer.concat([connection.buffered, chunk]) : chunk;
    const end = connection.buffered.indexOf(HEADER_END);
    if (end < 0) return;
    const headText = connection.buffered.toString('latin1', 0, end);
    const length = Number(CONTENT_LENGTH.exec(headText)?.[1] ?? Number.NaN);
    if (!Number.isFinite(length)) throw new Error(`paced: an answer without Content-Length from ${options.url}`);
    if (connection.buffered.length < end + 4 + length) return;
    connection.buffered = connection.buffered.subarray(end + 4 + length);
    answered(connection, Number(headText.slice(9, 12)));
  };

  const connections = await Promise.all(
    Array.from(
      { length: options.connections },
      () =>
        new Promise<Connection>((resolve, reject) => {
          const socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
          const connection: Connection = { socket, since: 0, busy: false, buffered: Buffer.alloc(0) };
          socket.on('data', (chunk: Buffer) => onData(connection, chunk));
          socket.once('connect', () => resolve(connection));
          socket.on('error', (error) => {
            if (!connection.busy) return reject(error);
            connection.busy = false;
            errors++;
            settle();
          });
        }),
    ),
  );
  idle.push(...connections);

  const start = performance.now();
  let sent = 0;
  // Timers fire about every millisecond: each tick sends what has come due since the last one, each on an idle
  // connection, or queued with its due time when there is none.
  const tick = () => {
    const now = performance.now();
    for (; sent < total && start + sent * interval <= now; sent++) {
      const connection = idle.pop();
      if (connection) send(connection, now);
      else waiting.push(now);
    }
    if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
  };
  tick();
  // A connection lost mid-run strands what waited for it: the run ends 10 s after its schedule at the latest.
  let stranded: NodeJS.Timeout | undefined;
  await Promise.race([finished, new Promise<void>((resolve) => (stranded = setTimeout(resolve, options.seconds * 1000 + 10_000)))]);
  clearTimeout(stranded);
  errors += total - done;
  const elapsed = (performance.now() - start) / 1000;
  for (const { socket } of connections) socket.destroy();
  return { rps: times.length / elapsed, total, errors, times };
}
