import { beforeAll, describe, expect, it } from 'vitest';
import type { Tier } from '@marketplace/contracts';
import { createEventOutbox, createLogger, DAY, ensureTable, ManualClock, type MailMessage, MINUTE, tableName } from '@marketplace/shared';
import type { EventInput } from '@marketplace/analytics/public';
import { testDb, testTablePrefix } from '../../../../test/support/dynamo.ts';
import { type NewNotice, NoticeRepository } from '../data/notice.repository.ts';
import type { QuotasDeps } from '../deps.ts';
import { NoticeJobs } from './notice-jobs.ts';

/** The notice job over the real table, with a recording mailer and in-memory directories; time is a manual clock. */
const db = testDb();
const table = tableName(testTablePrefix('notice-jobs'), 'quotas');
const clock = new ManualClock('2026-09-01T08:00:00.000Z');
const notices = new NoticeRepository(db, table);
const tiers = new Map<string, Tier>();
const sent: MailMessage[] = [];
let failing = false;
let users = 0;
/** What the jobs appended to the analytics log; `crashAfterAppend` makes each append fail after it (a crash). */
const appended: EventInput[] = [];
let crashAfterAppend = false;
const events = {
  append: async (e: readonly EventInput[]) => {
    appended.push(...e);
    if (crashAfterAppend) throw new Error('crash after the append');
  },
  enqueue: () => {},
  flush: async () => {},
  close: async () => {},
};

/** The catalog's status changes and the keys' holders the status-change step reads (in memory). */
const changes: { id: string; status: 'SUSPENDED' | 'UNPUBLISHED' | 'PUBLISHED'; previousStatus?: string; previousStatusChangedAt?: string; statusChangedAt: string }[] = [];
const holders = new Map<string, string[]>();

function jobs() {
  const deps: Pick<QuotasDeps, 'db' | 'table' | 'clock' | 'logger' | 'catalog' | 'tiers' | 'events'> = {
    db,
    table,
    clock,
    logger: createLogger('test', 'silent'),
    catalog: {
      solution: async (id) => (id === 'sol_gone' ? null : { id, slug: 'rates', name: 'Rates API', status: 'PUBLISHED', partnerId: 'usr_partner' }),
      policy: async () => null,
    },
    tiers: { tierOf: async (userId) => tiers.get(userId) ?? 'registered', forget: () => {} },
    events,
  };
  return new NoticeJobs(deps, {
    mailer: {
      async send(message) {
        if (failing) throw new Error('SMTP down');
        sent.push(message);
      },
    },
    users: { profile: async (userId) => (userId.startsWith('usr_nomail') ? null : { email: `${userId}@example.com`, name: 'Ada' }) },
    publicUrl: 'http://localhost:4000/',
    statusChanges: {
      catalog: { statusChangesSince: async (status, since) => changes.filter((c) => c.status === status && Date.parse(c.statusChangedAt) >= since.getTime()) },
      holders: { holdersOf: async (solutionId) => holders.get(solutionId) ?? [] },
    },
  });
}

function notice(userId: string, overrides: Partial<NewNotice> = {}): NewNotice {
  return { userId, solutionId: 'sol_rates', tier: 'registered', windowId: 'TRIAL', kind: 'USAGE_80', used: 80, limit: 100, limitMode: 'hard', windowEnd: new Date(clock.now().getTime() + 20 * DAY).toISOString(), ...overrides };
}
const newUser = (prefix = 'usr_jobs') => `${prefix}${++users}`;
const mailsTo = (userId: string) => sent.filter((m) => m.to === `${userId}@example.com`);
const stateOf = async (userId: string) => (await notices.ofUser(userId)).map((n) => n.mail);

beforeAll(() => ensureTable(db, table));

