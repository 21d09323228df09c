import {
  baseType,
  ERRORS,
  errorCodeDef,
  isEnumType,
  isObjectType,
  type Operation,
  operationFromDocument,
  type Schema,
  type SelectionSet,
  Supergraph,
} from '@apollo/federation-internals';
import type { ApolloGateway, Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { computeResponse } from '@apollo/gateway/dist/resultShaping.js';
import { deepMerge } from '@apollo/gateway/dist/utilities/deepMerge.js';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { type GraphQLFormattedError, getVariableValues, GraphQLError, Kind, type OperationDefinitionNode, parse, print, visit } from 'graphql';
import type { BaseContext } from '@marketplace/shared';
import { BufferedResponse, SignedSubgraphSource } from './subgraph-fetcher.ts';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;
type ResolvedPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0];
type DataSource = ResolvedPlan['serviceMap'][string];
type FetchNode = Extract<NonNullable<ResolvedPlan['queryPlan']['node']>, { kind: 'Fetch' }>;

/** An operation whose query plan is one fetch from one subgraph, with what running it needs, prepared once. */
interface SingleFetch {
  query: string;
  operationName: string;
  fetch: FetchNode;
  source: DataSource;
  definition: OperationDefinitionNode;
  /** The operation over the API schema, as `executeQueryPlan` builds it on every request; here built once. */
  operation: Operation;
  apiSchema: ResolvedPlan['operationContext']['schema'];
  /**
   * The subgraph's answer, when it is only data, is the gateway's answer byte for byte: a query whose fetch selects
   * exactly what the client asked (same fields, arguments and order; no fragments, aliases into other shapes or
   * directives), over object types whose fields have the same types in the subgraph as in the API schema (so the
   * subgraph's own execution already enforces what result shaping would: nullability, enum values, __typename).
   */
  verbatim: boolean;
}

/** A GraphQL POST body as Apollo Server reads it. */
interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

const EXTENSIONS = Buffer.from('"extensions":');
// Operations remembered by their text (an operation's first request records it); beyond this, the oldest go.
const MAX_PLANS = 1000;

/**
 * The single-fetch fast path: `@apollo/gateway` runs every operation through `executeQueryPlan`, which rebuilds
 * the operation over the API schema, opens tracing spans and builds usage-trace nodes on every request. For an
 * operation whose cached plan is one fetch from one subgraph with nothing to join (no `@requires`, entities,
 * rewrites or introspection), this executor does what `executeQueryPlan` does for that plan shape — the variables
 * checked against the API schema, the same subgraph request through the same data source (signed the same way),
 * the subgraph's errors mapped as the gateway maps them (`serviceName`, codes, paths) and the answer shaped by the
 * gateway's own `computeResponse` (aliases, fragments, `@skip`/`@include`, nulls, `__typename`) — with what
 * depends only on the operation prepared once. Every other operation, and any request that asks for traces or the
 * query plan, goes through `@apollo/gateway` unchanged. Plans come from the gateway itself
 * (`experimental_didResolveQueryPlan`): an operation's first request always takes the gateway's path.
 */
export class SingleFetchPlans {
  // Keyed by the operation's text and name, which always parse and validate alike over one schema; cleared when the
  // schema changes. An operation's first request takes the gateway's path, which records its plan here.
  private readonly plans = new Map<string, SingleFetch | null>();
  private supergraph: Supergraph | undefined;
  private apiSchema: Schema | undefined;

