import type { TierWindow } from '@marketplace/contracts';
import { registerEnumType } from 'type-graphql';

// Tier and LimitMode are also the catalog's: one registration in shared, so composition sees one definition.
export { LimitModeEnum, TierEnum } from '@marketplace/shared';

export const WindowKindEnum = { TRIAL: 'trial', MONTHLY: 'monthly' } as const satisfies Record<string, TierWindow['kind']>;
registerEnumType(WindowKindEnum, {
  name: 'WindowKind',
  description: 'TRIAL: a one-off allowance from the first call for a number of days (free tiers); MONTHLY: a calendar month in UTC (paid tiers).',
});
