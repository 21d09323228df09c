import { csvText } from '../format/csv';
import type { AuditStream } from '../gql/graphql';

/**
 * The admin's one audit list over every stream. Each subgraph keeps its own stream and pages it newest first
 * with its own cursor (`auditTrail { identity catalog keys quotas billing }`), so the list is a merge by time done
 * here: an event is shown only once no stream that still has more could hold a newer one.
 */
export const AUDIT_STREAMS: ReadonlyArray<{ value: AuditStream; label: string; field: StreamField }> = [
  { value: 'IDENTITY', label: 'Accounts and roles', field: 'identity' },
  { value: 'CATALOG', label: 'Applications, solutions and tiers', field: 'catalog' },
  { value: 'KEYS', label: 'API keys', field: 'keys' },
  { value: 'QUOTAS', label: 'Tier grants', field: 'quotas' },
  { value: 'BILLING', label: 'Subscriptions and billing', field: 'billing' },
];

export type StreamField = 'identity' | 'catalog' | 'keys' | 'quotas' | 'billing';

/** What merging needs of an event. */
export interface Ordered {
  id: string;
  at: string;
}

/** The events of one stream read so far, newest first, and whether the stream has older ones. */
export interface StreamPages<Event extends Ordered> {
  events: Event[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The order every stream is paged in (its sort key): time, then the event's id. */
const orderKey = (event: Ordered) => `${event.at}#${event.id}`;
const newestFirst = (a: Ordered, b: Ordered) => (orderKey(a) < orderKey(b) ? 1 : orderKey(a) > orderKey(b) ? -1 : 0);

/**
 * The events that can be shown now, newest first: everything read, down to the oldest event of the streams
 * that still have more (below it, such a stream may hold events not read yet). `waiting` is how many read
 * events are held back; `streamsToRead` are the streams to read next for "Load more": those with more whose
 * held-back events fall short of a page (always at least the stream that holds the others back).
 */
export function mergeStreams<Event extends Ordered>(
  streams: Partial<Record<StreamField, StreamPages<Event>>>,
  pageSize: number,
): { shown: Event[]; waiting: number; hasMore: boolean; streamsToRead: StreamField[] } {
  const entries = Object.entries(streams) as [StreamField, StreamPages<Event>][];
  const open = entries.filter(([, pages]) => pages.hasNextPage && pages.events.length > 0);
  const frontier = open.reduce<string | null>((max, [, pages]) => {
    const last = orderKey(pages.events.at(-1)!);
    return max === null || last > max ? last : max;
  }, null);
  const all = entries.flatMap(([, pages]) => pages.events).sort(newestFirst);
  const shown = frontier === null ? all : all.filter((event) => orderKey(event) >= frontier);
  const heldBack = (pages: StreamPages<Event>) => pages.events.filter((event) => frontier !== null && orderKey(event) < frontier).length;
  return {
    shown,
    waiting: all.length - shown.length,
    hasMore: entries.some(([, pages]) => pages.hasNextPage),
    streamsToRead: entries.filter(([, pages]) => pages.hasNextPage && heldBack(pages) < pageSize).map(([field]) => field),
  };
}

/** `yyyy-mm-dd` of a date input as the start of that day here, ISO; `dayAfter` for an inclusive "to" day. */
export function dayStart(day: string, dayAfter = false): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + (dayAfter ? 1 : 0));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export interface CsvEvent {
  at: string;
  stream: string;
  action: string;
  actorId?: string | null;
  actor?: { name: string; email?: string | null } | null;
  targetType: string;
  targetId: string;
  userId?: string | null;
  solutionId?: string | null;
  reason?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const CSV_HEADER = ['at', 'stream', 'action', 'actor_id', 'actor_name', 'actor_email', 'target_type', 'target_id', 'user_id', 'solution_id', 'reason', 'before', 'after'];

/** RFC 4180 CSV of the events, one row each (cells as `csvCell` writes them: no formulas run in a spreadsheet). */
export function toCsv(events: readonly CsvEvent[]): string {
  const json = (value: Record<string, unknown> | null | undefined) => (value ? JSON.stringify(value) : '');
  return csvText([
    CSV_HEADER,
    ...events.map((event) => [
      event.at,
      event.stream,
      event.action,
      event.actorId,
      event.actor?.name,
      event.actor?.email,
      event.targetType,
      event.targetId,
      event.userId,
      event.solutionId,
      event.reason,
      json(event.before),
      json(event.after),
    ]),
  ]);
}
