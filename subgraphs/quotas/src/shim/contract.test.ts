import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOT_REASONS, TIERS } from '@marketplace/contracts';
import { DomainError, ERRORS } from '@marketplace/shared';
import { VERDICT_CODES } from '@marketplace/contracts';
import type { Verdict } from '../services/quota.service.ts';
import { acceptValidateBody, MAX_BODY_BYTES, MAX_COST, OPERATION_PROBLEMS, parseValidateBody, validateRequestSchema, verdictBody, verdictJson } from './contract.ts';
import { openApiDocument } from './openapi.ts';

/**
 * The served document against the validator, field by field: each limit is found by probing the validator
 * (not by reading the schema), so a limit enforced but not documented, or documented but not enforced, fails.
 */
type JsonSchema = { type?: string; maxLength?: number; minimum?: number; maximum?: number; pattern?: string; required?: string[]; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[]; enum?: unknown[] };
const doc = JSON.parse(JSON.stringify(openApiDocument())) as { components: { schemas: Record<string, JsonSchema> }; paths: Record<string, { post: { requestBody: { description: string }; responses: Record<string, any> } }> };
const request = doc.components.schemas.ValidateRequest!;
/** A field's schema without the `null` every optional field also takes (null counts as absent). */
const nonNull = (schema: JsonSchema): JsonSchema => {
  const [value, ...rest] = (schema.anyOf ?? []).filter((s) => s.type !== 'null');
  return value && rest.length === 0 ? value : schema;
};
const client = nonNull(request.properties!.client!);

/** A value of exactly `length` characters that passes every other rule of `field`. */
function filler(field: string, length: number): string {
  if (field === 'client.ip') return addressOf(length);
  if (field === 'endpoint') return `GET /${'a'.repeat(length - 5)}`;
  return 'a'.repeat(length);
}

/**
 * A plain address of exactly `length` characters from 3 to 45 (longer: not an address): `::` and hex groups of 1 to 4
 * digits up to 36, then six full groups and an IPv4 tail of 7 to 15.
 */
function addressOf(length: number): string {
  if (length > 45) return '1'.repeat(length);
  if (length > 36) {
    const extra = length - 30 - 7; // digits past one per octet, at most two more each
    return `0000:0000:0000:0000:0000:ffff:${[0, 1, 2, 3].map((i) => '1'.repeat(1 + Math.min(2, Math.max(0, extra - 2 * i)))).join('.')}`;
  }
  const groups = Math.ceil((length - 1) / 5);
  const extra = length - 1 - 2 * groups; // digits past one per group, at most three more each
  return `::${Array.from({ length: groups }, (_, i) => 'f'.repeat(1 + Math.min(3, Math.max(0, extra - 3 * i)))).join(':')}`;
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
  ...Object.entries(request.properties!).filter(([, s]) => nonNull(s).type === 'string').map(([name]) => name),
  ...Object.entries(client.properties!).filter(([, s]) => nonNull(s).type === 'string').map(([name]) => `client.${name}`),
];

