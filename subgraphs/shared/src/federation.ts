import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type DocumentNode, type GraphQLSchema, parse } from 'graphql';
import { type AuthChecker, buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { unauthenticated } from './errors.ts';
import type { Caller, Role } from './internal-auth.ts';

/** The federation spec version and directives every subgraph links. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/**
 * A schema module as `buildSubgraphSchema`'s supported (array) form takes it, and its resolver map: derived from
 * the package's exported signature, since its types live under `dist/` (not a public entry point).
 */
type SchemaModule = Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], unknown[]>[number], DocumentNode>;
export type ResolverMap = NonNullable<SchemaModule['resolvers']>;

/** What every subgraph's GraphQL context carries at least. */
export interface BaseContext {
  caller: Caller;
  requestId: string;
}

export type SignedInCaller = Caller & { userId: string };

/**
 * The caller, who must be signed in (UNAUTHENTICATED otherwise). Resolvers guarded by `@Authorized(...)` and the
 * services behind them use it to get the caller's user id with the type saying it is there.
 */
export function signedIn(caller: Caller): SignedInCaller {
  if (!caller.userId) throw unauthenticated();
  return caller as SignedInCaller;
}

/**
 * `@Authorized()` = signed in; `@Authorized('admin')` = one of the named roles. Anonymous callers get
 * UNAUTHENTICATED, signed-in callers without the role FORBIDDEN.
 */
export const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  const caller = signedIn(context.caller);
  return roles.length === 0 || roles.some((role) => caller.roles.includes(role));
};

/**
 * Builds a federated subgraph schema from type-graphql resolvers. Entity reference resolvers
 * (`__resolveReference`) are passed separately, keyed by type name. Entity stubs owned by other subgraphs
 * must be listed in `orphanedTypes`, or type-graphql drops them.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker'>,
  referenceResolvers: ResolverMap = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    validate: false,
    ...options,
    authChecker,
    authMode: 'error',
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [type, fields] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] as object), ...(fields as object) } as never;
  }
  return buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`), resolvers }]);
}