  /** For `ApolloGateway`'s config: records each newly planned operation's single fetch (or that it has none). */
  readonly didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, serviceMap, operationContext, requestContext }) => {
    // `source`: the text Apollo Server ran, also for a persisted query sent as its hash alone.
    const query = requestContext.source ?? requestContext.request.query;
    const { operationName } = requestContext.request;
    if (typeof query !== 'string') return;
    const key = planKey(query, operationName);
    if (this.plans.size >= MAX_PLANS && !this.plans.has(key)) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, this.prepare(query, operationName ?? '', queryPlan.node, serviceMap, operationContext));
  };

  /** The gateway Apollo Server runs, its executor taking the fast path for operations that have one. */
  wrap(gateway: ApolloGateway): GatewayInterface {
    return {
      onSchemaLoadOrUpdate: (callback) =>
        gateway.onSchemaLoadOrUpdate((schema) => {
          // The fast path's operations are built over the API schema the gateway serves, as `executeQueryPlan`'s are.
          this.supergraph = Supergraph.build(schema.coreSupergraphSdl);
          this.apiSchema = this.supergraph.apiSchema();
          this.plans.clear();
          callback(schema);
        }),
      load: async (options) => {
        const { executor } = await gateway.load(options);
        if (!executor) return { executor };
        return { executor: (requestContext) => this.execute(requestContext, executor) };
      },
      stop: () => gateway.stop(),
    };
  }

  /**
   * The subgraph's answer to a POST of an operation already planned as one verbatim fetch, to send on as it is;
   * null when the request must take Apollo Server's path: an operation not (yet) known as verbatim, variables the
   * operation refuses, a refused caller (`context` rejects), or a subgraph answer that is not only data (errors,
   * extensions, a non-200 status, no JSON). A subgraph answer received but not passed on is handed to that path
   * through `context`, so the subgraph is asked once per request whichever path answers.
   */
  async passThrough(body: GraphQLBody, context: Promise<BaseContext>): Promise<Buffer | null> {
    const plan = this.verbatimPlan(body);
    if (!plan) return null;
    let caller: BaseContext;
    try {
      caller = await context;
    } catch {
      return null;
    }
    const variables = body.variables ?? undefined;
    if (plan.definition.variableDefinitions?.length && getVariableValues(plan.apiSchema, plan.definition.variableDefinitions, (variables as Record<string, unknown> | undefined) ?? {}).errors) return null;
    const source = plan.source as SignedSubgraphSource;
    const request = { query: plan.fetch.operation, variables: fetchVariables(plan.fetch, variables as Record<string, unknown> | undefined), operationName: plan.fetch.operationName };
    const answer = source.call(request, caller);
    source.answered(caller, plan.fetch.operation, answer);
    let response: Awaited<typeof answer>;
    try {
      response = await answer;
    } catch {
      return null;
    }
    if (!(response instanceof BufferedResponse) || response.status !== 200 || !response.contentType?.startsWith('application/json')) return null;
    const bytes = response.body;
    // A subgraph is an Apollo Server: its JSON is whole (written by JSON.stringify, framed by Content-Length) and
    // its `errors` come before `data`, so an answer that opens with data has none; extensions would come last.
    if (bytes.toString('latin1', 0, 9) !== '{"data":{' || bytes.lastIndexOf(EXTENSIONS) !== -1) return null;
    return bytes;
  }

  /** The plan of a POST body that is one verbatim query with nothing Apollo Server would refuse or add, else undefined. */
  private verbatimPlan(body: GraphQLBody): SingleFetch | undefined {
    const { query, operationName, variables, extensions } = body;
    if (typeof query !== 'string' || extensions !== undefined) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    const plan = this.plans.get(planKey(query, operationName));
    return plan?.verbatim && plan.query === query && plan.operationName === (operationName ?? '') ? plan : undefined;
  }

  private execute(requestContext: RequestContext, gatewayExecutor: Executor): Promise<ExecutionResult> {
    const query = requestContext.source ?? requestContext.request.query;
    const { operationName } = requestContext.request;
    const plan = typeof query === 'string' ? this.plans.get(planKey(query, operationName)) : undefined;
    // Traces and the exposed query plan (Apollo-Query-Plan-Experimental) are the gateway's to build.
    if (!plan || plan.query !== query || plan.operationName !== (operationName ?? '') || requestContext.metrics.captureTraces || requestContext.request.http?.headers.has('apollo-query-plan-experimental')) {
      return gatewayExecutor(requestContext);
    }
    return runSingleFetch(plan, requestContext);
  }

  private prepare(
    query: string,
    operationName: string,
    node: ResolvedPlan['queryPlan']['node'],
    serviceMap: ResolvedPlan['serviceMap'],
    context: ResolvedPlan['operationContext'],
  ): SingleFetch | null {
    if (node?.kind !== 'Fetch' || node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) return null;
    const source = serviceMap[node.serviceName];
    if (!source || !this.apiSchema) return null;
    const definition = context.operation;
    if (definition.operation !== 'query' && definition.operation !== 'mutation') return null;
    const definitions = [definition, ...Object.values(context.fragments)];
    // Introspection (`__schema`, `__type`) is answered by the gateway itself while shaping: its path.
    let introspects = false;
    for (const d of definitions) {
      visit(d, {
        Field: (field) => {
          if (field.name.value === '__schema' || field.name.value === '__type') introspects = true;
        },
      });
    }
    if (introspects) return null;
    let operation: Operation;
    try {
      operation = operationFromDocument(this.apiSchema, { kind: Kind.DOCUMENT, definitions }, { validate: false });
    } catch {
      return null;
    }
    const fetched = (node.operationDocumentNode ?? parse(node.operation)).definitions[0];
    const subgraph = this.supergraph?.subgraphs().get(node.serviceName)?.schema;
    const verbatim =
      definition.operation === 'query' &&
      source instanceof SignedSubgraphSource &&
      definitions.length === 1 &&
      fetched?.kind === Kind.OPERATION_DEFINITION &&
      print(fetched.selectionSet) === print(definition.selectionSet) &&
      !!subgraph &&
      sameShapes(operation.selectionSet, subgraph, true);
    return { query, operationName, fetch: node, source, definition, operation, apiSchema: context.schema, verbatim };
  }
}

