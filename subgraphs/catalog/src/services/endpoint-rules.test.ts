import { InputError } from '@marketplace/shared';
import { describe, expect, it } from 'vitest';
import type { EndpointRecord } from '../data/solution.repository.ts';
import { matchEndpoint, routeShape, validPathTemplate } from './endpoint-rules.ts';

describe('validPathTemplate', () => {
  it.each(['/', '/v1/summarize', '/v1/items/{id}', '/v1/items/{itemId}/parts/{part_no}', "/a.b~c/d-e_f/:x@y"])('accepts %s', (path) => {
    expect(validPathTemplate('input.path', path)).toBe(path);
  });

  it.each([
    ['v1/summarize', /starts with "\/"/],
    ['', /starts with "\/"/],
    ['/v1//x', /no empty segments/],
    ['/v1/x/', /no empty segments/],
    ['/v1/x?y=1', /not a valid path segment/],
    ['/v1/with space', /not a valid path segment/],
    ['/v1/file.{ext}', /not a valid path segment/],
    ['/v1/{id}/{id}', /appears twice/],
    ['/v1/%41', /not a valid path segment/],
    [`/${'a'.repeat(200)}`, /at most 200/],
  ])('refuses %j, naming the field', (path, message) => {
    try {
      validPathTemplate('input.path', path);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe('input.path');
      expect((error as Error).message).toMatch(message);
    }
  });

  it('treats templates that differ only in parameter names as one route', () => {
    expect(routeShape('GET', '/items/{id}')).toBe(routeShape('GET', '/items/{itemId}'));
    expect(routeShape('GET', '/items/{id}')).not.toBe(routeShape('POST', '/items/{id}'));
  });
});

describe('matchEndpoint', () => {
  const endpoint = (id: string, method: EndpointRecord['method'], path: string): EndpointRecord => ({
    id,
    method,
    path,
    description: null,
    parameters: [],
    requestExample: null,
    responseExample: null,
    costWeight: 1,
    tiers: ['anonymous'],
  });
  const endpoints = [
    endpoint('e1', 'POST', '/v1/summarize'),
    endpoint('e2', 'GET', '/v1/items/{id}'),
    endpoint('e3', 'GET', '/v1/items/latest'),
    endpoint('e4', 'GET', '/v1/{kind}/latest'),
    endpoint('e5', 'GET', '/'),
  ];
  const match = (request: string) => matchEndpoint(endpoints, request)?.id ?? null;

  it('matches method and literal path', () => {
    expect(match('POST /v1/summarize')).toBe('e1');
    expect(match('post /v1/summarize')).toBe('e1');
    expect(match('GET /v1/summarize')).toBeNull();
    expect(match('POST /v1/summarize/more')).toBeNull();
    expect(match('GET /')).toBe('e5');
  });

  it('matches {param} segments and prefers the most literal template', () => {
    expect(match('GET /v1/items/42')).toBe('e2');
    expect(match('GET /v1/items/latest')).toBe('e3');
    expect(match('GET /v1/orders/latest')).toBe('e4');
    expect(match('GET /v1/items/')).toBeNull();
  });

  it('ignores the query string and refuses what does not parse', () => {
    expect(match('GET /v1/items/42?expand=true')).toBe('e2');
    for (const bad of ['', 'GET', '/v1/summarize', 'FETCH /v1/summarize', 'POST v1/summarize']) expect(match(bad)).toBeNull();
  });
});
