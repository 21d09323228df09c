import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Args,
  ArgsType,
  Authorized,
  type ClassType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { type BaseContext, signedIn } from '../federation.ts';
import { PageInfo, toConnection } from '../page-info.ts';
import type { Page } from '../dynamo/paginate.ts';
import type { AuditLog } from './audit-log.ts';
import { AUDIT_STREAMS, type AuditEventRecord, type AuditStream } from './audit-record.ts';
import type { ChainProblem, ChainReport } from './audit-chain.ts';

/*
 * The audit trail in the federated graph. Each subgraph keeps its own stream in its own table, so no subgraph
 * can answer for all of them, and the gateway cannot merge one list from several subgraphs. The graph gives
 * every stream the same shape instead:
 *
 *   type Query { auditTrail: AuditTrail! }                 # @shareable: every subgraph with a stream answers it
 *   type AuditTrail @key(fields: "id") {                   # one entity, one field per stream, each owned by
 *     identity(filter, first, after): AuditEventConnection   #   the subgraph whose table holds that stream
 *     catalog(…)  keys(…)  quotas(…)
 *   }
 *   type AuditEvent @shareable { … }                       # one value type, declared alike by every subgraph
 *
 * A client asks for the streams it wants under one `auditTrail`; the gateway fetches them in parallel from
 * their owners and the client merges them by time (each stream is newest first with its own cursor).
 * `AuditEvent` needs this subgraph's own `User` class (identity's full type, a key stub elsewhere), so the
 * types are made per subgraph by `auditTrailSchema`, from this one declaration.
 */

/** The one (singleton) id of `AuditTrail`. */
export const AUDIT_TRAIL_ID = 'audit';

const AuditStreamEnum = Object.fromEntries(AUDIT_STREAMS.map((stream) => [stream.toUpperCase(), stream])) as Record<
  Uppercase<AuditStream>,
  AuditStream
>;
registerEnumType(AuditStreamEnum, {
  name: 'AuditStream',
  description: 'A stream of the audit trail: the subgraph (and table) that keeps its events.',
});

const CHAIN_PROBLEMS = ['HASH_MISMATCH', 'PREVIOUS_HASH_MISMATCH', 'MISSING_EVENT', 'DUPLICATE_EVENT', 'HEAD_MISMATCH', 'UNCHAINED_EVENT'] as const satisfies readonly ChainProblem[];
const AuditChainProblemEnum = Object.fromEntries(CHAIN_PROBLEMS.map((problem) => [problem, problem])) as Record<ChainProblem, ChainProblem>;
registerEnumType(AuditChainProblemEnum, {
  name: 'AuditChainProblem',
  description: 'Why a link of an audit hash chain is broken.',
  valuesConfig: {
    HASH_MISMATCH: { description: "The event's fields no longer give its hash: it was edited." },
    PREVIOUS_HASH_MISMATCH: { description: 'The event does not follow the one before it: that one was replaced, or events were reordered.' },
    MISSING_EVENT: { description: 'No event holds this position: one was deleted, or the tail was cut.' },
    DUPLICATE_EVENT: { description: 'Two events claim this position.' },
    HEAD_MISMATCH: { description: "The stream's head names an end the events do not reach." },
    UNCHAINED_EVENT: { description: 'An event without a link, newer than the start of the chain: slipped in.' },
  },
});

@InputType('AuditEventFilter', { description: 'All given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Who acted.' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'What was acted on (a user, solution, application, key, tier grant …).' })
  targetId?: string | null;

  @Field(() => ID, { nullable: true, description: "The user the change concerns (the account, a key's owner, a grant's holder …)." })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'The exact action, e.g. user.suspend.' })
  action?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events at or after this moment.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events before this moment.' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class MyAuditEventsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: '1 to 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** An event as the graph shows it. */
export type AuditEventView = Omit<AuditEventRecord, 'at'> & { at: Date };

/** A page of events as the graph shows it. */
export interface AuditEventConnectionView {
  nodes: AuditEventView[];
  pageInfo: PageInfo;
}