describe('the OpenAPI document and the validator', () => {
  it('describe the same fields', () => {
    expect(Object.keys(request.properties!).sort()).toEqual(Object.keys(validateRequestSchema.shape).sort());
    expect(Object.keys(client.properties!).sort()).toEqual(['acceptLanguage', 'ip', 'userAgent']);
    expect(textFields.sort()).toEqual(['apiKey', 'client.acceptLanguage', 'client.ip', 'client.userAgent', 'endpoint']);
  });

  it.each(textFields)('agree on the length limit of %s, and the validator names the field', (field) => {
    const documented = nonNull(field.startsWith('client.') ? client.properties![field.slice(7)]! : request.properties![field]!).maxLength;
    const enforced = longestAccepted(field);
    expect(documented).toBe(enforced);
    expect(refusal(bodyWith(field, filler(field, enforced + 1)))!.field).toBe(field);
  });

  it('document the 300-character endpoint, the 45-character ip (the longest plain address) and the 16 KiB body', () => {
    expect(nonNull(request.properties!.endpoint!).maxLength).toBe(300);
    expect(client.properties!.ip!.maxLength).toBe(45);
    for (let length = 3; length <= 45; length++) expect(addressOf(length)).toHaveLength(length);
    expect(doc.paths['/quota/validate']!.post.requestBody.description).toContain(String(MAX_BODY_BYTES));
  });

  it('agree on the cost range', () => {
    const { minimum, maximum, type } = nonNull(request.properties!.cost!);
    expect(type).toBe('integer');
    for (const [cost, ok] of [[minimum! - 1, false], [minimum!, true], [maximum!, true], [maximum! + 1, false], [1.5, false], ['2', false]] as const) {
      expect(refusal(bodyWith('cost', cost))?.field ?? null, `cost ${cost}`).toBe(ok ? null : 'cost');
    }
    // Past the safe integers zod finds the one rule broken twice; the refusal states it once.
    for (const cost of [1e300, Number.MAX_SAFE_INTEGER + 2]) {
      const refused = refusal(bodyWith('cost', cost))!;
      expect(refused.problems, `cost ${cost}`).toEqual([{ field: 'cost', message: `cost must be a whole number from 1 to ${MAX_COST}.` }]);
      expect(refused.message).not.toMatch(/more problem/);
    }
  });

  it('agree on the endpoint pattern', () => {
    const pattern = new RegExp(nonNull(request.properties!.endpoint!).pattern!);
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
    // Only a plain address: no zone id, spaces, brackets or port, which normalizeIp would have read past.
    for (const ip of ['fe80::1%eth0', '2001:db8::1%25en0', ' 203.0.113.7', '203.0.113.7 ', '203.0.113.7\n', '[::1]', '203.0.113.7:443', '01.2.3.4']) {
      const refused = refusal({ client: { ip } })!;
      expect(refused.problems, ip).toEqual([{ field: 'client.ip', message: 'client.ip is not an IPv4 or IPv6 address.' }]);
      expect(acceptValidateBody({ client: { ip } }), ip).toBeNull();
    }
    for (const ip of ['203.0.113.7', '::1', '::ffff:203.0.113.7', '2001:db8:abcd:12::1', addressOf(45)]) expect(refusal({ client: { ip } }), ip).toBeNull();
    const many = refusal({ apiKey: 7, client: { ip: '::g' }, cost: 0 })!;
    expect(many.problems!.map((p) => p.field)).toEqual(['apiKey', 'client.ip', 'cost']);
    expect(many.message).toMatch(/\(and 2 more problems\)$/);
  });

  it('refuses a body that is not an object in the shape of every other refusal: field "body" and problems', () => {
    for (const body of [[], 'mk_live_x', 42, null, true]) {
      const refused = refusal(body)!;
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.field).toBe('body');
      expect(refused.problems).toEqual([{ field: 'body', message: 'The body must be a JSON object.' }]);
    }
  });

  it('takes a field sent as null as absent, and documents that each optional field may be null', () => {
    expect(parseValidateBody({ apiKey: null, client: { ip: '::1', userAgent: null, acceptLanguage: null }, endpoint: null, cost: null })).toEqual({ client: { ip: '::1' } });
    expect(parseValidateBody({ apiKey: 'mk_live_x', client: null })).toEqual({ apiKey: 'mk_live_x' });
    expect(refusal({ apiKey: null })!.field).toBe('client');
    expect(refusal({ apiKey: null, client: null })!.field).toBe('client');
    for (const schema of [...Object.values(request.properties!), ...['userAgent', 'acceptLanguage'].map((f) => client.properties![f]!)]) {
      expect(schema.anyOf?.some((s) => s.type === 'null')).toBe(true);
    }
    expect(client.properties!.ip!.anyOf).toBeUndefined();
  });

  it('keeps only the fields it knows', () => {
    expect(parseValidateBody({ apiKey: 'mk_live_x', future: true, client: { ip: '::1', extra: 1 } })).toEqual({ apiKey: 'mk_live_x', client: { ip: '::1' } });
  });
});

