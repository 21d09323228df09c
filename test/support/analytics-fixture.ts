import { openEventLog, type EventInput } from '@marketplace/analytics/public';
import { createLogger, systemClock } from '@marketplace/shared';

/**
 * A page fixture for the analytics pages' end-to-end test, not the demo (`npm run demo` writes one history to every
 * store: test/demo/demo-analytics.ts). It invents what the pages need to show all their parts — users who sign up,
 * convert and pay — and writes them to the analytics log alone, so nothing else on the platform agrees with it.
 *
 * A few weeks of events on the partner's solutions — anonymous trials (keyed
 * fingerprints), some of which sign up and call with a key from the same client a day or three later, some of
 * those subscribing and paying — and the health monitor's checks (every half hour, bounded: 48 a day per solution,
 * with one outage) — written to the event log like producers write them, back-dated. Every fact has
 * a fixed dedupe key, so a second run appends nothing that counts.
 */
export async function writeAnalyticsFixture(options: {
  dataDir: string;
  nodeEnv: string;
  partnerId: string;
  solutions: { id: string; slug: string }[];
  days: number;
  log: (line: string) => void;
}): Promise<number> {
  const out = analyticsFixtureEvents(options);
  const events = openEventLog('fixture', { NODE_ENV: options.nodeEnv, DATA_DIR: options.dataDir }, { clock: systemClock, logger: createLogger('fixture', 'silent') });
  await events.append(out);
  await events.close();
  options.log(`${out.length} analytics events over ${options.days} days (anonymous trials, conversions, subscriptions, health checks; appended once)`);
  return out.length;
}

/** The fixture's events, the same on every run (a fixed random sequence) but for the day they end on. */
export function analyticsFixtureEvents(options: {
  partnerId: string;
  solutions: { id: string; slug: string }[];
  days: number;
  now?: Date;
}): EventInput[] {
  let seed = 11;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const now = options.now ?? new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const out: EventInput[] = [];
  for (const [s, solution] of options.solutions.entries()) {
    const base = { solutionId: solution.id, partnerId: options.partnerId };
    // The health checks: mostly passing at 80–300 ms, slower in the afternoon; one two-hour outage a week ago. Their
    // own random sequence, so the other facts stay what they were.
    let healthSeed = 7 + s;
    const jitter = () => ((healthSeed = (healthSeed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const outage = { ago: Math.min(7, options.days), from: 14, to: 16 };
    for (let ago = options.days; ago >= 1; ago--) {
      for (let i = 0; i < 48; i++) {
        const at = today - ago * 86_400_000 + i * 1_800_000;
        const hour = i / 2;
        const down = ago === outage.ago && hour >= outage.from && hour < outage.to;
        const latency = down ? 10_000 : Math.round(80 + jitter() * 120 + (hour >= 12 && hour < 18 ? 100 : 0));
        const outcome = down ? (i % 2 ? 'TIMEOUT' : 'HTTP_STATUS') : jitter() < 0.003 ? 'UNREACHABLE' : 'UP';
        out.push({ ...base, type: 'health.checked', dedupeKey: `demo-health-${solution.slug}-${ago}-${i}`, time: new Date(at), outcome, latencyMs: latency });
      }
    }
    for (let ago = options.days; ago >= 1; ago--) {
      const day = today - ago * 86_400_000;
      const trials = 3 + Math.floor(random() * 4);
      for (let i = 0; i < trials; i++) {
        const id = `${solution.slug}-${ago}-${i}`;
        const fingerprint = `anon_demo${s}${ago}x${i}`;
        const at = day + (9 + Math.floor(random() * 10)) * 3_600_000;
        out.push({ ...base, type: 'trial.started', dedupeKey: `demo-trial-${id}`, time: new Date(at), fingerprint, tier: 'anonymous' });
        const anonymousCalls = 1 + Math.floor(random() * 8);
        out.push({ ...base, type: 'call', dedupeKey: `demo-anon-${id}`, time: new Date(at), fingerprint, tier: 'anonymous', outcome: 'VALID', calls: anonymousCalls, units: anonymousCalls });
        // The anonymous window (15 days) closes unless it is still open today.
        if (at + 15 * 86_400_000 < today) out.push({ ...base, type: 'trial.ended', dedupeKey: `demo-trial-${id}`, time: new Date(at + 15 * 86_400_000), fingerprint, tier: 'anonymous', outcome: 'expired' });
        // About 40 % convert a day or three later (not past today), some of them after hitting the anonymous limit.
        if (random() > 0.4) continue;
        const registeredAt = at + (1 + Math.floor(random() * 3)) * 86_400_000 - Math.floor(random() * 5) * 3_600_000;
        if (registeredAt >= today) continue;
        const userId = `usr_demo_${id}`;
        out.push({ type: 'user.signed_up', dedupeKey: userId, time: new Date(registeredAt - 600_000), userId });
        out.push({ type: 'user.verified', dedupeKey: userId, time: new Date(registeredAt - 300_000), userId });
        out.push({ ...base, type: 'key.created', dedupeKey: `demo-key-${id}`, time: new Date(registeredAt - 60_000), userId });
        for (let d = 0; registeredAt + d * 86_400_000 < today && d < 10; d++) {
          const near = d > 4 && random() < 0.3;
          const outcome = near && random() < 0.5 ? 'QUOTA_EXCEEDED' : 'VALID';
          const calls = 5 + Math.floor(random() * 40);
          // A call costs one unit here; a refused one consumes nothing, as the shim counts them.
          out.push({
            ...base, type: 'call', dedupeKey: `demo-keyed-${id}-${d}`, time: new Date(registeredAt + d * 86_400_000), userId, fingerprint,
            tier: 'registered', outcome, nearLimit: near, calls, units: outcome === 'VALID' ? calls : 0,
          });
        }
        // About a third of those subscribe to Pro a few days later.
        const paidAt = registeredAt + (2 + Math.floor(random() * 5)) * 86_400_000;
        if (random() > 0.35 || paidAt >= today) continue;
        const price = 999_00;
        out.push({ ...base, type: 'subscription.started', dedupeKey: `demo-sub-${id}:started`, time: new Date(paidAt), userId, tier: 'pro', ref: `sbs_demo_${id}`, mrrPaise: price });
        out.push({ ...base, type: 'payment.captured', dedupeKey: `demo-pay-${id}`, time: new Date(paidAt), userId, tier: 'pro', amountPaise: Math.round(price * 1.18), commissionPaise: Math.round(price * 0.2) });
      }
    }
  }
  return out;
}
