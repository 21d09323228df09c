import { graphqlTierName, HTTP_METHODS, type Tier, TIERS } from '@marketplace/contracts';
import type { FieldProblem } from '@marketplace/shared';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { type EndpointRecord, PARAMETER_TYPES, type ParameterType, type SolutionRecord } from '../data/solution.repository.ts';
import { checkEndpoint, type EndpointInput, type ParameterInput } from './endpoint-input.ts';
import { ENDPOINTS_MAX, routeShape } from './endpoint-rules.ts';

/**
 * OpenAPI 3.1 import and export of a solution's endpoints. Only the subset the marketplace documents is read:
 * operations (GET, POST, PUT, PATCH, DELETE) with their summary, path/query/header parameters, a JSON request
 * body's top-level properties, example request and first 2xx example response, and two extensions
 * (`x-marketplace-cost-weight`, `x-marketplace-tiers`). Local `$ref`s (`#/components/…`) are followed; others are
 * refused, so importing never reads a file or the network. Problems are reported by JSON pointer (RFC 6901).
 *
 * Not a full OpenAPI validator (e.g. @apidevtools/swagger-parser): those resolve external references — a request
 * to any URL from inside the catalog — and validate far more than is stored; zod over the subset names every
 * problem with the pointer the partner needs.
 */
export const OPENAPI_DOCUMENT_MAX = 90_000; // the gateway accepts request bodies of 100 KB
const COST_WEIGHT = 'x-marketplace-cost-weight';
const TIERS_EXTENSION = 'x-marketplace-tiers';
const REF_DEPTH_MAX = 16;

export interface ImportedEndpoint {
  input: EndpointInput;
  /** JSON pointer of the operation, e.g. `/paths/~1v1~1items/get`. */
  pointer: string;
}

export type OpenApiImport = { ok: true; endpoints: Omit<EndpointRecord, 'id'>[] } | { ok: false; problems: FieldProblem[] };

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export const pointer = (...segments: (string | number)[]) => segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

const Schema: z.ZodType<SchemaObject> = z.lazy(() =>
  z.looseObject({
    type: z.union([z.string(), z.array(z.string())]).optional(),
    description: z.string().optional(),
    example: z.unknown().optional(),
    properties: z.record(z.string(), Schema).optional(),
    required: z.array(z.string()).optional(),
  }),
);
interface SchemaObject {
  type?: string | string[] | undefined;
  description?: string | undefined;
  example?: unknown;
  properties?: Record<string, SchemaObject> | undefined;
  required?: string[] | undefined;
}

const MediaType = z.looseObject({ schema: Schema.optional(), example: z.unknown().optional(), examples: z.record(z.string(), z.looseObject({ value: z.unknown().optional() })).optional() });
const Content = z.record(z.string(), MediaType);
const Parameter = z.looseObject({
  name: z.string({ error: 'A parameter needs a name.' }),
  in: z.enum(['path', 'query', 'header'], { error: 'The marketplace documents path, query and header parameters (and JSON body properties).' }),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: Schema.optional(),
  example: z.unknown().optional(),
});
const Operation = z.looseObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  parameters: z.array(Parameter).optional(),
  requestBody: z.looseObject({ content: Content.optional() }).optional(),
  responses: z.record(z.string(), z.looseObject({ content: Content.optional() })).optional(),
  [COST_WEIGHT]: z.number().int('A cost weight is a whole number.').optional(),
  [TIERS_EXTENSION]: z.array(z.enum([...TIERS, ...TIERS.map(graphqlTierName)] as [string, ...string[]], { error: 'Tiers are anonymous, registered, pro or enterprise.' })).optional(),
});
const OTHER_METHODS = ['head', 'options', 'trace'] as const;
const PathItem = z.looseObject({
  parameters: z.array(Parameter).optional(),
  ...Object.fromEntries(HTTP_METHODS.map((m) => [m.toLowerCase(), Operation.optional()])),
  ...Object.fromEntries(OTHER_METHODS.map((m) => [m, z.unknown().refine(() => false, 'The marketplace meters GET, POST, PUT, PATCH and DELETE only; remove this operation.').optional()])),
});
const Document = z.looseObject({
  openapi: z.string({ error: 'Say the OpenAPI version, e.g. "openapi": "3.1.0".' }).regex(/^3\.[01]\.\d+$/, 'Use an OpenAPI 3.1 document (3.0 is read too).'),
  paths: z.record(z.string(), PathItem, { error: 'An OpenAPI document lists its operations under "paths".' }),
});
type DocumentShape = z.infer<typeof Document>;
type OperationShape = z.infer<typeof Operation>;
type ParameterShape = z.infer<typeof Parameter>;

