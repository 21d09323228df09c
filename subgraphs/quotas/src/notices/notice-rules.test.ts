import { describe, expect, it } from 'vitest';
import { describeNotice, type NoticeFacts, reachedThresholds, supersededStatusNotices, supersededUsageNotices, timeLeft } from './notice-rules.ts';

const now = new Date('2026-09-01T08:00:00.000Z');
const rates = { name: 'Rates API', slug: 'rates' };
const facts = (overrides: Partial<NoticeFacts>): NoticeFacts => ({ kind: 'USAGE_80', tier: 'registered', windowId: 'TRIAL', used: 80, limit: 100, limitMode: 'hard', windowEnd: '2026-09-13T09:30:00.000Z', ...overrides });

describe('thresholds', () => {
  it('are reached at 80 % and 100 % of the allowance', () => {
    expect(reachedThresholds(79, 100)).toEqual([]);
    expect(reachedThresholds(80, 100)).toEqual(['USAGE_80']);
    expect(reachedThresholds(99, 100)).toEqual(['USAGE_80']);
    expect(reachedThresholds(100, 100)).toEqual(['USAGE_80', 'USAGE_100']);
    expect(reachedThresholds(3, 3)).toEqual(['USAGE_80', 'USAGE_100']);
    expect(reachedThresholds(2, 3)).toEqual([]);
    expect(reachedThresholds(5, 0)).toEqual([]);
  });
});

describe('what a notice says', () => {
  it('names the solution, the usage, the time left and the next step', () => {
    expect(describeNotice(facts({}), rates, now)).toEqual({
      title: 'You have used 80 % of your Rates API allowance',
      message: 'You have used 80 of 100 calls of Rates API in your trial. Your trial ends in 12 days, on 2026-09-13 09:30 UTC. Upgrade to Pro for a larger allowance.',
      action: { label: 'Upgrade to Pro', path: '/solutions/rates?upgrade=pro' },
    });
  });

  it('says what happens past the allowance: refused until the period ends, or billed as overage', () => {
    const month = { windowId: 'M2026-09', windowEnd: '2026-10-01T00:00:00.000Z' };
    expect(describeNotice(facts({ ...month, kind: 'USAGE_100', tier: 'pro', used: 1000, limit: 1000 }), rates, now)).toMatchObject({
      title: 'You have used your whole Rates API allowance',
      message: 'You have used 1000 of 1000 calls of Rates API this period. Further calls are refused until the period ends (2026-10-01 00:00 UTC). Upgrade to Enterprise for a larger allowance.',
      action: { label: 'Upgrade to Enterprise', path: '/solutions/rates?upgrade=enterprise' },
    });
    expect(describeNotice(facts({ ...month, kind: 'USAGE_100', tier: 'enterprise', limitMode: 'soft', used: 10, limit: 10 }), rates, now)).toMatchObject({
      message: 'You have used 10 of 10 calls of Rates API this period. Further calls are billed as overage. Contact us for a larger plan.',
      action: { label: 'Contact sales', path: '/solutions/rates?contact=sales' },
    });
  });

  it('warns of a trial ending, and reads right once it has', () => {
    const ending = facts({ kind: 'TRIAL_ENDING', used: 12, windowEnd: '2026-09-04T08:00:00.000Z' });
    expect(describeNotice(ending, rates, now)).toMatchObject({
      title: 'Your Rates API trial ends in 3 days',
      message: 'Your trial ends in 3 days, on 2026-09-04 08:00 UTC. You have used 12 of 100 calls of Rates API in your trial. After it ends, calls with your key are refused. Upgrade to Pro for a larger allowance.',
    });
    expect(describeNotice(ending, rates, new Date('2026-09-05T00:00:00.000Z')).message).toMatch(/^Your trial ended on 2026-09-04 08:00 UTC\./);
  });

  it('counts the time left in days, then hours', () => {
    expect(timeLeft(new Date(now.getTime() + 3 * 86_400_000 - 60_000), now)).toBe('in 3 days');
    expect(timeLeft(new Date(now.getTime() + 86_400_000), now)).toBe('in 1 day');
    expect(timeLeft(new Date(now.getTime() + 5 * 3_600_000 + 1), now)).toBe('in 5 hours');
    expect(timeLeft(new Date(now.getTime() + 59 * 60_000), now)).toBe('within the hour');
    expect(timeLeft(now, now)).toBe('now');
  });
});

