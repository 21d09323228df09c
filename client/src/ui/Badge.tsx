import type { ReactNode } from 'react';
import type { Tier } from '../gql/graphql';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'accent';

/** A short label in a coloured pill. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

const TIER_TONES: Record<Tier, BadgeTone> = { ANONYMOUS: 'neutral', REGISTERED: 'info', PRO: 'accent', ENTERPRISE: 'success' };

/** Title case of an enum value: `REGISTERED` → `Registered`. */
export function enumLabel(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
}

/** A tier (ANONYMOUS, REGISTERED, PRO, ENTERPRISE) as a badge. */
export function TierBadge({ tier }: { tier: Tier }) {
  return <Badge tone={TIER_TONES[tier]}>{enumLabel(tier)}</Badge>;
}

const STATUS_TONES: Record<string, BadgeTone> = {
  ACTIVE: 'success',
  PUBLISHED: 'success',
  APPROVED: 'success',
  EXPIRING: 'warning',
  PENDING: 'warning',
  IN_REVIEW: 'warning',
  REVOKED: 'danger',
  REJECTED: 'danger',
  SUSPENDED: 'danger',
  EXPIRED: 'neutral',
  DRAFT: 'neutral',
  UNPUBLISHED: 'neutral',
  // Subscriptions and offers (billing).
  AUTHENTICATED: 'info',
  CREATED: 'neutral',
  PAST_DUE: 'warning',
  HALTED: 'danger',
  PAUSED: 'neutral',
  CANCELLED: 'neutral',
  COMPLETED: 'neutral',
  OPEN: 'info',
  ACCEPTED: 'success',
};

/** Any status enum (keys, secrets, solutions, applications, subscriptions) as a badge. */
export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? 'neutral'}>{enumLabel(status)}</Badge>;
}