/** Values near each rule's edges, mixed with anything at all, so both validators meet every branch. */
const text = (max: number) => fc.oneof(fc.string({ maxLength: 8 }), fc.string({ minLength: max - 1, maxLength: max + 1 }), fc.constant(''));
const ip = fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('::ffff:1.2.3.4', '[::1]', 'fe80::1%eth0', '999.1.1.1', '1.2.3', '::g', ' 10.0.0.1 '), fc.string({ maxLength: 70 }));
const field = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof(arb, fc.anything()), { nil: undefined, freq: 3 });
const body = fc.oneof(
  fc.record(
    {
      apiKey: field(fc.oneof(text(200), fc.constant(null))),
      client: field(fc.oneof(fc.constant(null), fc.record({ ip: field(ip), userAgent: field(fc.oneof(text(1024), fc.constant(null))), acceptLanguage: field(text(256)), extra: field(fc.string()) }, { requiredKeys: [] }))),
      endpoint: field(fc.oneof(fc.constantFrom('POST /v1/summarize', 'GET /', 'post /v1', 'POST  /v1', 'POST /v1 x', `GET /${'a'.repeat(295)}`, `GET /${'a'.repeat(296)}`), fc.string())),
      cost: field(fc.oneof(fc.integer({ min: -2, max: MAX_COST + 2 }), fc.constantFrom(1.5, Number.NaN, Infinity, -0, '2', 0, null))),
      future: field(fc.string()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('the hand-written validator', () => {
  it('accepts exactly what the zod schema accepts, and gives back the same input', () => {
    fc.assert(
      fc.property(body, (input) => {
        const fast = acceptValidateBody(input);
        const zod = validateRequestSchema.safeParse(input);
        expect(fast !== null).toBe(zod.success);
        if (zod.success) expect(fast).toEqual(zod.data);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves refusals to zod, so a refused body names its field as before', () => {
    expect(refusal({ apiKey: 'mk_live_x', cost: 0 })!.field).toBe('cost');
    expect(refusal({ client: { ip: '::g' } })!.field).toBe('client.ip');
    expect(refusal([])!.message).toBe('The body must be a JSON object.');
  });
});

describe('the verdict serialiser', () => {
  const verdict = fc.record(
    {
      allowed: fc.boolean(),
      code: fc.constantFrom(...VERDICT_CODES),
      tier: fc.constantFrom(...TIERS, null),
      limit: fc.nat(),
      used: fc.nat(),
      remaining: fc.nat(),
      resetAt: fc.option(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), { nil: null }),
      features: fc.dictionary(fc.string(), fc.oneof(fc.boolean(), fc.integer(), fc.string())),
      subject: fc.oneof(fc.constant({ type: 'anonymous' as const }), fc.record({ type: fc.constant('key' as const), keyId: fc.string(), userId: fc.string() }, { requiredKeys: ['type'] })),
      policy: fc.record({ windowSeconds: fc.nat(), ratePerSecond: fc.option(fc.nat(), { nil: null }), secondsToReset: fc.nat() }),
      retryAfterSeconds: fc.nat(),
      upgrade: fc.record({ tier: fc.constantFrom(...TIERS, 'contact' as const), url: fc.webUrl(), message: fc.string() }),
      reason: fc.constantFrom(...BOT_REASONS),
    },
    { requiredKeys: ['allowed', 'code', 'tier', 'limit', 'used', 'remaining', 'resetAt', 'features', 'subject'] },
  );

  it('writes exactly what JSON.stringify writes of the body', () => {
    fc.assert(
      fc.property(verdict, (generated) => {
        // The service's field order: the optional fields come last.
        const { retryAfterSeconds, upgrade, reason, ...rest } = generated;
        const v: Verdict = { ...rest, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}), ...(upgrade ? { upgrade } : {}), ...(reason ? { reason } : {}) };
        const json = verdictJson(v);
        expect(json).toBe(JSON.stringify(verdictBody(v)));
      }),
      { numRuns: 5_000 },
    );
  });
});
