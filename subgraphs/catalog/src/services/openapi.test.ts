import { describe, expect, it } from 'vitest';
import type { EndpointRecord } from '../data/solution.repository.ts';
import { checkEndpoint } from './endpoint-input.ts';
import { exportOpenApi, importOpenApi, OPENAPI_DOCUMENT_MAX } from './openapi.ts';

const documented = (input: Parameters<typeof checkEndpoint>[0]): Omit<EndpointRecord, 'id'> => {
  const check = checkEndpoint(input);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.endpoint;
};

const endpoints: Omit<EndpointRecord, 'id'>[] = [
  documented({
    method: 'GET',
    path: '/v1/rates/{date}',
    description: 'Rates on a date',
    costWeight: 2,
    tiers: ['registered', 'pro'],
    parameters: [
      { name: 'date', in: 'path', type: 'string', description: 'ISO date', example: '2026-11-30' },
      { name: 'base', in: 'query', type: 'string', required: false, example: 'INR' },
      { name: 'limit', in: 'query', type: 'integer', example: '10' },
      { name: 'X-Trace', in: 'header', type: 'string', required: true },
    ],
    responseExample: '{"base":"INR","rates":{"USD":0.0118}}',
  }),
  documented({
    method: 'POST',
    path: '/v1/convert',
    description: 'Converts an amount',
    parameters: [
      { name: 'amount', in: 'body', type: 'number', required: true, example: '12.5' },
      { name: 'exact', in: 'body', type: 'boolean', example: 'true' },
      { name: 'to', in: 'body', type: 'string', description: 'Currency code' },
    ],
    requestExample: '{"amount":12.5,"to":"USD"}',
    responseExample: 'converted',
  }),
  documented({ method: 'DELETE', path: '/v1/cache', tiers: ['enterprise'] }),
];

