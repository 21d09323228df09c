import { DEFAULT_PASSWORD } from '@marketplace/identity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPLY,
  applicationInput,
  APPROVE_APPLICATION,
  type CatalogHarness,
  codes,
  field,
  refusal,
  REJECT_APPLICATION,
  startCatalogHarness,
} from '../testing/catalog-harness.ts';

let h: CatalogHarness;
beforeAll(async () => {
  h = await startCatalogHarness('apps');
});
afterAll(() => h?.close());

const MINE = `{ myPartnerApplication { id status companyName decisionReason } }`;
const LIST = `query($status: ApplicationStatus, $first: Int, $after: String) {
  partnerApplications(status: $status, first: $first, after: $after) { nodes { id status companyName } pageInfo { endCursor hasNextPage } }
}`;
const AUDIT_ROLES = `query($t: ID) { auditTrail { identity(filter: { targetId: $t }) { nodes { action actorId before after reason } } } }`;
const AUDIT_CATALOG = `query($t: ID) { auditTrail { catalog(filter: { targetId: $t }) { nodes { stream action actorId targetType userId before after } } } }`;

describe('applying to become a partner', () => {
  it('needs a signed-in caller', async () => {
    expect(codes(await h.run(APPLY, { input: applicationInput('x@example.com') }))).toEqual(['UNAUTHENTICATED']);
  });

  it('records a PENDING application that the applicant sees, and refuses a second pending one with CONFLICT', async () => {
    const user = await h.customer('applicant@example.com');
    const res = await h.run(APPLY, { input: { ...applicationInput('  Contact@Example.COM '), companyName: '  Acme Labs ' } }, user.caller);
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyForPartnership).toMatchObject({
      id: expect.stringMatching(/^app_/),
      applicantId: user.userId,
      companyName: 'Acme Labs',
      contactEmail: 'contact@example.com',
      status: 'PENDING',
      decidedAt: null,
    });
    const again = await h.run(APPLY, { input: applicationInput('contact@example.com') }, user.caller);
    expect(codes(again)).toEqual(['CONFLICT']);
    const mine = await h.run(MINE, {}, user.caller);
    expect(mine.data!.myPartnerApplication).toMatchObject({ id: res.data!.applyForPartnership.id, status: 'PENDING' });
  });

  it.each([
    ['companyName', { companyName: '  ' }],
    ['website', { website: 'not a url' }],
    ['website', { website: 'ftp://acme.example' }],
    ['contactName', { contactName: '' }],
    ['contactEmail', { contactEmail: 'nobody' }],
    ['description', { description: 'x'.repeat(2001) }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it, writing nothing', async (name, patch) => {
    const user = await h.customer(`bad-${name}-${Math.random().toString(36).slice(2)}@example.com`);
    const before = (await h.scan()).length;
    const res = await h.run(APPLY, { input: { ...applicationInput('c@example.com'), ...patch } }, user.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(field(res)).toBe(`input.${name}`);
    expect((await h.scan()).length).toBe(before);
  });

  it('names every field at fault in one refusal, writing nothing', async () => {
    const user = await h.customer('many-faults@example.com');
    const before = (await h.scan()).length;
    const res = await h.run(APPLY, { input: { ...applicationInput('nobody'), companyName: ' ', website: 'ftp://acme.example' } }, user.caller);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((res.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual(['input.companyName', 'input.website', 'input.contactEmail']);
    expect((await h.scan()).length).toBe(before);
  });
});

describe('deciding an application', () => {
  it('approval grants the partner role (audited in identity), mails the contact, and frees the user from the pending claim', async () => {
    const user = await h.customer('future.partner@example.com', 'Future Partner');
    const applied = await h.run(APPLY, { input: applicationInput('partner.contact@example.com', 'Future Co') }, user.caller);
    const id = applied.data!.applyForPartnership.id;

    const approved = await h.run(APPROVE_APPLICATION, { id }, h.admin.caller);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approvePartnerApplication).toMatchObject({ id, status: 'APPROVED', decidedBy: h.admin.userId });

    const mail = await h.identity.smtp.waitFor('partner.contact@example.com', /now a Marketplace partner/);
    expect(mail.text).toContain('Future Co');
    expect(mail.text).toContain('http://localhost:4000/partner');
    // The role applies within seconds to the current session (the gateway reads it from the account).
    expect(mail.text).not.toMatch(/sign in again/i);
    expect(mail.text).toContain('without signing in again');

    const relogin = await h.identity.signIn('future.partner@example.com', DEFAULT_PASSWORD);
    expect(relogin.caller.roles).toEqual(['customer', 'partner']);
    const audit = await h.identity.run(AUDIT_ROLES, { t: user.userId }, h.admin.caller);
    expect(audit.data!.auditTrail.identity.nodes[0]).toMatchObject({
      action: 'user.roles.grant',
      actorId: h.admin.userId,
      before: { roles: ['CUSTOMER'] },
      after: { roles: ['CUSTOMER', 'PARTNER'] },
      reason: `Partner application ${id} approved`,
    });
    // The catalog's own stream has the application's events, concerning the applicant.
    const decisions = await h.run(AUDIT_CATALOG, { t: id }, h.admin.caller);
    // (Both at one instant of the test clock: their order is the ids'.)
    const byAction = (a: { action: string }, b: { action: string }) => a.action.localeCompare(b.action);
    expect([...decisions.data!.auditTrail.catalog.nodes].sort(byAction)).toEqual([
      { stream: 'CATALOG', action: 'application.approve', actorId: h.admin.userId, targetType: 'PartnerApplication', userId: user.userId, before: { status: 'PENDING' }, after: { status: 'APPROVED' } },
      { stream: 'CATALOG', action: 'application.create', actorId: user.userId, targetType: 'PartnerApplication', userId: user.userId, before: null, after: { companyName: 'Future Co', status: 'PENDING' } },
    ]);

    // The approval went to the analytics log once, keyed by the application (a retried append counts once).
    expect(h.appended.filter((e) => e.userId === user.userId)).toEqual([
      { type: 'partner.approved', time: expect.any(Date), dedupeKey: id, partnerId: user.userId, userId: user.userId, ref: id },
    ]);

    // A partner does not apply again; a decided application is not decided twice.
    expect(codes(await h.run(APPLY, { input: applicationInput('x@example.com') }, relogin.caller))).toEqual(['CONFLICT']);
    const twice = await h.run(APPROVE_APPLICATION, { id }, h.admin.caller);
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(field(twice)).toBe('id');
    expect(twice.errors![0]!.message).toMatch(/this one is APPROVED/);
    const rejectApproved = await h.run(REJECT_APPLICATION, { id, reason: 'Changed our mind.' }, h.admin.caller);
    expect(codes(rejectApproved)).toEqual(['CONFLICT']);
    expect(field(rejectApproved)).toBe('id');
  });

  it('rejection needs a reason, mails it, and lets the user apply again', async () => {
    const user = await h.customer('not.yet@example.com');
    const applied = await h.run(APPLY, { input: applicationInput('not.yet.contact@example.com', 'Not Yet Ltd') }, user.caller);
    const id = applied.data!.applyForPartnership.id;
    const noReason = await h.run(REJECT_APPLICATION, { id, reason: '   ' }, h.admin.caller);
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(field(noReason)).toBe('reason');

    const rejected = await h.run(REJECT_APPLICATION, { id, reason: 'Please add a company website we can verify.' }, h.admin.caller);
    expect(rejected.data!.rejectPartnerApplication).toEqual({ id, status: 'REJECTED', decisionReason: 'Please add a company website we can verify.' });
    const mail = await h.identity.smtp.waitFor('not.yet.contact@example.com', /partner application/);
    expect(mail.text).toContain('Please add a company website we can verify.');

    const mine = await h.run(MINE, {}, user.caller);
    expect(mine.data!.myPartnerApplication).toMatchObject({ status: 'REJECTED', decisionReason: 'Please add a company website we can verify.' });
    const reapplied = await h.run(APPLY, { input: applicationInput('not.yet.contact@example.com', 'Not Yet Ltd') }, user.caller);
    expect(reapplied.data!.applyForPartnership.status).toBe('PENDING');
    expect(refusal(await h.run(APPROVE_APPLICATION, { id: 'app_00000000000000000000000000' }, h.admin.caller))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    // A rejection is no approval: nothing for the analytics log.
    expect(h.appended.filter((e) => e.userId === user.userId)).toEqual([]);
  });

  it('is for admins only', async () => {
    const customer = await h.customer('nosy@example.com');
    for (const caller of [undefined, customer.caller]) {
      const expected = caller ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      expect(codes(await h.run(APPROVE_APPLICATION, { id: 'app_00000000000000000000000000' }, caller))).toEqual([expected]);
      expect(codes(await h.run(REJECT_APPLICATION, { id: 'app_00000000000000000000000000', reason: 'x' }, caller))).toEqual([expected]);
      expect(codes(await h.run(LIST, {}, caller))).toEqual([expected]);
    }
  });
});

describe('the admin list', () => {
  it('filters by status and pages over every status without gaps or duplicates', async () => {
    const pending = await h.run(LIST, { status: 'PENDING', first: 100 }, h.admin.caller);
    expect(pending.data!.partnerApplications.nodes.every((n: { status: string }) => n.status === 'PENDING')).toBe(true);
    const all: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: { data?: any } = await h.run(LIST, { first: 1, after }, h.admin.caller);
      all.push(...page.data.partnerApplications.nodes.map((n: { id: string }) => n.id));
      if (!page.data.partnerApplications.pageInfo.hasNextPage) break;
      after = page.data.partnerApplications.pageInfo.endCursor;
    }
    const stored = (await h.scan()).filter((i) => i.type === 'PartnerApplication').map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...stored].sort());
    const bad = await h.run(LIST, { after: 'garbage' }, h.admin.caller);
    expect(field(bad)).toBe('after');
  });
});

describe('User.partnerApplication', () => {
  const ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id partnerApplication { status companyName } } } }`;

  it('is visible to the user themself and admins only', async () => {
    const user = await h.customer('curious@example.com');
    await h.run(APPLY, { input: applicationInput('curious@example.com', 'Curious Co') }, user.caller);
    const other = await h.customer('someone.else@example.com');
    const r = [{ __typename: 'User', id: user.userId }];
    expect((await h.run(ENTITY, { r }, user.caller)).data!._entities[0].partnerApplication).toEqual({ status: 'PENDING', companyName: 'Curious Co' });
    expect((await h.run(ENTITY, { r }, h.admin.caller)).data!._entities[0].partnerApplication).toMatchObject({ status: 'PENDING' });
    expect((await h.run(ENTITY, { r }, other.caller)).data!._entities[0].partnerApplication).toBeNull();
    expect((await h.run(ENTITY, { r })).data!._entities[0].partnerApplication).toBeNull();
  });
});
