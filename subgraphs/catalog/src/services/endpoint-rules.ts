import { HTTP_METHODS, type HttpMethod } from '@marketplace/contracts';
import { InputError } from '@marketplace/shared';
import type { EndpointRecord } from '../data/solution.repository.ts';

/**
 * Endpoint path templates: `/v1/items/{id}/parts`. A template starts with "/", has non-empty segments that are
 * either literal (RFC 3986 path characters, no "%", "?" or "#") or a whole-segment `{param}`. A request path
 * matches when every literal segment is equal and every `{param}` segment is any one non-empty segment.
 */
export const PATH_MAX = 200;
export const COST_WEIGHT_MAX = 1000;
export const ENDPOINTS_MAX = 100;

const LITERAL = /^[A-Za-z0-9._~!$&'()*+,;=:@-]+$/;
const PARAM = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** The template if it is one, else an InputError on `field`. */
export function validPathTemplate(field: string, raw: string): string {
  const path = raw.trim();
  if (!path.startsWith('/')) throw new InputError(field, 'An endpoint path starts with "/", e.g. "/v1/summarize".');
  if (path.length > PATH_MAX) throw new InputError(field, `An endpoint path has at most ${PATH_MAX} characters.`);
  if (path === '/') return path;
  const names = new Set<string>();
  for (const segment of path.slice(1).split('/')) {
    const param = PARAM.exec(segment);
    if (param) {
      if (names.has(param[1]!)) throw new InputError(field, `The parameter {${param[1]}} appears twice.`);
      names.add(param[1]!);
    } else if (!LITERAL.test(segment)) {
      throw new InputError(
        field,
        segment === ''
          ? 'An endpoint path has no empty segments ("//" or a trailing "/").'
          : `"${segment}" is not a valid path segment: use letters, digits and - . _ ~ (no query string), or a whole-segment {parameter}.`,
      );
    }
  }
  return path;
}

/** The route's shape with parameter names erased, so `/items/{id}` and `/items/{itemId}` are one route. */
export function routeShape(method: string, path: string): string {
  return `${method} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

/**
 * The registered endpoint a request like `POST /v1/summarize` (a query string is ignored) falls under: the
 * matching template with the most literal segments, earliest literal first. Null when none matches or the
 * request does not parse.
 */
export function matchEndpoint(endpoints: readonly EndpointRecord[], request: string): EndpointRecord | null {
  const parsed = /^([A-Za-z]+)\s+(\/\S*)$/.exec(request.trim());
  if (!parsed) return null;
  const method = parsed[1]!.toUpperCase();
  if (!(HTTP_METHODS as readonly string[]).includes(method)) return null;
  const path = parsed[2]!.split(/[?#]/)[0]!;
  const segments = path === '/' ? [] : path.slice(1).split('/');
  let best: { endpoint: EndpointRecord; score: string } | null = null;
  for (const endpoint of endpoints) {
    if (endpoint.method !== (method as HttpMethod)) continue;
    const template = endpoint.path === '/' ? [] : endpoint.path.slice(1).split('/');
    if (template.length !== segments.length) continue;
    let score = '';
    let matches = true;
    for (let i = 0; i < template.length && matches; i++) {
      const literal = !PARAM.test(template[i]!);
      if (literal && template[i] !== segments[i]) matches = false;
      if (!literal && !segments[i]) matches = false;
      score += literal ? '1' : '0';
    }
    if (matches && (!best || score > best.score)) best = { endpoint, score };
  }
  return best?.endpoint ?? null;
}
