import type { ValidateInput } from '../services/quota.service.ts';
import { problem, type Problem } from './problem.ts';

const MAX_TEXT = { apiKey: 200, userAgent: 1024, acceptLanguage: 256, endpoint: 300, ip: 64 } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, field: string, max: number): string | Problem | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return problem(400, `${field} must be a string.`, field);
  if (value.length > max) return problem(400, `${field} has at most ${max} characters.`, field);
  return value;
}

/**
 * Checks a validate/check body field by field; the first problem names its field. Unknown fields are
 * ignored, so solutions can send newer fields to older shims.
 */
export function parseValidateBody(body: unknown): ValidateInput | Problem {
  if (!isObject(body)) return problem(400, 'The body must be a JSON object.');
  const input: ValidateInput = {};

  const apiKey = text(body.apiKey, 'apiKey', MAX_TEXT.apiKey);
  if (typeof apiKey === 'object') return apiKey;
  if (apiKey !== undefined) input.apiKey = apiKey;

  if (body.client !== undefined) {
    if (!isObject(body.client)) return problem(400, 'client must be an object with ip, userAgent and acceptLanguage.', 'client');
    const ip = text(body.client.ip, 'client.ip', MAX_TEXT.ip);
    if (typeof ip === 'object') return ip;
    if (ip === undefined) return problem(400, 'client.ip is required.', 'client.ip');
    const userAgent = text(body.client.userAgent, 'client.userAgent', MAX_TEXT.userAgent);
    if (typeof userAgent === 'object') return userAgent;
    const acceptLanguage = text(body.client.acceptLanguage, 'client.acceptLanguage', MAX_TEXT.acceptLanguage);
    if (typeof acceptLanguage === 'object') return acceptLanguage;
    input.client = { ip, userAgent, acceptLanguage };
  }
  if (input.apiKey === undefined && !input.client) {
    return problem(400, 'Send apiKey, or client (ip, userAgent, acceptLanguage) for an anonymous caller.', 'client');
  }

  const endpoint = text(body.endpoint, 'endpoint', MAX_TEXT.endpoint);
  if (typeof endpoint === 'object') return endpoint;
  if (endpoint !== undefined) {
    if (!/^[A-Z]+ \/\S*$/.test(endpoint)) return problem(400, 'endpoint must look like "POST /v1/summarize".', 'endpoint');
    input.endpoint = endpoint;
  }

  if (body.cost !== undefined) {
    if (typeof body.cost !== 'number' || !Number.isInteger(body.cost) || body.cost < 1 || body.cost > 1_000_000) {
      return problem(400, 'cost must be a whole number from 1 to 1000000.', 'cost');
    }
    input.cost = body.cost;
  }
  return input;
}