describe('OpenAPI export and import', () => {
  it('round-trips: an exported document imports to the same endpoints', () => {
    const document = exportOpenApi({ name: 'FX', summary: 'Rates', baseUrl: 'https://fx.example', endpoints: endpoints.map((e, i) => ({ id: `end_${i}`, ...e })) });
    expect(document).toMatchObject({ openapi: '3.1.0', servers: [{ url: 'https://fx.example' }] });
    const again = importOpenApi(JSON.stringify(document));
    expect(again).toEqual({ ok: true, endpoints });
  });

  it('reads YAML and follows references inside the document', () => {
    const yaml = [
      'openapi: 3.1.0',
      'info: { title: T, version: "1" }',
      'components:',
      '  parameters:',
      '    Id: { name: id, in: path, required: true, schema: { type: [integer, "null"] } }',
      'paths:',
      '  /v1/items/{id}:',
      '    get:',
      '      summary: One item',
      '      parameters: [{ $ref: "#/components/parameters/Id" }]',
      '      responses:',
      '        "201": { description: Created }',
      '        "200": { description: OK, content: { application/json: { example: { id: 1 } } } }',
    ].join('\n');
    const result = importOpenApi(yaml);
    expect(result).toEqual({
      ok: true,
      endpoints: [
        expect.objectContaining({
          method: 'GET',
          path: '/v1/items/{id}',
          description: 'One item',
          parameters: [{ name: 'id', in: 'path', type: 'integer', required: true, description: null, example: null }],
          responseExample: '{\n  "id": 1\n}',
        }),
      ],
    });
  });

  it('reports every problem by JSON pointer', () => {
    const result = importOpenApi(
      JSON.stringify({
        openapi: '3.0.3',
        paths: {
          '/v1/items/{id}': {
            get: {
              parameters: [
                { name: 'id', in: 'path', required: true },
                { name: 'session', in: 'cookie' },
                { $ref: 'https://evil.example/param.json' },
              ],
            },
            head: {},
          },
          'v1/no-slash': { post: { 'x-marketplace-cost-weight': 0 } },
          '/v1/x': { put: { 'x-marketplace-tiers': ['gold'] } },
        },
      }),
    );
    expect(result.ok).toBe(false);
    const fields = !result.ok ? result.problems.map((p) => p.field) : [];
    expect(fields).toEqual(
      expect.arrayContaining([
        '/paths/~1v1~1items~1{id}/get/parameters/1/in',
        '/paths/~1v1~1items~1{id}/get/parameters/2/$ref',
        '/paths/~1v1~1items~1{id}/head',
        '/paths/~1v1~1x/put/x-marketplace-tiers/0',
      ]),
    );
  });

  it('reports the rules of the endpoints themselves at the operation or parameter at fault', () => {
    const result = importOpenApi(
      JSON.stringify({
        openapi: '3.1.0',
        paths: {
          'v1/no-slash': { post: { 'x-marketplace-cost-weight': 0 } },
          '/v1/items/{id}': { get: {} },
          '/v1/items/{itemId}': { get: {} },
          '/v1/parts/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true }, { name: 'other', in: 'path', required: true }] } },
        },
      }),
    );
    expect(result).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { field: '/paths/v1~1no-slash/post', message: expect.stringMatching(/starts with "\/"/) },
        { field: '/paths/v1~1no-slash/post/x-marketplace-cost-weight', message: expect.stringMatching(/whole number from 1/) },
        { field: '/paths/~1v1~1parts~1{id}/get/parameters/1/name', message: 'The path /v1/parts/{id} has no {other} segment.' },
        { field: '/paths/~1v1~1items~1{itemId}/get', message: 'The same route as GET /v1/items/{id}.' },
      ]),
    });
  });

  it('refuses what is not an OpenAPI document, saying why', () => {
    expect(importOpenApi('{ nope')).toEqual({ ok: false, problems: [{ field: '', message: expect.stringMatching(/neither JSON nor YAML/) }] });
    expect(importOpenApi('[]')).toEqual({ ok: false, problems: [{ field: '', message: 'An OpenAPI document is an object.' }] });
    expect(importOpenApi('{"openapi":"2.0"}')).toEqual({
      ok: false,
      problems: [
        { field: '/openapi', message: expect.stringMatching(/3\.1/) },
        { field: '/paths', message: expect.stringMatching(/paths/) },
      ],
    });
    expect(importOpenApi(' '.repeat(OPENAPI_DOCUMENT_MAX + 1)).ok).toBe(false);
  });
});

describe('checkEndpoint', () => {
  it('names every problem of an endpoint and its parameters at once', () => {
    const check = checkEndpoint({
      method: 'GET',
      path: '/v1/items/{id}',
      costWeight: 0,
      parameters: [
        { name: 'id', in: 'path', required: false },
        { name: '9lives', in: 'query' },
        { name: 'Authorization', in: 'header' },
        { name: 'q', in: 'query', description: 'x'.repeat(301) },
        { name: 'q', in: 'query' },
      ],
      responseExample: 'y'.repeat(4001),
    });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map((p) => p.field)).toEqual([
      'input.costWeight',
      'input.responseExample',
      'input.parameters[0].required',
      'input.parameters[1].name',
      'input.parameters[2].name',
      'input.parameters[3].description',
      'input.parameters[4].name',
    ]);
  });

  it('requires every path parameter once any parameter is documented, and stores JSON examples pretty-printed', () => {
    const missing = checkEndpoint({ method: 'GET', path: '/v1/{a}/{b}', parameters: [{ name: 'a', in: 'path' }] });
    expect(!missing.ok && missing.problems).toEqual([{ field: 'input.parameters', message: 'Describe the path parameter {b} too.' }]);
    const ok = checkEndpoint({ method: 'POST', path: '/v1/x', requestExample: '{"a":[1]}', responseExample: 'plain text' });
    expect(ok.ok && [ok.endpoint.requestExample, ok.endpoint.responseExample]).toEqual(['{\n  "a": [\n    1\n  ]\n}', 'plain text']);
  });
});
