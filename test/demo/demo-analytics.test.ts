import { describe, expect, it } from 'vitest';
import { demoAnalyticsEvents } from './demo-analytics.ts';

describe("the demo's analytics history", () => {
  const events = demoAnalyticsEvents({ partnerId: 'usr_demo_partner', solutions: [{ id: 'sol_demo', slug: 'demo' }], days: 27, now: new Date('2026-12-02T10:00:00Z') });
  const calls = events.filter((e) => e.type === 'call');

  it('counts a unit per admitted call and none for a refused one, as the shim does', () => {
    expect(calls.length).toBeGreaterThan(50);
    for (const call of calls) expect(call.units).toBe(call.outcome === 'VALID' ? call.calls : 0);
  });

  it('ends before the day it is run', () => {
    expect(Math.max(...events.map((e) => e.time!.getTime()))).toBeLessThan(Date.parse('2026-12-02T00:00:00Z'));
  });
});