describe('the notice emails', () => {
  it('go out once, with the usage, the time left, the next step and the way to turn them off', async () => {
    const userId = newUser();
    await notices.create(notice(userId), clock.now());
    await jobs().runDue();
    await jobs().runDue();
    const [mail, ...more] = mailsTo(userId);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('You have used 80 % of your Rates API allowance');
    expect(mail!.text).toContain('You have used 80 of 100 calls of Rates API in your trial. Your trial ends in 20 days, on 2026-09-21 08:00 UTC. Upgrade to Pro for a larger allowance.');
    expect(mail!.text).toContain('Upgrade to Pro: http://localhost:4000/solutions/rates?upgrade=pro');
    expect(mail!.text).toContain('http://localhost:4000/dashboard/rates#notices');
    expect(await stateOf(userId)).toEqual(['sent']);
  });

  it('are sent once when two runs race for them', async () => {
    const userId = newUser();
    await notices.create(notice(userId), clock.now());
    await notices.create(notice(userId, { kind: 'USAGE_100', used: 100 }), clock.now());
    await Promise.all([jobs().runDue(), jobs().runDue(), jobs().runDue()]);
    expect(mailsTo(userId).map((m) => m.subject).sort()).toEqual(['You have used 80 % of your Rates API allowance', 'You have used your whole Rates API allowance']);
  });

  it('are left out when the customer turned them off for the solution, or has no address', async () => {
    const [off, nomail] = [newUser(), newUser('usr_nomail')];
    await notices.setEmailsWanted(off, 'sol_rates', false, clock.now());
    await notices.create(notice(off), clock.now());
    await notices.create(notice(nomail), clock.now());
    await jobs().runDue();
    expect(mailsTo(off)).toEqual([]);
    expect(await stateOf(off)).toEqual(['off']);
    expect(await stateOf(nomail)).toEqual(['no-address']);
  });

  it('are retried after a failure, five times at most', async () => {
    const userId = newUser();
    await notices.create(notice(userId), clock.now());
    failing = true;
    await jobs().runDue();
    expect(await stateOf(userId)).toEqual(['pending']);
    // Not again before the sender's hold runs out…
    await jobs().runDue();
    expect((await notices.ofUser(userId))[0]!.mailAttempts).toBe(1);
    // …then once per hold, up to five attempts.
    for (let i = 0; i < 5; i++) {
      clock.advance(5 * MINUTE + 1000);
      await jobs().runDue();
    }
    expect(await stateOf(userId)).toEqual(['failed']);
    failing = false;
    clock.advance(5 * MINUTE + 1000);
    await jobs().runDue();
    expect(mailsTo(userId)).toEqual([]);

    const later = newUser();
    await notices.create(notice(later), clock.now());
    failing = true;
    await jobs().runDue();
    failing = false;
    clock.advance(5 * MINUTE + 1000);
    await jobs().runDue();
    expect(mailsTo(later)).toHaveLength(1);
    expect(await stateOf(later)).toEqual(['sent']);
  });
});

describe('the trial-end warning', () => {
  const trial = (userId: string, windowEnd: Date) => ({ userId, solutionId: 'sol_rates', tier: 'registered' as const, windowId: 'TRIAL', windowEnd: windowEnd.toISOString(), limit: 100, limitMode: 'hard' as const });

  it('is made once, three days before the end, with the usage as it stands', async () => {
    const userId = newUser();
    const end = new Date(clock.now().getTime() + 10 * DAY);
    await notices.scheduleTrialEnd(trial(userId, end), new Date(end.getTime() - 3 * DAY));
    await jobs().runDue();
    expect(await notices.ofUser(userId)).toEqual([]);
    clock.advance(7 * DAY);
    expect((await jobs().runDue()).warned).toBeGreaterThanOrEqual(1);
    await jobs().runDue();
    expect((await notices.ofUser(userId)).map((n) => [n.kind, n.used, n.mail])).toEqual([['TRIAL_ENDING', 0, 'sent']]);
    expect(mailsTo(userId).map((m) => m.subject)).toEqual(['Your Rates API trial ends in 3 days']);
  });

  it('is not made for a customer who has moved to another tier, nor after the trial ended', async () => {
    const [upgraded, late] = [newUser(), newUser()];
    tiers.set(upgraded, 'pro');
    const end = new Date(clock.now().getTime() + 2 * DAY);
    await notices.scheduleTrialEnd(trial(upgraded, end), clock.now());
    await notices.scheduleTrialEnd(trial(late, new Date(clock.now().getTime() + 1000)), clock.now());
    clock.advance(2000);
    await jobs().runDue();
    expect(await notices.ofUser(upgraded)).toEqual([]);
    expect(await notices.ofUser(late)).toEqual([]);
    // Off the list of warnings either way; the ended one's end is logged, the other one's comes when it closes.
    expect((await notices.dueTrialEnds(clock.now(), 100)).filter((t) => t.userId === upgraded || t.userId === late)).toEqual([]);
    expect(appended.filter((e) => e.userId === late).map((e) => e.type)).toEqual(['trial.ended']);
    expect(appended.filter((e) => e.userId === upgraded)).toEqual([]);
  });
});

