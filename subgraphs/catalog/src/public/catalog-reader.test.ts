import type { Session } from '@marketplace/identity/testing';
import { sha256 } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCatalogReader } from './catalog-reader.ts';
import {
  ADD_ENDPOINT,
  type CatalogHarness,
  CREATE_SECRET,
  REVOKE_SECRET,
  SET_TIERS,
  startCatalogHarness,
  REINSTATE,
  SUSPEND,
  tiersInput,
} from '../testing/catalog-harness.ts';

let h: CatalogHarness;
let partner: Session;
let id: string;
beforeAll(async () => {
  h = await startCatalogHarness('reader');
  partner = await h.partner('reader.partner@example.com', 'Reader Co');
  id = await h.draft(partner, 'read-me');
  await h.run(SET_TIERS, { id, tiers: tiersInput() }, partner.caller);
  await h.run(ADD_ENDPOINT, { id, input: { method: 'POST', path: '/v1/summarize', costWeight: 5, tiers: ['PRO', 'ENTERPRISE'] } }, partner.caller);
  await h.run(ADD_ENDPOINT, { id, input: { method: 'GET', path: '/v1/jobs/{jobId}' } }, partner.caller);
});
afterAll(() => h?.close());

describe('the catalog reader', () => {
  it('answers tier policies in the quota contract’s terms', async () => {
    const reader = createCatalogReader(h.deps);
    expect(await reader.policy(id, 'anonymous')).toEqual({
      tier: 'anonymous',
      callAllowance: 10,
      window: { kind: 'trial', days: 15 },
      ratePerSecond: 1,
      limitMode: 'hard',
      overagePricePaise: null,
      monthlyPricePaise: null,
      features: {},
      // The anonymous tier's abuse settings, at their defaults.
      guard: { newCallersPerBlockPerDay: 20, refuseBots: true },
    });
    expect(await reader.policy(id, 'pro')).toEqual({
      tier: 'pro',
      callAllowance: 10_000,
      window: { kind: 'monthly' },
      ratePerSecond: 10,
      limitMode: 'soft',
      overagePricePaise: 10,
      monthlyPricePaise: 99_900,
      features: { maxWords: 5000, priority: true },
    });
    expect(await reader.policy(id, 'enterprise')).toMatchObject({ features: { sla: '99.9%' }, limitMode: 'hard' });
    expect(await reader.policy('sol_00000000000000000000000000', 'pro')).toBeNull();
  });

  it('matches endpoints by method and path template', async () => {
    const reader = createCatalogReader(h.deps);
    expect(await reader.endpoint(id, 'POST /v1/summarize')).toEqual({ method: 'POST', path: '/v1/summarize', costWeight: 5, tiers: ['pro', 'enterprise'] });
    expect(await reader.endpoint(id, 'GET /v1/jobs/123?verbose=1')).toEqual({
      method: 'GET',
      path: '/v1/jobs/{jobId}',
      costWeight: 1,
      tiers: ['anonymous', 'registered', 'pro', 'enterprise'],
    });
    expect(await reader.endpoint(id, 'DELETE /v1/jobs/123')).toBeNull();
    expect(await reader.solution(id)).toEqual({ id, slug: 'read-me', name: 'Solution read-me', status: 'DRAFT', partnerId: partner.userId });
  });

  it('serves a tier change only after the cache bound: old within cacheMs, new from then on', async () => {
    const reader = createCatalogReader(h.deps, { cacheMs: 5000 });
    expect((await reader.policy(id, 'anonymous'))!.callAllowance).toBe(10);
    await h.run(SET_TIERS, { id, tiers: tiersInput({ 0: { callAllowance: 7 } }) }, partner.caller);
    h.identity.clock.advance(4999);
    expect((await reader.policy(id, 'anonymous'))!.callAllowance).toBe(10);
    h.identity.clock.advance(1);
    expect((await reader.policy(id, 'anonymous'))!.callAllowance).toBe(7);
    await h.run(SET_TIERS, { id, tiers: tiersInput() }, partner.caller);
  });

  it('reads a solution afresh when asked to, and caches that answer from then on', async () => {
    const reader = createCatalogReader(h.deps, { cacheMs: 5000 });
    const live = await h.published(partner, 'fresh-read');
    expect((await reader.solution(live))!.status).toBe('PUBLISHED');
    await h.run(SUSPEND, { id: live, reason: 'Abuse' }, h.admin.caller);
    expect((await reader.solution(live))!.status).toBe('PUBLISHED');
    expect((await reader.solution(live, { fresh: true }))!.status).toBe('SUSPENDED');
    expect((await reader.solution(live))!.status).toBe('SUSPENDED');
  });

  it('sees a revoked secret stop, and a suspension, within the bound', async () => {
    const secret = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    const hash = sha256(secret.plaintext);
    const reader = createCatalogReader(h.deps, { cacheMs: 5000 });
    expect(await reader.solutionBySecretHash(hash)).toEqual({ solutionId: id, secretId: secret.secret.id, status: 'DRAFT' });
    await h.run(REVOKE_SECRET, { id: secret.secret.id }, partner.caller);
    h.identity.clock.advance(4000);
    expect(await reader.solutionBySecretHash(hash)).not.toBeNull();
    h.identity.clock.advance(1000);
    expect(await reader.solutionBySecretHash(hash)).toBeNull();

    const live = await h.published(partner, 'soon-suspended');
    const liveSecret = (await h.run(CREATE_SECRET, { id: live }, partner.caller)).data!.createSolutionSecret;
    expect((await reader.solutionBySecretHash(sha256(liveSecret.plaintext)))!.status).toBe('PUBLISHED');
    await h.run(SUSPEND, { id: live, reason: 'Abuse' }, h.admin.caller);
    expect((await reader.solutionBySecretHash(sha256(liveSecret.plaintext)))!.status).toBe('PUBLISHED');
    h.identity.clock.advance(5000);
    expect((await reader.solutionBySecretHash(sha256(liveSecret.plaintext)))!.status).toBe('SUSPENDED');
  });

  it('lists the solutions moved into a status since a time, newest first, each move named by its time', async () => {
    const reader = createCatalogReader(h.deps, { cacheMs: 5000 });
    const before = h.identity.clock.now();
    const first = await h.published(partner, 'suspended-first');
    await h.run(SUSPEND, { id: first, reason: 'Abuse' }, h.admin.caller);
    h.identity.clock.advance(1000);
    const second = await h.published(partner, 'suspended-second');
    await h.run(SUSPEND, { id: second, reason: 'Abuse' }, h.admin.caller);
    const found = await reader.statusChangesSince('SUSPENDED', before);
    expect(found.map((s) => s.id)).toEqual([second, first]);
    const suspendedAt = h.identity.clock.now().toISOString();
    expect(found[0]).toEqual({ id: second, status: 'SUSPENDED', previousStatus: 'PUBLISHED', previousStatusChangedAt: expect.any(String), statusChangedAt: suspendedAt });
    expect((await reader.statusChangesSince('SUSPENDED', h.identity.clock.now())).map((s) => s.id)).toEqual([second]);
    // A reinstatement is a move into PUBLISHED from SUSPENDED (a first publication comes from IN_REVIEW).
    h.identity.clock.advance(1000);
    await h.run(REINSTATE, { id: second }, h.admin.caller);
    const published = await reader.statusChangesSince('PUBLISHED', before);
    // It names the suspension it ends: when that began.
    expect(published.find((s) => s.id === second)).toMatchObject({ previousStatus: 'SUSPENDED', previousStatusChangedAt: suspendedAt, statusChangedAt: h.identity.clock.now().toISOString() });
  });

  it('caches negative answers too, for the same bound, and reads each key once per bound', async () => {
    const reader = createCatalogReader(h.deps, { cacheMs: 5000 });
    const send = vi.spyOn(h.deps.db, 'send');
    const unknown = sha256('mps_will-exist-later');
    expect(await reader.solutionBySecretHash(unknown)).toBeNull();
    expect(await reader.solutionBySecretHash(unknown)).toBeNull();
    expect(await reader.policy(id, 'pro')).not.toBeNull();
    expect(await reader.endpoint(id, 'POST /v1/summarize')).not.toBeNull();
    expect(await reader.solution(id)).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(2); // one GetItem for the hash, one for the solution
    send.mockRestore();
    // Malformed hashes are refused without a read.
    expect(await reader.solutionBySecretHash('not-hex')).toBeNull();
  });

  it('does not cache a failed read', async () => {
    const reader = createCatalogReader(h.deps, { cacheMs: 5000 });
    const send = vi.spyOn(h.deps.db, 'send').mockRejectedValueOnce(new Error('throttled'));
    await expect(reader.solution(id)).rejects.toThrow('throttled');
    send.mockRestore();
    expect(await reader.solution(id)).not.toBeNull();
  });
});
