import { describe, expect, it } from 'vitest';
import { DomainError, ERRORS } from '@marketplace/shared';
import { VERDICT_CODES } from '@marketplace/contracts';
import { MAX_BODY_BYTES, OPERATION_PROBLEMS, parseValidateBody, validateRequestSchema } from './contract.ts';
import { openApiDocument } from './openapi.ts';

/**
 * The served document against the validator, field by field: each limit is found by probing the validator
 * (not by reading the schema), so a limit enforced but not documented, or documented but not enforced, fails.
 */
type JsonSchema = { type?: string; maxLength?: number; minimum?: number; maximum?: number; pattern?: string; required?: string[]; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[]; enum?: unknown[] };
const doc = JSON.parse(JSON.stringify(openApiDocument())) as { components: { schemas: Record<string, JsonSchema> }; paths: Record<string, { post: { requestBody: { description: string }; responses: Record<string, any> } }> };
const request = doc.components.schemas.ValidateRequest!;
const client = request.properties!.client!;

/** A value of exactly `length` characters that passes every other rule of `field`. */
function filler(field: string, length: number): string {
  if (field === 'client.ip') return `fe80::1%${'e'.repeat(length - 8)}`; // a zone id pads an address to any length
  if (field === 'endpoint') return `GET /${'a'.repeat(length - 5)}`;
  return 'a'.repeat(length);
}

function bodyWith(field: string, value: unknown): Record<string, unknown> {
  const body: Record<string, unknown> = { apiKey: 'mk_live_x', client: { ip: '203.0.113.7' } };
  if (field.startsWith('client.')) body.client = { ip: '203.0.113.7', [field.slice(7)]: value };
  else body[field] = value;
  return body;
}

function refusal(body: unknown): DomainError | null {
  try {
    parseValidateBody(body);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** The longest text the validator takes in `field` (up to the body limit), found by bisection. */
function longestAccepted(field: string): number {
  let ok = 10;
  let refused = MAX_BODY_BYTES;
  if (!refusal(bodyWith(field, filler(field, refused)))) return Infinity;
  while (refused - ok > 1) {
    const mid = Math.floor((ok + refused) / 2);
    if (refusal(bodyWith(field, filler(field, mid)))) refused = mid;
    else ok = mid;
  }
  return ok;
}

const textFields = [
  ...Object.entries(request.properties!).filter(([, s]) => s.type === 'string').map(([name]) => name),
  ...Object.entries(client.properties!).filter(([, s]) => s.type === 'string').map(([name]) => `client.${name}`),
];

describe('the OpenAPI document and the validator', () => {
  it('describe the same fields', () => {
    expect(Object.keys(request.properties!).sort()).toEqual(Object.keys(validateRequestSchema.shape).sort());
    expect(Object.keys(client.properties!).sort()).toEqual(['acceptLanguage', 'ip', 'userAgent']);
    expect(textFields.sort()).toEqual(['apiKey', 'client.acceptLanguage', 'client.ip', 'client.userAgent', 'endpoint']);
  });

  it.each(textFields)('agree on the length limit of %s, and the validator names the field', (field) => {
    const documented = field.startsWith('client.') ? client.properties![field.slice(7)]!.maxLength : request.properties![field]!.maxLength;
    const enforced = longestAccepted(field);
    expect(documented).toBe(enforced);
    expect(refusal(bodyWith(field, filler(field, enforced + 1)))!.field).toBe(field);
  });

  it('document the 300-character endpoint, the 64-character ip and the 16 KiB body', () => {
    expect(request.properties!.endpoint!.maxLength).toBe(300);
    expect(client.properties!.ip!.maxLength).toBe(64);
    expect(doc.paths['/quota/validate']!.post.requestBody.description).toContain(String(MAX_BODY_BYTES));
  });

  it('agree on the cost range', () => {
    const { minimum, maximum, type } = request.properties!.cost!;
    expect(type).toBe('integer');
    for (const [cost, ok] of [[minimum! - 1, false], [minimum!, true], [maximum!, true], [maximum! + 1, false], [1.5, false], ['2', false]] as const) {
      expect(refusal(bodyWith('cost', cost))?.field ?? null, `cost ${cost}`).toBe(ok ? null : 'cost');
    }
  });

  it('agree on the endpoint pattern', () => {
    const pattern = new RegExp(request.properties!.endpoint!.pattern!);
    for (const endpoint of ['POST /v1/summarize', 'GET /', 'summarize', 'post /v1', 'POST  /v1', 'POST /v1 x']) {
      expect(refusal(bodyWith('endpoint', endpoint)) === null, endpoint).toBe(pattern.test(endpoint));
    }
  });

  it('agree on what is required: apiKey or client, and client.ip within client', () => {
    expect(request.anyOf).toEqual([{ required: ['apiKey'] }, { required: ['client'] }]);
    expect(refusal({})!.field).toBe('client');
    expect(refusal({ apiKey: 'mk_live_x' })).toBeNull();
    expect(refusal({ client: { ip: '203.0.113.7' } })).toBeNull();
    expect(client.required).toEqual(['ip']);
    expect(refusal({ client: { userAgent: 'x' } })!.field).toBe('client.ip');
  });

  it('list every verdict code the service has, and exactly the problems an operation can answer, under their statuses', () => {
    expect(doc.components.schemas.Verdict!.properties!.code!.enum).toEqual([...VERDICT_CODES]);
    const responses = doc.paths['/quota/check']!.post.responses;
    for (const code of OPERATION_PROBLEMS) {
      const schema = responses[String(ERRORS[code].status)].content['application/problem+json'].schema as JsonSchema;
      expect(schema.properties!.code!.enum).toContain(code);
    }
  });
});

describe('the validator', () => {
  it('refuses a client.ip that is not an address whether or not an apiKey comes with it, listing every problem', () => {
    for (const ip of ['999.1.1.1', '::g', '', '1.2.3']) {
      expect(refusal({ client: { ip } })!.field).toBe('client.ip');
      expect(refusal({ apiKey: 'mk_live_x', client: { ip } })!.field).toBe('client.ip');
    }
    const many = refusal({ apiKey: 7, client: { ip: '::g' }, cost: 0 })!;
    expect(many.problems!.map((p) => p.field)).toEqual(['apiKey', 'client.ip', 'cost']);
    expect(many.message).toMatch(/\(and 2 more problems\)$/);
  });

  it('keeps only the fields it knows', () => {
    expect(parseValidateBody({ apiKey: 'mk_live_x', future: true, client: { ip: '::1', extra: 1 } })).toEqual({ apiKey: 'mk_live_x', client: { ip: '::1' } });
  });
});
