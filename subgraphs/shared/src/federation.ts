import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  parse,
} from 'graphql';
import { type AuthChecker, buildSchema, type BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { forbidden, InputError, unauthenticated } from './errors.ts';
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
 * UNAUTHENTICATED, signed-in callers without the role FORBIDDEN saying whom it is for ("Only admins may do this.").
 */
export const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  const caller = signedIn(context.caller);
  if (roles.length === 0 || roles.some((role) => caller.roles.includes(role))) return true;
  throw forbidden(`Only ${whoMay(roles)} may do this.`);
};

/** ['analyst', 'admin'] → "analysts and admins". */
function whoMay(roles: readonly Role[]): string {
  const plural = roles.map((role) => `${role}s`);
  return plural.length === 1 ? plural[0]! : `${plural.slice(0, -1).join(', ')} and ${plural.at(-1)}`;
}

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
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    const fields = root ? (resolvers[root.name] as Record<string, GraphQLFieldResolver<unknown, unknown>> | undefined) : undefined;
    if (!root || !fields) continue;
    for (const [name, field] of Object.entries(root.getFields())) {
      const resolve = fields[name];
      const idArgs = field.args.filter((arg) => holdsId(arg.type));
      if (typeof resolve !== 'function' || idArgs.length === 0) continue;
      fields[name] = (source, args: Record<string, unknown>, context, info) => {
        for (const arg of idArgs) checkIdLengths(args[arg.name], arg.type, arg.name);
        return resolve(source, args, context, info);
      };
    }
  }
  for (const [type, fields] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] as object), ...(fields as object) } as never;
  }
  return buildSubgraphSchema([{ typeDefs: parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`), resolvers }]);
}

/**
 * Longer than any id an argument can name (ids are prefixed ULIDs of 30 characters; provider names are shorter),
 * and far below DynamoDB's key size limits, which would otherwise answer a 10 000-character id with an error.
 */
export const MAX_ID_LENGTH = 100;

/** True when an argument of this type may hold an ID somewhere (itself, a list of them, an input field). */
function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return holdsId(inner.ofType, seen);
  if (isScalarType(inner)) return inner.name === 'ID';
  if (!isInputObjectType(inner) || seen.has(inner.name)) return false;
  seen.add(inner.name);
  return Object.values(inner.getFields()).some((field) => holdsId(field.type, seen));
}

/** Refuses an ID longer than MAX_ID_LENGTH anywhere in a root field's argument, naming where (`input.userId`). */
function checkIdLengths(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((each, i) => checkIdLengths(each, inner.ofType, `${path}[${i}]`));
  } else if (isScalarType(inner)) {
    if (inner.name === 'ID' && typeof value === 'string' && value.length > MAX_ID_LENGTH) {
      throw new InputError(path, `${path} is not a valid id: ids are at most ${MAX_ID_LENGTH} characters.`);
    }
  } else if (isInputObjectType(inner) && typeof value === 'object') {
    for (const [name, field] of Object.entries(inner.getFields())) checkIdLengths((value as Record<string, unknown>)[name], field.type, `${path}.${name}`);
  }
}
