import { endDayRange, endOfDayUtc, latestFutureEnd } from '@marketplace/contracts';
import { DAY, HOUR, OUTBOX_PK, SECOND } from '@marketplace/shared';
import type { KeyEvent } from '../deps.ts';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkApiKey, hashApiKey } from '../public/api-key-format.ts';
import { createKeyAccountEraser } from '../public/account-eraser.ts';
import { keyVerdict } from '../public/key-state.ts';
import {
  API_KEY,
  AUDIT,
  codes,
  CREATE,
  fields,
  type KeysHarness,
  MY_KEYS,
  REVOKE,
  ROTATE,
  startKeysHarness,
  USER_KEYS,
} from '../testing/keys-harness.ts';

let h: KeysHarness;
beforeAll(async () => {
  h = await startKeysHarness('api');
});
const START = '2026-03-01T09:00:00.000Z';
afterEach(() => h.clock.set(START));

describe('creating a key', () => {
  it('shows the plaintext once; no query returns it again and the table holds only its hash', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const created = await h.run(CREATE, { input: { solutionId, name: '  Production server  ' } }, me);
    expect(created.errors).toBeUndefined();
    const { plaintext, key } = created.data!.createApiKey;
    expect(checkApiKey(plaintext)).toEqual({ ok: true, hash: hashApiKey(plaintext) });
    expect(key).toEqual({
      id: expect.stringMatching(/^key_[0-9A-Z]{26}$/),
      name: 'Production server',
      prefix: plaintext.slice(0, 12),
      solutionId,
      solution: { id: solutionId },
      userId: me.userId,
      status: 'ACTIVE',
      createdAt: START,
      lastUsedAt: null,
      expiresAt: null,
      graceEndsAt: null,
      revokedAt: null,
      replacedById: null,
    });

    const body = plaintext.slice('mk_live_'.length);
    const reads = [
      await h.run(API_KEY, { id: key.id }, me),
      await h.run(MY_KEYS, {}, me),
      await h.run(MY_KEYS, { solutionId }, me),
      await h.run(USER_KEYS, { r: [{ __typename: 'User', id: me.userId }] }, me),
      await h.run(AUDIT, { keyId: key.id }, me),
    ];
    for (const read of reads) {
      expect(read.errors).toBeUndefined();
      expect(JSON.stringify(read.data)).not.toContain(body.slice(4, 20));
    }
    expect(reads[0]!.data!.apiKey).toEqual(key);
    expect(reads[1]!.data!.myKeys).toEqual([key]);

    const stored = JSON.stringify(await h.scan());
    expect(stored).toContain(hashApiKey(plaintext));
    // Neither the key nor any 12-character stretch of its body beyond the display prefix is stored.
    for (let i = 4; i + 12 <= body.length; i++) expect(stored).not.toContain(body.slice(i, i + 12));
  });

  it('keeps an expiry and answers the quota shim through the hash', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const expiresAt = new Date(Date.parse(START) + 90 * DAY).toISOString();
    const { id, plaintext } = await h.createKey(me, solutionId, 'CI', expiresAt);
    const found = await h.reader().findKeyByHash(hashApiKey(plaintext));
    expect(found).toEqual({ id, userId: me.userId, solutionId, status: 'active', expiresAt, graceEndsAt: null });
    expect(keyVerdict(found!, h.clock.now())).toBe('VALID');
    h.clock.set(expiresAt);
    expect(keyVerdict(found!, h.clock.now())).toBe('KEY_EXPIRED');
    expect((await h.run(API_KEY, { id }, me)).data!.apiKey.status).toBe('EXPIRED');
  });
});

