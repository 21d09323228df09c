import type { TierWindow } from '@marketplace/contracts';
import type { NoticeKind } from '../notices/notice-rules.ts';
import { registerEnumType } from 'type-graphql';

// Tier and LimitMode are also the catalog's: one registration in shared, so composition sees one definition.
export { LimitModeEnum, TierEnum } from '@marketplace/shared';

export const WindowKindEnum = { TRIAL: 'trial', MONTHLY: 'monthly' } as const satisfies Record<string, TierWindow['kind']>;
registerEnumType(WindowKindEnum, {
  name: 'WindowKind',
  description: 'TRIAL: a one-off allowance from the first call for a number of days (free tiers); MONTHLY: a calendar month in UTC (paid tiers).',
});

export const UsageNoticeKindEnum = { USAGE_80: 'USAGE_80', USAGE_100: 'USAGE_100', TRIAL_ENDING: 'TRIAL_ENDING', UNUSUAL_NETWORKS: 'UNUSUAL_NETWORKS', SOLUTION_SUSPENDED: 'SOLUTION_SUSPENDED', SOLUTION_UNPUBLISHED: 'SOLUTION_UNPUBLISHED', SOLUTION_REINSTATED: 'SOLUTION_REINSTATED' } as const satisfies Record<NoticeKind, NoticeKind>;
registerEnumType(UsageNoticeKindEnum, {
  name: 'UsageNoticeKind',
  description: 'USAGE_80 / USAGE_100: 80 % / all of the allowance used in the window; TRIAL_ENDING: the trial window ends in three days; UNUSUAL_NETWORKS: a key was used from an unusual number of networks in a UTC day; SOLUTION_SUSPENDED / SOLUTION_UNPUBLISHED / SOLUTION_REINSTATED: a solution the customer holds a key for was suspended / unpublished / reinstated (out of a suspension, or republished).',
});
