import { HTTP_METHODS, type HttpMethod, type Tier, TIERS } from '@marketplace/contracts';
import { DomainError, type FieldProblem } from '@marketplace/shared';
import {
  type EndpointRecord,
  PARAMETER_LOCATIONS,
  PARAMETER_TYPES,
  type ParameterLocation,
  type ParameterRecord,
  type ParameterType,
} from '../data/solution.repository.ts';
import { COST_WEIGHT_MAX, validPathTemplate } from './endpoint-rules.ts';
import { optionalText } from './input-rules.ts';

export interface ParameterInput {
  name: string;
  in: ParameterLocation;
  type?: ParameterType | null;
  required?: boolean | null;
  description?: string | null;
  example?: string | null;
}

export interface EndpointInput {
  method: HttpMethod;
  path: string;
  description?: string | null;
  costWeight?: number | null;
  /** Absent: every tier may call it. */
  tiers?: Tier[] | null;
  parameters?: ParameterInput[] | null;
  requestExample?: string | null;
  responseExample?: string | null;
}

// Limits keep one solution item (all endpoints together) well inside DynamoDB's 400 KB.
export const ENDPOINT_DESCRIPTION_MAX = 500;
export const PARAMETERS_MAX = 30;
export const PARAMETER_NAME_MAX = 60;
export const PARAMETER_DESCRIPTION_MAX = 300;
export const PARAMETER_EXAMPLE_MAX = 200;
export const EXAMPLE_MAX = 4000;

/** Query and body names: identifiers with `.`, `-`, `[]`; header names: RFC 9110 tokens. */
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_.\-[\]]*$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the browser or the marketplace sets; documenting them as parameters would mislead callers. */
const RESERVED_HEADERS = new Set(['authorization', 'x-api-key', 'content-type', 'content-length', 'host', 'cookie', 'origin']);

export type EndpointCheck = { ok: true; endpoint: Omit<EndpointRecord, 'id'> } | { ok: false; problems: FieldProblem[] };

/**
 * Checks an endpoint and its documentation, reporting every problem at once with the input path at fault
 * (`input.parameters[2].name` with the default prefix). Path parameters must be exactly the template's `{names}`.
 */
export function checkEndpoint(input: EndpointInput, prefix = 'input'): EndpointCheck {
  const problems: FieldProblem[] = [];
  const at = (field: string) => `${prefix}.${field}`;
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof DomainError) || !error.field) throw error;
      problems.push({ field: error.field, message: error.message });
      return undefined;
    }
  };

  if (!(HTTP_METHODS as readonly string[]).includes(input.method)) problems.push({ field: at('method'), message: `Use one of ${HTTP_METHODS.join(', ')}.` });
  const path = attempt(() => validPathTemplate(at('path'), input.path));
  const description = attempt(() => optionalText(at('description'), input.description, ENDPOINT_DESCRIPTION_MAX, 'a description'));
  const costWeight = input.costWeight ?? 1;
  if (!Number.isSafeInteger(costWeight) || costWeight < 1 || costWeight > COST_WEIGHT_MAX) {
    problems.push({ field: at('costWeight'), message: `The cost weight is a whole number from 1 to ${COST_WEIGHT_MAX}: the units of quota one call uses.` });
  }
  const tiers = input.tiers == null ? [...TIERS] : TIERS.filter((t) => input.tiers!.includes(t));
  if (tiers.length === 0) problems.push({ field: at('tiers'), message: 'Name at least one tier that may call this endpoint.' });
  const requestExample = attempt(() => prettyJson(optionalText(at('requestExample'), input.requestExample, EXAMPLE_MAX, 'an example request')));
  const responseExample = attempt(() => prettyJson(optionalText(at('responseExample'), input.responseExample, EXAMPLE_MAX, 'an example response')));

  const given = input.parameters ?? [];
  const parameters: ParameterRecord[] = [];
  if (given.length > PARAMETERS_MAX) problems.push({ field: at('parameters'), message: `An endpoint has at most ${PARAMETERS_MAX} parameters.` });
  const seen = new Set<string>();
  given.slice(0, PARAMETERS_MAX).forEach((raw, i) => {
    const p = (field: string) => at(`parameters[${i}].${field}`);
    const name = raw.name.trim();
    const location = raw.in;
    const before = problems.length;
    if (!(PARAMETER_LOCATIONS as readonly string[]).includes(location)) {
      problems.push({ field: p('in'), message: `Say where the parameter goes: ${PARAMETER_LOCATIONS.join(', ')}.` });
    }
    const type = raw.type ?? 'string';
    if (!(PARAMETER_TYPES as readonly string[]).includes(type)) problems.push({ field: p('type'), message: `Use one of the types ${PARAMETER_TYPES.join(', ')}.` });
    if (!name) problems.push({ field: p('name'), message: 'Enter the parameter’s name.' });
    else if (name.length > PARAMETER_NAME_MAX) problems.push({ field: p('name'), message: `A parameter name has at most ${PARAMETER_NAME_MAX} characters.` });
    else if (!(location === 'header' ? HEADER_NAME : PARAMETER_NAME).test(name)) {
      problems.push({
        field: p('name'),
        message: location === 'header' ? `"${name}" is not a valid header name.` : `"${name}" is not a valid name: start with a letter or "_", then letters, digits, "_", "-", "." or "[]".`,
      });
    } else if (location === 'header' && RESERVED_HEADERS.has(name.toLowerCase())) {
      problems.push({ field: p('name'), message: `The ${name} header is set by the caller’s client or the marketplace; do not list it as a parameter.` });
    }
    const identity = `${location}:${location === 'header' ? name.toLowerCase() : name}`;
    if (name && seen.has(identity)) problems.push({ field: p('name'), message: `The ${location} parameter "${name}" is listed twice.` });
    seen.add(identity);
    const required = location === 'path' ? true : raw.required ?? false;
    if (location === 'path' && raw.required === false) problems.push({ field: p('required'), message: 'A path parameter is always required.' });
    const paramDescription = attempt(() => optionalText(p('description'), raw.description, PARAMETER_DESCRIPTION_MAX, 'a parameter description'));
    const example = attempt(() => optionalText(p('example'), raw.example, PARAMETER_EXAMPLE_MAX, 'an example value'));
    if (problems.length === before) {
      parameters.push({ name, in: location, type, required, description: paramDescription ?? null, example: example ?? null });
    }
  });

  if (path !== undefined) {
    const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    given.forEach((raw, i) => {
      if (raw.in === 'path' && raw.name.trim() && !inTemplate.includes(raw.name.trim())) {
        problems.push({ field: at(`parameters[${i}].name`), message: `The path ${path} has no {${raw.name.trim()}} segment.` });
      }
    });
    const documented = given.filter((raw) => raw.in === 'path').map((raw) => raw.name.trim());
    const undocumented = inTemplate.filter((name) => !documented.includes(name));
    if (given.length > 0 && undocumented.length > 0) {
      problems.push({ field: at('parameters'), message: `Describe the path parameter${undocumented.length > 1 ? 's' : ''} ${undocumented.map((n) => `{${n}}`).join(', ')} too.` });
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    endpoint: {
      method: input.method,
      path: path!,
      description: description ?? null,
      costWeight,
      tiers,
      parameters,
      requestExample: requestExample ?? null,
      responseExample: responseExample ?? null,
    },
  };
}

/** A JSON example is stored pretty-printed (the docs show it so, and an OpenAPI round trip keeps it exactly); other text as written. */
function prettyJson(text: string | null): string | null {
  if (text === null) return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
