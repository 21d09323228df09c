import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type DocumentNode, GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type BaseContext, createLogger, type RunningServer, startSubgraphServer, systemClock } from '@marketplace/shared';
import { type GatewayOptions, startGateway } from './gateway-server.ts';
import { SingleFetchPlans } from './single-fetch.ts';

/**
 * The single-fetch fast path answers exactly as `@apollo/gateway`'s executor does. An operation's first request
 * always takes the gateway's path (its plan is recorded then), so each case is asked twice and both answers must be
 * equal; `executeQueryPlan` is watched to prove which path each answer took.
 */
const SECRET = 'single-fetch-test-internal-secret-0123456789';
const logger = createLogger('test', 'silent');
const gatewayModule = createRequire(import.meta.url)('@apollo/gateway/dist/executeQueryPlan.js') as { executeQueryPlan: (...args: unknown[]) => unknown };
const executeQueryPlan = vi.spyOn(gatewayModule, 'executeQueryPlan');
const passThrough = vi.spyOn(SingleFetchPlans.prototype, 'passThrough');
/** Whether the last request was answered with the subgraph's bytes. */
async function passedThrough(): Promise<boolean> {
  const last = passThrough.mock.results.at(-1);
  return !!last && (await last.value) !== null;
}
let subgraphCalls = 0;

const books = [
  { id: 'b1', title: 'Dune', pages: 412, genre: 'NOVEL' },
  { id: 'b2', title: 'Leaves', pages: null, genre: 'POETRY' },
  { id: 'b3', title: 'Ghost', pages: 9, genre: 'SECRET' }, // not a value of the enum: invalid when asked for
];
const library = {
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    enum Genre { NOVEL POETRY }
    type Book @key(fields: "id") { id: ID! title: String! pages: Int genre: Genre secret: String }
    type Magazine { id: ID! issue: Int! }
    union Item = Book | Magazine
    type Query {
      books(first: Int = 2): [Book!]!
      book(id: ID!): Book
      items: [Item!]!
      mustHave: Book!
      whoAmI: String
    }
    type Mutation { rename(id: ID!, title: String!): Book }
  `),
  resolvers: {
    Query: {
      books: (_: unknown, { first }: { first: number }) => books.slice(0, first),
      book: (_: unknown, { id }: { id: string }) => books.find((b) => b.id === id) ?? null,
      items: () => [books[0], { id: 'm1', issue: 7 }],
      mustHave: () => {
        throw new GraphQLError('There is none.', { extensions: { code: 'NOT_FOUND' } });
      },
      whoAmI: (_: unknown, __: unknown, context: BaseContext) => {
        subgraphCalls++;
        return context.caller.userId ?? null;
      },
    },
    Mutation: { rename: (_: unknown, { id, title }: { id: string; title: string }) => ({ ...books.find((b) => b.id === id)!, title }) },
    Item: { __resolveType: (item: { issue?: number }) => (item.issue ? 'Magazine' : 'Book') },
    Book: {
      secret: (book: { id: string }) => {
        if (book.id === 'b1') throw new GraphQLError('Not yours.', { extensions: { code: 'FORBIDDEN' } });
        if (book.id === 'b2') throw new Error('database exploded');
        return 'open';
      },
    },
  },
};
const reviews = {
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Book @key(fields: "id") { id: ID! reviews: [String!]! }
  `),
  resolvers: { Book: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, reviews: [`${ref.id} is good`] }) } },
};
const outage = { typeDefs: parse('type Query { weather: String }'), resolvers: {} };

let servers: RunningServer[] = [];
let down: Server;
let gatewayUrl = '';

