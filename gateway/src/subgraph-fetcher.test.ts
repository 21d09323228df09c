import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_IDLE_SOCKET_MS, keepConnectionsAlive, SERVER_KEEP_ALIVE_MS } from '@marketplace/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSubgraphFetcher, SignedSubgraphSource } from './subgraph-fetcher.ts';

describe('the gateway’s subgraph fetcher', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/graphql`;
  }

  it('sends the body and headers, reads status, headers and JSON, and reuses one connection', async () => {
    const peers = new Set<number>();
    const url = await listen((req, res) => {
      peers.add(req.socket.remotePort!);
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json', 'x-echo': String(req.headers['x-caller']) });
        res.end(JSON.stringify({ data: { got: JSON.parse(body) } }));
      });
    });
    const fetcher = createSubgraphFetcher();
    for (let i = 0; i < 3; i++) {
      const res = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-caller': `c${i}` }, body: JSON.stringify({ query: `{ n${i} }` }) });
      expect(res.ok).toBe(true);
      expect(res.headers.get('Content-Type')).toBe('application/json');
      expect(res.headers.get('x-echo')).toBe(`c${i}`);
      expect(await res.json()).toEqual({ data: { got: { query: `{ n${i} }` } } });
    }
    expect(peers.size).toBe(1);
    fetcher.destroy();
  });

  it('closes an idle connection itself, before the subgraph would: a reused connection is never one the subgraph is closing', async () => {
    const closedBy: string[] = [];
    const url = await listen((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'));
    // Node's own default: the subgraph would close an idle connection after 5 s.
    server!.keepAliveTimeout = 5_000;
    server!.on('connection', (socket) => {
      socket.on('end', () => closedBy.push('gateway'));
      socket.on('timeout', () => closedBy.push('subgraph'));
    });
    const fetcher = createSubgraphFetcher({ idleSocketMs: 200 });
    await fetcher(url, { method: 'POST', body: '{}' });
    await vi.waitFor(() => expect(closedBy).toEqual(['gateway']), { timeout: 2_000, interval: 50 });
    // The next query opens a fresh connection and is answered.
    expect((await fetcher(url, { method: 'POST', body: '{}' })).status).toBe(200);
    fetcher.destroy();
  });

  it('keeps an idle connection for less time than every platform server keeps it open', () => {
    expect(CLIENT_IDLE_SOCKET_MS).toBeLessThan(SERVER_KEEP_ALIVE_MS);
    expect(keepConnectionsAlive(createServer()).keepAliveTimeout).toBe(SERVER_KEEP_ALIVE_MS);
  });

  it('reports a non-2xx answer as not ok with its text, and a refused connection as an error', async () => {
    const url = await listen((_req, res) => void res.writeHead(503, { 'content-type': 'text/plain' }).end('down'));
    const fetcher = createSubgraphFetcher();
    const res = await fetcher(url, { method: 'POST', body: '{}' });
    expect([res.ok, res.status, await res.clone().text(), await res.text()]).toEqual([false, 503, 'down', 'down']);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    fetcher.destroy();
    await expect(fetcher(url, { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('passes a subgraph’s refusal of the caller’s variables on as its errors, and any other 400 as a failure', async () => {
    const refusal = { message: 'Variable "$price" got invalid value 1.5; SafeInt cannot represent non-integer value: 1.5', extensions: { code: 'BAD_USER_INPUT' } };
    let answer: unknown = { errors: [refusal] };
    const url = await listen((_req, res) => void res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(answer)));
    const fetcher = createSubgraphFetcher();
    const source = new SignedSubgraphSource(url, fetcher, () => []);
    const process = () => source.process({ request: { query: 'query($price: SafeInt!) { preview(price: $price) }', variables: { price: 1.5 } }, context: { requestId: 'r' } } as never);
    expect((await process()).errors).toEqual([refusal]);
    answer = { errors: [refusal, { message: 'Something broke', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
    await expect(process()).rejects.toThrow(/400/);
    answer = 'not json';
    await expect(process()).rejects.toThrow(/400/);
    fetcher.destroy();
  });
});
