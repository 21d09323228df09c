import { type LimitMode, TIER_GRAPHQL_NAMES } from '@marketplace/contracts';
import { registerEnumType } from 'type-graphql';

// GraphQL enums of the shared vocabulary, registered once: every subgraph that exposes them (catalog, quotas)
// uses these objects, so their names, values and descriptions are the same in every SDL and composition agrees.

/** GraphQL's `Tier` (ANONYMOUS …) over the contract's tier names (anonymous …); see `TIER_GRAPHQL_NAMES`. */
export const TierEnum = TIER_GRAPHQL_NAMES;
registerEnumType(TierEnum, {
  name: 'Tier',
  description: 'Access tiers of a solution, from anonymous trial calls to enterprise contracts.',
});

export const LimitModeEnum = { HARD: 'hard', SOFT: 'soft' } as const satisfies Record<string, LimitMode>;
registerEnumType(LimitModeEnum, {
  name: 'LimitMode',
  description: 'HARD refuses calls beyond the allowance; SOFT allows them at the overage price per call (paid tiers only).',
});
