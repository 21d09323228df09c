import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EventInput, EventLog } from '@marketplace/analytics/public';
import { createCatalogReader } from '@marketplace/catalog/public';
import { createUserStatusReader } from '@marketplace/identity/public';
import { checkApiKey } from '@marketplace/keys/public';
import { createKeyReader } from '@marketplace/keys/public';
import { keyVerdict } from '@marketplace/keys/public';
import { checkTable, type Clock, createEventOutbox, type Logger, memoize, tableName } from '@marketplace/shared';
import { createTierDirectory } from '../data/grant.repository.ts';
import { NoticeRepository } from '../data/notice.repository.ts';
import { AnonymousGate } from '../engine/anonymous-gate.ts';
import { anonymousFingerprint, ClientMemo } from '../engine/fingerprint.ts';
import { CounterStore } from '../engine/counter-store.ts';
import { QuotaEngine } from '../engine/quota-engine.ts';
import { NetworkWatcher } from '../notices/network-watcher.ts';
import { ThresholdWatcher } from '../notices/threshold-watcher.ts';
import { RateLimiter } from '../engine/rate-limiter.ts';
import { QuotaService } from '../services/quota.service.ts';
import type { SolutionDirectory } from '../services/ports.ts';
import { UsageRecorder } from '../usage/usage-recorder.ts';
import { callFact } from '../usage/call-facts.ts';
import type { ShimDeps } from './shim-server.ts';

export interface ShimWiring {
  db: DynamoDBDocumentClient;
  tablePrefix: string;
  clock: Clock;
  logger: Logger;
  fingerprintSecret: string;
  publicUrl: string;
  /** Freshness bound of every cached read (keys, secrets, policies, grants, account states). */
  cacheMs: number;
  usageFlushMs: number;
  /** How often units admitted from leases are written to `used` (the engine's `recordMs`, default 500). */
  recordMs?: number;
  /** Hard limits up to this go through one conditional write per call (default 100). */
  exactUpTo?: number;
  /** Distinct networks in a UTC day after which a key's owner is told (default 20). */
  keyNetworksAlertPerDay?: number;
  /** The analytics event log: each usage flush's calls per minute and caller are enqueued to it (off the hot path). */
  events?: EventLog;
}

/**
 * Wires the shim to the owners' read modules (catalog, keys, identity) and its own engine, and returns
 * what the server needs plus the background work to start and stop with it.
 */
