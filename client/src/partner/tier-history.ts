import { formatCount, formatPaise, plural } from '../format/format';
import { enumLabel } from '../ui/Badge';

type Snapshot = Record<string, unknown>;

const LABELS: ReadonlyArray<[field: string, label: string, show: (value: unknown) => string]> = [
  ['callAllowance', 'allowance', (value) => (typeof value === 'number' ? plural(value, 'call') : 'none')],
  ['trialDays', 'trial', (value) => (typeof value === 'number' ? plural(value, 'day') : 'none')],
  ['ratePerSecond', 'rate', (value) => (typeof value === 'number' ? `${formatCount(value)}/s` : 'no limit')],
  ['monthlyPricePaise', 'price', (value) => (typeof value === 'number' ? `${formatPaise(value)}/month` : 'none')],
  ['limitMode', 'limit', (value) => (typeof value === 'string' ? enumLabel(value) : '—')],
  ['overagePricePaise', 'overage', (value) => (typeof value === 'number' ? `${formatPaise(value)}/call` : 'none')],
];

function tiersOf(snapshot: Snapshot | null | undefined): Map<string, Snapshot> {
  const list = snapshot?.['tiers'];
  const result = new Map<string, Snapshot>();
  if (Array.isArray(list)) {
    for (const item of list) {
      if (item && typeof item === 'object' && typeof (item as Snapshot)['tier'] === 'string') result.set((item as Snapshot)['tier'] as string, item as Snapshot);
    }
  }
  return result;
}

/**
 * What a tier change did, one line per changed tier: "Pro: allowance 10,000 calls → 20,000 calls; price ₹999/month →
 * ₹1,499/month". Features and highlights are summarised as changed, not spelled out.
 */
export function tierChangeSummary(before: Snapshot | null | undefined, after: Snapshot | null | undefined): string[] {
  const old = tiersOf(before);
  const lines: string[] = [];
  for (const [tier, next] of tiersOf(after)) {
    const previous = old.get(tier);
    const changes: string[] = [];
    for (const [field, label, show] of LABELS) {
      if (!previous) {
        if (next[field] != null) changes.push(`${label} ${show(next[field])}`);
      } else if (JSON.stringify(previous[field] ?? null) !== JSON.stringify(next[field] ?? null)) {
        changes.push(`${label} ${show(previous[field])} → ${show(next[field])}`);
      }
    }
    if (previous && JSON.stringify(previous['features'] ?? []) !== JSON.stringify(next['features'] ?? [])) changes.push('feature flags changed');
    if (previous && JSON.stringify(previous['highlights'] ?? []) !== JSON.stringify(next['highlights'] ?? [])) changes.push('highlights changed');
    if (changes.length) lines.push(`${enumLabel(tier)}: ${changes.join('; ')}`);
  }
  return lines;
}
