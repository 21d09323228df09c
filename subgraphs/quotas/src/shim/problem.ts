import type { ServerResponse } from 'node:http';

/** The shim's one error envelope: RFC 9457 problem details, naming the field at fault when there is one. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** JSON path of the request field at fault, e.g. `client.ip`. */
  field?: string;
}

const TYPES: Record<number, { slug: string; title: string }> = {
  400: { slug: 'invalid-request', title: 'The request is not valid' },
  401: { slug: 'unauthenticated', title: 'A valid solution secret is required' },
  404: { slug: 'not-found', title: 'No such route' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  413: { slug: 'body-too-large', title: 'The request body is too large' },
  415: { slug: 'unsupported-media-type', title: 'The body must be JSON' },
  503: { slug: 'unavailable', title: 'The quota service is temporarily unavailable' },
};

export function problem(status: keyof typeof TYPES, detail: string, field?: string): Problem {
  const kind = TYPES[status]!;
  return { type: `https://marketplace.local/problems/${kind.slug}`, title: kind.title, status, detail, ...(field ? { field } : {}) };
}

export function sendProblem(res: ServerResponse, p: Problem, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(p);
  res.writeHead(p.status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}