/** Reads a JSON or YAML OpenAPI document into endpoints, or every problem by JSON pointer. Writes nothing. */
export function importOpenApi(text: string): OpenApiImport {
  if (text.length > OPENAPI_DOCUMENT_MAX) return fail('', `The document has more than ${OPENAPI_DOCUMENT_MAX.toLocaleString('en-US')} characters.`);
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    return fail('', `The document is neither JSON nor YAML: ${error instanceof Error ? error.message.split('\n')[0] : 'unreadable'}.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('', 'An OpenAPI document is an object.');

  const problems: FieldProblem[] = [];
  const root = raw as Record<string, unknown>;
  const resolved = { ...root, paths: resolveRefs(root, root.paths, '/paths', problems, 0) };
  const parsed = Document.safeParse(resolved);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ field: pointer(...(issue.path as (string | number)[])), message: issue.message });
  }
  if (problems.length || !parsed.success) return { ok: false, problems: dedupe(problems) };

  const imported = operationsOf(parsed.data);
  if (imported.length > ENDPOINTS_MAX) problems.push({ field: '/paths', message: `A solution has at most ${ENDPOINTS_MAX} endpoints; this document has ${imported.length}.` });
  const endpoints: Omit<EndpointRecord, 'id'>[] = [];
  const shapes = new Map<string, string>();
  for (const { input, pointer: at } of imported) {
    const check = checkEndpoint(input, '');
    if (!check.ok) {
      problems.push(...check.problems.map((p) => ({ field: pointerOf(at, input, p.field), message: p.message })));
      continue;
    }
    const shape = routeShape(check.endpoint.method, check.endpoint.path);
    const clash = shapes.get(shape);
    if (clash) problems.push({ field: at, message: `The same route as ${clash}.` });
    shapes.set(shape, `${check.endpoint.method} ${check.endpoint.path}`);
    endpoints.push(check.endpoint);
  }
  return problems.length ? { ok: false, problems } : { ok: true, endpoints };
}

function fail(field: string, message: string): OpenApiImport {
  return { ok: false, problems: [{ field, message }] };
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(`${p.field} ${p.message}`) && Boolean(seen.add(`${p.field} ${p.message}`)));
}

/** Replaces local `$ref`s under `node` by their targets; a problem at the `$ref` for any other or a cycle. */
function resolveRefs(root: Record<string, unknown>, node: unknown, at: string, problems: FieldProblem[], depth: number): unknown {
  if (Array.isArray(node)) return node.map((each, i) => resolveRefs(root, each, `${at}/${i}`, problems, depth));
  if (typeof node !== 'object' || node === null) return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/')) {
      problems.push({ field: `${at}/$ref`, message: 'Only references inside the document (#/components/…) are read; inline the definition.' });
      return undefined;
    }
    if (depth >= REF_DEPTH_MAX) {
      problems.push({ field: `${at}/$ref`, message: 'This reference is circular or nested too deeply.' });
      return undefined;
    }
    const target = ref
      .slice(2)
      .split('/')
      .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), root);
    if (target === undefined) {
      problems.push({ field: `${at}/$ref`, message: `${ref} does not exist in the document.` });
      return undefined;
    }
    return resolveRefs(root, target, at, problems, depth + 1);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolveRefs(root, value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, problems, depth)]));
}

/** Parameter inputs remember where they came from, so problems found by `checkEndpoint` point into the document. */
const SOURCE = Symbol('pointer');
type Sourced<T> = T & { [SOURCE]?: string };

function operationsOf(doc: DocumentShape): ImportedEndpoint[] {
  const result: ImportedEndpoint[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, unknown>)[method.toLowerCase()] as OperationShape | undefined;
      if (!operation) continue;
      const at = pointer('paths', path, method.toLowerCase());
      const byKey = new Map<string, Sourced<ParameterInput>>();
      (item.parameters ?? []).forEach((p, i) => byKey.set(`${p.in}:${p.name}`, parameterInput(p, pointer('paths', path, 'parameters', i))));
      (operation.parameters ?? []).forEach((p, i) => byKey.set(`${p.in}:${p.name}`, parameterInput(p, `${at}${pointer('parameters', i)}`)));
      const json = operation.requestBody?.content?.['application/json'];
      const schema = json?.schema;
      const required = new Set(schema?.required ?? []);
      const bodyParameters = Object.entries(schema?.properties ?? {}).map(([name, property]): Sourced<ParameterInput> => ({
        name,
        in: 'body',
        type: typeOf(property),
        required: required.has(name),
        description: property.description ?? null,
        example: exampleText(property.example),
        [SOURCE]: `${at}${pointer('requestBody', 'content', 'application/json', 'schema', 'properties', name)}`,
      }));
      const weight = operation[COST_WEIGHT];
      const tiers = operation[TIERS_EXTENSION];
      result.push({
        pointer: at,
        input: {
          method,
          path,
          description: operation.summary ?? operation.description ?? null,
          costWeight: weight ?? null,
          tiers: tiers ? TIERS.filter((t) => tiers.some((given) => given.toLowerCase() === t)) : null,
          parameters: [...byKey.values(), ...bodyParameters],
          requestExample: bodyExample(operation.requestBody?.content),
          responseExample: bodyExample(successContent(operation.responses)),
        },
      });
    }
  }
  return result;
}

function parameterInput(p: ParameterShape, at: string): Sourced<ParameterInput> {
  return {
    name: p.name,
    in: p.in,
    type: typeOf(p.schema),
    required: p.required ?? null,
    description: p.description ?? null,
    example: exampleText(p.example ?? p.schema?.example),
    [SOURCE]: at,
  };
}

function typeOf(schema: SchemaObject | undefined): ParameterType {
  const types = schema?.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== 'null');
  return (PARAMETER_TYPES as readonly string[]).includes(type ?? '') ? (type as ParameterType) : 'string';
}

function exampleText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The first 2xx response's content, in status order. */
function successContent(responses: OperationShape['responses']): z.infer<typeof Content> | undefined {
  const status = Object.keys(responses ?? {})
    .filter((s) => /^2(\d\d|XX)$/i.test(s))
    .sort()[0];
  return status ? responses![status]!.content : undefined;
}

/** A JSON example pretty-printed (as stored), else a text example as written. */
function bodyExample(content: z.infer<typeof Content> | undefined): string | null {
  const withExample = Object.entries(content ?? {})
    .map(([type, media]) => ({ json: /json/i.test(type), value: media.example !== undefined ? media.example : Object.values(media.examples ?? {})[0]?.value }))
    .filter((each) => each.value !== undefined)
    .sort((a, b) => Number(b.json) - Number(a.json))[0];
  if (!withExample) return null;
  return withExample.json ? JSON.stringify(withExample.value, null, 2) : exampleText(withExample.value);
}

/** Maps a problem's input path (`.parameters[2].name`) back to where it stood in the document. */
function pointerOf(operation: string, input: EndpointInput, field: string): string {
  const parameter = /^\.parameters\[(\d+)\]\.(\w+)$/.exec(field);
  if (parameter) {
    const source = (input.parameters?.[Number(parameter[1])] as Sourced<ParameterInput> | undefined)?.[SOURCE];
    if (source) return parameter[2] === 'in' || parameter[2] === 'type' ? `${source}/${parameter[2] === 'type' ? 'schema/type' : 'in'}` : `${source}${parameter[2] === 'name' ? '/name' : `/${parameter[2]}`}`;
  }
  const where: Record<string, string> = {
    '.path': '',
    '.description': '/summary',
    '.costWeight': `/${COST_WEIGHT}`,
    '.tiers': `/${TIERS_EXTENSION}`,
    '.parameters': '/parameters',
    '.requestExample': '/requestBody',
    '.responseExample': '/responses',
  };
  return `${operation}${where[field] ?? ''}`;
}

/** The solution's endpoints as an OpenAPI 3.1 document that `importOpenApi` reads back to the same endpoints. */
export function exportOpenApi(solution: Pick<SolutionRecord, 'name' | 'summary' | 'baseUrl' | 'endpoints'>): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of solution.endpoints) {
    const inline = endpoint.parameters.filter((p) => p.in !== 'body');
    const body = endpoint.parameters.filter((p) => p.in === 'body');
    const requestContent = contentOf(endpoint.requestExample, body);
    const responseContent = contentOf(endpoint.responseExample, []);
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method.toLowerCase()] = {
      ...(endpoint.description ? { summary: endpoint.description } : {}),
      ...(inline.length
        ? {
            parameters: inline.map((p) => ({
              name: p.name,
              in: p.in,
              required: p.required,
              ...(p.description ? { description: p.description } : {}),
              schema: { type: p.type },
              ...(p.example !== null ? { example: typedExample(p.example, p.type) } : {}),
            })),
          }
        : {}),
      ...(requestContent ? { requestBody: { content: requestContent } } : {}),
      responses: { '200': { description: 'OK', ...(responseContent ? { content: responseContent } : {}) } },
      [COST_WEIGHT]: endpoint.costWeight,
      [TIERS_EXTENSION]: endpoint.tiers.map((t: Tier) => t),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: solution.name, version: '1.0.0', description: solution.summary },
    servers: [{ url: solution.baseUrl }],
    components: {
      securitySchemes: {
        bearerKey: { type: 'http', scheme: 'bearer', description: 'Your marketplace API key for this solution.' },
        headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      },
    },
    // An empty requirement: callers without a key get the anonymous trial.
    security: [{ bearerKey: [] }, { headerKey: [] }, {}],
    paths,
  };
}

function contentOf(example: string | null, body: EndpointRecord['parameters']): Record<string, unknown> | null {
  const json = example === null ? undefined : parseJson(example);
  if (example === null && body.length === 0) return null;
  const text = example !== null && json === undefined ? { 'text/plain': { example } } : {};
  if (body.length === 0 && json === undefined) return text;
  const schema = body.length
    ? {
        schema: {
          type: 'object',
          properties: Object.fromEntries(
            body.map((p) => [p.name, { type: p.type, ...(p.description ? { description: p.description } : {}), ...(p.example !== null ? { example: typedExample(p.example, p.type) } : {}) }]),
          ),
          ...(body.some((p) => p.required) ? { required: body.filter((p) => p.required).map((p) => p.name) } : {}),
        },
      }
    : {};
  return { 'application/json': { ...schema, ...(json !== undefined ? { example: json } : {}) }, ...text };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A number or boolean example as one (it reads back as the same text); anything else as written. */
function typedExample(text: string, type: ParameterType): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text) && String(Number(text)) === text) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

