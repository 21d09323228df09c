import { expect } from 'vitest';

/**
 * Asserts a refusal is problem+json (RFC 9457) as every REST surface sends it: the status, the stable `code`, the
 * `field` at fault (or none), a `requestId` that matches `X-Request-Id`, a `type` opening the error table. Returns the body.
 */
export async function expectProblem(res: Response, status: number, code: string, field?: string): Promise<Record<string, unknown>> {
  const body = (await res.json()) as Record<string, unknown>;
  expect({ status: res.status, contentType: res.headers.get('content-type') }).toEqual({ status, contentType: 'application/problem+json' });
  expect(body).toMatchObject({ status, code, type: `/docs/errors#${code.toLowerCase()}` });
  expect(body.field).toBe(field);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(body.requestId).toMatch(/^[\w.:-]{1,128}$/);
  expect(res.headers.get('x-request-id')).toBe(body.requestId);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.ts:\d+|node_modules|ECONNREFUSED/);
  return body;
}
