import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { CURRENCY, DEFAULT_ANONYMOUS_GUARD, isPaidTier, type LimitMode, NEW_CALLERS_PER_BLOCK_BOUNDS, type Tier } from '@marketplace/contracts';
import {
  type FeatureRecord,
  type FeatureType,
  type PlatformTierSettings as PlatformTierSettingsRecord,
  type TierBounds as TierBoundsRecord,
  anonymousGuardOf,
  type TierRecord,
} from '../services/tier-rules.ts';
import { BillingPeriodEnum, FeatureFlagTypeEnum, LimitModeEnum, TierEnum } from './enums.ts';

/** A typed feature flag a tier carries; the quota service hands it to the solution with every verdict. */
@ObjectType('FeatureFlag')
export class FeatureFlag {
  @Field(() => String)
  key!: string;

  @Field(() => FeatureFlagTypeEnum)
  type!: FeatureType;

  @Field(() => Boolean, { nullable: true, description: 'Set when type is BOOLEAN.' })
  booleanValue!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Set when type is NUMBER.' })
  numberValue!: number | null;

  @Field(() => String, { nullable: true, description: 'Set when type is STRING.' })
  stringValue!: string | null;
}

/** What one tier of a solution offers and costs. */
@ObjectType('TierConfig')
export class TierConfig {
  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => Int, { description: 'Calls per trial window (free tiers) or per billing period (paid tiers).' })
  callAllowance!: number;

  @Field(() => Int, { nullable: true, description: 'ANONYMOUS and REGISTERED: the trial lasts this many days from the first call, or until the allowance is used.' })
  trialDays!: number | null;

  @Field(() => BillingPeriodEnum, { nullable: true, description: 'PRO and ENTERPRISE: MONTHLY.' })
  billingPeriod!: 'MONTHLY' | null;

  @Field(() => Int, { nullable: true, description: 'Calls per second; null: no per-second limit.' })
  ratePerSecond!: number | null;

  @Field(() => Int, { nullable: true, description: 'Paid tiers: the monthly price in paise.' })
  monthlyPricePaise!: number | null;

  @Field(() => String, { description: 'ISO 4217 currency of every price: INR.' })
  currency!: string;

  @Field(() => LimitModeEnum)
  limitMode!: LimitMode;

  @Field(() => Int, { nullable: true, description: 'SOFT limits: the price in paise of each call beyond the allowance.' })
  overagePricePaise!: number | null;

  @Field(() => [FeatureFlag])
  features!: FeatureFlag[];

  @Field(() => [String], { description: 'Short lines the catalog shows for this tier.' })
  highlights!: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'ANONYMOUS only: new anonymous callers admitted per network block (IPv4 /24, IPv6 /48) per UTC day; more are refused with BOT_SUSPECTED.',
  })
  newCallersPerBlockPerDay!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'ANONYMOUS only: refuse callers with an empty or known-bot user agent (BOT_SUSPECTED).' })
  refuseBots!: boolean | null;
}

function toFeatureFlag(record: FeatureRecord): FeatureFlag {
  return Object.assign(new FeatureFlag(), {
    key: record.key,
    type: record.type,
    booleanValue: record.type === 'boolean' ? record.value : null,
    numberValue: record.type === 'number' ? record.value : null,
    stringValue: record.type === 'string' ? record.value : null,
  });
}

export function toTierConfig(record: TierRecord): TierConfig {
  return Object.assign(new TierConfig(), {
    ...record,
    billingPeriod: isPaidTier(record.tier) ? 'MONTHLY' : null,
    newCallersPerBlockPerDay: anonymousGuardOf(record)?.newCallersPerBlockPerDay ?? null,
    refuseBots: anonymousGuardOf(record)?.refuseBots ?? null,
    currency: CURRENCY,
    features: record.features.map(toFeatureFlag),
  });
}

/** The platform's default and bounds for one tier, within which partners configure their tiers. */
@ObjectType('TierBounds')
export class TierBounds {
  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => Int)
  defaultCallAllowance!: number;

  @Field(() => Int)
  minCallAllowance!: number;

  @Field(() => Int)
  maxCallAllowance!: number;

  @Field(() => Int, { nullable: true, description: 'Free tiers only.' })
  defaultTrialDays!: number | null;

  @Field(() => Int, { nullable: true })
  minTrialDays!: number | null;

  @Field(() => Int, { nullable: true })
  maxTrialDays!: number | null;

  @Field(() => Int, { nullable: true })
  defaultRatePerSecond!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: no platform bound (a tier may then have no rate limit).' })
  maxRatePerSecond!: number | null;

  @Field(() => Int, { nullable: true, description: 'Paid tiers only, in paise.' })
  defaultMonthlyPricePaise!: number | null;

  @Field(() => Int, { nullable: true })
  minMonthlyPricePaise!: number | null;

  @Field(() => Int, { nullable: true })
  maxMonthlyPricePaise!: number | null;

  @Field(() => Int, { nullable: true, description: 'ANONYMOUS only: new callers per network block and UTC day when a partner gives none (fixed by the platform).' })
  defaultNewCallersPerBlockPerDay!: number | null;

  @Field(() => Int, { nullable: true, description: 'ANONYMOUS only: the lowest cap a partner may set.' })
  minNewCallersPerBlockPerDay!: number | null;

  @Field(() => Int, { nullable: true, description: 'ANONYMOUS only: the highest cap a partner may set.' })
  maxNewCallersPerBlockPerDay!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'ANONYMOUS only: whether bots are refused when a partner does not say.' })
  defaultRefuseBots!: boolean | null;
}

/** The anonymous guard's platform default and bounds (constants of the quota contract), on the ANONYMOUS tier only. */
function guardBounds(tier: Tier): Pick<TierBounds, 'defaultNewCallersPerBlockPerDay' | 'minNewCallersPerBlockPerDay' | 'maxNewCallersPerBlockPerDay' | 'defaultRefuseBots'> {
  const anonymous = tier === 'anonymous';
  return {
    defaultNewCallersPerBlockPerDay: anonymous ? DEFAULT_ANONYMOUS_GUARD.newCallersPerBlockPerDay : null,
    minNewCallersPerBlockPerDay: anonymous ? NEW_CALLERS_PER_BLOCK_BOUNDS.min : null,
    maxNewCallersPerBlockPerDay: anonymous ? NEW_CALLERS_PER_BLOCK_BOUNDS.max : null,
    defaultRefuseBots: anonymous ? DEFAULT_ANONYMOUS_GUARD.refuseBots : null,
  };
}

/** Defaults and bounds of every tier; admins edit them, everyone reads them. */
@ObjectType('PlatformTierSettings')
export class PlatformTierSettings {
  @Field(() => [TierBounds])
  tiers!: TierBounds[];

  @Field(() => String, { description: 'ISO 4217 currency of every price: INR.' })
  currency!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while the built-in defaults apply.' })
  updatedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  updatedBy!: string | null;
}

export function toPlatformTierSettings(record: PlatformTierSettingsRecord): PlatformTierSettings {
  return Object.assign(new PlatformTierSettings(), {
    tiers: record.tiers.map((b: TierBoundsRecord) => Object.assign(new TierBounds(), b, guardBounds(b.tier))),
    currency: CURRENCY,
    updatedAt: record.updatedAt ? new Date(record.updatedAt) : null,
    updatedBy: record.updatedBy,
  });
}
