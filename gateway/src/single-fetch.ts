import { ERRORS, errorCodeDef, type Operation, operationFromDocument, type Schema, Supergraph } from '@apollo/federation-internals';
import type { ApolloGateway, Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { computeResponse } from '@apollo/gateway/dist/resultShaping.js';
import { deepMerge } from '@apollo/gateway/dist/utilities/deepMerge.js';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { type DocumentNode, type GraphQLFormattedError, getVariableValues, GraphQLError, Kind, type OperationDefinitionNode, visit } from 'graphql';
import type { BaseContext } from '@marketplace/shared';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;
type ResolvedPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0];
type DataSource = ResolvedPlan['serviceMap'][string];
type FetchNode = Extract<NonNullable<ResolvedPlan['queryPlan']['node']>, { kind: 'Fetch' }>;

/** An operation whose query plan is one fetch from one subgraph, with what running it needs, prepared once. */
interface SingleFetch {
  fetch: FetchNode;
  source: DataSource;
  definition: OperationDefinitionNode;
  /** The operation over the API schema, as `executeQueryPlan` builds it on every request; here built once. */
  operation: Operation;
  apiSchema: ResolvedPlan['operationContext']['schema'];
}

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
  // Keyed by Apollo Server's cached document: a query string parsed again (cache eviction, a new schema) is a new
  // document and takes the gateway's path once more before its plan is recorded again.
  private readonly plans = new WeakMap<DocumentNode, Map<string, SingleFetch | null>>();
  private apiSchema: Schema | undefined;

  /** For `ApolloGateway`'s config: records each newly planned operation's single fetch (or that it has none). */
  readonly didResolveQueryPlan: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, serviceMap, operationContext, requestContext }) => {
    const { document } = requestContext;
    if (!document) return;
    let byName = this.plans.get(document);
    if (!byName) this.plans.set(document, (byName = new Map()));
    byName.set(requestContext.request.operationName ?? '', this.prepare(queryPlan.node, serviceMap, operationContext));
  };

  /** The gateway Apollo Server runs, its executor taking the fast path for operations that have one. */
  wrap(gateway: ApolloGateway): GatewayInterface {
    return {
      onSchemaLoadOrUpdate: (callback) =>
        gateway.onSchemaLoadOrUpdate((schema) => {
          // The fast path's operations are built over the API schema the gateway serves, as `executeQueryPlan`'s are.
          this.apiSchema = Supergraph.build(schema.coreSupergraphSdl).apiSchema();
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

  private execute(requestContext: RequestContext, gatewayExecutor: Executor): Promise<ExecutionResult> {
    const plan = requestContext.document && this.plans.get(requestContext.document)?.get(requestContext.request.operationName ?? '');
    // Traces and the exposed query plan (Apollo-Query-Plan-Experimental) are the gateway's to build.
    if (!plan || requestContext.metrics.captureTraces || requestContext.request.http?.headers.has('apollo-query-plan-experimental')) {
      return gatewayExecutor(requestContext);
    }
    return runSingleFetch(plan, requestContext);
  }

  private prepare(node: ResolvedPlan['queryPlan']['node'], serviceMap: ResolvedPlan['serviceMap'], context: ResolvedPlan['operationContext']): SingleFetch | null {
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
    try {
      const operation = operationFromDocument(this.apiSchema, { kind: Kind.DOCUMENT, definitions }, { validate: false });
      return { fetch: node, source, definition, operation, apiSchema: context.schema };
    } catch {
      return null;
    }
  }
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
    const variables: Record<string, unknown> = Object.create(null);
    for (const name of fetch.variableUsages ?? []) {
      const value = request.variables && Object.hasOwn(request.variables, name) ? request.variables[name] : undefined;
      if (value !== undefined) variables[name] = value;
    }
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
