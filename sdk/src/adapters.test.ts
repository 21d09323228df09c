import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it } from 'vitest';
import type { QuotaClient } from './client.ts';
import type { QuotaDecision } from './decision.ts';
import type { ValidateRequest } from './contract.ts';
import { QuotaIntegrationError } from './errors.ts';
import * as sdkExpress from './express.ts';
import * as sdkNode from './node.ts';

/** The adapters over a stand-in client (no platform): what they put on the wire around the SDK's own answers. */
function standIn(answer: (request: ValidateRequest) => Partial<QuotaDecision> | Error) {
  const asked: ValidateRequest[] = [];
  const decide = async (request: ValidateRequest): Promise<QuotaDecision> => {
    asked.push(request);
    const result = answer(request);
    if (result instanceof Error) throw result;
    return { allowed: true, code: 'VALID', tier: 'registered', limit: 100, used: 1, remaining: 99, resetAt: null, features: {}, subject: { type: 'key' }, source: 'marketplace', headers: {}, ...result };
  };
  const client: QuotaClient = { validate: decide, check: decide, status: () => ({ circuit: 'closed', failMode: 'closed', lastAnsweredAt: null, lastUnavailableAt: null, secretRefused: false }) };
  return { client, asked };
}

async function serve(server: ReturnType<typeof createServer>) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** One GET with a raw request target (node's `request`, so an absolute-form target goes out as it is). */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Express', () => {
  it('answers a refusal and the health report with no ETag and no X-Powered-By, however often they are asked', async () => {
    const { client } = standIn(() => ({ allowed: false, code: 'QUOTA_EXCEEDED', tier: 'anonymous', remaining: 0, used: 10, limit: 10 }));
    const app = express();
    app.get('/health', sdkExpress.healthHandler({ client, version: '1.0.0' }));
    app.get('/v1/rates/:base', sdkExpress.marketplace({ client, onError: () => {} }), (_req, res) => void res.json({ ok: true }));
    const server = await serve(createServer(app));
    try {
      const refused = await get(server.port, '/v1/rates/INR');
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toBe('application/problem+json');
      expect(JSON.parse(refused.body)).toMatchObject({ code: 'QUOTA_EXCEEDED', status: 429 });
      expect(refused.headers.etag).toBeUndefined();
      expect(refused.headers['x-powered-by']).toBeUndefined();
      expect(Number(refused.headers['content-length'])).toBe(Buffer.byteLength(refused.body));
      const health = await get(server.port, '/health');
      expect(health.headers.etag).toBeUndefined();
      expect(health.headers['x-powered-by']).toBeUndefined();
      expect(JSON.parse(health.body)).toMatchObject({ status: expect.any(String) });
    } finally {
      await server.close();
    }
  });
});

describe('node:http', () => {
  it('answers a handler that throws or rejects with a problem+json 500 that keeps the marketplace headers, meters the call once and tells onError', async () => {
    const errors: Error[] = [];
    const { client, asked } = standIn(() => ({ headers: { 'ratelimit-policy': '"quota";q=100;w=2592000', ratelimit: '"quota";r=99;t=60' } }));
    const handler = withPartnerBug();
    const server = await serve(createServer(sdkNode.withMarketplace({ client, onError: (error) => errors.push(error) }, handler)));
    try {
      for (const path of ['/v1/throws?token=s3cret', '/v1/rejects']) {
        const failed = await get(server.port, path, { 'x-api-key': 'mk_live_test' });
        expect(failed.status, path).toBe(500);
        expect(failed.headers['content-type']).toBe('application/problem+json');
        expect(failed.headers['cache-control']).toBe('no-store');
        expect(JSON.parse(failed.body)).toEqual({
          type: 'https://marketplace.local/problems/internal',
          title: 'Internal error',
          status: 500,
          detail: 'This API failed to answer the call.',
          code: 'INTERNAL',
        });
        expect(failed.body).not.toMatch(/10\.0\.0\.5|withPartnerBug|s3cret/);
        // The handler's own headers go; the marketplace's stay: the caller still sees the call it was charged.
        expect(failed.headers['x-partner']).toBeUndefined();
        expect(failed.headers.ratelimit).toBe('"quota";r=99;t=60');
        expect(failed.headers['x-marketplace-tier']).toBe('registered');
      }
      expect(asked).toHaveLength(2);
      expect(errors.map((e) => e.message)).toEqual([
        'The request handler of GET /v1/throws failed: rates feed at 10.0.0.5 timed out',
        'The request handler of GET /v1/rejects failed: rates feed at 10.0.0.5 timed out',
      ]);
      expect(errors.map((e) => (e.cause as Error).stack)).toEqual([expect.stringContaining('withPartnerBug'), expect.stringContaining('withPartnerBug')]);
      // Headers already sent: the connection is cut, so the half answer never looks complete.
      await expect(get(server.port, '/v1/half', { 'x-api-key': 'mk_live_test' })).rejects.toThrow();
      expect(errors).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it('tells the marketplace and onError only the path of an unregistered endpoint: no query, fragment, host or credentials', async () => {
    const errors: Error[] = [];
    const { client, asked } = standIn(() => new QuotaIntegrationError({ type: 'x', title: 'The request is not valid', status: 400, detail: 'not registered', field: 'endpoint' }));
    const gate = sdkNode.createMarketplaceGate({ client, onError: (error) => errors.push(error) });
    const server = await serve(createServer((req, res) => void gate(req, res)));
    try {
      for (const target of ['/v1/nope?token=s3cret', 'http://user:s3cret@api.example/v1/nope?token=s3cret', '/v1/nope#s3cret']) {
        expect((await get(server.port, target)).status, target).toBe(404);
      }
      expect(asked.map((a) => a.endpoint)).toEqual(['GET /v1/nope', 'GET /v1/nope', 'GET /v1/nope']);
      expect(errors).toHaveLength(3);
      for (const error of errors) {
        expect(error.message).toContain('GET /v1/nope is not a registered endpoint');
        expect(error.message).not.toMatch(/s3cret|api\.example|user:/);
      }
    } finally {
      await server.close();
    }
  });
});

/** A partner handler whose error tells internals: it throws, rejects, or fails mid-answer by path. */
function withPartnerBug() {
  return function withPartnerBug(req: { url?: string | undefined }, res: import('node:http').ServerResponse): unknown {
    res.setHeader('x-partner', 'yes');
    res.setHeader('content-type', 'text/plain');
    const failure = new Error('rates feed at 10.0.0.5 timed out');
    if (req.url?.startsWith('/v1/throws')) throw failure;
    if (req.url === '/v1/half') {
      res.writeHead(200);
      res.write('partial');
      return Promise.reject(failure);
    }
    return Promise.reject(failure);
  };
}
