import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ANONYMOUS_BLOCK_MARGIN_DAYS } from '@marketplace/contracts';
import { type Clock, DAY, keyedHash, networkBlock, ttlAt } from '@marketplace/shared';
import { dayOf, keys } from '../data/keys.ts';
import type { CounterKey, CounterStore } from './counter-store.ts';

export interface AnonymousGateOptions {
  clock: Clock;
  /** Keys the hash of a network block (the fingerprint secret): the table never holds a block or an IP. */
  secret: string;
  /** Bound on remembered subjects per process; beyond it the oldest are forgotten (and cost one read again). */
  maxEntries?: number;
}

/** An anonymous caller as the gate knows it; made once per caller (`gateCaller`), so a call builds no key. */
export interface GateCaller {
  solutionId: string;
  /** The caller's fingerprint. */
  subject: string;
  /** `<solutionId> <subject>`: the caller's key in the gate's memory. */
  id: string;
}

export function gateCaller(solutionId: string, subject: string): GateCaller {
  return { solutionId, subject, id: `${solutionId} ${subject}` };
}

/** A block's day is kept a little past its end, then DynamoDB's TTL drops it. */
const KEEP_BLOCK_DAY_MS = ANONYMOUS_BLOCK_MARGIN_DAYS * DAY;

/**
 * The cap on NEW anonymous callers per solution, network block (IPv4 /24, IPv6 /48) and UTC day, so rotating
 * addresses inside one network cannot mint endless trials. Exact across processes: the block's day is one item
 * whose set of admitted callers (their fingerprints) grows by one conditional UpdateItem, idempotent for a
 * caller already in it. Cheap for callers it knows: a subject this process has seen is answered from memory;
 * one it has not costs one read of its quota counter (an existing counter is a known caller: never capped),
 * and only a caller with no counter yet costs the block write.
 */
export class AnonymousGate {
  /** `<solutionId> <subject>` → until when it is known to be admitted (ms). */
  private readonly known = new Map<string, number>();
  /** `<solutionId> <subject>` → until when it is known to be refused (the block's day end, ms). */
  private readonly refused = new Map<string, number>();
  /** Decisions on their way, so a burst of one new caller's calls costs one read and one write per process. */
  private readonly pending = new Map<string, Promise<boolean>>();
  private readonly maxEntries: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly store: CounterStore,
    private readonly options: AnonymousGateOptions,
  ) {
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  /**
   * Whether the anonymous `caller` (whose quota counter is `counter`) may call: a known caller always, a new one
   * while its block has admitted fewer than `cap` new callers today. With `consume`, a new caller that is let in
   * takes its place in the block; without (a check), nothing is written.
   */
  admits(caller: GateCaller, ip: string, counter: CounterKey, cap: number, consume: boolean, now: Date = this.options.clock.now()): boolean | Promise<boolean> {
    const { solutionId, subject, id } = caller;
    const ms = now.getTime();
    // Known callers: answered here and now, without a store call or a promise (the hot path).
    if ((this.known.get(id) ?? 0) > ms) return true;
    if ((this.refused.get(id) ?? 0) > ms) return false;
    const key = `${id} ${consume}`;
    let decision = this.pending.get(key);
    if (!decision) {
      decision = this.decide(solutionId, subject, ip, counter, cap, consume, id, now).finally(() => this.pending.delete(key));
      this.pending.set(key, decision);
    }
    return decision;
  }

  private async decide(solutionId: string, subject: string, ip: string, counter: CounterKey, cap: number, consume: boolean, id: string, now: Date): Promise<boolean> {
    const dayEnd = Date.parse(`${dayOf(now)}T00:00:00.000Z`) + DAY;
    const stored = await this.store.read(counter);
    if (stored) {
      this.remember(this.known, id, Math.max(dayEnd, Date.parse(stored.windowEnd)));
      return true;
    }
    const block = networkBlock(ip);
    if (!block) return false;
    const blockKey = keys.anonymousBlock(solutionId, keyedHash(this.options.secret, block), dayOf(now));
    const admitted = consume ? await this.join(blockKey, subject, cap, dayEnd) : await this.wouldJoin(blockKey, subject, cap);
    // A check that would admit took no place: only a consuming call makes the caller known.
    if (admitted && consume) this.remember(this.known, id, dayEnd);
    else if (!admitted) this.remember(this.refused, id, dayEnd);
    return admitted;
  }

  private async join(key: CounterKey, subject: string, cap: number, dayEnd: number): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'ADD callers :one SET #ttl = if_not_exists(#ttl, :ttl)',
          ConditionExpression: 'attribute_not_exists(callers) OR contains(callers, :subject) OR size(callers) < :cap',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': new Set([subject]), ':subject': subject, ':cap': cap, ':ttl': ttlAt(new Date(dayEnd + KEEP_BLOCK_DAY_MS)) },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async wouldJoin(key: CounterKey, subject: string, cap: number): Promise<boolean> {
    const out = await this.db.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    const callers = out.Item?.callers as Set<string> | undefined;
    return !callers || callers.has(subject) || callers.size < cap;
  }

  private remember(map: Map<string, number>, id: string, until: number): void {
    if (map.size >= this.maxEntries) map.delete(map.keys().next().value!);
    map.set(id, until);
  }
}
