import type { Session } from '@marketplace/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_ENDPOINT, BY_ID, type CatalogHarness, codes, field, REJECT_SOLUTION, startCatalogHarness, SUBMIT } from '../testing/catalog-harness.ts';

let h: CatalogHarness;
let partner: Session;
let other: Session;
let id: string;
beforeAll(async () => {
  h = await startCatalogHarness('ends');
  partner = await h.partner('endpoints.partner@example.com', 'Endpoint Co');
  other = await h.partner('endpoints.other@example.com', 'Other Co');
  id = await h.draft(partner, 'endpointed');
});
afterAll(() => h?.close());

const UPDATE = `mutation($id: ID!, $e: ID!, $input: EndpointInput!) { updateEndpoint(solutionId: $id, endpointId: $e, input: $input) { id method path description costWeight tiers } }`;
const REMOVE = `mutation($id: ID!, $e: ID!) { removeEndpoint(solutionId: $id, endpointId: $e) }`;
const HEALTH = `mutation($id: ID!, $url: String) { setHealthCheckUrl(solutionId: $id, url: $url) { id status healthCheckUrl } }`;
const endpointsOf = async (solutionId = id) => (await h.run(BY_ID, { id: solutionId }, partner.caller)).data!.solutionById.endpoints;

describe('endpoints', () => {
  it('are registered with method, path template, description, cost weight and tiers (default: all)', async () => {
    const summarize = await h.run(ADD_ENDPOINT, { id, input: { method: 'POST', path: '/v1/summarize', description: 'Summarise a document', costWeight: 5, tiers: ['PRO', 'ENTERPRISE', 'PRO'] } }, partner.caller);
    expect(summarize.errors).toBeUndefined();
    expect(summarize.data!.addEndpoint).toEqual({
      id: expect.stringMatching(/^end_/),
      method: 'POST',
      path: '/v1/summarize',
      description: 'Summarise a document',
      costWeight: 5,
      tiers: ['PRO', 'ENTERPRISE'],
    });
    const status = await h.run(ADD_ENDPOINT, { id, input: { method: 'GET', path: '/v1/jobs/{jobId}' } }, partner.caller);
    expect(status.data!.addEndpoint).toMatchObject({ costWeight: 1, tiers: ['ANONYMOUS', 'REGISTERED', 'PRO', 'ENTERPRISE'], description: null });
    expect((await endpointsOf()).map((e: { path: string }) => e.path)).toEqual(['/v1/summarize', '/v1/jobs/{jobId}']);
  });

  it.each([
    ['input.path', { method: 'GET', path: 'v1/no-slash' }, 'BAD_USER_INPUT'],
    ['input.path', { method: 'GET', path: '/v1/has space' }, 'BAD_USER_INPUT'],
    ['input.costWeight', { method: 'GET', path: '/v1/x', costWeight: 0 }, 'BAD_USER_INPUT'],
    ['input.tiers', { method: 'GET', path: '/v1/x', tiers: [] }, 'BAD_USER_INPUT'],
    ['input.path', { method: 'GET', path: '/v1/jobs/{id}' }, 'CONFLICT'],
  ])('refuses %s (%j) naming the field, adding nothing', async (name, input, code) => {
    const before = await endpointsOf();
    const res = await h.run(ADD_ENDPOINT, { id, input }, partner.caller);
    expect(codes(res)).toEqual([code]);
    expect(field(res)).toBe(name);
    expect(await endpointsOf()).toEqual(before);
  });

  it('are updated and removed by id', async () => {
    const [summarize] = await endpointsOf();
    const updated = await h.run(UPDATE, { id, e: summarize.id, input: { method: 'POST', path: '/v2/summarize', costWeight: 3 } }, partner.caller);
    expect(updated.data!.updateEndpoint).toMatchObject({ id: summarize.id, path: '/v2/summarize', costWeight: 3 });
    // Updating into another endpoint's route is a conflict.
    const clash = await h.run(UPDATE, { id, e: summarize.id, input: { method: 'GET', path: '/v1/jobs/{x}' } }, partner.caller);
    expect(codes(clash)).toEqual(['CONFLICT']);
    expect((await h.run(REMOVE, { id, e: summarize.id }, partner.caller)).data!.removeEndpoint).toBe(true);
    expect((await endpointsOf()).map((e: { path: string }) => e.path)).toEqual(['/v1/jobs/{jobId}']);
    expect(codes(await h.run(REMOVE, { id, e: summarize.id }, partner.caller))).toEqual(['NOT_FOUND']);
  });

  it('belong to the owning partner only, and are frozen while in review', async () => {
    expect(codes(await h.run(ADD_ENDPOINT, { id, input: { method: 'GET', path: '/v1/steal' } }, other.caller))).toEqual(['NOT_FOUND']);
    const live = await h.published(partner, 'endpoint-live');
    expect(codes(await h.run(ADD_ENDPOINT, { id: live, input: { method: 'GET', path: '/v1/steal' } }, other.caller))).toEqual(['FORBIDDEN']);
    const reviewed = await h.draft(partner, 'endpoint-review');
    await h.run(SUBMIT, { id: reviewed }, partner.caller);
    const frozen = await h.run(ADD_ENDPOINT, { id: reviewed, input: { method: 'GET', path: '/v1/late' } }, partner.caller);
    expect(codes(frozen)).toEqual(['BAD_USER_INPUT']);
    expect(field(frozen)).toBe('solutionId');
    await h.run(REJECT_SOLUTION, { id: reviewed, reason: 'Add endpoints' }, h.admin.caller);
    const added = await h.run(ADD_ENDPOINT, { id: reviewed, input: { method: 'GET', path: '/v1/late' } }, partner.caller);
    expect(added.errors).toBeUndefined();
    expect((await h.run(BY_ID, { id: reviewed }, partner.caller)).data!.solutionById.status).toBe('DRAFT');
  });
});

describe('the health-check URL', () => {
  it('is one URL per solution, set, replaced and removed by its partner, and visible only to them and admins', async () => {
    const live = await h.published(partner, 'healthy');
    const set = await h.run(HEALTH, { id: live, url: 'https://api.healthy.example/healthz' }, partner.caller);
    expect(set.data!.setHealthCheckUrl).toEqual({ id: live, status: 'PUBLISHED', healthCheckUrl: 'https://api.healthy.example/healthz' });
    const bad = await h.run(HEALTH, { id: live, url: 'healthz' }, partner.caller);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(field(bad)).toBe('url');
    const q = `query($id: ID!) { solutionById(id: $id) { healthCheckUrl } }`;
    expect((await h.run(q, { id: live }, h.admin.caller)).data!.solutionById.healthCheckUrl).toBe('https://api.healthy.example/healthz');
    expect((await h.run(q, { id: live })).data!.solutionById.healthCheckUrl).toBeNull();
    expect((await h.run(HEALTH, { id: live, url: null }, partner.caller)).data!.setHealthCheckUrl.healthCheckUrl).toBeNull();
  });
});
