import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/support/problem.ts';
import { systemClock } from './clock.ts';
import { InputError, notFound } from './errors.ts';
import { type RunningServer, startSubgraphServer } from './subgraph-server.ts';

/** A subgraph's own routes (billing's webhooks, PDFs, CSVs) that fail in every way a route can. */
const SECRET = 'rzp_live_secret_do_not_send';
const logs: Record<string, any>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }) });

async function routes(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  switch (req.url) {
    case '/missing': throw notFound('Invoice');
    case '/bad': throw new InputError('month', 'month must be a month written YYYY-MM.');
    case '/bug': throw new Error(`could not sign with ${SECRET}`);
    case '/outage': throw Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:8000 (${SECRET})`), { code: 'ECONNREFUSED' });
    case '/ok': res.writeHead(200, { 'content-type': 'text/plain' }).end('fine'); return true;
    default: return false;
  }
}

let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startSubgraphServer(
    { name: 'test', schema, internalSecret: 'x'.repeat(32), logger, clock: systemClock, production: false, createContext: (b) => b, routes },
    { port: 0, host: '127.0.0.1' },
  );
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

describe('a subgraph\'s own routes refuse as problem+json', () => {
  it('answers a caller\'s mistake with its status, code and field', async () => {
    await expectProblem(await fetch(`${base}/missing`), 404, 'NOT_FOUND');
    await expectProblem(await fetch(`${base}/bad`), 400, 'BAD_USER_INPUT', 'month');
  });

  it('answers a bug as a 500 with a request id and no internals, the cause only logged', async () => {
    const res = await fetch(`${base}/bug`, { headers: { 'x-request-id': 'req-bug-1' } });
    const body = await expectProblem(res, 500, 'INTERNAL');
    expect(body).toMatchObject({ detail: 'Internal error.', requestId: 'req-bug-1' });
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect(logs.find((line) => line.requestId === 'req-bug-1')).toMatchObject({ level: 50, code: 'INTERNAL', path: '/bug' });
  });

  it('answers a store outage as a 503 with Retry-After', async () => {
    const res = await fetch(`${base}/outage`);
    expect(res.headers.get('retry-after')).toBe('1');
    const body = await expectProblem(res, 503, 'UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`${SECRET}|127\\.0\\.0\\.1`));
  });

  it('answers an unknown path or a malformed GraphQL body as problem+json, not Express\'s HTML page', async () => {
    expect(await (await fetch(`${base}/ok`)).text()).toBe('fine');
    await expectProblem(await fetch(`${base}/nowhere`), 404, 'NOT_FOUND');
    const malformed = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    const body = await expectProblem(malformed, 400, 'BAD_REQUEST', 'body');
    expect(body).toMatchObject({ problems: [{ field: 'body' }] });
    expect(JSON.stringify(body)).not.toMatch(/SyntaxError|at JSON/);
  });
});
