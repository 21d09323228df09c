import { TIERS, VERDICT_CODES } from '@marketplace/contracts';

/** The shim's contract as OpenAPI 3.1, served at GET /openapi.json. */
export function openApiDocument() {
  const problem = { $ref: '#/components/responses/Problem' };
  const operation = (summary: string, description: string) => ({
    summary,
    description,
    security: [{ solutionSecret: [] }],
    requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ValidateRequest' } } } },
    responses: {
      '200': {
        description: 'A verdict, allowed or not. Denials carry an upgrade prompt and Retry-After when a retry can succeed.',
        headers: {
          'RateLimit-Policy': { schema: { type: 'string' }, description: '"quota";q=<limit>;w=<window seconds> (and "rate";q=<per second>;w=1)' },
          RateLimit: { schema: { type: 'string' }, description: '"quota";r=<remaining>;t=<seconds to reset> (and "rate";r=0;t=1 when rate limited)' },
          'Retry-After': {
            schema: { type: 'integer' },
            description: 'Seconds until a retry can succeed: 1 when rate limited, the period reset for a paid quota; absent when only an upgrade helps (a used-up or ended trial).',
          },
        },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Verdict' } } },
      },
      '400': problem,
      '401': problem,
      '413': problem,
      '415': problem,
      '503': problem,
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Marketplace quota service',
      version: '1.0.0',
      description:
        'Solutions ask on every request whether the caller may make the call. Authenticate with the solution secret; send the caller\'s API key, or for anonymous callers their IP, user agent and accept-language (never stored: only a keyed hash is).',
    },
    paths: {
      '/quota/validate': { post: operation('Decide and consume', 'Consumes the call\'s cost when allowed; a denied call consumes nothing.') },
      '/quota/check': { post: operation('Decide without consuming', 'Answers exactly as validate would, and consumes nothing.') },
    },
    components: {
      securitySchemes: { solutionSecret: { type: 'http', scheme: 'bearer', description: 'The solution secret from the partner portal.' } },
      responses: {
        Problem: {
          description: 'RFC 9457 problem details; `field` names the request field at fault.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
      schemas: {
        ValidateRequest: {
          type: 'object',
          properties: {
            apiKey: { type: 'string', maxLength: 200, description: 'The caller\'s key (mk_live_…). Absent: an anonymous caller.' },
            client: {
              type: 'object',
              required: ['ip'],
              properties: {
                ip: { type: 'string', description: 'IPv4 or IPv6; IPv6 is grouped by /64.' },
                userAgent: { type: 'string', maxLength: 1024 },
                acceptLanguage: { type: 'string', maxLength: 256 },
              },
              description: 'Required without apiKey.',
            },
            endpoint: { type: 'string', examples: ['POST /v1/summarize'], description: 'A registered endpoint; its cost weight applies.' },
            cost: { type: 'integer', minimum: 1, maximum: 1000000, description: 'Units this call costs; default the endpoint\'s weight or 1.' },
          },
        },
        Verdict: {
          type: 'object',
          required: ['allowed', 'code', 'tier', 'limit', 'used', 'remaining', 'resetAt', 'features', 'subject'],
          properties: {
            allowed: { type: 'boolean' },
            code: {
              type: 'string',
              description: 'More codes may be added; none is renamed.',
              examples: [...VERDICT_CODES],
            },
            tier: { type: ['string', 'null'], enum: [...TIERS, null] },
            limit: { type: 'integer' },
            used: { type: 'integer' },
            remaining: { type: 'integer', minimum: 0 },
            resetAt: { type: ['string', 'null'], format: 'date-time' },
            retryAfterSeconds: { type: 'integer' },
            features: { type: 'object', additionalProperties: { type: ['boolean', 'number', 'string'] } },
            upgrade: {
              type: 'object',
              properties: { tier: { type: 'string' }, url: { type: 'string', format: 'uri' }, message: { type: 'string' } },
            },
            subject: {
              type: 'object',
              required: ['type'],
              properties: { type: { enum: ['key', 'anonymous'] }, keyId: { type: 'string' }, userId: { type: 'string' } },
            },
          },
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            field: { type: 'string', description: 'The request field at fault, e.g. client.ip' },
          },
        },
      },
    },
  };
}
