/**
 * The four access tiers, lowest first, spelled as the quota contract spells them: the shim's JSON (`tier`,
 * `upgrade.tier`), the OpenAPI document and the tables all use these lower-case names.
 */
export const TIERS = ['anonymous', 'registered', 'pro', 'enterprise'] as const;
export type Tier = (typeof TIERS)[number];

/** Paid tiers are billed by the month; free tiers are one-off trials. */
export const isPaidTier = (tier: Tier): boolean => tier === 'pro' || tier === 'enterprise';

/**
 * The one mapping between the two spellings: GraphQL's `Tier` enum names (upper case, as GraphQL enums are
 * written) over the contract's names. Every subgraph registers its `Tier` enum from this object, so the schema
 * and the shim can never disagree on which tiers exist.
 */
export const TIER_GRAPHQL_NAMES = {
  ANONYMOUS: 'anonymous',
  REGISTERED: 'registered',
  PRO: 'pro',
  ENTERPRISE: 'enterprise',
} as const satisfies { [K in Tier as Uppercase<K>]: K };
export type GraphqlTier = keyof typeof TIER_GRAPHQL_NAMES;

/** A tier as GraphQL (and every message a GraphQL client reads) spells it: `pro` → `PRO`. */
export const graphqlTierName = (tier: Tier): GraphqlTier => tier.toUpperCase() as GraphqlTier;
