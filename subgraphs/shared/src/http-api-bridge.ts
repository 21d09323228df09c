import type { IncomingMessage, ServerResponse } from 'node:http';
import inject from 'light-my-request';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * Answers an HTTP API (payload v2) event with a Node request handler, in memory: the event becomes a request whose
 * socket address is the caller's source IP, and the answer becomes the event result. The routes a process serves
 * beside GraphQL (sessions, billing's webhooks and PDFs) run unchanged on Lambda this way. The body goes back
 * base64-encoded, so PDFs and text alike arrive byte for byte.
 */
export async function answerWithNodeHandler(
  dispatch: (req: IncomingMessage, res: ServerResponse) => void,
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers[name.toLowerCase()] = value;
  // Payload v2 moves cookies out of the headers.
  if (event.cookies?.length) headers.cookie = event.cookies.join('; ');
  const response = await inject(dispatch, {
    method: event.requestContext.http.method,
    url: event.rawPath + (event.rawQueryString ? `?${event.rawQueryString}` : ''),
    headers,
    remoteAddress: event.requestContext.http.sourceIp,
    ...(event.body === undefined ? {} : { payload: Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') }),
  });
  const out: Record<string, string> = {};
  let cookies: string[] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    if (name === 'set-cookie') cookies = Array.isArray(value) ? value.map(String) : [String(value)];
    else out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return {
    statusCode: response.statusCode,
    headers: out,
    ...(cookies.length ? { cookies } : {}),
    body: response.rawPayload.toString('base64'),
    isBase64Encoded: true,
  };
}
