import { graphqlTierName, type HttpMethod, type Tier, TIERS } from '@marketplace/contracts';
import { conflict, InputError, newId, notFound, type SignedInCaller } from '@marketplace/shared';
import type { Repositories } from '../data/repositories.ts';
import type { EndpointRecord, SolutionRecord } from '../data/solution.repository.ts';
import type { CatalogDeps } from '../deps.ts';
import { requireEditable, requireOwner } from './access-rules.ts';
import { COST_WEIGHT_MAX, ENDPOINTS_MAX, routeShape, validPathTemplate } from './endpoint-rules.ts';
import { optionalText, optionalUrl } from './input-rules.ts';
import { revision, SolutionWriter } from './solution-writer.ts';
import { sameJson } from './tier-rules.ts';

export interface EndpointInput {
  method: HttpMethod;
  path: string;
  description?: string | null;
  costWeight?: number | null;
  /** Absent: every tier may call it. */
  tiers?: Tier[] | null;
}

const DESCRIPTION_MAX = 500;

/** Owns a solution's endpoints and its health-check URL (partners, on their own solutions). */
export class EndpointService {
  private readonly writer: SolutionWriter;

  constructor(
    private readonly deps: CatalogDeps,
    repos: Repositories,
  ) {
    this.writer = new SolutionWriter(deps, repos);
  }

  async add(caller: SignedInCaller, solutionId: string, input: EndpointInput): Promise<EndpointRecord> {
    const endpoint: EndpointRecord = { id: newId('end', this.deps.clock.now()), ...validEndpoint(input) };
    await this.changeEndpoints(caller, solutionId, 'endpoint.add', (endpoints) => {
      if (endpoints.length >= ENDPOINTS_MAX) throw new InputError('input', `A solution has at most ${ENDPOINTS_MAX} endpoints.`);
      refuseDuplicate(endpoints, endpoint);
      return { endpoints: [...endpoints, endpoint], before: null, after: endpointSnapshot(endpoint) };
    });
    return endpoint;
  }

  async update(caller: SignedInCaller, solutionId: string, endpointId: string, input: EndpointInput): Promise<EndpointRecord> {
    const endpoint: EndpointRecord = { id: endpointId, ...validEndpoint(input) };
    await this.changeEndpoints(caller, solutionId, 'endpoint.update', (endpoints) => {
      const current = endpoints.find((e) => e.id === endpointId);
      if (!current) throw notFound('Endpoint');
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
    await this.changeEndpoints(caller, solutionId, 'endpoint.remove', (endpoints) => {
      const current = endpoints.find((e) => e.id === endpointId);
      if (!current) throw notFound('Endpoint');
      return { endpoints: endpoints.filter((e) => e.id !== endpointId), before: endpointSnapshot(current), after: null };
    });
  }

  /** Sets (or, with null, clears) the one URL the platform polls to see that the solution is up. */
  async setHealthCheckUrl(caller: SignedInCaller, solutionId: string, rawUrl: string | null): Promise<SolutionRecord> {
    const url = optionalUrl('url', rawUrl);
    const { after } = await this.writer.change(caller.userId, solutionId, (current) => {
      requireOwner(caller, current);
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
    change: (endpoints: EndpointRecord[]) => { endpoints: EndpointRecord[]; before: Record<string, unknown> | null; after: Record<string, unknown> | null } | null,
  ): Promise<void> {
    await this.writer.change(caller.userId, solutionId, (current) => {
      requireOwner(caller, current);
      requireEditable(current, 'solutionId');
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

function validEndpoint(input: EndpointInput): Omit<EndpointRecord, 'id'> {
  const costWeight = input.costWeight ?? 1;
  if (!Number.isSafeInteger(costWeight) || costWeight < 1 || costWeight > COST_WEIGHT_MAX) {
    throw new InputError('input.costWeight', `The cost weight is a whole number from 1 to ${COST_WEIGHT_MAX}: the units of quota one call uses.`);
  }
  const tiers = input.tiers == null ? [...TIERS] : TIERS.filter((t) => input.tiers!.includes(t));
  if (tiers.length === 0) throw new InputError('input.tiers', 'Name at least one tier that may call this endpoint.');
  return {
    method: input.method,
    path: validPathTemplate('input.path', input.path),
    description: optionalText('input.description', input.description, DESCRIPTION_MAX, 'a description'),
    costWeight,
    tiers,
  };
}

function refuseDuplicate(others: readonly EndpointRecord[], endpoint: Omit<EndpointRecord, 'id'>): void {
  const shape = routeShape(endpoint.method, endpoint.path);
  const clash = others.find((e) => routeShape(e.method, e.path) === shape);
  if (clash) throw conflict(`${clash.method} ${clash.path} is already registered for this solution.`, 'input.path');
}

function endpointSnapshot(e: EndpointRecord): Record<string, unknown> {
  return { id: e.id, method: e.method, path: e.path, description: e.description, costWeight: e.costWeight, tiers: e.tiers.map(graphqlTierName) };
}

