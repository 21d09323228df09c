import { SECOND } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureBootstrapAdmin } from '../services/bootstrap.service.ts';
import { createSessionChecker } from '../public/session-status.ts';
import {
  codes,
  DEFAULT_PASSWORD,
  type IdentityHarness,
  LOGIN,
  REFRESH,
  type Session,
  startIdentityHarness,
} from '../testing/identity-harness.ts';

let h: IdentityHarness;
let admin: Session;
let customer: Session;
beforeAll(async () => {
  h = await startIdentityHarness('adm');
  await ensureBootstrapAdmin(h.deps, { email: 'root@example.com', password: 'root-password-123', dataDir: '/nonexistent' });
  admin = await h.signIn('root@example.com', 'root-password-123');
  customer = await h.signUp('customer@example.com', DEFAULT_PASSWORD, 'Casual Customer');
});
afterAll(() => h?.close());

const USERS = /* GraphQL */ `
  query Users($search: String, $role: Role, $status: UserStatus, $first: Int, $after: String) {
    users(search: $search, role: $role, status: $status, first: $first, after: $after) {
      nodes { id email name roles status }
      pageInfo { endCursor hasNextPage }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($actorId: ID, $targetId: ID, $action: String, $from: DateTimeISO, $to: DateTimeISO, $first: Int, $after: String) {
    auditTrail {
      identity(filter: { actorId: $actorId, targetId: $targetId, action: $action, from: $from, to: $to }, first: $first, after: $after) {
        nodes { id stream actorId action targetType targetId userId solutionId before after reason at }
        pageInfo { endCursor hasNextPage }
      }
    }
  }
`;
const SET_ROLES = `mutation($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { id roles } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendUser(userId: $id, reason: $reason) { id status suspendedReason } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(userId: $id) { id status suspendedReason } }`;

