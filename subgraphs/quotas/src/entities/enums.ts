import { registerEnumType } from 'type-graphql';
import type { Tier } from '../engine/windows.ts';

// Tier and LimitMode are also the catalog's: the same names, values and descriptions, or composition fails.

/** GraphQL names (upper case) over the internal tier names (lower case, as the quota contract spells them). */
export const TierEnum = { ANONYMOUS: 'anonymous', REGISTERED: 'registered', PRO: 'pro', ENTERPRISE: 'enterprise' } as const satisfies Record<string, Tier>;
registerEnumType(TierEnum, {
  name: 'Tier',
  description: 'Access tiers of a solution, from anonymous trial calls to enterprise contracts.',
});

export const LimitModeEnum = { HARD: 'hard', SOFT: 'soft' } as const;
registerEnumType(LimitModeEnum, {
  name: 'LimitMode',
  description: 'HARD refuses calls beyond the allowance; SOFT allows them at the overage price per call (paid tiers only).',
});

export const WindowKindEnum = { TRIAL: 'trial', MONTHLY: 'monthly' } as const;
registerEnumType(WindowKindEnum, {
  name: 'WindowKind',
  description: 'TRIAL: a one-off allowance from the first call for a number of days (free tiers); MONTHLY: a calendar month in UTC (paid tiers).',
});