function planKey(query: string, operationName: string | null | undefined): string {
  return `${operationName ?? ''}\n${query}`;
}

/** The variables of a fetch: those it uses, as the request gave them. */
function fetchVariables(fetch: FetchNode, given: Record<string, unknown> | undefined): Record<string, unknown> {
  const variables: Record<string, unknown> = Object.create(null);
  for (const name of fetch.variableUsages ?? []) {
    const value = given && Object.hasOwn(given, name) ? given[name] : undefined;
    if (value !== undefined) variables[name] = value;
  }
  return variables;
}

/**
 * Whether every field selected (fields only, no directives, no __typename at the root) has the same type in the
 * subgraph as in the API schema, every composite type on the way is an object type and every enum has the same
 * values in both: then the subgraph's execution enforces all that result shaping checks.
 */
function sameShapes(selectionSet: SelectionSet, subgraph: Schema, root: boolean): boolean {
  for (const selection of selectionSet.selections()) {
    if (selection.kind !== 'FieldSelection' || selection.element.appliedDirectives.length) return false;
    const field = selection.element;
    const parent = field.definition.parent;
    if (field.name === '__typename') {
      if (root) return false;
      continue;
    }
    const inSubgraph = (root ? subgraph.schemaDefinition.rootType('query') : subgraph.type(parent.name));
    const mirror = inSubgraph && isObjectType(inSubgraph) ? inSubgraph.field(field.name) : undefined;
    if (!mirror || mirror.type?.toString() !== field.definition.type?.toString()) return false;
    const named = baseType(field.definition.type!);
    if (isEnumType(named)) {
      const other = subgraph.type(named.name);
      if (!other || !isEnumType(other) || other.values.map((v) => v.name).join() !== named.values.map((v) => v.name).join()) return false;
    } else if (selection.selectionSet) {
      if (!isObjectType(named) || !sameShapes(selection.selectionSet, subgraph, false)) return false;
    }
  }
  return true;
}

/** `executeQueryPlan` for a plan that is one fetch from one subgraph, at the root, with nothing to join. */
async function runSingleFetch(plan: SingleFetch, requestContext: RequestContext): Promise<ExecutionResult> {
  const { request } = requestContext;
  const { fetch } = plan;
  const variableDefinitions = plan.definition.variableDefinitions;
  if (variableDefinitions?.length) {
    const { errors } = getVariableValues(plan.apiSchema, variableDefinitions, request.variables ?? {});
    if (errors) return { errors };
  }
  const errors: unknown[] = [];
  const received: Record<string, unknown> = Object.create(null);
  try {
    const variables = fetchVariables(fetch, request.variables);
    const response = await plan.source.process({
      kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
      request: { query: fetch.operation, variables, operationName: fetch.operationName, http: undefined },
      incomingRequestContext: requestContext,
      context: requestContext.context,
      document: fetch.operationDocumentNode,
      pathInIncomingRequest: [],
    });
    if (response.errors) {
      errors.push(...response.errors.map((error) => subgraphError(error, fetch.serviceName)));
      const paths = response.errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
      if (!response.extensions?.ftv1) requestContext.metrics.nonFtv1ErrorPaths = [...(requestContext.metrics.nonFtv1ErrorPaths ?? []), ...paths];
    }
    deepMerge(received, response.data);
  } catch (error) {
    errors.push(error);
  }
  try {
    const shaped = computeResponse({
      operation: plan.operation,
      variables: request.variables,
      input: received,
      introspectionHandling: () => {
        throw new Error('An operation with introspection never takes the single-fetch path.');
      },
    });
    if (errors.length === 0 && shaped.errors.length > 0) return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
    return errors.length === 0 ? { data: shaped.data } : { errors: errors as GraphQLError[], data: shaped.data };
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    if (error instanceof Error) return { errors: [new GraphQLError(error.message, { originalError: error })] };
    return { errors: [new GraphQLError('Unexpected error during query plan execution')] };
  }
}

/** A subgraph's error as the gateway reports it: its message, code and extensions, `serviceName`, its path. */
function subgraphError(error: GraphQLFormattedError, serviceName: string): GraphQLError {
  const message = error.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = {
    originalError: error as Error,
    path: error.path ? [...error.path] : undefined,
    extensions: { ...error.extensions, serviceName },
  };
  const known = errorCodeDef(error as GraphQLError);
  if (!known && error.extensions?.code) return new GraphQLError(message, options);
  return (known ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}
