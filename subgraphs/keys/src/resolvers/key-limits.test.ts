import { HOUR, SECOND } from '@marketplace/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeyRepository } from '../data/key.repository.ts';
import { MAX_ACTIVE_KEYS } from '../services/key-rules.ts';
import { AUDIT, codes, CREATE, fields, type KeysHarness, MY_KEYS, REVOKE, ROTATE, startKeysHarness } from '../testing/keys-harness.ts';

let h: KeysHarness;
let repository: KeyRepository;
beforeAll(async () => {
  h = await startKeysHarness('lim');
  repository = new KeyRepository(h.deps.db, h.deps.table);
});

async function statuses(caller: Parameters<KeysHarness['run']>[2], solutionId: string): Promise<Record<string, number>> {
  const keys = (await h.run(MY_KEYS, { solutionId }, caller)).data!.myKeys as { status: string }[];
  const out: Record<string, number> = {};
  for (const key of keys) out[key.status] = (out[key.status] ?? 0) + 1;
  return out;
}

describe('at most 10 active keys per user and solution', () => {
  it('lets exactly one of 12 concurrent creates through when 9 keys are active', async () => {
    expect(MAX_ACTIVE_KEYS).toBe(10);
    const me = h.customer();
    const solutionId = h.catalog.add();
    for (let i = 0; i < 9; i++) await h.createKey(me, solutionId, `key ${i}`);

    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => h.run(CREATE, { input: { solutionId, name: `racer ${i}` } }, me)),
    );
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map(codes).flat()).toEqual(Array(11).fill('CONFLICT'));
    expect(refused.map(fields).flat()).toEqual(Array(11).fill('input.solutionId'));

    expect(await statuses(me, solutionId)).toEqual({ ACTIVE: 10 });
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(10);
    const items = await h.scan();
    const keyItems = items.filter((item) => item.type === 'ApiKey' && item.userId === me.userId);
    expect(keyItems).toHaveLength(10);
    // Refused creates left nothing behind: no key, no hash item, no audit event.
    const ids = new Set(keyItems.map((item) => item.id));
    expect(items.filter((item) => item.type === 'ApiKeyHash' && item.userId === me.userId)).toHaveLength(10);
    expect(items.filter((item) => item.type === 'AuditEvent' && item.actorId === me.userId).every((e) => ids.has(e.targetId))).toBe(true);
    expect(items.filter((item) => item.type === 'AuditEvent' && item.actorId === me.userId)).toHaveLength(10);
  });

  it('counts per user and per solution', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    for (let i = 0; i < 10; i++) await h.createKey(me, solutionId, `key ${i}`);
    expect(codes(await h.run(CREATE, { input: { solutionId, name: 'eleventh' } }, me))).toEqual(['CONFLICT']);
    await h.createKey(me, h.catalog.add(), 'other solution');
    await h.createKey(h.customer(), solutionId, 'other user');
  });

  it('allows rotation at the limit (the successor takes the old slot) and frees a slot on revoke, once', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await h.createKey(me, solutionId, `key ${i}`)).id);

    const rotated = await h.run(ROTATE, { id: ids[0], graceHours: 24 }, me);
    expect(rotated.errors).toBeUndefined();
    expect(await statuses(me, solutionId)).toEqual({ ACTIVE: 10, EXPIRING: 1 });
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(10);
    expect(codes(await h.run(CREATE, { input: { solutionId, name: 'eleventh' } }, me))).toEqual(['CONFLICT']);

    // Revoking the key in its grace frees nothing: it no longer held a slot.
    expect(codes(await h.run(REVOKE, { id: ids[0] }, me))).toEqual([]);
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(10);
    expect(codes(await h.run(CREATE, { input: { solutionId, name: 'eleventh' } }, me))).toEqual(['CONFLICT']);

    // Revoking an active key frees its slot; revoking it again is refused (CONFLICT) and frees nothing more.
    expect(codes(await h.run(REVOKE, { id: ids[1] }, me))).toEqual([]);
    expect(codes(await h.run(REVOKE, { id: ids[1] }, me))).toEqual(['CONFLICT']);
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(9);
    await h.createKey(me, solutionId, 'tenth again');
    expect(codes(await h.run(CREATE, { input: { solutionId, name: 'eleventh' } }, me))).toEqual(['CONFLICT']);
  });

  it('gives the slots of expired keys back when they are needed', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const expiresAt = new Date(h.clock.now().getTime() + HOUR).toISOString();
    for (let i = 0; i < 10; i++) await h.createKey(me, solutionId, `short ${i}`, expiresAt);
    expect(codes(await h.run(CREATE, { input: { solutionId, name: 'eleventh' } }, me))).toEqual(['CONFLICT']);

    h.clock.set(expiresAt);
    expect(await statuses(me, solutionId)).toEqual({ EXPIRED: 10 });
    const fresh = await h.createKey(me, solutionId, 'fresh');
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(1);
    expect(await statuses(me, solutionId)).toEqual({ EXPIRED: 10, ACTIVE: 1 });
    // Releasing a slot is not an action of anyone's: the audit trail shows only the creation.
    expect((await h.run(AUDIT, { keyId: fresh.id }, me)).data!.keyAuditEvents).toHaveLength(1);
    // An expired key cannot be rotated back to life.
    const expiredId = ((await h.run(MY_KEYS, { solutionId }, me)).data!.myKeys as { id: string; status: string }[]).find(
      (k) => k.status === 'EXPIRED',
    )!.id;
    expect(codes(await h.run(ROTATE, { id: expiredId, graceHours: 1 }, me))).toEqual(['CONFLICT']);
    // …nor revoked: it stopped already (CONFLICT, as every change its state no longer allows), and no slot moves.
    h.clock.advance(SECOND);
    expect(codes(await h.run(REVOKE, { id: expiredId }, me))).toEqual(['CONFLICT']);
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(1);
  });

  it('serialises concurrent rotations of one key: one succeeds, the others see it is no longer active', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const { id } = await h.createKey(me, solutionId);
    const results = await Promise.all(Array.from({ length: 4 }, () => h.run(ROTATE, { id, graceHours: 1 }, me)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codes).flat()).toEqual(Array(3).fill('CONFLICT'));
    expect(await statuses(me, solutionId)).toEqual({ ACTIVE: 1, EXPIRING: 1 });
    expect(await repository.slotsInUse(me.userId!, solutionId)).toBe(1);
  });
});
