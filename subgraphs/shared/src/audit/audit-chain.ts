import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from '../dynamo/transact-item.ts';
import { GSI2, tableName } from '../dynamo/tables.ts';
import { AUDIT_PARTITION, AUDIT_STREAMS, type AuditEventRecord, type AuditStream, toAuditRecord } from './audit-record.ts';

/**
 * The hash chain of one audit stream (one subgraph's table). Every appended event carries its position `seq`
 * (1, 2, …), the hash of the event before it (`prevHash`, {@link GENESIS_HASH} for the first) and its own
 * `hash` = SHA-256 over both and every field of the record. The stream's head item holds the last position and
 * hash; each append writes it with a condition on the position it read, in the same transaction as the event
 * and the change, so concurrent appends serialise (the loser re-reads the head and tries again, see
 * `transactWrite`). Editing, deleting or reordering an event, or cutting the tail, breaks a link that
 * {@link verifyAuditChain} reports.
 *
 *   the head of the stream    pk=AUDIT#CHAIN  sk=HEAD  { seq, hash, at }
 */
export const CHAIN_HEAD_KEY = { pk: 'AUDIT#CHAIN', sk: 'HEAD' } as const;
/** The `prevHash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainHead {
  seq: number;
  hash: string;
}

/** JSON with object keys sorted at every depth and undefined dropped (as the table stores it): the hashed form. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.filter((v) => v !== undefined).map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of an event at `seq` after `prevHash`. */
export function auditLinkHash(record: AuditEventRecord, seq: number, prevHash: string): string {
  return createHash('sha256').update(canonicalJson({ ...record, seq, prevHash })).digest('hex');
}

/** True for the TransactWriteItems entry that {@link auditEventPut} made: an event to chain before writing. */
export function isAuditAppend(item: TransactItem): boolean {
  return item.Put?.Item?.type === 'AuditEvent' && item.Put.Item.gsi2pk === AUDIT_PARTITION;
}

export async function readChainHead(db: DynamoDBDocumentClient, table: string): Promise<ChainHead | null> {
  const out = await db.send(new GetCommand({ TableName: table, Key: CHAIN_HEAD_KEY, ConsistentRead: true }));
  return out.Item ? { seq: out.Item.seq as number, hash: out.Item.hash as string } : null;
}

/**
 * `items` with each audit append linked into its table's chain after the heads read now, plus one conditional
 * head write per table at the end (a transaction touches an item once, so several events of one table link
 * to each other and move the head once). The head writes fail with `ConditionalCheckFailed` when another
 * append moved a head since it was read.
 */
