import { graphqlTierName } from '@marketplace/contracts';
import { conflict, type FieldProblem, InputError, invalidInput, newId, notFound, type SignedInCaller } from '@marketplace/shared';
import type { Repositories } from '../data/repositories.ts';
import type { EndpointRecord, SolutionRecord } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import { requireEditable, requireOwner } from './access-rules.ts';
import { checkEndpoint, type EndpointInput } from './endpoint-input.ts';
import { ENDPOINTS_MAX, routeShape } from './endpoint-rules.ts';
import { optionalUrl } from './input-rules.ts';
import { importOpenApi } from './openapi.ts';
import { revision, SolutionWriter } from './solution-writer.ts';
import { sameJson } from './tier-rules.ts';

/** Owns a solution's endpoints and its health-check URL (partners, on their own solutions). */
export class EndpointService {
  private readonly writer: SolutionWriter;

  constructor(
    private readonly deps: CatalogDeps,
    private readonly repos: Repositories,
  ) {
    this.writer = new SolutionWriter(deps, repos);
  }

  async add(caller: SignedInCaller, solutionId: string, input: EndpointInput): Promise<EndpointRecord> {
    const endpoint: EndpointRecord = { id: newId('end', this.deps.clock.now()), ...validEndpoint(input) };
    await this.changeEndpoints(caller, solutionId, 'endpoint.add', endpoint, (endpoints) => {
      if (endpoints.length >= ENDPOINTS_MAX) throw new InputError('input', `A solution has at most ${ENDPOINTS_MAX} endpoints.`);
      refuseDuplicate(endpoints, endpoint);
      return { endpoints: [...endpoints, endpoint], before: null, after: endpointSnapshot(endpoint) };
    });
    return endpoint;
  }

  async update(caller: SignedInCaller, solutionId: string, endpointId: string, input: EndpointInput): Promise<EndpointRecord> {
    const endpoint: EndpointRecord = { id: endpointId, ...validEndpoint(input) };
    await this.changeEndpoints(caller, solutionId, 'endpoint.update', endpoint, (endpoints) => {
      const current = endpoints.find((e) => e.id === endpointId);
      if (!current) throw notFound('Endpoint', 'endpointId');
      refuseDuplicate(endpoints.filter((e) => e.id !== endpointId), endpoint);
      if (sameJson(current, endpoint)) return null;
      return {
        endpoints: endpoints.map((e) => (e.id === endpointId ? endpoint : e)),
        before: endpointSnapshot(current),
        after: endpointSnapshot(endpoint),
      };
    });
    return endpoint;
  }

  async remove(caller: SignedInCaller, solutionId: string, endpointId: string): Promise<void> {
    await this.changeEndpoints(caller, solutionId, 'endpoint.remove', null, (endpoints) => {
      const current = endpoints.find((e) => e.id === endpointId);
      if (!current) throw notFound('Endpoint', 'endpointId');
      return { endpoints: endpoints.filter((e) => e.id !== endpointId), before: endpointSnapshot(current), after: null };
    });
  }

  /**
   * Makes an OpenAPI document the solution's endpoint list: routes already registered keep their ids (and so their
   * usage), others are added, and those the document lacks are removed. On any problem, or with `dryRun`, nothing
   * is written; the endpoints are what would be saved.
   */
  async importOpenApi(
    caller: SignedInCaller,
    solutionId: string,
    document: string,
    dryRun: boolean,
  ): Promise<{ endpoints: EndpointRecord[]; problems: FieldProblem[]; applied: boolean }> {
    // Whose solution it is comes before what the document says: an unknown id is NOT_FOUND, not a list of problems.
    const owned = requireOwner(caller, await this.repos.solutions.get(solutionId), 'solutionId');
    const parsed = importOpenApi(document);
    if (!parsed.ok) return { endpoints: [], problems: parsed.problems, applied: false };
    let written: EndpointRecord[] = [];
    const plan = (current: readonly EndpointRecord[]): EndpointRecord[] =>
      parsed.endpoints.map((endpoint) => ({
        id: current.find((e) => routeShape(e.method, e.path) === routeShape(endpoint.method, endpoint.path))?.id ?? newId('end', this.deps.clock.now()),
        ...endpoint,
      }));
    if (dryRun) return { endpoints: plan(owned.endpoints), problems: [], applied: false };
    await this.changeEndpoints(caller, solutionId, 'endpoint.import', null, (endpoints) => {
      written = plan(endpoints);
      if (sameJson(written, endpoints)) return null;
      return { endpoints: written, before: { routes: endpoints.map(route) }, after: { routes: written.map(route) } };
    });
    return { endpoints: written, problems: [], applied: true };
  }

