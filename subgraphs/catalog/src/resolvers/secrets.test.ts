import type { Session } from '@marketplace/identity/testing';
import { HOUR, MINUTE, SECOND, sha256 } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogReader } from '../public/catalog-reader.ts';
import {
  type CatalogHarness,
  codes,
  CREATE_SECRET,
  field,
  refusal,
  REVOKE_SECRET,
  ROTATE_SECRET,
  SECRETS,
  startCatalogHarness,
  SUSPEND,
} from '../testing/catalog-harness.ts';

let h: CatalogHarness;
let partner: Session;
let other: Session;
beforeAll(async () => {
  h = await startCatalogHarness('secs');
  partner = await h.partner('secrets.partner@example.com', 'Secretive Ltd');
  other = await h.partner('secrets.other@example.com', 'Nosy Ltd');
});
afterAll(() => h?.close());

/** A reader without a cache: what a shim sees at once. */
const live = () => createCatalogReader(h.deps, { cacheMs: 0 });
const works = async (plaintext: string) => (await live().solutionBySecretHash(sha256(plaintext))) !== null;

describe('solution secrets', () => {
  it('are shown once with a recognisable prefix, stored only hashed, and listed with prefix, creation and last use', async () => {
    const id = await h.draft(partner, 'secret-keeper');
    const res = await h.run(CREATE_SECRET, { id }, partner.caller);
    expect(res.errors).toBeUndefined();
    const { plaintext, secret } = res.data!.createSolutionSecret;
    expect(plaintext).toMatch(/^mps_[A-Za-z0-9_-]{43}$/);
    expect(secret).toMatchObject({ id: expect.stringMatching(/^sec_/), prefix: plaintext.slice(0, 12), status: 'ACTIVE', lastUsedAt: null, expiresAt: null });

    const stored = JSON.stringify(await h.scan());
    expect(stored).not.toContain(plaintext);
    expect(stored).toContain(sha256(plaintext));

    expect(await live().solutionBySecretHash(sha256(plaintext))).toEqual({ solutionId: id, secretId: secret.id, status: 'DRAFT' });
    expect(await live().solutionBySecretHash(sha256('mps_not-a-real-secret'))).toBeNull();

    // Uses are recorded at most once a minute.
    const reader = live();
    expect(await reader.recordSecretUse(secret.id)).toBe(true);
    const firstUse = h.identity.clock.now().toISOString();
    h.identity.clock.advance(30 * SECOND);
    expect(await reader.recordSecretUse(secret.id)).toBe(false);
    expect(await live().recordSecretUse(secret.id)).toBe(false); // another process: refused by the table's condition
    const listed = await h.run(SECRETS, { id }, partner.caller);
    expect(listed.data!.solutionById.secrets).toEqual([expect.objectContaining({ id: secret.id, prefix: secret.prefix, lastUsedAt: firstUse, status: 'ACTIVE' })]);
    h.identity.clock.advance(MINUTE);
    expect(await reader.recordSecretUse(secret.id)).toBe(true);
    expect(await reader.recordSecretUse('sec_00000000000000000000000000')).toBe(false);
  });

  it('are at most two live at a time: a third is CONFLICT', async () => {
    const id = await h.draft(partner, 'two-secrets');
    expect((await h.run(CREATE_SECRET, { id }, partner.caller)).errors).toBeUndefined();
    expect((await h.run(CREATE_SECRET, { id }, partner.caller)).errors).toBeUndefined();
    const third = await h.run(CREATE_SECRET, { id }, partner.caller);
    expect(codes(third)).toEqual(['CONFLICT']);
    expect(field(third)).toBe('solutionId');
    expect((await h.run(SECRETS, { id }, partner.caller)).data!.solutionById.secrets).toHaveLength(2);
  });

  it('rotate without downtime: the old secret works during the grace period and not after it', async () => {
    const id = await h.draft(partner, 'rotating');
    const first = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    h.identity.clock.advance(SECOND);
    const rotated = await h.run(ROTATE_SECRET, { id: first.secret.id, grace: 2 }, partner.caller);
    expect(rotated.errors).toBeUndefined();
    const expiresAt = new Date(h.identity.clock.now().getTime() + 2 * HOUR).toISOString();
    expect(rotated.data!.rotateSolutionSecret).toMatchObject({
      secret: { status: 'ACTIVE', expiresAt: null },
      replaced: { id: first.secret.id, status: 'EXPIRING', expiresAt },
    });
    const next = rotated.data!.rotateSolutionSecret.plaintext;
    expect(await works(first.plaintext)).toBe(true);
    expect(await works(next)).toBe(true);

    // Two live: rotating the new one now would make three.
    const newId = rotated.data!.rotateSolutionSecret.secret.id;
    const three = await h.run(ROTATE_SECRET, { id: newId }, partner.caller);
    expect([codes(three), field(three)]).toEqual([['CONFLICT'], 'secretId']);
    // The old one cannot be rotated again: its state moved on (CONFLICT, as keys' rotateApiKey answers).
    const again = await h.run(ROTATE_SECRET, { id: first.secret.id }, partner.caller);
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(field(again)).toBe('secretId');

    h.identity.clock.advance(2 * HOUR - SECOND);
    expect(await works(first.plaintext)).toBe(true);
    h.identity.clock.advance(SECOND);
    expect(await works(first.plaintext)).toBe(false);
    expect(await works(next)).toBe(true);
    const listed = (await h.run(SECRETS, { id }, partner.caller)).data!.solutionById.secrets;
    expect(listed.map((s: { status: string }) => s.status)).toEqual(['ACTIVE', 'EXPIRED']);

    // The expired one no longer counts: a rotation (default grace 24 h) fits again.
    const later = await h.run(ROTATE_SECRET, { id: newId }, partner.caller);
    expect(later.data!.rotateSolutionSecret.replaced).toMatchObject({ id: newId, status: 'EXPIRING' });
  });

  it('rotate with zero grace: the old one stops at once and frees its slot', async () => {
    const id = await h.draft(partner, 'rotate-now');
    const a = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    await h.run(CREATE_SECRET, { id }, partner.caller);
    const rotated = await h.run(ROTATE_SECRET, { id: a.secret.id, grace: 0 }, partner.caller);
    expect(rotated.errors).toBeUndefined();
    expect(await works(a.plaintext)).toBe(false);
    for (const grace of [-1, 169]) {
      const res = await h.run(ROTATE_SECRET, { id: rotated.data!.rotateSolutionSecret.secret.id, grace }, partner.caller);
      expect(field(res)).toBe('graceHours');
    }
  });

  it('rotate once when rotated twice at the same time: the loser gets CONFLICT naming secretId', async () => {
    const id = await h.draft(partner, 'rotate-race');
    const first = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    const both = await Promise.all([0, 1].map(() => h.run(ROTATE_SECRET, { id: first.secret.id, grace: 0 }, partner.caller)));
    const lost = both.filter((res) => res.errors);
    expect(both.filter((res) => !res.errors)).toHaveLength(1);
    expect(lost.map(codes)).toEqual([['CONFLICT']]);
    expect(field(lost[0]!)).toBe('secretId');
  });

  it('revoke at once, idempotently, and free a slot', async () => {
    const id = await h.draft(partner, 'revoking');
    const a = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    await h.run(CREATE_SECRET, { id }, partner.caller);
    const revoked = await h.run(REVOKE_SECRET, { id: a.secret.id }, partner.caller);
    expect(revoked.data!.revokeSolutionSecret).toMatchObject({ id: a.secret.id, status: 'REVOKED', revokedAt: h.identity.clock.now().toISOString() });
    expect(await works(a.plaintext)).toBe(false);
    const twice = await h.run(REVOKE_SECRET, { id: a.secret.id }, partner.caller);
    expect(twice.data!.revokeSolutionSecret.revokedAt).toBe(revoked.data!.revokeSolutionSecret.revokedAt);
    expect((await h.run(CREATE_SECRET, { id }, partner.caller)).errors).toBeUndefined();
    expect(refusal(await h.run(REVOKE_SECRET, { id: 'sec_00000000000000000000000000' }, partner.caller))).toEqual({ code: 'NOT_FOUND', field: 'secretId' });
  });

  it('belong to the owning partner: others get NOT_FOUND or FORBIDDEN, and see no list', async () => {
    const id = await h.published(partner, 'guarded-secrets');
    const mine = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    const customer = await h.customer('secrets.customer@example.com');
    expect(codes(await h.run(CREATE_SECRET, { id }, other.caller))).toEqual(['FORBIDDEN']);
    // Another partner's secret does not exist for them (as another customer's API key): the same answer as a made-up id.
    const unknown = 'sec_00000000000000000000000000';
    for (const secretId of [mine.secret.id, unknown]) {
      expect(refusal(await h.run(ROTATE_SECRET, { id: secretId }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'secretId' });
      expect(refusal(await h.run(REVOKE_SECRET, { id: secretId }, other.caller))).toEqual({ code: 'NOT_FOUND', field: 'secretId' });
    }
    // An admin sees the secret but does not change it.
    expect(codes(await h.run(ROTATE_SECRET, { id: mine.secret.id }, h.admin.caller))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(REVOKE_SECRET, { id: mine.secret.id }, h.admin.caller))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(CREATE_SECRET, { id }, customer.caller))).toEqual(['FORBIDDEN']);
    expect(codes(await h.run(CREATE_SECRET, { id }, h.admin.caller))).toEqual(['FORBIDDEN']);
    for (const caller of [other.caller, customer.caller, undefined]) {
      expect((await h.run(SECRETS, { id }, caller)).data!.solutionById.secrets).toBeNull();
    }
    expect((await h.run(SECRETS, { id }, h.admin.caller)).data!.solutionById.secrets).toHaveLength(2); // with the one the checklist needed
    expect(await works(mine.plaintext)).toBe(true);
  });

  it('are not issued for a suspended solution, but can still be revoked', async () => {
    const id = await h.published(partner, 'suspended-secrets');
    const mine = (await h.run(CREATE_SECRET, { id }, partner.caller)).data!.createSolutionSecret;
    await h.run(SUSPEND, { id, reason: 'Abuse report' }, h.admin.caller);
    expect(await live().solutionBySecretHash(sha256(mine.plaintext))).toMatchObject({ status: 'SUSPENDED' });
    // A state that allows no new secret: CONFLICT naming the id, as every state refusal (README, Errors).
    const created = await h.run(CREATE_SECRET, { id }, partner.caller);
    expect([codes(created), field(created)]).toEqual([['CONFLICT'], 'solutionId']);
    const rotated = await h.run(ROTATE_SECRET, { id: mine.secret.id }, partner.caller);
    expect([codes(rotated), field(rotated)]).toEqual([['CONFLICT'], 'secretId']);
    expect(rotated.errors![0]!.message).toMatch(/suspended/);
    expect((await h.run(REVOKE_SECRET, { id: mine.secret.id }, partner.caller)).errors).toBeUndefined();
  });
});
