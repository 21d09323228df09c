import { beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, ensureTable, ManualClock, tableName } from '@marketplace/shared';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { UserRepository } from '../data/user.repository.ts';
import { grantRole } from './role-grants.ts';
import { ensureBootstrapAdmin } from '../services/bootstrap.service.ts';
import type { IdentityDeps } from '../deps.ts';

const db = testDb();
const table = tableName(testTablePrefix('roles'), 'identity');
const clock = new ManualClock('2026-03-01T00:00:00Z');
let userId: string;

beforeAll(async () => {
  await ensureTable(db, table);
  const deps = { db, table, clock, logger: { info() {}, warn() {}, error() {} } } as unknown as IdentityDeps;
  await ensureBootstrapAdmin(deps, { email: 'owner@roles.test', password: 'a-long-enough-password', dataDir: '/nonexistent' });
  const page = await new UserRepository(db, table).list({}, 10, null);
  userId = page.items[0]!.id;
});

describe('grantRole', () => {
  it('adds the role once, audits it with the actor, and writes nothing the second time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => grantRole({ db, table, clock }, { userId, role: 'partner', actorId: 'usr_actor', reason: 'Application app_1 approved' })));
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    for (const r of results) expect(r.roles).toContain('partner');
    const user = await new UserRepository(db, table).get(userId);
    expect(user!.roles.filter((r) => r === 'partner')).toHaveLength(1);
    const audit = await new AuditLog(db, table, 'identity').list({ targetId: userId, action: 'user.roles.grant' }, 10, null);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorId: 'usr_actor', reason: 'Application app_1 approved' });
    expect(audit.items[0]!.after).toEqual({ roles: expect.arrayContaining(['PARTNER']) });
    expect(audit.items[0]!.before).toEqual({ roles: expect.not.arrayContaining(['PARTNER']) });
  });

  it('refuses an unknown user and writes nothing', async () => {
    await expect(grantRole({ db, table, clock }, { userId: 'usr_01ARZ3NDEKTSV4RRFFQ69G5FAV', role: 'partner', actorId: null })).rejects.toThrow(/not found/);
  });
});