  /** Sets (or, with null, clears) the one URL the platform polls to see that the solution is up. */
  async setHealthCheckUrl(caller: SignedInCaller, solutionId: string, rawUrl: string | null): Promise<SolutionRecord> {
    const url = optionalUrl('url', rawUrl);
    const { after } = await this.writer.change(caller.userId, solutionId, 'solutionId', (current) => {
      requireOwner(caller, current, 'solutionId');
      requireEditable(current, 'solutionId');
      if (current.healthCheckUrl === url) return null;
      const revised = revision(current);
      return {
        changes: { healthCheckUrl: url, ...revised.changes },
        events: [...revised.events, { action: 'solution.healthCheckUrl.set', before: { healthCheckUrl: current.healthCheckUrl }, after: { healthCheckUrl: url } }],
      };
    });
    return after;
  }

  private async changeEndpoints(
    caller: SignedInCaller,
    solutionId: string,
    action: string,
    /** The endpoint added or edited: a listed solution's must be described, as review required. */
    written: EndpointRecord | null,
    change: (endpoints: EndpointRecord[]) => { endpoints: EndpointRecord[]; before: Record<string, unknown> | null; after: Record<string, unknown> | null } | null,
  ): Promise<void> {
    await this.writer.change(caller.userId, solutionId, 'solutionId', (current) => {
      requireOwner(caller, current, 'solutionId');
      requireEditable(current, 'solutionId');
      if (written && !written.description && LISTED.includes(current.status)) {
        throw new InputError('input.description', 'Describe the endpoint in a line: this solution is published, so its endpoints show on its catalog page at once.');
      }
      const planned = change(current.endpoints);
      if (!planned) return null;
      const revised = revision(current);
      return {
        changes: { endpoints: planned.endpoints, ...revised.changes },
        events: [...revised.events, { action, before: planned.before ? { endpoint: planned.before } : null, after: planned.after ? { endpoint: planned.after } : null }],
      };
    });
  }
}

/** Solutions that passed review, whose endpoints callers read: the review's rule "every endpoint documented" holds on. */
const LISTED: readonly SolutionRecord['status'][] = ['PUBLISHED', 'UNPUBLISHED'];

/** The endpoint as stored, or every problem of the input at once. */
function validEndpoint(input: EndpointInput): Omit<EndpointRecord, 'id'> {
  const check = checkEndpoint(input);
  if (!check.ok) throw invalidInput(check.problems);
  return check.endpoint;
}

function refuseDuplicate(others: readonly EndpointRecord[], endpoint: Omit<EndpointRecord, 'id'>): void {
  const shape = routeShape(endpoint.method, endpoint.path);
  const clash = others.find((e) => routeShape(e.method, e.path) === shape);
  if (clash) throw conflict(`${clash.method} ${clash.path} is already registered for this solution.`, 'input.path');
}

const route = (e: EndpointRecord) => `${e.method} ${e.path}`;

function endpointSnapshot(e: EndpointRecord): Record<string, unknown> {
  return { id: e.id, method: e.method, path: e.path, description: e.description, costWeight: e.costWeight, tiers: e.tiers.map(graphqlTierName), parameters: e.parameters.length };
}