describe('who may do what', () => {
  const operations: { name: string; source: string; variables: () => Record<string, unknown> }[] = [
    { name: 'user', source: `query($id: ID!) { user(id: $id) { id } }`, variables: () => ({ id: customer.userId }) },
    { name: 'users', source: USERS, variables: () => ({ first: 1 }) },
    { name: 'auditTrail.identity', source: AUDIT, variables: () => ({ first: 1 }) },
    { name: 'setUserRoles', source: SET_ROLES, variables: () => ({ id: customer.userId, roles: ['CUSTOMER'] }) },
    { name: 'suspendUser', source: SUSPEND, variables: () => ({ id: 'usr_00000000000000000000000000', reason: 'x' }) },
    { name: 'reactivateUser', source: REACTIVATE, variables: () => ({ id: customer.userId }) },
  ];
  for (const op of operations) {
    it(`${op.name}: anonymous → UNAUTHENTICATED, customer → FORBIDDEN, admin → allowed`, async () => {
      expect(codes(await h.run(op.source, op.variables()))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await h.run(op.source, op.variables(), customer.caller))).toEqual(['FORBIDDEN']);
      const asAdmin = await h.run(op.source, op.variables(), admin.caller);
      expect(codes(asAdmin).filter((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN')).toEqual([]);
    });
  }
});

describe('who sees an email address', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id name email suspendedReason } } }`;

  it('resolves User references for other subgraphs, showing the email only to its owner and admins', async () => {
    const other = await h.signUp('other@example.com', DEFAULT_PASSWORD, 'Other Person');
    const representations = [
      { __typename: 'User', id: customer.userId },
      { __typename: 'User', id: 'usr_00000000000000000000000000' },
      { __typename: 'User', id: admin.userId },
    ];
    const send = vi.spyOn(h.deps.db, 'send');
    const asOther = await h.run(ENTITIES, { r: representations }, other.caller);
    // One BatchGetItem for all three references: they go through the per-request loader.
    expect(send.mock.calls.map(([command]) => command.constructor.name)).toEqual(['BatchGetCommand']);
    send.mockRestore();
    expect(asOther.data!._entities).toEqual([
      { id: customer.userId, name: 'Casual Customer', email: null, suspendedReason: null },
      null,
      { id: admin.userId, name: 'Administrator', email: null, suspendedReason: null },
    ]);
    const asOwner = await h.run(ENTITIES, { r: representations.slice(0, 1) }, customer.caller);
    expect(asOwner.data!._entities).toEqual([{ id: customer.userId, name: 'Casual Customer', email: 'customer@example.com', suspendedReason: null }]);
    const asAnonymous = await h.run(ENTITIES, { r: representations.slice(0, 1) });
    expect(asAnonymous.data!._entities[0].email).toBeNull();
    const asAdmin = await h.run(ENTITIES, { r: representations.slice(0, 1) }, admin.caller);
    expect(asAdmin.data!._entities[0].email).toBe('customer@example.com');
  });

  it('lets admins look users up by id', async () => {
    const found = await h.run(`query($id: ID!) { user(id: $id) { id email } }`, { id: customer.userId }, admin.caller);
    expect(found.data!.user).toEqual({ id: customer.userId, email: 'customer@example.com' });
    const missing = await h.run(`query($id: ID!) { user(id: $id) { id } }`, { id: 'usr_00000000000000000000000000' }, admin.caller);
    expect(missing.data).toEqual({ user: null });
  });
});

describe('the users list', () => {
  const ids: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 25; i++) {
      h.clock.advance(SECOND);
      const n = String(i).padStart(2, '0');
      const res = await h.register({ email: `pager-${n}@example.com`, password: DEFAULT_PASSWORD, name: `Paged Person ${n}` });
      ids.push(res.data!.register.id);
    }
  });

  it('pages through 25 matches newest first in two pages, without duplicates or gaps', async () => {
    const first = await h.run(USERS, { search: 'PAGER-', first: 13 }, admin.caller);
    expect(first.errors).toBeUndefined();
    expect(first.data!.users.nodes).toHaveLength(13);
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    const second = await h.run(USERS, { search: 'pager-', first: 13, after: first.data!.users.pageInfo.endCursor }, admin.caller);
    expect(second.data!.users.nodes).toHaveLength(12);
    expect(second.data!.users.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.data!.users.nodes, ...second.data!.users.nodes].map((u: { id: string }) => u.id);
    expect(seen).toEqual([...ids].reverse());
  });

  it('walks the whole list, unfiltered, to exactly the users in the table', async () => {
    const stored = (await h.scan()).filter((i) => i.type === 'User').map((i) => i.id as string);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: { data?: any } = await h.run(USERS, { first: 7, after }, admin.caller);
      seen.push(...res.data.users.nodes.map((u: { id: string }) => u.id));
      if (!res.data.users.pageInfo.hasNextPage) break;
      after = res.data.users.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...stored].sort());
  });

  it('searches names and emails case-insensitively and filters by role and status', async () => {
    const byName = await h.run(USERS, { search: 'paged PERSON 07' }, admin.caller);
    expect(byName.data!.users.nodes.map((u: { email: string }) => u.email)).toEqual(['pager-07@example.com']);

    await h.run(SET_ROLES, { id: ids[3], roles: ['PARTNER'] }, admin.caller);
    const partners = await h.run(USERS, { role: 'PARTNER' }, admin.caller);
    expect(partners.data!.users.nodes.map((u: { id: string }) => u.id)).toEqual([ids[3]]);
    const admins = await h.run(USERS, { role: 'ADMIN' }, admin.caller);
    expect(admins.data!.users.nodes.map((u: { id: string }) => u.id)).toEqual([admin.userId]);

    await h.run(SUSPEND, { id: ids[5], reason: 'Testing filters' }, admin.caller);
    const suspended = await h.run(USERS, { status: 'SUSPENDED', search: 'pager' }, admin.caller);
    expect(suspended.data!.users.nodes).toEqual([
      { id: ids[5], email: 'pager-05@example.com', name: 'Paged Person 05', roles: ['CUSTOMER'], status: 'SUSPENDED' },
    ]);
    expect(suspended.data!.users.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
    const none = await h.run(USERS, { search: 'no-such-user' }, admin.caller);
    expect(none.data!.users).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
  });

  it('refuses page sizes outside 1..100 and cursors it did not issue', async () => {
    for (const first of [0, 101, -5]) {
      const res = await h.run(USERS, { first }, admin.caller);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('first');
    }
    const forged = Buffer.from(JSON.stringify({ pk: 'USER#x', sk: 'PROFILE', gsi1pk: 'AUDIT', gsi1sk: 'x' })).toString('base64url');
    for (const after of ['garbage', forged]) {
      const res = await h.run(USERS, { after }, admin.caller);
      expect(codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('after');
    }
  });
});

describe('roles', () => {
  it('always keeps CUSTOMER, records before and after in the audit trail, and reaches new access tokens', async () => {
    const user = await h.signUp('future.partner@example.com');
    const res = await h.run(SET_ROLES, { id: user.userId, roles: ['PARTNER'] }, admin.caller);
    expect(res.data!.setUserRoles).toEqual({ id: user.userId, roles: ['CUSTOMER', 'PARTNER'] });

    const audit = await h.run(AUDIT, { targetId: user.userId }, admin.caller);
    expect(audit.data!.auditTrail.identity.nodes).toEqual([
      {
        id: expect.stringMatching(/^aud_/),
        stream: 'IDENTITY',
        actorId: admin.userId,
        action: 'user.roles.set',
        targetType: 'User',
        targetId: user.userId,
        userId: user.userId,
        solutionId: null,
        before: { roles: ['CUSTOMER'] },
        after: { roles: ['CUSTOMER', 'PARTNER'] },
        reason: null,
        at: h.clock.now().toISOString(),
      },
    ]);

    const relogin = await h.signIn('future.partner@example.com', DEFAULT_PASSWORD);
    expect(relogin.caller.roles).toEqual(['customer', 'partner']);

    // Setting the same roles again changes nothing and records nothing.
    await h.run(SET_ROLES, { id: user.userId, roles: ['CUSTOMER', 'PARTNER'] }, admin.caller);
    expect((await h.run(AUDIT, { targetId: user.userId }, admin.caller)).data!.auditTrail.identity.nodes).toHaveLength(1);
  });

  it('does not let admins drop their own admin role, nor suspend themselves', async () => {
    const drop = await h.run(SET_ROLES, { id: admin.userId, roles: ['CUSTOMER'] }, admin.caller);
    expect(codes(drop)).toEqual(['BAD_USER_INPUT']);
    expect(drop.errors![0]!.extensions!.field).toBe('roles');
    const self = await h.run(SUSPEND, { id: admin.userId, reason: 'Oops' }, admin.caller);
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    expect(self.errors![0]!.extensions!.field).toBe('userId');
    const me = await h.run(`{ me { roles status } }`, {}, admin.caller);
    expect(me.data!.me).toEqual({ roles: ['CUSTOMER', 'ADMIN'], status: 'ACTIVE' });
  });

  it('answers NOT_FOUND on userId for an unknown user', async () => {
    const res = await h.run(SET_ROLES, { id: 'usr_00000000000000000000000000', roles: ['PARTNER'] }, admin.caller);
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(res.errors![0]!.extensions!.field).toBe('userId');
  });
});

describe('suspension', () => {
  it('ends every session, mails the reason, refuses sign-in and refresh, and is audited', async () => {
    const email = 'troublemaker@example.com';
    const first = await h.signUp(email);
    const second = await h.signIn(email, DEFAULT_PASSWORD);
    const cached = createSessionChecker(h.deps); // the gateway's default: 5 s cache
    const live = createSessionChecker(h.deps, { cacheMs: 0 });
    expect(await cached.isActive(first.caller.sessionId!, first.userId)).toBe(true);

    const res = await h.run(SUSPEND, { id: first.userId, reason: '  Chargeback fraud ' }, admin.caller);
    expect(res.data!.suspendUser).toEqual({ id: first.userId, status: 'SUSPENDED', suspendedReason: 'Chargeback fraud' });

    const mail = await h.smtp.waitFor(email, /suspended/i);
    expect(mail.text).toContain('Chargeback fraud');

    for (const s of [first, second]) expect(await live.isActive(s.caller.sessionId!, s.userId)).toBe(false);
    // The cached answer holds for at most 5 s of the clock.
    expect(await cached.isActive(first.caller.sessionId!, first.userId)).toBe(true);
    h.clock.advance(5 * SECOND);
    expect(await cached.isActive(first.caller.sessionId!, first.userId)).toBe(false);

    const login = await h.run(LOGIN, { input: { email, password: DEFAULT_PASSWORD } });
    expect(codes(login)).toEqual(['FORBIDDEN']);
    expect(login.errors![0]!.extensions!.reason).toBe('ACCOUNT_SUSPENDED');
    const refresh = await h.run(REFRESH, { token: second.refreshToken });
    expect(codes(refresh)).toEqual(['FORBIDDEN']);
    expect(refresh.errors![0]!.extensions!.reason).toBe('ACCOUNT_SUSPENDED');

    // The user still sees why (their own reason), others do not.
    const asSelf = await h.run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on User { suspendedReason } } }`, {
      r: [{ __typename: 'User', id: first.userId }],
    }, first.caller);
    expect(asSelf.data!._entities[0].suspendedReason).toBe('Chargeback fraud');

    const audit = await h.run(AUDIT, { targetId: first.userId, action: 'user.suspend' }, admin.caller);
    expect(audit.data!.auditTrail.identity.nodes).toEqual([
      expect.objectContaining({
        actorId: admin.userId,
        action: 'user.suspend',
        before: { status: 'ACTIVE', suspendedReason: null },
        after: { status: 'SUSPENDED', suspendedReason: 'Chargeback fraud' },
        reason: 'Chargeback fraud',
      }),
    ]);
  });

  it('is lifted by reactivation, which is audited too', async () => {
    const email = 'second.chance@example.com';
    const user = await h.signUp(email);
    await h.run(SUSPEND, { id: user.userId, reason: 'Cooling off' }, admin.caller);
    h.clock.advance(SECOND);
    const res = await h.run(REACTIVATE, { id: user.userId }, admin.caller);
    expect(res.data!.reactivateUser).toEqual({ id: user.userId, status: 'ACTIVE', suspendedReason: null });
    expect((await h.run(LOGIN, { input: { email, password: DEFAULT_PASSWORD } })).errors).toBeUndefined();

    const audit = await h.run(AUDIT, { targetId: user.userId }, admin.caller);
    expect(audit.data!.auditTrail.identity.nodes.map((e: { action: string }) => e.action)).toEqual(['user.reactivate', 'user.suspend']);
    expect(audit.data!.auditTrail.identity.nodes[0]).toMatchObject({
      before: { status: 'SUSPENDED', suspendedReason: 'Cooling off' },
      after: { status: 'ACTIVE', suspendedReason: null },
    });
  });

  it('refuses a repeat with CONFLICT on userId, changing, mailing and auditing nothing', async () => {
    const email = 'twice@example.com';
    const user = await h.signUp(email);
    await h.run(SUSPEND, { id: user.userId, reason: 'Spam' }, admin.caller);
    const mails = () => h.smtp.messages.filter((m) => [m.to].flat().some((a) => a?.text.includes(email))).length;
    const mailed = mails();
    for (const reason of ['Spam', 'Another reason']) {
      const again = await h.run(SUSPEND, { id: user.userId, reason }, admin.caller);
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(again.errors![0]!.extensions!.field).toBe('userId');
      expect(again.errors![0]!.message).toMatch(/already suspended/);
    }
    expect(mails()).toBe(mailed);
    const stored = await h.run(`query($id: ID!) { user(id: $id) { status suspendedReason } }`, { id: user.userId }, admin.caller);
    expect(stored.data!.user).toEqual({ status: 'SUSPENDED', suspendedReason: 'Spam' });

    h.clock.advance(SECOND);
    await h.run(REACTIVATE, { id: user.userId }, admin.caller);
    const active = await h.run(REACTIVATE, { id: user.userId }, admin.caller);
    expect(codes(active)).toEqual(['CONFLICT']);
    expect(active.errors![0]!.extensions!.field).toBe('userId');
    const audit = await h.run(AUDIT, { targetId: user.userId }, admin.caller);
    expect(audit.data!.auditTrail.identity.nodes.map((e: { action: string }) => e.action)).toEqual(['user.reactivate', 'user.suspend']);
  });

  it('needs a reason', async () => {
    const res = await h.run(SUSPEND, { id: customer.userId, reason: '   ' }, admin.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('reason');
  });
});

