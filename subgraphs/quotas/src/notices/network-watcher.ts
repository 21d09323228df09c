import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { KEY_NETWORK_MARGIN_DAYS } from '@marketplace/contracts';
import { type Clock, DAY, isConditionFailure, keyedHash, type Logger, networkBlock, ttlAt } from '@marketplace/shared';
import { dayOf, keys } from '../data/keys.ts';
import type { NoticeRepository } from '../data/notice.repository.ts';
import type { KeyCallObserver, KeyedCall } from '../services/ports.ts';

export interface NetworkWatcherOptions {
  db: DynamoDBDocumentClient;
  table: string;
  notices: NoticeRepository;
  clock: Clock;
  logger: Logger;
  /** Keys the hashes of network blocks (the fingerprint secret): the table never holds a block or an IP. */
  secret: string;
  /** Distinct networks in one UTC day from which a key's use is unusual (its owner is told once that day). */
  threshold: number;
  /** Bound on remembered (key, network, day) sightings per process; beyond it the oldest are forgotten. */
  maxEntries?: number;
}

/** A key's day of networks is kept a little past its end (the privacy page's setting), then DynamoDB's TTL drops it. */
const KEEP_KEY_DAY_MS = KEY_NETWORK_MARGIN_DAYS * DAY;

/**
 * Notices a key used from an unusual number of networks (IPv4 /24, IPv6 /48) in a UTC day — a leaked key, most
 * often — and tells its owner once that day, by the notice pipeline (the dashboard, and the notice mailer).
 * Cheap on the shim's path: a network this process has already seen for the key today costs one map lookup; only
 * a new sighting costs one conditional UpdateItem, off the answer's path, that adds the network's keyed hash to
 * the key's day (shared by every process, so the count is exact across them and capped at the threshold). The
 * process that sees the count reach the threshold writes the notice, whose conditional put makes it one.
 */
export class NetworkWatcher implements KeyCallObserver {
  /** `<day> <keyId> <block>` seen by this process (the block lives only in memory, never in a table or a log). */
  private readonly seen = new Set<string>();
  /** `<day> <keyId>` whose owner has been told (or is being told): nothing more to count that day. */
  private readonly flagged = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly maxEntries: number;

  constructor(private readonly options: NetworkWatcherOptions) {
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  observe(call: KeyedCall): void {
    const day = dayOf(this.options.clock.now());
    const keyDay = `${day} ${call.keyId}`;
    if (this.flagged.has(keyDay)) return;
    const block = networkBlock(call.ip);
    if (!block) return;
    const sighting = `${keyDay} ${block}`;
    if (this.seen.has(sighting)) return;
    this.remember(this.seen, sighting);
    const run = this.count(call, day, keyDay, block)
      .catch((error: unknown) => {
        this.seen.delete(sighting);
        this.options.logger.warn({ err: error, keyId: call.keyId }, 'could not count a network of a key; the next call from it tries again');
      })
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  /** Waits for the writes under way (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async count(call: KeyedCall, day: string, keyDay: string, block: string): Promise<void> {
    const { db, table, threshold, secret } = this.options;
    const dayEnd = Date.parse(`${day}T00:00:00.000Z`) + DAY;
    let networks: number;
    try {
      const out = await db.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.keyNetworks(call.keyId, day),
          UpdateExpression: 'ADD networks :block SET #ttl = if_not_exists(#ttl, :ttl)',
          // Capped at the threshold: past it there is nothing more to learn, so the item stays small.
          ConditionExpression: 'attribute_not_exists(networks) OR contains(networks, :hash) OR size(networks) < :cap',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: {
            ':block': new Set([keyedHash(secret, block)]),
            ':hash': keyedHash(secret, block),
            ':cap': threshold,
            ':ttl': ttlAt(new Date(dayEnd + KEEP_KEY_DAY_MS)),
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      networks = (out.Attributes?.networks as Set<string> | undefined)?.size ?? 0;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      networks = threshold; // full: another process saw the threshold reached
    }
    if (networks < threshold) return;
    this.remember(this.flagged, keyDay);
    await this.options.notices.create(
      {
        userId: call.userId,
        solutionId: call.solutionId,
        tier: call.tier,
        windowId: `${day}#${call.keyId}`,
        kind: 'UNUSUAL_NETWORKS',
        used: networks,
        limit: threshold,
        limitMode: 'hard',
        windowEnd: new Date(dayEnd).toISOString(),
      },
      this.options.clock.now(),
    );
  }

  private remember(set: Set<string>, entry: string): void {
    set.add(entry);
    if (set.size > this.maxEntries) set.delete(set.values().next().value!);
  }
}