describe('listing keys', () => {
  it('lists newest first, per solution or all, with stopped keys for 30 days after they stopped', async () => {
    const me = h.customer();
    const [a, b] = [h.catalog.add(), h.catalog.add()];
    const k1 = await h.createKey(me, a, 'one');
    h.clock.advance(SECOND);
    const k2 = await h.createKey(me, b, 'two', new Date(Date.parse(START) + 2 * HOUR).toISOString());
    h.clock.advance(SECOND);
    const k3 = await h.createKey(me, a, 'three');
    await h.createKey(h.customer(), a, 'someone else’s');

    const ids = async (solutionId?: string) =>
      ((await h.run(MY_KEYS, { solutionId }, me)).data!.myKeys as { id: string; status: string }[]).map((k) => `${k.id}:${k.status}`);
    expect(await ids()).toEqual([`${k3.id}:ACTIVE`, `${k2.id}:ACTIVE`, `${k1.id}:ACTIVE`]);
    expect(await ids(a)).toEqual([`${k3.id}:ACTIVE`, `${k1.id}:ACTIVE`]);
    expect(await ids(h.catalog.add())).toEqual([]);

    expect(codes(await h.run(REVOKE, { id: k1.id }, me))).toEqual([]);
    const revokedAt = h.clock.now().getTime();
    h.clock.advance(2 * HOUR);
    // k2 expired 2 h after START; k1 was revoked at START + 2 s.
    expect(await ids()).toEqual([`${k3.id}:ACTIVE`, `${k2.id}:EXPIRED`, `${k1.id}:REVOKED`]);

    h.clock.set(new Date(revokedAt + 30 * DAY));
    expect(await ids()).toEqual([`${k3.id}:ACTIVE`, `${k2.id}:EXPIRED`, `${k1.id}:REVOKED`]);
    h.clock.advance(1);
    expect(await ids()).toEqual([`${k3.id}:ACTIVE`, `${k2.id}:EXPIRED`]);
    h.clock.set(new Date(Date.parse(START) + 2 * HOUR + 30 * DAY + 1));
    expect(await ids()).toEqual([`${k3.id}:ACTIVE`]);
  });
});

describe('revoking a key', () => {
  it('stops it and records one audit event; revoking it again is CONFLICT on id and writes nothing', async () => {
    const me = h.customer();
    const { id, plaintext } = await h.createKey(me, h.catalog.add());
    h.clock.advance(5 * SECOND);
    const revoked = await h.run(REVOKE, { id }, me);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiKey).toMatchObject({ id, status: 'REVOKED', revokedAt: '2026-03-01T09:00:05.000Z' });
    h.clock.advance(5 * SECOND);
    // A state refusal, as a lost race to revoke or rotate it is (README, Errors): no second audit entry, no event.
    const appended: KeyEvent[] = [];
    h.deps.events = { append: async (e) => void appended.push(...e), enqueue: () => {}, flush: async () => {}, close: async () => {} };
    try {
      const before = await h.scan();
      for (const caller of [me, h.admin()]) {
        const again = await h.run(REVOKE, { id }, caller);
        expect(codes(again)).toEqual(['CONFLICT']);
        expect(fields(again)).toEqual(['id']);
        expect(again.errors![0]!.message).toBe('Only a working key can be revoked; this one is revoked already.');
      }
      expect(await h.scan()).toEqual(before);
      expect(appended).toEqual([]);
    } finally {
      h.deps.events = undefined;
    }
    expect((await h.run(API_KEY, { id }, me)).data!.apiKey).toMatchObject({ status: 'REVOKED', revokedAt: '2026-03-01T09:00:05.000Z' });

    const found = await h.reader().findKeyByHash(hashApiKey(plaintext));
    expect(found?.status).toBe('revoked');
    expect(keyVerdict(found!, h.clock.now())).toBe('KEY_REVOKED');

    const audit = (await h.run(AUDIT, { keyId: id }, me)).data!.keyAuditEvents;
    expect(audit.map((e: any) => [e.action, e.before?.status ?? null, e.after.status, e.actorId])).toEqual([
      ['key.revoke', 'ACTIVE', 'REVOKED', me.userId],
      ['key.create', null, 'ACTIVE', me.userId],
    ]);
    expect(audit[0]).toMatchObject({ stream: 'KEYS', targetType: 'ApiKey', targetId: id, userId: me.userId, reason: null });
  });
});