export async function linkAuditAppends(db: DynamoDBDocumentClient, items: TransactItem[]): Promise<TransactItem[]> {
  const heads = new Map<string, { read: ChainHead | null; next: ChainHead; at: string }>();
  const linked: TransactItem[] = [];
  for (const item of items) {
    if (!isAuditAppend(item)) {
      linked.push(item);
      continue;
    }
    const put = item.Put!;
    let head = heads.get(put.TableName!);
    if (!head) {
      const read = await readChainHead(db, put.TableName!);
      head = { read, next: read ?? { seq: 0, hash: GENESIS_HASH }, at: '' };
      heads.set(put.TableName!, head);
    }
    const record = toAuditRecord(put.Item!.stream as AuditStream, put.Item!);
    const seq = head.next.seq + 1;
    const prevHash = head.next.hash;
    const hash = auditLinkHash(record, seq, prevHash);
    head.next = { seq, hash };
    head.at = record.at;
    linked.push({ Put: { ...put, Item: { ...put.Item, seq, prevHash, hash } } });
  }
  for (const [table, head] of heads) {
    linked.push({
      Put: {
        TableName: table,
        Item: { ...CHAIN_HEAD_KEY, type: 'AuditChainHead', seq: head.next.seq, hash: head.next.hash, at: head.at },
        ...(head.read
          ? { ConditionExpression: 'seq = :seq', ExpressionAttributeValues: { ':seq': head.read.seq } }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    });
  }
  return linked;
}

/** What is wrong with the first broken link. */
export type ChainProblem =
  | 'HASH_MISMATCH' // the event's fields no longer give its hash: it was edited
  | 'PREVIOUS_HASH_MISMATCH' // it does not follow the event before it: one was replaced or reordered
  | 'MISSING_EVENT' // a position has no event: one was deleted (or taken out of the stream)
  | 'DUPLICATE_EVENT' // two events claim one position
  | 'HEAD_MISMATCH' // the head names an end the events do not reach: the tail was cut or the head edited
  | 'UNCHAINED_EVENT'; // an event without a link after the chain began

export interface ChainBreak {
  /** The position where the chain breaks. */
  seq: number;
  /** The event at (or, for a missing one, just after) that position; null when there is none. */
  eventId: string | null;
  problem: ChainProblem;
}

export interface ChainReport {
  stream: AuditStream;
  ok: boolean;
  /** Events checked in the chain. */
  checked: number;
  /** Events written before the chain began (no link); listed, not verifiable. */
  unchained: number;
  firstBreak: ChainBreak | null;
}

interface Linked {
  record: AuditEventRecord;
  seq: number;
  prevHash: string;
  hash: string;
}

/**
 * Walks the whole stream in chain order and reports the first broken link (or none). Reads every event of the
 * stream (the stream index, eventually consistent: run it on a quiet stream, or expect the newest appends
 * to be reported as missing only if the index lags).
 */
export async function verifyAuditChain(db: DynamoDBDocumentClient, table: string, stream: AuditStream): Promise<ChainReport> {
  const linked: Linked[] = [];
  const unchainedAt: AuditEventRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: table,
        IndexName: GSI2,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': AUDIT_PARTITION },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) {
      const record = toAuditRecord(stream, item);
      if (typeof item.seq === 'number' && typeof item.hash === 'string' && typeof item.prevHash === 'string') {
        linked.push({ record, seq: item.seq, prevHash: item.prevHash, hash: item.hash });
      } else unchainedAt.push(record);
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  linked.sort((a, b) => a.seq - b.seq);
  const head = await readChainHead(db, table);
  const report = (firstBreak: ChainBreak | null): ChainReport => ({
    stream,
    ok: firstBreak === null,
    checked: linked.length,
    unchained: unchainedAt.length,
    firstBreak,
  });

  let prevHash = GENESIS_HASH;
  for (let i = 0; i < linked.length; i++) {
    const link = linked[i]!;
    const expectedSeq = i + 1;
    if (link.seq > expectedSeq) return report({ seq: expectedSeq, eventId: link.record.id, problem: 'MISSING_EVENT' });
    if (link.seq < expectedSeq) return report({ seq: link.seq, eventId: link.record.id, problem: 'DUPLICATE_EVENT' });
    if (link.prevHash !== prevHash) return report({ seq: link.seq, eventId: link.record.id, problem: 'PREVIOUS_HASH_MISMATCH' });
    if (auditLinkHash(link.record, link.seq, link.prevHash) !== link.hash) {
      return report({ seq: link.seq, eventId: link.record.id, problem: 'HASH_MISMATCH' });
    }
    prevHash = link.hash;
  }
  const last = linked.at(-1);
  if ((head?.seq ?? 0) !== (last?.seq ?? 0) || (head && head.hash !== last?.hash)) {
    return report({ seq: (last?.seq ?? 0) + 1, eventId: null, problem: head && head.seq > (last?.seq ?? 0) ? 'MISSING_EVENT' : 'HEAD_MISMATCH' });
  }
  // Events without a link are those written before chaining began; one newer than the chain's start is suspect.
  const start = linked[0]?.record;
  const late = start && unchainedAt.find((record) => `${record.at}#${record.id}` > `${start.at}#${start.id}`);
  if (late) return report({ seq: 0, eventId: late.id, problem: 'UNCHAINED_EVENT' });
  return report(null);
}

/** Every stream's report; a stream whose table does not exist (that subgraph never started) is left out. */
export async function verifyAuditStreams(db: DynamoDBDocumentClient, tablePrefix: string): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const stream of AUDIT_STREAMS) {
    try {
      reports.push(await verifyAuditChain(db, tableName(tablePrefix, stream), stream));
    } catch (error) {
      if (error instanceof Error && error.name === 'ResourceNotFoundException') continue;
      throw error;
    }
  }
  return reports;
}

/** One line per stream, for people: `identity  ok  12 events` or the first broken link. */
export function describeChainReport(report: ChainReport): string {
  const older = report.unchained ? ` (+${report.unchained} from before the chain)` : '';
  if (!report.firstBreak) return `${report.stream.padEnd(9)} ok       ${report.checked} events${older}`;
  const { seq, eventId, problem } = report.firstBreak;
  return `${report.stream.padEnd(9)} BROKEN   first broken link at #${seq}${eventId ? ` (event ${eventId})` : ''}: ${problem}`;
}
