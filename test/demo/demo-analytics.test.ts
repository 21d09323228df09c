import { describe, expect, it } from 'vitest';
import { callFactsOf, demoHealthHistory, demoTrialHistory } from './demo-analytics.ts';

describe("the demo's history", () => {
  const now = new Date('2026-12-02T10:00:00Z');
  const trials = demoTrialHistory({ solutions: [{ id: 'sol_demo', slug: 'demo', anonymousEndpoints: ['GET /v1/a', 'POST /v1/b'], anonymousLimit: 5 }], days: 27, now });
  const facts = callFactsOf(trials.calls, 'usr_partner');

  it('invents nobody: anonymous visitors only (keyed fingerprints), on the endpoints they may call', () => {
    expect(trials.calls.length).toBeGreaterThan(50);
    for (const { event } of trials.calls) {
      expect(event).toMatchObject({ tier: 'anonymous', fingerprint: expect.stringMatching(/^anon_demo/) });
      expect(event.userId).toBeUndefined();
      expect(['GET /v1/a', 'POST /v1/b']).toContain(event.endpoint);
    }
    expect(new Set(trials.facts.map((f) => f.type))).toEqual(new Set(['trial.started', 'trial.ended']));
  });

  it('admits a visitor up to the anonymous allowance and refuses the rest, consuming nothing for a refusal, as the shim does', () => {
    const byVisitor = new Map<string, number>();
    for (const { event, count } of trials.calls) if (event.allowed) byVisitor.set(event.fingerprint!, (byVisitor.get(event.fingerprint!) ?? 0) + count);
    expect(Math.max(...byVisitor.values())).toBe(5);
    expect(trials.calls.some((c) => !c.event.allowed)).toBe(true);
    for (const fact of facts) expect(fact.units).toBe(fact.outcome === 'VALID' ? fact.calls : 0);
    // The analytics facts are the recorder's sums: the same calls in total.
    expect(facts.reduce((n, f) => n + f.calls!, 0)).toBe(trials.calls.reduce((n, c) => n + c.count, 0));
  });

  it('ends before the day it is run', () => {
    expect(Math.max(...[...trials.facts, ...facts].map((e) => e.time!.getTime()))).toBeLessThan(Date.parse('2026-12-02T00:00:00Z'));
  });

  it('checks health 48 times a day, with one outage that opens and closes one incident', () => {
    const checks = demoHealthHistory({ solutions: [{ id: 'sol_demo' }], days: 27, now }).get('sol_demo')!;
    expect(checks).toHaveLength(27 * 48);
    expect(checks.filter((c) => c.opens)).toHaveLength(1);
    const closed = checks.filter((c) => c.closes);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.closes).toMatchObject({ startedAt: checks.find((c) => c.opens)!.at, endedAt: closed[0]!.at });
  });
});
