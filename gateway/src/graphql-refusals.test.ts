import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { type BaseContext, createLogger } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayLambdaHandler } from './gateway-lambda.ts';
import { createGatewayApp, type GatewayOptions, graphqlPostHandler } from './gateway-server.ts';

// What /graphql answers before a query runs, on both of the process's paths (the plain POST handler and Express's
// route, which takes compressed bodies): GraphQL's `errors` body, to the byte, with the status and content type.
const options = {
  production: false,
  maxBodyBytes: 400,
  maxDepth: 3,
  logger: createLogger('test', 'silent'),
  subgraphUrls: {},
  serviceHealthUrls: {},
  checkDatabase: async () => undefined,
  publicConfig: { quotaUrl: 'http://127.0.0.1:1' },
  explorer: false,
} as unknown as GatewayOptions;
// A server whose every query fails unexpectedly: the refusals are answered before it, the last one by it.
const apollo = {
  assertStarted: () => undefined,
  executeHTTPGraphQLRequest: async () => {
    throw new Error('boom: a secret internal detail');
  },
} as unknown as ApolloServer<BaseContext>;

const servers: Server[] = [];
const urls: Record<'plain' | 'express', string> = { plain: '', express: '' };
beforeAll(async () => {
  const listen = async (server: Server) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  };
  urls.plain = await listen(createServer(graphqlPostHandler(options, apollo)));
  urls.express = await listen(createServer(createGatewayApp(options, apollo, { graphql: true })));
});
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

const deep = `{ ${'a { '.repeat(25)}b${' }'.repeat(25)} }`;
const cases: [string, string, number, string][] = [
  ['a body past the limit', JSON.stringify({ query: `{ a }`, pad: 'x'.repeat(500) }), 413, '{"errors":[{"message":"The request body is larger than 400 bytes.","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}'],
  ['malformed JSON', '{"query": "{ a }"', 400, '{"errors":[{"message":"The request body is not valid JSON.","extensions":{"code":"BAD_REQUEST"}}]}'],
  ['JSON that is not an object', '"{ a }"', 400, '{"errors":[{"message":"The request body is not valid JSON.","extensions":{"code":"BAD_REQUEST"}}]}'],
  [
    'a query nested far too deep to parse',
    JSON.stringify({ query: deep }),
    400,
    '{"errors":[{"message":"The query is nested deeper than this server accepts (maximum depth 3).","extensions":{"code":"QUERY_TOO_DEEP"}}]}',
  ],
  ['a query the server fails on', JSON.stringify({ query: '{ a }' }), 500, '{"errors":[{"message":"Internal error.","extensions":{"code":"INTERNAL"}}]}'],
];

describe('the gateway refuses a GraphQL request before it runs with one body on every path', () => {
  for (const path of ['plain', 'express'] as const) {
    it.each(cases)(`${path}: %s`, async (_name, body, status, answer) => {
      const res = await fetch(urls[path], { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect([res.status, res.headers.get('content-type'), await res.text()]).toEqual([status, 'application/json; charset=utf-8', answer]);
    });
  }
});

describe('the gateway as a Lambda function refuses the same way', () => {
  it('answers a body past the limit and a query nested far too deep with the same bytes', async () => {
    const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
    const handler = gatewayLambdaHandler({ ...options, supergraphSdl, internalSecret: 'x'.repeat(32), maxCost: 1000, introspection: false, clock: { now: () => new Date() } } as GatewayOptions);
    const event = (body: string) =>
      ({ rawPath: '/graphql', body, isBase64Encoded: false, headers: { 'content-type': 'application/json' }, requestContext: { http: { method: 'POST', sourceIp: '127.0.0.1' } } }) as never;
    for (const [, body, status, answer] of [cases[0]!, cases[3]!]) {
      const result = (await handler(event(body), {} as never)) as { statusCode: number; body: string };
      expect([result.statusCode, result.body]).toEqual([status, answer]);
    }
  });
});
