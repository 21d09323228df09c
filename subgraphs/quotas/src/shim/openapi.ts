import { z } from 'zod';
import { ERRORS, type ErrorCode, problemBodySchema } from '@marketplace/shared';
import { MAX_BODY_BYTES, OPERATION_PROBLEMS, validateRequestSchema, verdictSchema } from './contract.ts';

/**
 * A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without its `$schema` header. As zod reads input, so
 * objects stay open (no `additionalProperties: false`): requests may carry newer fields, answers may gain some.
 */
function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
}

/** The problems of `codes`, grouped by HTTP status, each status's schema naming exactly its codes. */
function problemResponses(codes: readonly ErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERRORS[code].status, [...(byStatus.get(ERRORS[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, listed]) => [
      String(status),
      {
        description: listed.map((code) => `${code}: ${ERRORS[code].meaning}`).join(' '),
        ...(status === 503 ? { headers: { 'Retry-After': { schema: { type: 'integer' } } } } : {}),
        ...(status === 401 ? { headers: { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'Bearer realm="quota"' } } } : {}),
        content: {
          'application/problem+json': {
            schema: jsonSchema(problemBodySchema.extend({ code: z.enum(listed as [ErrorCode, ...ErrorCode[]]) })),
          },
        },
      },
    ]),
  );
}

/** The shim's contract as OpenAPI 3.1, served at GET /openapi.json; built from the schemas that validate. */
export function openApiDocument() {
  const operation = (summary: string, description: string) => ({
    summary,
    description,
    security: [{ solutionSecret: [] }],
    requestBody: {
      required: true,
      description: `At most ${MAX_BODY_BYTES} bytes of JSON.`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ValidateRequest' } } },
    },
    responses: {
      '200': {
        description: 'A verdict, allowed or not. Denials carry an upgrade prompt and Retry-After when a retry can succeed.',
        headers: {
          'RateLimit-Policy': {
            schema: { type: 'string' },
            description: '"quota";q=<limit>;w=<window seconds> (and "rate";q=<per second>;w=1). Absent on key, account, solution and BOT_SUSPECTED refusals, which are not quota verdicts.',
          },
          RateLimit: {
            schema: { type: 'string' },
            description:
              '"quota";r=<remaining>;t=<seconds to reset> (and "rate";r=0;t=1 when rate limited). No t where nothing resets: a used-up trial ("quota";r=0) or an ended one (TRIAL_EXPIRED, r=0). Absent where RateLimit-Policy is.',
          },
          'Retry-After': {
            schema: { type: 'integer' },
            description: 'Seconds until a retry can succeed: 1 when rate limited, the period reset for a paid quota; absent when only an upgrade helps (a used-up or ended trial).',
          },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Verdict' } } },
      },
      ...problemResponses(OPERATION_PROBLEMS),
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Marketplace quota service',
      version: '1.0.0',
      description:
        'Solutions ask on every request whether the caller may make the call. Authenticate with the solution secret; send the caller\'s API key, or for anonymous callers their IP, user agent and accept-language (never stored: only a keyed hash is). Errors are problem+json with a stable `code`; `type` opens its entry on /docs/errors.',
    },
    paths: {
      '/quota/validate': { post: operation('Decide and consume', 'Consumes the call\'s cost when allowed; a denied or malformed call consumes nothing.') },
      '/quota/check': { post: operation('Decide without consuming', 'Answers exactly as validate would, and consumes nothing.') },
    },
    components: {
      securitySchemes: { solutionSecret: { type: 'http', scheme: 'bearer', description: 'The solution secret from the partner portal.' } },
      schemas: {
        ValidateRequest: jsonSchema(validateRequestSchema),
        Verdict: jsonSchema(verdictSchema),
      },
    },
  };
}
