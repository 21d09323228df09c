import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** A request as API Gateway's HTTP API (payload format 2.0) hands it to a Lambda function. */
export function httpApiEvent(request: {
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  sourceIp?: string;
}): APIGatewayProxyEventV2 {
  const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const cookies = headers.cookie?.split(/;\s*/).filter(Boolean);
  delete headers.cookie;
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body);
  const isText = /json|text|x-www-form-urlencoded|graphql/.test(headers['content-type'] ?? '');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: request.path,
    rawQueryString: request.query ?? '',
    ...(cookies?.length ? { cookies } : {}),
    headers,
    queryStringParameters: request.query ? Object.fromEntries(new URLSearchParams(request.query)) : undefined,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: 'local',
      domainPrefix: 'local',
      http: { method: request.method, path: request.path, protocol: 'HTTP/1.1', sourceIp: request.sourceIp ?? '203.0.113.7', userAgent: headers['user-agent'] ?? '' },
      requestId: Math.random().toString(36).slice(2),
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    ...(body === undefined ? {} : isText ? { body: body.toString('utf8'), isBase64Encoded: false } : { body: body.toString('base64'), isBase64Encoded: true }),
  } as APIGatewayProxyEventV2;
}

export const LAMBDA_CONTEXT = { functionName: 'local', awsRequestId: 'local', getRemainingTimeInMillis: () => 29_000 } as unknown as Context;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A stand-in for the HTTP API on 127.0.0.1: each request becomes a payload-2.0 event for the handler whose route
 * prefix matches (longest first, as the stack's `/_subgraphs/<name>/{proxy+}` and `/{proxy+}` routes do), and the
 * handler's result becomes the response. Lets tests run the Lambda entry points together, as deployed.
 */
export async function startLocalHttpApi(routes: Record<string, Handler>): Promise<{ url: string; close(): Promise<void> }> {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://local');
      const prefix = prefixes.find((p) => url.pathname === p || url.pathname.startsWith(p.endsWith('/') ? p : `${p}/`));
      if (!prefix) {
        res.writeHead(404).end('{"message":"Not Found"}');
        return;
      }
      const body = await readBody(req);
      const headers = Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) ? [[k, v.join(', ')]] : [])));
      const event = httpApiEvent({ method: req.method ?? 'GET', path: url.pathname, query: url.search.slice(1), headers, body: body.length ? body : undefined, sourceIp: req.socket.remoteAddress ?? '' });
      const result = await routes[prefix]!(event, LAMBDA_CONTEXT);
      const out = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
      res.writeHead(result.statusCode ?? 200, { ...(result.headers as Record<string, string>), ...(result.cookies?.length ? { 'set-cookie': result.cookies } : {}) });
      res.end(out);
    })().catch((error: unknown) => {
      // API Gateway answers 500 when the function fails.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Internal Server Error', error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
