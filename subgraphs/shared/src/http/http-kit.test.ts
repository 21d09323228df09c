import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError, InputError } from '../errors.ts';
import { bodyParserRefusal, isJsonContentType, parseJson, readBody, readJsonBody } from './body.ts';
import { sendJson } from './json.ts';
import { createProblemSender } from './problem.ts';
import { requestIdOf } from './request-id.ts';

/** The kit on a real server: what the shim uses today and the billing webhook (raw bytes for its HMAC) tomorrow. */
const logs: Record<string, any>[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
const sendProblem = createProblemSender(logger);
let route: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async () => {};
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    route(req, res).catch((error) => sendProblem(req, res, error instanceof DomainError ? error : new DomainError('INTERNAL', 'Internal error.', { cause: error })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `chunks` one by one (so the body arrives in pieces) and reads the answer. */
function post(chunks: Buffer[], headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('readBody', () => {
  it('gives the exact raw bytes of a body that arrives in pieces, e.g. to check an HMAC over them', async () => {
    route = async (req, res) => {
      const raw = await readBody(req, 1024);
      sendJson(res, 200, { hex: raw.toString('hex'), parsed: parseJson(raw) });
    };
    const text = '{"event":"payment.captured","amount":49900,"note":"₹ é"}';
    const bytes = Buffer.from(text, 'utf8');
    const res = await post([bytes.subarray(0, 7), bytes.subarray(7, 30), bytes.subarray(30)]);
    expect(JSON.parse(res.body)).toEqual({ hex: bytes.toString('hex'), parsed: JSON.parse(text) });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses a body over the limit, declared or streamed, with 413 and closes the connection', async () => {
    route = async (req, res) => void sendJson(res, 200, { size: (await readBody(req, 100)).length });
    const declared = await post([Buffer.alloc(101, 'a')]);
    expect(declared.status).toBe(413);
    expect(declared.headers.connection).toBe('close');
    const detail = 'The request body is larger than 100 bytes.';
    expect(JSON.parse(declared.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail, field: 'body', problems: [{ field: 'body', message: detail }] });
    const streamed = await post([Buffer.alloc(60, 'a'), Buffer.alloc(60, 'a')], { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    expect(JSON.parse((await post([Buffer.alloc(100, 'a')])).body)).toEqual({ size: 100 });
  });

  it('answers BAD_REQUEST on `body` for a body that is not JSON', async () => {
    route = async (req, res) => void sendJson(res, 200, parseJson(await readBody(req, 100)));
    const res = await post([Buffer.from('{"a": ')]);
    expect(res.status).toBe(400);
    const detail = 'The request body is not valid JSON.';
    expect(JSON.parse(res.body)).toMatchObject({ code: 'BAD_REQUEST', type: '/docs/errors#bad_request', field: 'body', problems: [{ field: 'body', message: detail }] });
  });
});

describe("readJsonBody: every REST route's refusals of a body, one shape", () => {
  const refusal = (res: { status: number; body: string }) => {
    const { code, field, problems } = JSON.parse(res.body) as { code: string; field: string; problems: { field: string }[] };
    return { status: res.status, code, field, problemFields: problems.map((p) => p.field) };
  };

  it('answers a wrong content type 415, an oversized body 413 and malformed JSON 400, each naming its field', async () => {
    route = async (req, res) => void sendJson(res, 200, { parsed: await readJsonBody(req, 100) });
    expect(JSON.parse((await post([Buffer.from('{"a":1}')])).body)).toEqual({ parsed: { a: 1 } });
    expect(refusal(await post([Buffer.from('a=1')], { 'content-type': 'application/x-www-form-urlencoded' }))).toEqual({
      status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type', problemFields: ['content-type'],
    });
    expect(refusal(await post([Buffer.alloc(101, 'a')]))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE', field: 'body', problemFields: ['body'] });
    expect(refusal(await post([Buffer.from('{"a": ')]))).toEqual({ status: 400, code: 'BAD_REQUEST', field: 'body', problemFields: ['body'] });
  });

  it('answers a compressed body 415 on content-encoding rather than reading its bytes as JSON; identity is no coding', async () => {
    route = async (req, res) => void sendJson(res, 200, { parsed: await readJsonBody(req, 100) });
    for (const coding of ['gzip', 'GZIP', 'br', 'x-custom', 'identity, gzip']) {
      expect(refusal(await post([gzipSync('{"a":1}')], { 'content-encoding': coding })), coding).toEqual({
        status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-encoding', problemFields: ['content-encoding'],
      });
    }
    for (const coding of ['identity', 'Identity', ' identity ']) {
      expect(JSON.parse((await post([Buffer.from('{"a":1}')], { 'content-encoding': coding })).body), coding).toEqual({ parsed: { a: 1 } });
    }
  });

  it("maps Express's body parser refusals to the same ones, and nothing else", () => {
    expect(bodyParserRefusal(Object.assign(new Error('too large'), { status: 413, type: 'entity.too.large', limit: 1024 }), 99)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE', field: 'body', message: 'The request body is larger than 1024 bytes.',
    });
    expect(bodyParserRefusal(Object.assign(new SyntaxError('Unexpected end'), { status: 400, type: 'entity.parse.failed' }), 99)).toMatchObject({ code: 'BAD_REQUEST', field: 'body' });
    expect(bodyParserRefusal(Object.assign(new Error('unsupported charset'), { status: 415, type: 'charset.unsupported' }), 99)).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-type',
    });
    expect(bodyParserRefusal(Object.assign(new Error('unsupported content encoding "zstd"'), { status: 415, type: 'encoding.unsupported' }), 99)).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content-encoding', problems: [{ field: 'content-encoding' }],
    });
    expect(bodyParserRefusal(new Error('a bug'), 99)).toBeUndefined();
    expect(bodyParserRefusal(Object.assign(new Error('upstream'), { status: 502 }), 99)).toBeUndefined();
  });
});

describe('isJsonContentType', () => {
  it('takes JSON and +json types with parameters, nothing else', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/merge-patch+json']) expect(isJsonContentType(type), type).toBe(true);
    for (const type of [undefined, '', 'text/json', 'application/jsonp', 'application/x-www-form-urlencoded', 'multipart/form-data']) expect(isJsonContentType(type), String(type)).toBe(false);
  });
});

describe('the problem sender', () => {
  it('answers problem+json with code, field, problems and a request id that is also the header and in the log, never the detail', async () => {
    logs.length = 0;
    route = async (req) => {
      await readBody(req, 1024);
      throw new InputError('client.ip', 'client.ip 999.1.1.1 is not an IPv4 or IPv6 address.', [{ field: 'client.ip', message: 'not an address' }]);
    };
    const res = await post([Buffer.from('{}')]);
    const body = JSON.parse(res.body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(body).toEqual({
      type: '/docs/errors#bad_user_input',
      title: 'The input is not valid',
      status: 400,
      detail: 'client.ip 999.1.1.1 is not an IPv4 or IPv6 address.',
      code: 'BAD_USER_INPUT',
      requestId: res.headers['x-request-id'],
      field: 'client.ip',
      problems: [{ field: 'client.ip', message: 'not an address' }],
    });
    expect(res.headers.connection).not.toBe('close');
    expect(logs).toEqual([expect.objectContaining({ level: 30, requestId: body.requestId, code: 'BAD_USER_INPUT', status: 400, field: 'client.ip', path: '/' })]);
    expect(JSON.stringify(logs)).not.toContain('999.1.1.1');
  });

  it('logs our own failures with their cause at error level, sends none of it, and says when to retry', async () => {
    logs.length = 0;
    route = async () => {
      throw new DomainError('UNAVAILABLE', 'Try again shortly.', { retryAfterSeconds: 2, cause: new Error('socket hang up at 10.1.2.3') });
    };
    const res = await post([Buffer.from('{}')]);
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body).not.toContain('socket');
    expect(logs[0]).toMatchObject({ level: 50, code: 'UNAVAILABLE', requestId: JSON.parse(res.body).requestId, err: { message: 'socket hang up at 10.1.2.3' } });
  });

  it('closes the connection when it answers before the body was read', async () => {
    route = async () => {
      throw new DomainError('UNAUTHENTICATED', 'No.');
    };
    const res = await post([Buffer.alloc(64 * 1024, 'a')], { 'transfer-encoding': 'chunked' });
    expect(res.status).toBe(401);
    expect(res.headers.connection).toBe('close');
  });
});

describe('requestIdOf', () => {
  it('keeps a plain token the caller sent, and replaces anything else with a new UUID', () => {
    const of = (value?: string) => requestIdOf({ headers: value === undefined ? {} : { 'x-request-id': value } } as IncomingMessage);
    expect(of('req-01J9Z.abc:1')).toBe('req-01J9Z.abc:1');
    for (const bad of [undefined, '', 'a b', 'x'.repeat(129), 'evil\nlog-line', '<script>']) expect(of(bad)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