describe('rotating a key', () => {
  it('issues a successor with the same name and expiry; the old key works until its grace ends, to the second', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const expiresAt = new Date(Date.parse(START) + 30 * DAY).toISOString();
    const old = await h.createKey(me, solutionId, 'Checkout service', expiresAt);
    h.clock.advance(HOUR);

    const rotated = await h.run(ROTATE, { id: old.id, graceHours: 2 }, me);
    expect(rotated.errors).toBeUndefined();
    const { plaintext, key } = rotated.data!.rotateApiKey;
    expect(plaintext).not.toBe(old.plaintext);
    expect(checkApiKey(plaintext).ok).toBe(true);
    expect(key).toMatchObject({ name: 'Checkout service', expiresAt, status: 'ACTIVE', solutionId, userId: me.userId, createdAt: '2026-03-01T10:00:00.000Z' });
    const graceEndsAt = '2026-03-01T12:00:00.000Z';
    expect((await h.run(API_KEY, { id: old.id }, me)).data!.apiKey).toMatchObject({
      status: 'EXPIRING',
      graceEndsAt,
      replacedById: key.id,
      revokedAt: null,
    });

    // The shim's view: one lookup, then its own clock decides.
    const reader = h.reader();
    const record = await reader.findKeyByHash(hashApiKey(old.plaintext));
    expect(record).toMatchObject({ status: 'expiring', graceEndsAt });
    h.clock.set(new Date(Date.parse(graceEndsAt) - SECOND));
    expect(keyVerdict(record!, h.clock.now())).toBe('VALID');
    expect((await reader.findKeyByHash(hashApiKey(old.plaintext)))!.status).toBe('expiring');
    expect((await h.run(API_KEY, { id: old.id }, me)).data!.apiKey.status).toBe('EXPIRING');
    h.clock.set(graceEndsAt);
    expect(keyVerdict(record!, h.clock.now())).toBe('KEY_EXPIRED');
    expect(keyVerdict((await reader.findKeyByHash(hashApiKey(old.plaintext)))!, h.clock.now())).toBe('KEY_EXPIRED');
    expect((await h.run(API_KEY, { id: old.id }, me)).data!.apiKey.status).toBe('EXPIRED');
    expect(keyVerdict((await reader.findKeyByHash(hashApiKey(plaintext)))!, h.clock.now())).toBe('VALID');

    // Only an active key rotates.
    const twice = await h.run(ROTATE, { id: old.id, graceHours: 1 }, me);
    expect(codes(twice)).toEqual(['CONFLICT']);

    const audit = (await h.run(AUDIT, { keyId: old.id }, me)).data!.keyAuditEvents;
    expect(audit.map((e: any) => [e.action, e.before?.status ?? null, e.after.status, e.after.replacedById ?? null])).toEqual([
      ['key.rotate', 'ACTIVE', 'EXPIRING', key.id],
      ['key.create', null, 'ACTIVE', null],
    ]);
    expect(audit[0]).toMatchObject({ userId: me.userId, solutionId, after: { graceEndsAt } });
    const successorAudit = (await h.run(AUDIT, { keyId: key.id }, me)).data!.keyAuditEvents;
    expect(successorAudit.map((e: any) => [e.action, e.after.status, e.after.replacesId, e.actorId])).toEqual([
      ['key.create', 'ACTIVE', old.id, me.userId],
    ]);
  });

  it('with a grace of 0 revokes the old key at once; without one the grace is 24 hours', async () => {
    const me = h.customer();
    const first = await h.createKey(me, h.catalog.add());
    h.clock.advance(SECOND);
    const now = await h.run(ROTATE, { id: first.id, graceHours: 0 }, me);
    expect(now.errors).toBeUndefined();
    const old = (await h.run(API_KEY, { id: first.id }, me)).data!.apiKey;
    expect(old).toMatchObject({ status: 'REVOKED', revokedAt: '2026-03-01T09:00:01.000Z', graceEndsAt: null, replacedById: now.data!.rotateApiKey.key.id });
    expect(keyVerdict((await h.reader().findKeyByHash(hashApiKey(first.plaintext)))!, h.clock.now())).toBe('KEY_REVOKED');
    const audit = (await h.run(AUDIT, { keyId: first.id }, me)).data!.keyAuditEvents;
    expect(audit[0]).toMatchObject({ action: 'key.rotate', before: { status: 'ACTIVE' }, after: { status: 'REVOKED' } });

    const second = now.data!.rotateApiKey.key.id;
    const byDefault = await h.run(`mutation($id: ID!) { rotateApiKey(id: $id) { key { id } } }`, { id: second }, me);
    expect(byDefault.errors).toBeUndefined();
    expect((await h.run(API_KEY, { id: second }, me)).data!.apiKey).toMatchObject({
      status: 'EXPIRING',
      graceEndsAt: '2026-03-02T09:00:01.000Z',
    });
  });

  it('refuses a key that expired (at its expiry, or at the end of its grace) as CONFLICT on id, and rotating a stopped key alike', async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const expiring = await h.createKey(me, solutionId, 'short-lived', new Date(Date.parse(START) + HOUR).toISOString());
    const rotated = await h.createKey(me, solutionId, 'rotated');
    expect(codes(await h.run(ROTATE, { id: rotated.id, graceHours: 1 }, me))).toEqual([]);
    const revoked = await h.createKey(me, solutionId, 'revoked');
    expect(codes(await h.run(REVOKE, { id: revoked.id }, me))).toEqual([]);
    h.clock.advance(HOUR);
    const before = await h.scan();
    for (const { id } of [expiring, rotated]) {
      expect((await h.run(API_KEY, { id }, me)).data!.apiKey.status).toBe('EXPIRED');
      const revoke = await h.run(REVOKE, { id }, me);
      expect([codes(revoke), fields(revoke), revoke.errors![0]!.message]).toEqual([['CONFLICT'], ['id'], 'Only a working key can be revoked; this one is expired already.']);
    }
    for (const { id } of [expiring, rotated, revoked]) {
      const rotate = await h.run(ROTATE, { id, graceHours: 0 }, me);
      expect([codes(rotate), fields(rotate)]).toEqual([['CONFLICT'], ['id']]);
    }
    expect(await h.scan()).toEqual(before);
  });

  it("the account eraser revokes only the user's working keys, leaving stopped ones as they are", async () => {
    const me = h.customer();
    const solutionId = h.catalog.add();
    const working = await h.createKey(me, solutionId, 'working');
    const expired = await h.createKey(me, solutionId, 'expired', new Date(Date.parse(START) + HOUR).toISOString());
    const revoked = await h.createKey(me, solutionId, 'revoked');
    expect(codes(await h.run(REVOKE, { id: revoked.id }, me))).toEqual([]);
    h.clock.advance(HOUR);
    const stopped = async () => (await h.scan()).filter((item) => [expired.id, revoked.id].some((id) => JSON.stringify(item).includes(id)));
    const before = await stopped();
    expect(before.length).toBeGreaterThan(2);
    const eraser = createKeyAccountEraser({ db: h.db, table: h.table, clock: h.clock, logger: h.logger });
    await eraser.erase(me.userId!);
    await eraser.erase(me.userId!);
    expect((await h.run(API_KEY, { id: working.id }, me)).data!.apiKey.status).toBe('REVOKED');
    expect(await stopped()).toEqual(before);
  });

  it('lets the owner revoke a key in its grace, which stops it at once', async () => {
    const me = h.customer();
    const first = await h.createKey(me, h.catalog.add());
    expect(codes(await h.run(ROTATE, { id: first.id, graceHours: 48 }, me))).toEqual([]);
    h.clock.advance(SECOND);
    const revoked = await h.run(REVOKE, { id: first.id }, me);
    expect(revoked.data!.revokeApiKey).toMatchObject({ status: 'REVOKED', graceEndsAt: '2026-03-03T09:00:00.000Z' });
    expect(keyVerdict((await h.reader().findKeyByHash(hashApiKey(first.plaintext)))!, h.clock.now())).toBe('KEY_REVOKED');
    const audit = (await h.run(AUDIT, { keyId: first.id }, me)).data!.keyAuditEvents;
    expect(audit[0]).toMatchObject({ action: 'key.revoke', before: { status: 'EXPIRING' }, after: { status: 'REVOKED' } });
  });
});