export function createShimDeps(w: ShimWiring): ShimDeps & {
  engine: QuotaEngine;
  usage: UsageRecorder;
  notices: ThresholdWatcher;
  keyNetworks: NetworkWatcher;
  /** Flushes usage and appends the calls it handed to the event log, and waits for trial events (tests; the log otherwise batches every 5 s). */
  flushEvents(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
} {
  const table = tableName(w.tablePrefix, 'quotas');
  const on = (subgraph: string) => ({ db: w.db, table: tableName(w.tablePrefix, subgraph), clock: w.clock });
  // The freshness bound is split: the readers cache for three quarters of it, and what the rules read through them
  // about a caller (or a secret) is reused for the rest, so nothing served is older than `cacheMs`. Only the readers
  // go to the store (the facts are re-read from them in the background), so the longer share is theirs: a caller in
  // steady use costs a read of each of its items every 1.5 s at the default 2 s, not every second.
  const readerMs = Math.floor((w.cacheMs * 3) / 4);
  const factsMs = w.cacheMs - readerMs;
  const catalog = createCatalogReader(on('catalog'), { cacheMs: readerMs });
  const onSecretUseFailed = (error: unknown) => w.logger.warn({ err: error }, 'could not record a secret use');
  const solutions: SolutionDirectory = {
    solutionBySecretHash: (hash) => catalog.solutionBySecretHash(hash),
    solution: (id) => catalog.solution(id),
    policy: (id, tier) => catalog.policy(id, tier),
    endpoint: (id, endpoint) => catalog.endpoint(id, endpoint),
    // Called on every use: the catalog's reader is the one throttle (one write a minute per secret).
    recordSecretUse: (secretId) => {
      const write = catalog.recordSecretUse(secretId);
      if (write) write.catch(onSecretUseFailed);
    },
  };
  // Pure, so remembered per (ip, user agent, language), in memory only (never written or logged).
  const fingerprints = new ClientMemo<string | null>(10_000);
  const keyReader = createKeyReader(on('keys'), { cacheMs: readerMs });
  const store = new CounterStore(w.db, table);
  const engine = new QuotaEngine(store, {
    clock: w.clock,
    exactUpTo: w.exactUpTo,
    recordMs: w.recordMs,
    onRecordFailed: (error) => w.logger.warn({ err: error }, 'could not record admitted units in a quota counter; retrying'),
  });
  const events = w.events;
  let handedOver: Promise<void> = Promise.resolve();
  const usage = new UsageRecorder(
    { db: w.db, table, clock: w.clock, logger: w.logger },
    w.usageFlushMs,
    events &&
      ((calls) => {
        // The partner of each solution comes from the catalog's cached reader, after the flush, never per call.
        handedOver = Promise.all(
          calls.map(async (summed): Promise<EventInput> => callFact(summed, (await catalog.solution(summed.event.solutionId).catch(() => null))?.partnerId)),
        ).then((rows) => events.enqueue(rows), (error) => w.logger.warn({ err: error }, 'calls not handed to the event log'));
      }),
  );
  // Trial events commit with their window's schedule; the quotas process relays what a crash left behind.
  const outbox = createEventOutbox({ db: w.db, table, clock: w.clock, logger: w.logger, events: w.events });
  const notices = new ThresholdWatcher({ notices: new NoticeRepository(w.db, table), clock: w.clock, logger: w.logger, outbox });
  const keyNetworks = new NetworkWatcher({
    db: w.db,
    table,
    notices: new NoticeRepository(w.db, table),
    clock: w.clock,
    logger: w.logger,
    secret: w.fingerprintSecret,
    threshold: w.keyNetworksAlertPerDay ?? 20,
  });
  const service = new QuotaService({
    clock: w.clock,
    engine,
    rateLimiter: new RateLimiter(store, w.clock),
    usage,
    solutions,
    keys: {
      // Pure, so remembered: a caller's key is hashed once per process, not on every call.
      check: memoize(checkApiKey, 10_000),
      findKeyByHash: (hash) => keyReader.findKeyByHash(hash),
      verdict: keyVerdict,
      touch: (keyId) => keyReader.touch(keyId),
    },
    accounts: createUserStatusReader(on('identity'), { cacheMs: readerMs }),
    tiers: createTierDirectory({ db: w.db, table, clock: w.clock }, { cacheMs: readerMs }),
    fingerprint: (client) => {
      let fingerprint = fingerprints.get(client);
      if (fingerprint === undefined) fingerprints.set(client, (fingerprint = anonymousFingerprint(w.fingerprintSecret, client)));
      return fingerprint;
    },
    anonymousGate: new AnonymousGate(w.db, table, store, { clock: w.clock, secret: w.fingerprintSecret }),
    publicUrl: w.publicUrl,
    notices,
    keyNetworks,
    factsMs,
  });
  let sweeper: NodeJS.Timeout | undefined;
  return {
    service,
    solutions,
    logger: w.logger,
    factsMs,
    clock: w.clock,
    engine,
    usage,
    notices,
    keyNetworks,
    async flushEvents() {
      await usage.flush();
      await handedOver;
      await events?.flush();
      // The trial events of the calls made so far (they commit with their window's schedule, then append).
      await notices.settled();
    },
    checkHealth: () => checkTable(w.db, table),
    start() {
      usage.start();
      sweeper ??= setInterval(() => void engine.returnIdle().catch((e) => w.logger.warn({ err: e }, 'returning idle reservations failed')), 1000);
      sweeper.unref();
    },
    async stop() {
      if (sweeper) clearInterval(sweeper);
      await Promise.allSettled([engine.close(), usage.close(), notices.settled(), keyNetworks.settled()]);
      await handedOver;
      await events?.close();
    },
  };
}
