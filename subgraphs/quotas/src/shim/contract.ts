import { BOT_REASONS, TIERS, VERDICT_CODES } from '@marketplace/contracts';
import { z } from 'zod';
import { BODY_FIELD, type ErrorCode, invalidInput, isPlainIp, MAX_IP_LENGTH, memoize } from '@marketplace/shared';
import type { ValidateInput, Verdict } from '../services/quota.service.ts';

/**
 * The quota API's contract, defined once: these schemas validate every request and are the OpenAPI document
 * served at /openapi.json (openapi.ts), so the document states exactly the limits the shim enforces.
 */

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_COST = 1_000_000;

const text = (field: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required.` : `${field} must be a string.`) })
    .max(max, { error: `${field} has at most ${max} characters.` });

/** An optional field that may also be sent as null, which counts as absent (what JSON clients send for an unset value). */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const COST_RULE = `cost must be a whole number from 1 to ${MAX_COST}.`;

const clientSchema = z
  .object(
    {
      // Never quoted back: a refusal names the field and the rule, not the address (raw IPs are never logged or echoed).
      ip: text('client.ip', MAX_IP_LENGTH)
        .refine(isPlainIp, { error: 'client.ip is not an IPv4 or IPv6 address.' })
        .meta({
          description:
            'The caller\'s IPv4 or IPv6 address, plain: no zone id (%eth0), brackets, port or spaces (IPv6 is grouped by /64). Never stored: only a keyed hash is.',
          examples: ['203.0.113.7'],
        }),
      userAgent: optional(text('client.userAgent', 1024)),
      acceptLanguage: optional(text('client.acceptLanguage', 256)),
    },
    { error: 'client must be an object with ip, userAgent and acceptLanguage.' },
  )
  .meta({ description: 'The end caller. Required without apiKey; checked the same way when sent with one.' });


export const validateRequestSchema = z
  .object(
    {
      apiKey: optional(text('apiKey', 200))
        .meta({ description: 'The caller\'s API key (mk_live_…). Absent: an anonymous caller, known by client.' }),
      client: optional(clientSchema),
      endpoint: optional(text('endpoint', 300).regex(/^[A-Z]+ \/\S*$/, { error: 'endpoint must look like "POST /v1/summarize".' }))
        .meta({ description: 'A registered endpoint of the solution; its cost weight applies.', examples: ['POST /v1/summarize'] }),
      cost: optional(z.int({ error: COST_RULE }).min(1, { error: COST_RULE }).max(MAX_COST, { error: COST_RULE }))
        .meta({ description: 'Units this call costs; default the endpoint\'s weight or 1.' }),
    },
    { error: 'The body must be a JSON object.' },
  )
  .refine((body) => body.apiKey !== undefined || body.client !== undefined, {
    path: ['client'],
    error: 'Send apiKey, or client (ip, userAgent, acceptLanguage) for an anonymous caller.',
  })
  .meta({
    description: `A JSON object of at most ${MAX_BODY_BYTES} bytes. Unknown fields are ignored, so solutions may send newer fields to older shims; a field sent as null counts as absent.`,
    anyOf: [{ required: ['apiKey'] }, { required: ['client'] }],
  });

/**
 * The body of a validate or check call as the service takes it; a BAD_USER_INPUT naming the field at fault
 * (and listing every problem) otherwise.
 */
export function parseValidateBody(body: unknown): ValidateInput {
  const valid = acceptValidateBody(body);
  if (valid) return valid;
  // Only refusals go through zod: it words the problems exactly as the document states the rules.
  const result = validateRequestSchema.safeParse(body);
  if (result.success) return result.data;
  // Not an object at all: the body itself is the field at fault. One problem per field and message: zod reports a
  // cost past the safe integers twice (z.int's own range and ours), both worded as the one rule.
  const problems = result.error.issues.map((issue) => ({ field: issue.path.length ? issue.path.join('.') : BODY_FIELD, message: issue.message }));
  throw invalidInput(problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.message === p.message) === i));
}

const ENDPOINT_FORM = /^[A-Z]+ \/\S*$/;
/** Pure, so remembered: an anonymous caller's IP is parsed once per process, not on every call (memory only). */
const isClientIp = memoize(isPlainIp, 10_000);
const optionalText = (value: unknown, max: number) => value == null || (typeof value === 'string' && value.length <= max);

/**
 * What `validateRequestSchema` accepts, checked by hand for the hot path (zod's parse costs more than the rest of
 * a cached call): the same input as zod would give it back, or null for anything zod would refuse. A test holds
 * the two to each other over many generated bodies. Every object it returns has one shape.
 */
export function acceptValidateBody(body: unknown): ValidateInput | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { apiKey, client, endpoint, cost } = body as Record<string, unknown>;
  // `== null`: a field sent as null is absent, and comes back as undefined (`?? undefined`), as zod gives it.
  if (!optionalText(apiKey, 200)) return null;
  if (!(endpoint == null || (typeof endpoint === 'string' && endpoint.length <= 300 && ENDPOINT_FORM.test(endpoint)))) return null;
  if (!(cost == null || (Number.isInteger(cost) && (cost as number) >= 1 && (cost as number) <= MAX_COST))) return null;
  let caller: ValidateInput['client'];
  if (client != null) {
    if (typeof client !== 'object' || Array.isArray(client)) return null;
    const { ip, userAgent, acceptLanguage } = client as Record<string, unknown>;
    if (typeof ip !== 'string' || ip.length > MAX_IP_LENGTH || !isClientIp(ip)) return null;
    if (!optionalText(userAgent, 1024) || !optionalText(acceptLanguage, 256)) return null;
    caller = { ip, userAgent: (userAgent ?? undefined) as string | undefined, acceptLanguage: (acceptLanguage ?? undefined) as string | undefined };
  } else if (apiKey == null) return null;
  return {
    apiKey: (apiKey ?? undefined) as string | undefined,
    client: caller,
    endpoint: (endpoint ?? undefined) as string | undefined,
    cost: (cost ?? undefined) as number | undefined,
  };
}

export const verdictSchema = z.object({
  allowed: z.boolean(),
  code: z.enum(VERDICT_CODES).meta({ description: 'More codes may be added; none is renamed.' }),
  reason: z
    .enum(BOT_REASONS)
    .optional()
    .meta({
      description:
        'With BOT_SUSPECTED only: EMPTY_USER_AGENT (no user agent passed on), KNOWN_BOT_USER_AGENT (a crawler, HTTP library or headless browser), ' +
        'NETWORK_NEW_CALLER_LIMIT (the solution\'s cap on new anonymous callers per network block — IPv4 /24, IPv6 /48 — per UTC day is reached). ' +
        'Answer 403; a registered key is never refused this way.',
    }),
  tier: z.enum(TIERS).nullable().meta({ description: 'Null when the caller is refused before a tier applies (key and account problems, a key of another solution); SOLUTION_SUSPENDED names the caller\'s tier.' }),
  limit: z.int().min(0),
  used: z.int().min(0),
  remaining: z.int().min(0),
  resetAt: z.iso.datetime().nullable(),
  retryAfterSeconds: z.int().min(0).optional().meta({ description: 'Seconds until a retry can succeed; absent when only an upgrade helps.' }),
  features: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])).meta({ description: 'The tier\'s feature flags for this solution.' }),
  upgrade: z
    .object({ tier: z.enum([...TIERS, 'contact']), url: z.url(), message: z.string() })
    .optional()
    .meta({ description: 'On a denial the caller can fix by upgrading, and from 80 % used on; only while the solution is listed in the catalog (none while it is unpublished).' }),
  subject: z.object({ type: z.enum(['key', 'anonymous']), keyId: z.string().optional(), userId: z.string().optional() }),
});

/** What the shim serves is the service's verdict without `policy` (which becomes the RateLimit headers). */
export type VerdictBody = z.infer<typeof verdictSchema>;
// Compile-time: the schema has exactly the service's fields (verdictBody below checks their types).
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _sameFields: SameKeys<VerdictBody, Omit<Verdict, 'policy'>> = true;
export function verdictBody(verdict: Verdict): VerdictBody {
  const { policy: _headers, ...body } = verdict;
  return body;
}

/** JSON of objects that verdicts share (a policy's features, a cached prompt, a key's subject), made once each. */
const shared = new WeakMap<object, string>();
function sharedJson(value: object): string {
  let json = shared.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    shared.set(value, json);
  }
  return json;
}

/**
 * `JSON.stringify(verdictBody(verdict))`, byte for byte (a test holds them equal), without building the body:
 * the enum and number fields are written in place and the shared objects come from `sharedJson`.
 */
export function verdictJson(v: Verdict): string {
  let json = `{"allowed":${v.allowed},"code":"${v.code}","tier":${v.tier === null ? 'null' : `"${v.tier}"`},"limit":${v.limit},"used":${v.used},"remaining":${v.remaining},"resetAt":${v.resetAt === null ? 'null' : `"${v.resetAt}"`},"features":${sharedJson(v.features)},"subject":${sharedJson(v.subject)}`;
  if (v.retryAfterSeconds !== undefined) json += `,"retryAfterSeconds":${v.retryAfterSeconds}`;
  if (v.upgrade !== undefined) json += `,"upgrade":${sharedJson(v.upgrade)}`;
  if (v.reason !== undefined) json += `,"reason":"${v.reason}"`;
  return `${json}}`;
}

/** The problems a validate or check call can be answered with; each is documented under its status. */
export const OPERATION_PROBLEMS = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAVAILABLE',
] as const satisfies readonly ErrorCode[];
