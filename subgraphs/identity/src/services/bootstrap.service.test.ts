import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, type IdentityHarness, LOGIN, startIdentityHarness } from '../testing/identity-harness.ts';
import { ensureBootstrapAdmin } from './bootstrap.service.ts';

describe('bootstrapping the first admin with a generated password', () => {
  let h: IdentityHarness;
  let dataDir: string;
  beforeAll(async () => {
    h = await startIdentityHarness('boot');
    dataDir = mkdtempSync(join(tmpdir(), 'identity-boot-'));
  });
  afterAll(() => h?.close());

  it('creates exactly one admin when two starts race, and writes its password to a private file', async () => {
    const results = await Promise.all([ensureBootstrapAdmin(h.deps, { dataDir }), ensureBootstrapAdmin(h.deps, { dataDir })]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    const winner = results.find((r) => r.created)!;
    expect(winner).toEqual({ created: true, email: 'admin@marketplace.local', passwordFile: join(dataDir, 'admin-password.txt') });
    expect(results.find((r) => !r.created)).toEqual({ created: false, email: 'admin@marketplace.local' });

    expect(statSync(winner.passwordFile!).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual(['admin-password.txt']);
    const password = readFileSync(winner.passwordFile!, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(20);

    const items = await h.scan();
    expect(items.filter((i) => i.type === 'User')).toHaveLength(1);
    expect(items.filter((i) => i.type === 'BootstrapClaim')).toHaveLength(1);
    expect(items.filter((i) => i.type === 'AuditEvent' && i.action === 'user.bootstrap')).toHaveLength(1);

    const login = await h.run(LOGIN, { input: { email: 'admin@marketplace.local', password } });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user).toMatchObject({ roles: ['CUSTOMER', 'ADMIN'], emailVerified: true, status: 'ACTIVE' });
  });

  it('changes nothing on later starts, even with other settings', async () => {
    const before = readFileSync(join(dataDir, 'admin-password.txt'), 'utf8');
    const again = await ensureBootstrapAdmin(h.deps, { dataDir, email: 'someone.else@example.com', password: 'another-password' });
    expect(again).toEqual({ created: false, email: 'admin@marketplace.local' });
    expect(readFileSync(join(dataDir, 'admin-password.txt'), 'utf8')).toBe(before);
    expect((await h.scan()).filter((i) => i.type === 'User')).toHaveLength(1);
    const other = await h.run(LOGIN, { input: { email: 'someone.else@example.com', password: 'another-password' } });
    expect(codes(other)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('bootstrapping when the store applies the admin but does not answer in time', () => {
  let h: IdentityHarness;
  beforeAll(async () => {
    h = await startIdentityHarness('boot3');
  });
  afterAll(() => h?.close());

  it('keeps the generated password, and the retried start puts it in place', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'identity-boot-timeout-'));
    // The transaction reaches the store, then the answer times out (as under load at start-up).
    const db = new Proxy(h.deps.db, {
      get(target, prop, receiver) {
        if (prop !== 'send') return Reflect.get(target, prop, receiver);
        return async (command: { constructor: { name: string } }) => {
          const out = await target.send(command as never);
          if (command.constructor.name === 'TransactWriteCommand') throw Object.assign(new Error('requestTimeout'), { name: 'TimeoutError' });
          return out;
        };
      },
    });
    await expect(ensureBootstrapAdmin({ ...h.deps, db }, { dataDir })).rejects.toThrow('requestTimeout');
    expect((await h.scan()).filter((i) => i.type === 'User')).toHaveLength(1);

    const retried = await ensureBootstrapAdmin(h.deps, { dataDir });
    expect(retried).toEqual({ created: true, email: 'admin@marketplace.local', passwordFile: join(dataDir, 'admin-password.txt') });
    expect(readdirSync(dataDir)).toEqual(['admin-password.txt']);
    expect(statSync(retried.passwordFile!).mode & 0o777).toBe(0o600);
    const login = await h.run(LOGIN, { input: { email: 'admin@marketplace.local', password: readFileSync(retried.passwordFile!, 'utf8').trim() } });
    expect(login.errors).toBeUndefined();

    expect(await ensureBootstrapAdmin(h.deps, { dataDir })).toEqual({ created: false, email: 'admin@marketplace.local' });
  });
});

describe('bootstrapping from configured credentials', () => {
  let h: IdentityHarness;
  beforeAll(async () => {
    h = await startIdentityHarness('boot2');
  });
  afterAll(() => h?.close());

  it('refuses a weak configured password and writes nothing', async () => {
    await expect(ensureBootstrapAdmin(h.deps, { email: 'ops@example.com', password: 'short', dataDir: '/nonexistent' })).rejects.toThrow(
      /at least 10 characters/,
    );
    expect(await h.scan()).toEqual([]);
  });

  it('uses the configured email and password and writes no password file', async () => {
    const result = await ensureBootstrapAdmin(h.deps, { email: ' Ops@Example.com ', password: 'ops-password-123', dataDir: '/nonexistent' });
    expect(result).toEqual({ created: true, email: 'ops@example.com' });
    const login = await h.run(LOGIN, { input: { email: 'ops@example.com', password: 'ops-password-123' } });
    expect(login.data!.login.user.roles).toEqual(['CUSTOMER', 'ADMIN']);
    const audit = (await h.scan()).find((i) => i.type === 'AuditEvent');
    expect(audit).toMatchObject({ action: 'user.bootstrap', actorId: null, targetId: login.data!.login.user.id, after: { roles: ['CUSTOMER', 'ADMIN'] } });
  });
});
