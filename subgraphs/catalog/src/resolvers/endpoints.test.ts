import type { Session } from '@marketplace/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_ENDPOINT, BY_ID, type CatalogHarness, codes, CREATE_SECRET, field, refusal, REJECT_SOLUTION, startCatalogHarness, SUBMIT } from '../testing/catalog-harness.ts';

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
    expect(refusal(await h.run(REMOVE, { id, e: summarize.id }, partner.caller))).toEqual({ code: 'NOT_FOUND', field: 'endpointId' });
  });

  it('belong to the owning partner only, and are frozen while in review', async () => {
    expect(refusal(await h.run(ADD_ENDPOINT, { id, input: { method: 'GET', path: '/v1/steal' } }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    const live = await h.published(partner, 'endpoint-live');
    expect(codes(await h.run(ADD_ENDPOINT, { id: live, input: { method: 'GET', path: '/v1/steal' } }, other.caller))).toEqual(['FORBIDDEN']);
    const reviewed = await h.draft(partner, 'endpoint-review');
    await h.ready(partner, reviewed);
    await h.run(SUBMIT, { id: reviewed }, partner.caller);
    const frozen = await h.run(ADD_ENDPOINT, { id: reviewed, input: { method: 'GET', path: '/v1/late' } }, partner.caller);
    expect(codes(frozen)).toEqual(['CONFLICT']);
    expect(field(frozen)).toBe('solutionId');
    await h.run(REJECT_SOLUTION, { id: reviewed, reason: 'Add endpoints' }, h.admin.caller);
    const added = await h.run(ADD_ENDPOINT, { id: reviewed, input: { method: 'GET', path: '/v1/late' } }, partner.caller);
    expect(added.errors).toBeUndefined();
    expect((await h.run(BY_ID, { id: reviewed }, partner.caller)).data!.solutionById.status).toBe('DRAFT');
  });

  it('of a published solution need a description, as review did: an undescribed one is refused, naming it, and nothing is added', async () => {
    const live = await h.published(partner, 'endpoint-described');
    const before = await endpointsOf(live);
    const bare = await h.run(ADD_ENDPOINT, { id: live, input: { method: 'GET', path: '/' } }, partner.caller);
    expect(codes(bare)).toEqual(['BAD_USER_INPUT']);
    expect(field(bare)).toBe('input.description');
    expect(await endpointsOf(live)).toEqual(before);
    const [first] = before;
    const stripped = await h.run(UPDATE, { id: live, e: first.id, input: { method: first.method, path: first.path, description: ' ' } }, partner.caller);
    expect(field(stripped)).toBe('input.description');
    expect(await endpointsOf(live)).toEqual(before);
    const described = await h.run(ADD_ENDPOINT, { id: live, input: { method: 'GET', path: '/v1/more', description: 'More of it.' } }, partner.caller);
    expect(described.errors).toBeUndefined();
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

const DOCS = `query($id: ID!) { solutionById(id: $id) { endpoints { id method path description parameters { name in type required description example } requestExample responseExample } openApiDocument } }`;
const IMPORT = `mutation($id: ID!, $doc: String!, $dry: Boolean) { importOpenApi(solutionId: $id, document: $doc, dryRun: $dry) { applied problems { field message } endpoints { id method path } } }`;

describe('endpoint documentation', () => {
  it('is saved with the endpoint: parameters, example request and response', async () => {
    const solution = await h.draft(partner, 'documented');
    const input = {
      method: 'POST',
      path: '/v1/items/{id}',
      description: 'Updates an item',
      parameters: [
        { name: 'id', in: 'PATH', type: 'STRING', description: 'The item', example: 'it_1' },
        { name: 'dryRun', in: 'QUERY', type: 'BOOLEAN' },
        { name: 'title', in: 'BODY', required: true },
      ],
      requestExample: '{"title":"New"}',
      responseExample: '{"ok":true}',
    };
    expect((await h.run(ADD_ENDPOINT, { id: solution, input }, partner.caller)).errors).toBeUndefined();
    const [endpoint] = (await h.run(DOCS, { id: solution }, partner.caller)).data!.solutionById.endpoints;
    expect(endpoint).toMatchObject({
      parameters: [
        { name: 'id', in: 'PATH', type: 'STRING', required: true, description: 'The item', example: 'it_1' },
        { name: 'dryRun', in: 'QUERY', type: 'BOOLEAN', required: false, description: null, example: null },
        { name: 'title', in: 'BODY', type: 'STRING', required: true, description: null, example: null },
      ],
      requestExample: '{\n  "title": "New"\n}',
      responseExample: '{\n  "ok": true\n}',
    });
  });

  it('refuses bad parameters naming each field, saving nothing', async () => {
    const solution = await h.draft(partner, 'badly-documented');
    const res = await h.run(
      ADD_ENDPOINT,
      { id: solution, input: { method: 'GET', path: '/v1/x', parameters: [{ name: 'nope', in: 'PATH' }, { name: 'bad name', in: 'QUERY' }] } },
      partner.caller,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.problems).toEqual([
      { field: 'input.parameters[1].name', message: expect.stringMatching(/not a valid name/) },
      { field: 'input.parameters[0].name', message: 'The path /v1/x has no {nope} segment.' },
    ]);
    expect((await h.run(DOCS, { id: solution }, partner.caller)).data!.solutionById.endpoints).toEqual([]);
  });
});

describe('OpenAPI import and export', () => {
  it('exports a document that imports to the same endpoints, keeping their ids', async () => {
    const solution = await h.draft(partner, 'round-trip');
    await h.run(ADD_ENDPOINT, { id: solution, input: { method: 'GET', path: '/v1/a/{id}', description: 'A', costWeight: 3, tiers: ['PRO'], parameters: [{ name: 'id', in: 'PATH', example: '7' }], responseExample: '[1,2]' } }, partner.caller);
    await h.run(ADD_ENDPOINT, { id: solution, input: { method: 'POST', path: '/v1/b', parameters: [{ name: 'n', in: 'BODY', type: 'INTEGER', required: true }] } }, partner.caller);
    const before = (await h.run(DOCS, { id: solution }, partner.caller)).data!.solutionById;
    const imported = await h.run(IMPORT, { id: solution, doc: before.openApiDocument }, partner.caller);
    expect(imported.data!.importOpenApi).toMatchObject({ applied: true, problems: [] });
    const after = (await h.run(DOCS, { id: solution }, partner.caller)).data!.solutionById;
    expect(after.endpoints).toEqual(before.endpoints);
    expect(after.openApiDocument).toBe(before.openApiDocument);
  });

  it('replaces the endpoint list, and writes nothing on a problem or in a dry run', async () => {
    const solution = await h.draft(partner, 'imported');
    const [kept] = [(await h.run(ADD_ENDPOINT, { id: solution, input: { method: 'GET', path: '/v1/keep/{x}' } }, partner.caller)).data!.addEndpoint];
    await h.run(ADD_ENDPOINT, { id: solution, input: { method: 'GET', path: '/v1/drop' } }, partner.caller);
    const doc = JSON.stringify({ openapi: '3.1.0', paths: { '/v1/keep/{other}': { get: { summary: 'Kept' } }, '/v1/new': { post: {} } } });
    const bad = JSON.stringify({ openapi: '3.1.0', paths: { '/v1/new': { post: { parameters: [{ name: 'c', in: 'cookie' }] } } } });
    const paths = async () => (await h.run(DOCS, { id: solution }, partner.caller)).data!.solutionById.endpoints.map((e: { path: string }) => e.path);

    const refused = await h.run(IMPORT, { id: solution, doc: bad }, partner.caller);
    expect(refused.data!.importOpenApi).toEqual({ applied: false, endpoints: [], problems: [{ field: '/paths/~1v1~1new/post/parameters/0/in', message: expect.any(String) }] });
    const dry = await h.run(IMPORT, { id: solution, doc, dry: true }, partner.caller);
    expect(dry.data!.importOpenApi).toMatchObject({ applied: false, problems: [], endpoints: [{ id: kept.id, path: '/v1/keep/{other}' }, { path: '/v1/new' }] });
    expect(await paths()).toEqual(['/v1/keep/{x}', '/v1/drop']);

    const done = await h.run(IMPORT, { id: solution, doc }, partner.caller);
    expect(done.data!.importOpenApi.applied).toBe(true);
    expect(await paths()).toEqual(['/v1/keep/{other}', '/v1/new']);
    expect(refusal(await h.run(IMPORT, { id: solution, doc }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    // Whose solution it is is settled before the document is read, dry run or not.
    for (const dry of [true, false]) {
      expect(refusal(await h.run(IMPORT, { id: 'sol_00000000000000000000000000', doc: bad, dry }, partner.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
      expect(refusal(await h.run(IMPORT, { id: solution, doc: bad, dry }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'solutionId' });
    }
  });
});

const READINESS = `query($id: ID!) { solutionById(id: $id) { readiness { item done missing } } }`;

describe('the review checklist', () => {
  it('is enforced by submission, naming every missing item, and shown to the partner and admins only', async () => {
    const solution = await h.draft(partner, 'not-ready');
    const refused = await h.run(SUBMIT, { id: solution }, partner.caller);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect((refused.errors![0]!.extensions!.problems as { field: string }[]).map((p: { field: string }) => p.field)).toEqual(['endpoints', 'documentation', 'healthCheckUrl', 'secret']);

    await h.run(ADD_ENDPOINT, { id: solution, input: { method: 'GET', path: '/v1/undocumented' } }, partner.caller);
    await h.run(CREATE_SECRET, { id: solution }, partner.caller);
    const partial = (await h.run(READINESS, { id: solution }, partner.caller)).data!.solutionById.readiness;
    expect(partial).toEqual([
      { item: 'ENDPOINTS', done: true, missing: null },
      { item: 'DOCUMENTATION', done: false, missing: 'Describe GET /v1/undocumented.' },
      { item: 'HEALTH_CHECK_URL', done: false, missing: expect.any(String) },
      { item: 'SECRET', done: true, missing: null },
    ]);
    const still = await h.run(SUBMIT, { id: solution }, partner.caller);
    expect((still.errors![0]!.extensions!.problems as { field: string }[]).map((p: { field: string }) => p.field)).toEqual(['documentation', 'healthCheckUrl']);
    expect((await h.run(BY_ID, { id: solution }, partner.caller)).data!.solutionById.status).toBe('DRAFT');

    expect((await h.run(READINESS, { id: solution }, h.admin.caller)).data!.solutionById.readiness).toHaveLength(4);
    await h.ready(partner, solution);
    const [undocumented] = (await h.run(DOCS, { id: solution }, partner.caller)).data!.solutionById.endpoints;
    await h.run(UPDATE, { id: solution, e: undocumented.id, input: { method: 'GET', path: '/v1/undocumented', description: 'Now documented' } }, partner.caller);
    expect((await h.run(SUBMIT, { id: solution }, partner.caller)).data!.submitSolution.status).toBe('IN_REVIEW');
    await h.run(`mutation($id: ID!) { approveSolution(id: $id) { id } }`, { id: solution }, h.admin.caller);
    expect((await h.run(READINESS, { id: solution })).data!.solutionById.readiness).toBeNull();
  });
});