beforeAll(async () => {
  const subgraph = (name: string, module: { typeDefs: DocumentNode; resolvers: object }) =>
    startSubgraphServer(
      { name, schema: buildSubgraphSchema([module as never]), internalSecret: SECRET, logger, clock: systemClock, production: true, createContext: (base) => base },
      { port: 0, host: '127.0.0.1' },
    );
  servers = [await subgraph('library', library), await subgraph('reviews', reviews)];
  down = createServer((_req, res) => void res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance'));
  await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
  const composed = composeServices([
    { name: 'library', typeDefs: library.typeDefs, url: servers[0]!.url },
    { name: 'reviews', typeDefs: reviews.typeDefs, url: servers[1]!.url },
    { name: 'outage', typeDefs: outage.typeDefs, url: 'http://unused' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const options: GatewayOptions = {
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: { library: servers[0]!.url, reviews: servers[1]!.url, outage: `http://127.0.0.1:${(down.address() as AddressInfo).port}/graphql` },
    internalSecret: SECRET,
    fingerprintSecret: 'single-fetch-test-fingerprint-secret-0123',
    verifyToken: async (token) => (token === 'good' ? { userId: 'usr_reader', roles: ['customer'], sessionId: 'ses_1' } : null),
    sessionStatus: async () => ({ active: true, roles: ['customer'] }),
    trustProxyHops: 0,
    checkDatabase: async () => undefined,
    logger,
    clock: systemClock,
    production: true,
    introspection: true,
    explorer: false,
    maxBodyBytes: 100_000,
    maxDepth: 12,
    maxCost: 5_000,
    publicConfig: { quotaUrl: 'http://127.0.0.1:1' },
  };
  const gateway = await startGateway(options, { port: 0, host: '127.0.0.1' });
  servers.push(gateway);
  gatewayUrl = `${gateway.url}/graphql`;
});
afterAll(async () => {
  for (const server of servers.reverse()) await server.close();
  await new Promise((resolve) => down?.close(resolve));
});

type Answer = { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[]; extensions?: unknown };

async function send(query: string, variables?: Record<string, unknown>, operationName?: string, headers: Record<string, string> = {}) {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer good', ...headers },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const text = await res.text();
  const sent = Object.fromEntries([...res.headers].filter(([name]) => name !== 'date'));
  return { status: res.status, headers: sent, text, body: JSON.parse(text) as Answer };
}

async function ask(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const { status, body } = await send(query, variables, operationName);
  return { status, body };
}

/**
 * Asks twice: the gateway's path, then (when the plan is one fetch) the fast path. Both answers must be equal,
 * byte for byte and header for header.
 */
async function twice(query: string, variables?: Record<string, unknown>, operationName?: string, headers?: Record<string, string>) {
  executeQueryPlan.mockClear();
  const viaGateway = await send(query, variables, operationName, headers);
  expect(executeQueryPlan).toHaveBeenCalledTimes(1);
  const again = await send(query, variables, operationName, headers);
  expect(again).toEqual(viaGateway);
  return { answer: { status: again.status, body: again.body }, fastPath: executeQueryPlan.mock.calls.length === 1, passedThrough: await passedThrough() };
}

describe('the single-fetch fast path', () => {
  it('answers a plain query, aliases, fragments and nested nulls as the gateway does, signed as the caller', async () => {
    const { answer, fastPath, passedThrough } = await twice(`
      query Shelf { first: books { ...Parts title } again: books(first: 1) { id name: title } whoAmI __typename }
      fragment Parts on Book { id pages genre }
    `);
    expect(fastPath).toBe(true);
    expect(passedThrough).toBe(false); // fragments and a root __typename: shaped by the gateway
    expect(answer).toEqual({
      status: 200,
      body: {
        data: {
          first: [
            { id: 'b1', pages: 412, genre: 'NOVEL', title: 'Dune' },
            { id: 'b2', pages: null, genre: 'POETRY', title: 'Leaves' },
          ],
          again: [{ id: 'b1', name: 'Dune' }],
          whoAmI: 'usr_reader',
          __typename: 'Query',
        },
      },
    });
  });

  it('passes variables and applies @skip/@include and argument defaults; a later request with new variables stays on it', async () => {
    const query = 'query Pick($id: ID!, $n: Int, $full: Boolean!) { book(id: $id) { title pages @include(if: $full) genre @skip(if: $full) } books(first: $n) { id } }';
    const { answer, fastPath } = await twice(query, { id: 'b2', n: 3, full: false });
    expect(fastPath).toBe(true);
    expect(answer.body).toEqual({ data: { book: { title: 'Leaves', genre: 'POETRY' }, books: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }] } });
    executeQueryPlan.mockClear();
    expect((await ask(query, { id: 'b1', full: true })).body).toEqual({ data: { book: { title: 'Dune', pages: 412 }, books: [{ id: 'b1' }, { id: 'b2' }] } });
    expect(executeQueryPlan).not.toHaveBeenCalled();
  });

  it('reports bad variables with the gateway’s error, before any subgraph call', async () => {
    const query = 'query Pick($id: ID!) { book(id: $id) { title } }';
    // Refused variables never reach planning: the gateway's answer first, then the plan, then the fast path's.
    executeQueryPlan.mockClear();
    const viaGateway = await ask(query, { id: { not: 'an id' } });
    expect(viaGateway.status).toBe(400);
    expect(viaGateway.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask(query, { id: 'b1' })).body).toEqual({ data: { book: { title: 'Dune' } } });
    expect(executeQueryPlan).toHaveBeenCalledTimes(1);
    expect(await ask(query, { id: { not: 'an id' } })).toEqual(viaGateway);
    expect(executeQueryPlan).toHaveBeenCalledTimes(1);
  });

  it('keeps subgraph errors: codes, paths, masked internals, nulls in place, and a null bubbling to the root', async () => {
    const partial = await twice('{ books { id secret } }');
    expect(partial.fastPath).toBe(true);
    expect(partial.answer.body.data).toEqual({ books: [{ id: 'b1', secret: null }, { id: 'b2', secret: null }] });
    expect(partial.answer.body.errors).toEqual([
      { message: 'Not yours.', path: ['books', 0, 'secret'], extensions: { code: 'FORBIDDEN', serviceName: 'library' } },
      { message: 'Internal error.', path: ['books', 1, 'secret'], extensions: { code: 'INTERNAL', serviceName: 'library' } },
    ]);
    expect(JSON.stringify(partial.answer.body)).not.toMatch(/exploded|stacktrace/);

    const bubbled = await twice('{ whoAmI mustHave { id } }');
    expect(bubbled.fastPath).toBe(true);
    expect(bubbled.answer.body.data).toBeNull();
    expect(bubbled.answer.body.errors).toEqual([{ message: 'There is none.', path: ['mustHave'], extensions: { code: 'NOT_FOUND', serviceName: 'library' } }]);
  });

  it('reports a value the API schema does not allow as the gateway does', async () => {
    const { answer, fastPath } = await twice('{ books(first: 3) { id genre } }');
    expect(fastPath).toBe(true);
    expect(answer.body.data).toEqual({ books: [{ id: 'b1', genre: 'NOVEL' }, { id: 'b2', genre: 'POETRY' }, { id: 'b3', genre: null }] });
  });

  it('shapes abstract types (inline fragments over a union) as the gateway does', async () => {
    const { answer, fastPath } = await twice('{ items { ... on Book { title } ... on Magazine { issue } } }');
    expect(fastPath).toBe(true);
    expect(answer.body).toEqual({ data: { items: [{ title: 'Dune' }, { issue: 7 }] } });
  });

  it('runs a single-subgraph mutation once per request', async () => {
    const { answer, fastPath } = await twice('mutation { rename(id: "b1", title: "Dune Messiah") { id title } }');
    expect(fastPath).toBe(true);
    expect(answer.body).toEqual({ data: { rename: { id: 'b1', title: 'Dune Messiah' } } });
  });

  it('answers a subgraph that is down as the gateway does', async () => {
    const { answer, fastPath } = await twice('{ weather }');
    expect(fastPath).toBe(true);
    expect(answer.body.data).toEqual({ weather: null });
    expect(answer.body.errors).toEqual([{ message: 'Internal error.', extensions: { code: 'INTERNAL' } }]);
    expect(JSON.stringify(answer.body)).not.toContain('down for maintenance');
  });

  it('passes a query that selects what the subgraph answers on as its bytes, with the headers Apollo Server sends', async () => {
    const query = 'query Mine($n: Int) { whoAmI books(first: $n) { id title pages } }';
    const plain = await twice(query, { n: 2 });
    expect(plain).toMatchObject({ fastPath: true, passedThrough: true });
    expect(plain.answer).toEqual({ status: 200, body: { data: { whoAmI: 'usr_reader', books: [{ id: 'b1', title: 'Dune', pages: 412 }, { id: 'b2', title: 'Leaves', pages: null }] } } });
    // The content type negotiated as Apollo Server negotiates it, per Accept header.
    const graphqlJson = await twice(`${query} `, { n: 1 }, undefined, { accept: 'application/graphql-response+json, application/json;q=0.9' });
    expect(graphqlJson.passedThrough).toBe(true);
    expect((await send(`${query} `, { n: 1 }, undefined, { accept: 'application/graphql-response+json, application/json;q=0.9' })).headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    // One subgraph call per request.
    subgraphCalls = 0;
    await send(query, { n: 1 });
    expect(subgraphCalls).toBe(1);
  });

  it('sends refused callers, refused variables and subgraph errors down Apollo Server’s path, asking the subgraph once', async () => {
    const query = 'query Mine($n: Int) { whoAmI books(first: $n) { id secret } }';
    await twice('query Who { whoAmI }');
    const refusedCaller = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer forged' },
      body: JSON.stringify({ query: 'query Who { whoAmI }' }),
    });
    expect(await passedThrough()).toBe(false);
    expect(refusedCaller.status).toBe(401);
    expect(((await refusedCaller.json()) as Answer).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const refusedVariables = await send('query Mine($n: Int) { whoAmI books(first: $n) { id title pages } }', { n: 'many' });
    expect(await passedThrough()).toBe(false);
    expect(refusedVariables.status).toBe(400);
    expect(refusedVariables.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownOperation = await send('query Who { whoAmI }', undefined, 'Nobody');
    expect(await passedThrough()).toBe(false);
    expect(unknownOperation.body.errors?.[0]?.message).toMatch(/Nobody/);

    const partial = await twice(query, { n: 1 });
    expect(partial).toMatchObject({ fastPath: true, passedThrough: false });
    expect(partial.answer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    subgraphCalls = 0;
    await send(query, { n: 1 });
    expect(await passedThrough()).toBe(false);
    expect(subgraphCalls).toBe(1);
  });

  it('leaves entity joins, introspection and the choice of operation to the gateway', async () => {
    const joined = await twice('{ books { title reviews } }');
    expect(joined.fastPath).toBe(false);
    expect(joined.answer.body).toEqual({ data: { books: [{ title: 'Dune', reviews: ['b1 is good'] }, { title: 'Leaves', reviews: ['b2 is good'] }] } });

    const introspecting = await twice('{ books(first: 1) { id } __type(name: "Book") { name } }');
    expect(introspecting.fastPath).toBe(false);
    expect(introspecting.answer.body).toEqual({ data: { books: [{ id: 'b1' }], __type: { name: 'Book' } } });

    // One document, two operations: each keeps its own plan.
    const document = 'query A { whoAmI } query B { books(first: 1) { title reviews } }';
    expect((await twice(document, undefined, 'A')).fastPath).toBe(true);
    const b = await twice(document, undefined, 'B');
    expect(b.fastPath).toBe(false);
    expect(b.answer.body).toEqual({ data: { books: [{ title: 'Dune', reviews: ['b1 is good'] }] } });
  });
});