describe('the analytics events', () => {
  it('of a creation, a rotation and a revocation commit with them (the outbox) and reach the log, leaving no outbox item', async () => {
    const appended: KeyEvent[] = [];
    h.deps.events = { append: async (e) => void appended.push(...e), enqueue: () => {}, flush: async () => {}, close: async () => {} };
    try {
      const me = h.customer();
      const solutionId = h.catalog.add();
      const first = await h.createKey(me, solutionId);
      const rotated = await h.run(ROTATE, { id: first.id, graceHours: 0 }, me);
      const second = rotated.data!.rotateApiKey.key.id;
      expect(codes(await h.run(REVOKE, { id: second }, me))).toEqual([]);
      expect(appended.map((e) => [e.type, e.keyId, e.ref ?? null, e.userId, e.solutionId])).toEqual([
        ['key.created', first.id, null, me.userId, solutionId],
        ['key.created', second, first.id, me.userId, solutionId],
        ['key.revoked', first.id, second, me.userId, solutionId],
        ['key.revoked', second, null, me.userId, solutionId],
      ]);
      expect((await h.scan()).filter((item) => item.pk === OUTBOX_PK)).toEqual([]);
    } finally {
      h.deps.events = undefined;
    }
  });
});

describe('the audit trail', () => {
  it('appends one event per change, in the same transaction, and never changes an event', async () => {
    const me = h.customer();
    const { id } = await h.createKey(me, h.catalog.add());
    const auditItems = async () => (await h.scan()).filter((item) => item.type === 'AuditEvent' && item.targetId === id);
    const [created] = await auditItems();
    expect(created).toMatchObject({ stream: 'keys', action: 'key.create', actorId: me.userId, targetType: 'ApiKey', targetId: id, userId: me.userId, at: START, before: null });
    h.clock.advance(SECOND);
    await h.run(ROTATE, { id, graceHours: 1 }, me);
    h.clock.advance(SECOND);
    await h.run(REVOKE, { id }, me);
    const after = await auditItems();
    expect(after.map((item) => item.action).sort()).toEqual(['key.create', 'key.revoke', 'key.rotate']);
    expect(after.find((item) => item.id === created!.id)).toEqual(created);
  });
});