export function toAuditEventView(record: AuditEventRecord): AuditEventView {
  return { ...record, at: new Date(record.at) };
}

export interface AuditTrailOptions<Context extends BaseContext> {
  stream: AuditStream;
  /** This subgraph's `User` type: identity's own, a `@key(fields: "id")` stub elsewhere. */
  user: () => ClassType;
  /** The acting user as this subgraph's `User` (a stub `{ id }` where identity resolves the rest). */
  actor: (actorId: string, context: Context) => unknown;
  /** This request's reader of the subgraph's stream. */
  log: (context: Context) => AuditLog;
}

/**
 * This subgraph's part of the audit trail in the graph: the shared types (see above), `Query.auditTrail` and
 * `AuditTrail.<stream>`, admins only. Call once per subgraph (module scope); pass `resolvers` and
 * `referenceResolvers` to `buildFederatedSchema`, and use `AuditEvent`/`AuditEventConnection` for the
 * subgraph's own narrower views of its stream (a key's events, a solution's tier history).
 */
export function auditTrailSchema<Context extends BaseContext>(options: AuditTrailOptions<Context>) {
  @Directive('@shareable')
  @ObjectType('AuditEvent', { description: 'One entry of the append-only audit trail: who did what to what, and what changed.' })
  class AuditEvent implements AuditEventView {
    @Field(() => ID)
    id!: string;

    @Field(() => AuditStreamEnum, { description: 'The subgraph that keeps the event (in its own table).' })
    stream!: AuditStream;

    @Field(() => String, { description: 'Dotted verb, e.g. user.suspend, solution.approve, key.revoke, tier.grant.' })
    action!: string;

    @Field(() => ID, { nullable: true, description: 'Who acted; null for the platform itself.' })
    actorId!: string | null;

    @Field(() => String, { description: 'User, Solution, PartnerApplication, Platform, ApiKey, TierGrant …' })
    targetType!: string;

    @Field(() => ID, { description: "A tier grant's is `<userId>#<solutionId>`." })
    targetId!: string;

    @Field(() => ID, { nullable: true, description: "The user the change concerns (the account, a key's owner, a grant's holder, a solution's partner)." })
    userId!: string | null;

    @Field(() => ID, { nullable: true, description: 'The solution the change concerns.' })
    solutionId!: string | null;

    @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields before the action.' })
    before!: Record<string, unknown> | null;

    @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields after the action.' })
    after!: Record<string, unknown> | null;

    @Field(() => String, { nullable: true })
    reason!: string | null;

    @Field(() => GraphQLISODateTime)
    at!: Date;
  }

  @Directive('@shareable')
  @ObjectType('AuditEventConnection')
  class AuditEventConnection implements AuditEventConnectionView {
    @Field(() => [AuditEvent])
    nodes!: AuditEventView[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  @Directive('@key(fields: "id")')
  @ObjectType('AuditTrail', { description: "The platform's audit trail: one field per stream, newest first; admins only." })
  class AuditTrail {
    @Field(() => ID)
    id!: string;
  }

  @Directive('@shareable')
  @ObjectType('AuditChainBreak', { description: 'The first broken link of a hash chain.' })
  class AuditChainBreak {
    @Field(() => Int, { description: 'The position in the stream where the chain breaks (0: outside the chain).' })
    seq!: number;

    @Field(() => ID, { nullable: true, description: 'The event at that position; null when it is missing.' })
    eventId!: string | null;

    @Field(() => AuditChainProblemEnum)
    problem!: ChainProblem;
  }

  @Directive('@shareable')
  @ObjectType('AuditChainReport', { description: "The verification of one stream's hash chain, read now." })
  class AuditChainReport {
    @Field(() => AuditStreamEnum)
    stream!: AuditStream;

    @Field(() => Boolean, { description: 'True when every link holds.' })
    ok!: boolean;

    @Field(() => Int, { description: 'Events checked.' })
    checked!: number;

    @Field(() => Int, { description: 'Events from before the chain began (not verifiable).' })
    unchained!: number;

    @Field(() => AuditChainBreak, { nullable: true })
    firstBreak!: AuditChainBreak | null;
  }

  const trail = () => Object.assign(new AuditTrail(), { id: AUDIT_TRAIL_ID });
  const toAuditConnection = (page: Page<AuditEventRecord>): AuditEventConnectionView =>
    Object.assign(new AuditEventConnection(), toConnection(page, toAuditEventView));

  @Resolver(() => AuditEvent)
  class AuditEventResolver {
    @FieldResolver(() => options.user(), { nullable: true, description: 'Who acted; null for the platform itself.' })
    actor(@Root() event: AuditEventView, @Ctx() context: Context): unknown {
      return event.actorId ? options.actor(event.actorId, context) : null;
    }
  }

  @Resolver(() => AuditTrail)
  class AuditTrailResolver {
    @Directive('@shareable')
    @Query(() => AuditTrail, { description: 'Admins: the audit trail of every stream.' })
    @Authorized('admin')
    auditTrail(): AuditTrail {
      return trail();
    }

    // Nullable, so one stream that cannot be read (its subgraph is down) leaves the others' pages intact.
    @FieldResolver(() => AuditEventConnection, {
      name: options.stream,
      nullable: true,
      description: `The ${options.stream} stream, newest first; null (with an error) when it could not be read.`,
    })
    @Authorized('admin')
    async events(@Args(() => AuditEventsArgs) { filter, first, after }: AuditEventsArgs, @Ctx() context: Context): Promise<AuditEventConnectionView> {
      return toAuditConnection(await options.log(context).list({ ...(filter ?? {}) }, first ?? 50, after));
    }

    @FieldResolver(() => AuditChainReport, {
      name: `${options.stream}Chain`,
      nullable: true,
      description: `Verifies the ${options.stream} stream's hash chain now (reads the whole stream); null (with an error) when it could not be read.`,
    })
    @Authorized('admin')
    async chain(@Ctx() context: Context): Promise<ChainReport> {
      return options.log(context).verifyChain();
    }
  }

  // The same streams as seen by the person they concern (GDPR access; the data export reads them): only the
  // events whose `userId` is the signed-in caller, whatever id the entity carries.
  @Directive('@key(fields: "id")')
  @ObjectType('MyAuditTrail', { description: "The audit trail's events about the signed-in user, one field per stream, newest first." })
  class MyAuditTrail {
    @Field(() => ID, { description: "The user's id." })
    id!: string;
  }
  const myTrail = (userId: string) => Object.assign(new MyAuditTrail(), { id: userId });

  @Resolver(() => MyAuditTrail)
  class MyAuditTrailResolver {
    @Directive('@shareable')
    @Query(() => MyAuditTrail, { description: 'Signed in: the audit events about you (the account, your keys, grants and subscriptions), per stream.' })
    @Authorized()
    myAuditTrail(@Ctx() context: Context): MyAuditTrail {
      return myTrail(signedIn(context.caller).userId);
    }

    @FieldResolver(() => AuditEventConnection, {
      name: options.stream,
      nullable: true,
      description: `The ${options.stream} stream's events about you, newest first; null (with an error) when it could not be read.`,
    })
    @Authorized()
    async events(@Args(() => MyAuditEventsArgs) { first, after }: MyAuditEventsArgs, @Ctx() context: Context): Promise<AuditEventConnectionView> {
      return toAuditConnection(await options.log(context).list({ userId: signedIn(context.caller).userId }, first ?? 50, after));
    }
  }

  return {
    AuditEvent,
    AuditEventConnection,
    toAuditConnection,
    resolvers: [AuditTrailResolver, AuditEventResolver, MyAuditTrailResolver] as const,
    referenceResolvers: { AuditTrail: { __resolveReference: trail }, MyAuditTrail: { __resolveReference: (ref: { id: string }) => myTrail(ref.id) } },
  };
}
