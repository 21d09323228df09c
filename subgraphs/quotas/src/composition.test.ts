import { readdir, readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { buildCatalogSchema } from '@marketplace/catalog';
import { buildIdentitySchema } from '@marketplace/identity';
import { buildKeysSchema } from '@marketplace/keys';
import { execute, type GraphQLSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildQuotasSchema } from './index.ts';

const SCHEMA_DIR = new URL('../../../schema/', import.meta.url);

async function sdlOf(schema: GraphQLSchema): Promise<string> {
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  return (result.data as { _service: { sdl: string } })._service.sdl;
}

/**
 * The quotas SDL beside the other subgraphs', composed as `npm run schema:compose` would (without writing
 * schema/): the committed SDL files where they exist, else the subgraph built from its code.
 */
async function services() {
  const committed = new Map<string, string>();
  for (const file of await readdir(SCHEMA_DIR)) {
    if (!file.endsWith('.graphql') || file === 'supergraph.graphql' || file === 'api.graphql') continue;
    committed.set(file.replace(/\.graphql$/, ''), await readFile(new URL(file, SCHEMA_DIR), 'utf8'));
  }
  const builders: Record<string, () => Promise<GraphQLSchema>> = {
    identity: buildIdentitySchema,
    catalog: buildCatalogSchema,
    keys: buildKeysSchema,
  };
  for (const [name, build] of Object.entries(builders)) {
    if (!committed.has(name)) committed.set(name, await sdlOf(await build()));
  }
  committed.set('quotas', await sdlOf(await buildQuotasSchema()));
  return [...committed].map(([name, sdl], i) => ({ name, typeDefs: parse(sdl), url: `http://127.0.0.1:${4001 + i}/graphql` }));
}

describe('the quotas subgraph in the supergraph', () => {
  it('composes with the other subgraphs: Tier and LimitMode agree with the catalog’s, User and Solution are shared entities', async () => {
    const result = composeServices(await services());
    expect(result.errors?.map((e) => e.message)).toBeUndefined();
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    const enumValues = (name: string) => (api.getType(name) as import('graphql').GraphQLEnumType).getValues().map((v) => v.name);
    expect(enumValues('Tier')).toEqual(['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE']);
    expect(enumValues('LimitMode')).toEqual(['HARD', 'SOFT']);
    const query = api.getQueryType()!.getFields();
    for (const field of ['myUsage', 'myTier', 'solutionUsage', 'tierGrants', 'tierGrantHistory']) expect(query).toHaveProperty(field);
    expect(api.getMutationType()!.getFields()).toHaveProperty('grantTier');
    const user = api.getType('User') as import('graphql').GraphQLObjectType;
    expect(Object.keys(user.getFields())).toEqual(expect.arrayContaining(['id', 'email', 'usage']));
    const solution = api.getType('Solution') as import('graphql').GraphQLObjectType;
    expect(Object.keys(solution.getFields())).toEqual(expect.arrayContaining(['id', 'slug', 'name']));
  });
});
