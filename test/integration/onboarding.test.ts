import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proofOfWorkFor } from '@marketplace/identity/testing';
import { codes, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { linkIn } from '../support/smtp.ts';

/**
 * The foundation's story through the real gateway: a new user registers, follows the emailed link, signs
 * in, and the bootstrap admin finds and suspends them.
 */
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.close());

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken refreshToken user { id email roles } }
  }
`;

async function login(email: string, password: string) {
  return platform.graphql<{ login: { accessToken: string; refreshToken: string; user: { id: string; roles: string[] } } }>(
    LOGIN,
    { input: { email, password } },
  );
}

describe('a new user, start to finish', () => {
  const email = 'Ada.Lovelace@Example.com';
  const password = 'analytical-engine-1843';
  let userId: string;
  let userToken: string;

  it('registers and receives a verification email', async () => {
    const res = await platform.graphql(
      `mutation($input: RegisterInput!, $pow: String) { register(input: $input, proofOfWork: $pow) { id email emailVerified roles status } }`,
      { input: { email, password, name: 'Ada Lovelace', acceptTerms: true }, pow: await proofOfWorkFor((query, variables) => platform.graphql(query, variables), 'SIGN_UP') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.register).toMatchObject({ email: 'ada.lovelace@example.com', emailVerified: false, roles: ['CUSTOMER'], status: 'ACTIVE' });
    userId = res.data!.register.id;
    expect(userId).toMatch(/^usr_/);
    const mail = await platform.smtp.waitFor('ada.lovelace@example.com', /verify/i);
    expect(mail.html).toContain('/verify-email?token=');
  });

  it('cannot sign in before verifying', async () => {
    const res = await login(email, password);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.extensions!.reason).toBe('EMAIL_NOT_VERIFIED');
  });

  it('verifies with the emailed link, once', async () => {
    const mail = await platform.smtp.waitFor('ada.lovelace@example.com', /verify/i);
    const token = linkIn(mail, 'http://localhost:4000/verify-email?token=').searchParams.get('token');
    const verify = `mutation($t: String!) { verifyEmail(token: $t) { id emailVerified } }`;
    const first = await platform.graphql(verify, { t: token });
    expect(first.data!.verifyEmail).toEqual({ id: userId, emailVerified: true });
    const again = await platform.graphql(verify, { t: token });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('signs in and sees itself through `me`', async () => {
    const res = await login(email, password);
    expect(res.errors).toBeUndefined();
    userToken = res.data!.login.accessToken;
    const me = await platform.graphql(`{ me { id email name roles } }`, {}, userToken);
    expect(me.data!.me).toEqual({ id: userId, email: 'ada.lovelace@example.com', name: 'Ada Lovelace', roles: ['CUSTOMER'] });
  });

  it('is not an admin', async () => {
    const res = await platform.graphql(`{ users(first: 5) { nodes { id } } }`, {}, userToken);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    const anonymous = await platform.graphql(`{ users(first: 5) { nodes { id } } }`);
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('is found and suspended by the bootstrap admin, and is then locked out', async () => {
    const adminLogin = await login(platform.admin.email, platform.admin.password);
    expect(adminLogin.data!.login.user.roles).toContain('ADMIN');
    const adminToken = adminLogin.data!.login.accessToken;

    const found = await platform.graphql(
      `query($q: String) { users(search: $q, first: 10) { nodes { id email status } pageInfo { hasNextPage } } }`,
      { q: 'lovelace' },
      adminToken,
    );
    expect(found.data!.users.nodes).toEqual([{ id: userId, email: 'ada.lovelace@example.com', status: 'ACTIVE' }]);

    const suspended = await platform.graphql(
      `mutation($id: ID!) { suspendUser(userId: $id, reason: "Chargeback fraud") { id status suspendedReason } }`,
      { id: userId },
      adminToken,
    );
    expect(suspended.data!.suspendUser).toEqual({ id: userId, status: 'SUSPENDED', suspendedReason: 'Chargeback fraud' });
    await platform.smtp.waitFor('ada.lovelace@example.com', /suspend/i);

    // The session behind the old access token is revoked at once (the test checker has no cache).
    const me = await platform.graphql(`{ me { id } }`, {}, userToken);
    expect(codes(me)).toEqual(['UNAUTHENTICATED']);
    expect(me.status).toBe(401);
    const relogin = await login(email, password);
    expect(codes(relogin)).toEqual(['FORBIDDEN']);
    expect(relogin.errors![0]!.extensions!.reason).toBe('ACCOUNT_SUSPENDED');

    const audit = await platform.graphql(
      `query($t: ID) { auditTrail { identity(filter: { targetId: $t }) { nodes { action actorId targetId before after reason } } } }`,
      { t: userId },
      adminToken,
    );
    expect(audit.data!.auditTrail.identity.nodes[0]).toMatchObject({
      action: 'user.suspend',
      actorId: adminLogin.data!.login.user.id,
      targetId: userId,
      before: { status: 'ACTIVE' },
      after: { status: 'SUSPENDED' },
      reason: 'Chargeback fraud',
    });
  });
});

describe('roles', () => {
  it('apply to an existing session within the cache bound: no new sign-in needed, and a removed role stops working', async () => {
    const user = await platform.signUp('grace.hopper@example.com', 'cobol-compiler-1959', 'Grace Hopper');
    const admin = await platform.login(platform.admin.email, platform.admin.password);
    const list = `{ users(first: 1) { nodes { id } } }`;
    expect(codes(await platform.graphql(list, {}, user.accessToken))).toEqual(['FORBIDDEN']);
    const setRoles = `mutation($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { roles } }`;
    await platform.graphql(setRoles, { id: user.userId, roles: ['ADMIN'] }, admin.accessToken);
    expect((await platform.graphql(list, {}, user.accessToken)).errors).toBeUndefined();
    await platform.graphql(setRoles, { id: user.userId, roles: [] }, admin.accessToken);
    expect(codes(await platform.graphql(list, {}, user.accessToken))).toEqual(['FORBIDDEN']);
  });
});