describe('bad input', () => {
  // An input the caller must fix is BAD_USER_INPUT; a solution whose state allows no keys is CONFLICT, as every state
  // refusal; one that does not exist, or that the caller may not see, is NOT_FOUND (README, Errors).
  const cases: { name: string; input: (solutionId: string) => Record<string, unknown>; field: string; code?: 'CONFLICT' | 'NOT_FOUND' }[] = [
    { name: 'an empty name', input: (solutionId) => ({ solutionId, name: '' }), field: 'input.name' },
    { name: 'a blank name', input: (solutionId) => ({ solutionId, name: '   ' }), field: 'input.name' },
    { name: 'a 61-character name', input: (solutionId) => ({ solutionId, name: 'x'.repeat(61) }), field: 'input.name' },
    { name: 'a name with a control character', input: (solutionId) => ({ solutionId, name: 'a\u0007b' }), field: 'input.name' },
    { name: 'an expiry in the past', input: (solutionId) => ({ solutionId, name: 'k', expiresAt: '2026-03-01T08:59:59.000Z' }), field: 'input.expiresAt' },
    { name: 'an expiry of now', input: (solutionId) => ({ solutionId, name: 'k', expiresAt: START }), field: 'input.expiresAt' },
    { name: 'an expiry beyond 2 years', input: (solutionId) => ({ solutionId, name: 'k', expiresAt: '2028-03-01T09:00:00.001Z' }), field: 'input.expiresAt' },
    { name: 'an unknown solution', input: () => ({ solutionId: 'sol_01JD3X0000000000000000000Z', name: 'k' }), field: 'input.solutionId', code: 'NOT_FOUND' },
    { name: 'a malformed solution id', input: () => ({ solutionId: 'not-an-id', name: 'k' }), field: 'input.solutionId', code: 'NOT_FOUND' },
    // Another partner's drafts are answered like an id that does not exist; a solution that has been public is a state.
    { name: "another partner's draft", input: () => ({ solutionId: h.catalog.add('DRAFT'), name: 'k' }), field: 'input.solutionId', code: 'NOT_FOUND' },
    { name: "another partner's solution in review", input: () => ({ solutionId: h.catalog.add('IN_REVIEW'), name: 'k' }), field: 'input.solutionId', code: 'NOT_FOUND' },
    { name: "another partner's rejected solution", input: () => ({ solutionId: h.catalog.add('REJECTED'), name: 'k' }), field: 'input.solutionId', code: 'NOT_FOUND' },
    { name: 'a suspended solution', input: () => ({ solutionId: h.catalog.add('SUSPENDED'), name: 'k' }), field: 'input.solutionId', code: 'CONFLICT' },
    { name: 'an unpublished solution', input: () => ({ solutionId: h.catalog.add('UNPUBLISHED'), name: 'k' }), field: 'input.solutionId', code: 'CONFLICT' },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} with ${c.code ?? 'BAD_USER_INPUT'} on ${c.field}, writing nothing`, async () => {
      const before = await h.scan();
      const res = await h.run(CREATE, { input: c.input(h.catalog.add()) }, h.customer());
      expect(codes(res)).toEqual([c.code ?? 'BAD_USER_INPUT']);
      expect(fields(res)).toEqual([c.field]);
      expect(await h.scan()).toEqual(before);
    });
  }

  it("answers another partner's draft word for word as an unknown id, and its own partner with the state (CONFLICT)", async () => {
    const unknown = await h.run(CREATE, { input: { solutionId: 'sol_01JD3X0000000000000000000Z', name: 'k' } }, h.customer());
    const draft = await h.run(CREATE, { input: { solutionId: h.catalog.add('DRAFT'), name: 'k' } }, h.customer());
    expect(draft.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(draft.errors![0]!.extensions).toEqual(unknown.errors![0]!.extensions);
    const own = await h.run(CREATE, { input: { solutionId: h.catalog.add('DRAFT', 'usr_owner'), name: 'k' } }, { userId: 'usr_owner', roles: ['partner'] });
    expect(codes(own)).toEqual(['CONFLICT']);
    expect(own.errors![0]!.message).toMatch(/published solutions/);
  });

  it('accepts the last day the web app\'s date picker offers (the same rule, from contracts), to its last millisecond', async () => {
    const { max } = endDayRange(h.clock.now(), latestFutureEnd(h.clock.now()));
    const res = await h.run(CREATE, { input: { solutionId: h.catalog.add(), name: 'last day', expiresAt: endOfDayUtc(max) } }, h.customer());
    expect(res.errors).toBeUndefined();
    expect(max).toBe('2028-02-29');
  });

  it('creates a key for a solution published a moment ago, though the cached lookup still says in review', async () => {
    const solutionId = h.catalog.add();
    h.catalog.cached.set(solutionId, 'IN_REVIEW');
    const res = await h.run(CREATE, { input: { solutionId, name: 'first' } }, h.customer());
    expect(res.errors).toBeUndefined();
  });

  it('accepts the edges: a 60-character name, an expiry exactly 2 years ahead', async () => {
    const res = await h.run(CREATE, { input: { solutionId: h.catalog.add(), name: 'é'.repeat(60), expiresAt: '2028-03-01T09:00:00.000Z' } }, h.customer());
    expect(res.errors).toBeUndefined();
  });

  for (const graceHours of [-1, 169]) {
    it(`refuses a grace of ${graceHours} hours with BAD_USER_INPUT on graceHours, changing nothing`, async () => {
      const me = h.customer();
      const { id } = await h.createKey(me, h.catalog.add());
      const before = await h.scan();
      const res = await h.run(ROTATE, { id, graceHours }, me);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fields(res)).toEqual(['graceHours']);
      expect(await h.scan()).toEqual(before);
    });
  }

  it('accepts a grace of 168 hours', async () => {
    const me = h.customer();
    const { id } = await h.createKey(me, h.catalog.add());
    expect(codes(await h.run(ROTATE, { id, graceHours: 168 }, me))).toEqual([]);
    expect((await h.run(API_KEY, { id }, me)).data!.apiKey.graceEndsAt).toBe('2026-03-08T09:00:00.000Z');
  });
});