describe('the end of a trial in the analytics log', () => {
  const trial = (userId: string, windowEnd: Date) => ({ userId, solutionId: 'sol_rates', tier: 'registered' as const, windowId: 'TRIAL', windowEnd: windowEnd.toISOString(), limit: 100, limitMode: 'hard' as const });

  it('is appended once the window has closed, at its end, after the warning — and never before', async () => {
    const userId = newUser();
    const end = new Date(clock.now().getTime() + 10 * DAY);
    await notices.scheduleTrialEnd(trial(userId, end), new Date(end.getTime() - 3 * DAY));
    clock.advance(7 * DAY);
    await jobs().runDue();
    expect(mailsTo(userId).map((m) => m.subject)).toEqual(['Your Rates API trial ends in 3 days']);
    expect(appended.filter((e) => e.userId === userId)).toEqual([]);
    clock.advance(3 * DAY - 1000);
    await jobs().runDue();
    expect(appended.filter((e) => e.userId === userId)).toEqual([]);
    clock.advance(1000);
    await jobs().runDue();
    await jobs().runDue();
    expect(appended.filter((e) => e.userId === userId)).toEqual([
      { type: 'trial.ended', time: end, dedupeKey: `${userId}:sol_rates:registered:TRIAL:${end.toISOString()}`, userId, solutionId: 'sol_rates', partnerId: 'usr_partner', tier: 'registered', outcome: 'expired' },
    ]);
    expect((await notices.dueTrialEnds(clock.now(), 100)).filter((t) => t.userId === userId)).toEqual([]);
  });

  it('survives a crash after taking the window off the list: the outbox relay appends it again with the same key (counted once)', async () => {
    const userId = newUser();
    const end = new Date(clock.now().getTime() + 1000);
    await notices.scheduleTrialEnd(trial(userId, end), clock.now());
    clock.advance(2000);
    crashAfterAppend = true;
    await jobs().runDue(); // the window left the list with its event (one transaction); the append then failed
    crashAfterAppend = false;
    expect((await notices.dueTrialEnds(clock.now(), 100)).filter((t) => t.userId === userId)).toEqual([]);
    await jobs().runDue();
    expect(appended.filter((e) => e.userId === userId)).toHaveLength(1);
    clock.advance(31_000);
    const outbox = createEventOutbox({ db, table, clock, logger: createLogger('test', 'silent'), events });
    await outbox.relay();
    await outbox.relay();
    const mine = appended.filter((e) => e.userId === userId);
    expect(mine.map((e) => e.type)).toEqual(['trial.ended', 'trial.ended']);
    expect(new Set(mine.map((e) => e.dedupeKey)).size).toBe(1);
    expect(mine[1]).toEqual({ ...mine[0], time: end });
  });

  it("of an anonymous trial: no warning; at the window's end, logged with the keyed fingerprint and no user", async () => {
    const fingerprint = newUser('anon_jobs');
    const end = new Date(clock.now().getTime() + 5 * DAY);
    await notices.scheduleTrialEnd({ ...trial(fingerprint, end), tier: 'anonymous' }, end);
    clock.advance(5 * DAY - 1000);
    await jobs().runDue();
    expect(appended.filter((e) => e.fingerprint === fingerprint)).toEqual([]);
    clock.advance(1000);
    await jobs().runDue();
    expect(await notices.ofUser(fingerprint)).toEqual([]);
    expect(appended.filter((e) => e.fingerprint === fingerprint)).toEqual([
      { type: 'trial.ended', time: end, dedupeKey: `${fingerprint}:sol_rates:anonymous:TRIAL:${end.toISOString()}`, fingerprint, solutionId: 'sol_rates', partnerId: 'usr_partner', tier: 'anonymous', outcome: 'expired' },
    ]);
  });
});