describe('which status notices still hold', () => {
  const n = (id: string, kind: NoticeFacts['kind'], windowId: string, solutionId = 'sol_a') => ({ id, solutionId, kind, windowId });
  const t = (day: number) => `2026-03-0${day}T10:00:00.000Z`;
  const superseded = (notices: ReturnType<typeof n>[], status: Record<string, string>) => [...supersededStatusNotices(notices, (id) => status[id] ?? null)].sort();

  it('a reinstatement ends the suspension it ends; a new suspension ends "available again"; other notices stay', () => {
    const notices = [n('suspended', 'SOLUTION_SUSPENDED', t(1)), n('back', 'SOLUTION_REINSTATED', t(2)), n('usage', 'USAGE_80', 'P2026-03')];
    expect(superseded(notices, { sol_a: 'PUBLISHED' })).toEqual(['suspended']);
    expect(superseded([...notices, n('again', 'SOLUTION_SUSPENDED', t(3))], { sol_a: 'SUSPENDED' })).toEqual(['back', 'suspended']);
  });

  it('an unpublishing holds until the solution is listed again, whatever happened on top of it; other solutions are their own', () => {
    const notices = [n('unpublished', 'SOLUTION_UNPUBLISHED', t(1)), n('suspended', 'SOLUTION_SUSPENDED', t(2)), n('other', 'SOLUTION_SUSPENDED', t(1), 'sol_b')];
    expect(superseded(notices, { sol_a: 'SUSPENDED', sol_b: 'SUSPENDED' })).toEqual([]);
    // Reinstated back to unpublished: still unlisted, no longer suspended.
    const back = [...notices, n('back', 'SOLUTION_REINSTATED', t(3))];
    expect(superseded(back, { sol_a: 'UNPUBLISHED', sol_b: 'SUSPENDED' })).toEqual(['suspended']);
    // Then republished: only the newest news.
    expect(superseded([...back, n('listed', 'SOLUTION_REINSTATED', t(4))], { sol_a: 'PUBLISHED', sol_b: 'SUSPENDED' })).toEqual(['back', 'suspended', 'unpublished']);
  });
});

describe('usage notices that no longer hold', () => {
  const u = (id: string, kind: NoticeFacts['kind'], over: Partial<{ solutionId: string; tier: NoticeFacts['tier']; windowId: string }> = {}) => ({ id, kind, solutionId: 'sol_a', tier: 'registered' as NoticeFacts['tier'], windowId: 'TRIAL', ...over });
  const superseded = (notices: ReturnType<typeof u>[], status: Record<string, string>) => [...supersededUsageNotices(notices, (id) => status[id] ?? null)].sort();

  it('100 % of a window replaces its 80 % notice; other windows, tiers, solutions and kinds stay', () => {
    const notices = [
      u('eighty', 'USAGE_80'),
      u('full', 'USAGE_100'),
      u('ending', 'TRIAL_ENDING'),
      u('pro-eighty', 'USAGE_80', { tier: 'pro', windowId: 'P2026-03-01' }),
      u('other-eighty', 'USAGE_80', { solutionId: 'sol_b' }),
      u('older-period', 'USAGE_80', { tier: 'pro', windowId: 'P2026-02-01' }),
      u('older-full', 'USAGE_100', { tier: 'pro', windowId: 'P2026-01-01' }),
    ];
    expect(superseded(notices, { sol_a: 'PUBLISHED', sol_b: 'PUBLISHED' })).toEqual(['eighty']);
  });

  it('a solution that is not listed (suspended, unpublished) shows no upgrade prompt until it is listed again; other notices stay', () => {
    const notices = [u('full', 'USAGE_100'), u('ending', 'TRIAL_ENDING'), u('networks', 'UNUSUAL_NETWORKS', { windowId: '2026-03-01#key_a' }), u('suspended', 'SOLUTION_SUSPENDED', { windowId: '2026-03-02T10:00:00.000Z' }), u('other', 'USAGE_80', { solutionId: 'sol_b' })];
    expect(superseded(notices, { sol_a: 'SUSPENDED', sol_b: 'PUBLISHED' })).toEqual(['ending', 'full']);
    expect(superseded(notices, { sol_a: 'UNPUBLISHED', sol_b: 'PUBLISHED' })).toEqual(['ending', 'full']);
    expect(superseded(notices, { sol_a: 'PUBLISHED', sol_b: 'PUBLISHED' })).toEqual([]);
  });
});