describe('the audit trail', () => {
  it('is newest first, filterable by actor, target and action, and pages with cursors', async () => {
    const all = await h.run(AUDIT, { first: 100 }, admin.caller);
    const events = all.data!.auditTrail.identity.nodes as { id: string; at: string; actorId: string | null; action: string }[];
    expect(events.length).toBeGreaterThanOrEqual(6);
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort().reverse());
    expect(events.at(-1)).toMatchObject({ action: 'user.bootstrap', actorId: null });

    const byActor = await h.run(AUDIT, { actorId: admin.userId, first: 100 }, admin.caller);
    expect(byActor.data!.auditTrail.identity.nodes.map((e: { id: string }) => e.id)).toEqual(
      events.filter((e) => e.actorId === admin.userId).map((e) => e.id),
    );
    const byAction = await h.run(AUDIT, { action: 'user.suspend', first: 100 }, admin.caller);
    expect(byAction.data!.auditTrail.identity.nodes.map((e: { id: string }) => e.id)).toEqual(
      events.filter((e) => e.action === 'user.suspend').map((e) => e.id),
    );

    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: any } = await h.run(AUDIT, { first: 2, after }, admin.caller);
      paged.push(...page.data.auditTrail.identity.nodes.map((e: { id: string }) => e.id));
      if (!page.data.auditTrail.identity.pageInfo.hasNextPage) break;
      after = page.data.auditTrail.identity.pageInfo.endCursor;
    }
    expect(paged).toEqual(events.map((e) => e.id));
  });

  it('names the actor (identity resolves its own users; null for the platform) and keeps a time range', async () => {
    const ACTORS = `query($action: String) { auditTrail { identity(filter: { action: $action }, first: 1) { nodes { actorId actor { id name email } at } } } }`;
    const set = (await h.run(ACTORS, { action: 'user.roles.set' }, admin.caller)).data!.auditTrail.identity.nodes[0];
    expect(set.actor).toEqual({ id: admin.userId, name: 'Administrator', email: 'root@example.com' });
    const bootstrap = (await h.run(ACTORS, { action: 'user.bootstrap' }, admin.caller)).data!.auditTrail.identity.nodes[0];
    expect(bootstrap).toMatchObject({ actorId: null, actor: null });

    const all = (await h.run(AUDIT, { first: 100 }, admin.caller)).data!.auditTrail.identity.nodes as { id: string; at: string }[];
    const from = all.at(-2)!.at;
    const inRange = await h.run(AUDIT, { from, to: all[0]!.at, first: 100 }, admin.caller);
    expect(inRange.data!.auditTrail.identity.nodes.map((e: { id: string }) => e.id)).toEqual(
      all.filter((e) => e.at >= from && e.at < all[0]!.at).map((e) => e.id),
    );
    const backwards = await h.run(AUDIT, { from: all[0]!.at, to: from }, admin.caller);
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(backwards.errors![0]!.extensions!.field).toBe('filter.to');
  });

  it('has no operation that changes or removes an event', () => {
    const mutations = Object.keys(h.schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });
});