describe('the unusual-networks email', () => {
  it('goes out once even to a customer who turned upgrade emails off, and says what to do', async () => {
    const userId = newUser();
    await notices.setEmailsWanted(userId, 'sol_rates', false, clock.now());
    const dayEnd = '2026-09-02T00:00:00.000Z';
    await notices.create(notice(userId, { kind: 'UNUSUAL_NETWORKS', windowId: '2026-09-01#key_leaky', used: 20, limit: 20, windowEnd: dayEnd }), clock.now());
    await jobs().runDue();
    await jobs().runDue();
    const [mail, ...more] = mailsTo(userId);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe('Your API key for Rates API was used from an unusual number of networks');
    expect(mail!.text).toContain('revoke it and create a new one');
    expect(mail!.text).not.toContain('Turn these emails off');
    expect(await stateOf(userId)).toEqual(['sent']);
  });
});

describe('the status-change email', () => {
  it('goes out once per change to each key holder, however many runs race, even with upgrade emails off', async () => {
    const [a, b] = [newUser(), newUser()];
    await notices.setEmailsWanted(b, 'sol_status', false, clock.now());
    holders.set('sol_status', [a, b]);
    changes.push({ id: 'sol_status', status: 'UNPUBLISHED', statusChangedAt: clock.now().toISOString() });
    const runs = await Promise.all([jobs().runDue(), jobs().runDue(), jobs().runDue()]);
    expect(runs.reduce((sum, r) => sum + r.told, 0)).toBe(2);
    await jobs().runDue();
    expect(mailsTo(a).map((m) => m.subject)).toEqual(['Rates API has been unpublished']);
    expect(mailsTo(b).map((m) => m.subject)).toEqual(['Rates API has been unpublished']);
    expect(mailsTo(a)[0]!.text).toContain('Review your key: http://localhost:4000/dashboard/rates');

    // A later change is another notice; the first stays told once.
    clock.advance(MINUTE);
    changes.push({ id: 'sol_status', status: 'SUSPENDED', statusChangedAt: clock.now().toISOString() });
    await jobs().runDue();
    await jobs().runDue();
    expect(mailsTo(a).map((m) => m.subject).sort()).toEqual(['Rates API has been suspended', 'Rates API has been unpublished']);
    expect((await notices.ofUser(a, 'sol_status')).map((n) => [n.kind, n.mail])).toEqual([['SOLUTION_SUSPENDED', 'sent'], ['SOLUTION_UNPUBLISHED', 'sent']]);
  });

  it('after a run that died half-way, tells the rest and nobody twice; once all are told, the change is not read again', async () => {
    const [first, rest] = [newUser(), newUser()];
    holders.set('sol_half', [first, rest]);
    const changedAt = clock.now().toISOString();
    changes.push({ id: 'sol_half', status: 'SUSPENDED', statusChangedAt: changedAt });
    // The dead run made the first holder's notice (same key as the job's) and nothing more.
    await notices.create({ userId: first, solutionId: 'sol_half', tier: 'registered', windowId: changedAt, kind: 'SOLUTION_SUSPENDED', used: 0, limit: 0, limitMode: 'hard', windowEnd: new Date(clock.now().getTime() + 30 * DAY).toISOString() }, clock.now());
    expect((await jobs().runDue()).told).toBe(1);
    expect(mailsTo(first).map((m) => m.subject)).toEqual(['Rates API has been suspended']);
    expect(mailsTo(rest).map((m) => m.subject)).toEqual(['Rates API has been suspended']);
    // Told: a holder who appears later is not asked about (the change is marked), and nothing is made again.
    holders.set('sol_half', [first, rest, newUser()]);
    expect((await jobs().runDue()).told).toBe(0);
  });

  it('tells key holders once when a solution is reinstated or republished, but not of a first publication', async () => {
    const holder = newUser();
    holders.set('sol_back', [holder]);
    const at = clock.now().toISOString();
    changes.push({ id: 'sol_back', status: 'PUBLISHED', previousStatus: 'SUSPENDED', statusChangedAt: at });
    changes.push({ id: 'sol_new', status: 'PUBLISHED', previousStatus: 'IN_REVIEW', statusChangedAt: at });
    holders.set('sol_new', [holder]);
    await Promise.all([jobs().runDue(), jobs().runDue()]);
    await jobs().runDue();
    expect(mailsTo(holder).map((m) => m.subject)).toEqual(['Rates API is available again']);
    expect(mailsTo(holder)[0]!.text).toContain('was reinstated: calls with your API key work again');
    expect((await notices.ofUser(holder)).map((n) => [n.solutionId, n.kind, n.mail])).toEqual([['sol_back', 'SOLUTION_REINSTATED', 'sent']]);

    // Republished by its partner after being unpublished: the same notice.
    clock.advance(MINUTE);
    changes.push({ id: 'sol_back', status: 'PUBLISHED', previousStatus: 'UNPUBLISHED', statusChangedAt: clock.now().toISOString() });
    await jobs().runDue();
    expect(mailsTo(holder)).toHaveLength(2);
  });

  it('tells a suspension reinstated before any run as one notice that it was briefly unavailable, and "available again" to whoever heard of it', async () => {
    const [heard, missed] = [newUser(), newUser()];
    holders.set('sol_blip', [heard, missed]);
    const suspendedAt = clock.now().toISOString();
    // A run that died half-way told one holder of the suspension; then the admin reinstated it, before the next run.
    await notices.create({ userId: heard, solutionId: 'sol_blip', tier: 'registered', windowId: suspendedAt, kind: 'SOLUTION_SUSPENDED', used: 0, limit: 0, limitMode: 'hard', windowEnd: new Date(clock.now().getTime() + 30 * DAY).toISOString() }, clock.now());
    clock.advance(20 * MINUTE);
    const reinstatedAt = clock.now().toISOString();
    changes.push({ id: 'sol_blip', status: 'PUBLISHED', previousStatus: 'SUSPENDED', previousStatusChangedAt: suspendedAt, statusChangedAt: reinstatedAt });
    await Promise.all([jobs().runDue(), jobs().runDue()]);
    await jobs().runDue();
    expect(mailsTo(heard).map((m) => m.subject)).toEqual(['Rates API has been suspended', 'Rates API is available again']);
    expect(mailsTo(missed).map((m) => m.subject)).toEqual(['Rates API was briefly unavailable']);
    expect(mailsTo(missed)[0]!.text).toContain(`From ${suspendedAt.slice(0, 10)} ${suspendedAt.slice(11, 16)} UTC to ${reinstatedAt.slice(0, 10)} ${reinstatedAt.slice(11, 16)} UTC an administrator suspended Rates API`);
    expect((await notices.ofUser(missed)).map((n) => [n.kind, n.suspendedSince])).toEqual([['SOLUTION_REINSTATED', suspendedAt]]);
  });

  it('tells nothing of an unpublishing undone before any run (calls never stopped)', async () => {
    const holder = newUser();
    holders.set('sol_relist', [holder]);
    const unpublishedAt = clock.now().toISOString();
    clock.advance(5 * MINUTE);
    changes.push({ id: 'sol_relist', status: 'PUBLISHED', previousStatus: 'UNPUBLISHED', previousStatusChangedAt: unpublishedAt, statusChangedAt: clock.now().toISOString() });
    await jobs().runDue();
    expect(mailsTo(holder)).toEqual([]);
    expect(await notices.ofUser(holder)).toEqual([]);
  });

  it('is not made for a change older than the look-back (a week)', async () => {
    const late = newUser();
    holders.set('sol_old', [late]);
    changes.push({ id: 'sol_old', status: 'SUSPENDED', statusChangedAt: new Date(clock.now().getTime() - 8 * DAY).toISOString() });
    expect((await jobs().runDue()).told).toBe(0);
    expect(mailsTo(late)).toEqual([]);
    expect(await notices.ofUser(late)).toEqual([]);
  });
});
