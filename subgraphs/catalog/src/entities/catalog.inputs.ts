import { Field, Float, InputType, Int } from 'type-graphql';
import type { HttpMethod, LimitMode, Tier } from '@marketplace/contracts';
import type { FeatureType } from '../services/tier-rules.ts';
import { FeatureFlagTypeEnum, HttpMethodEnum, LimitModeEnum, TierEnum } from './enums.ts';

@InputType('ApplyForPartnershipInput')
export class ApplyForPartnershipInput {
  @Field(() => String, { description: 'Shown as the publisher of your solutions.' })
  companyName!: string;

  @Field(() => String)
  website!: string;

  @Field(() => String)
  contactName!: string;

  @Field(() => String, { description: 'The decision, and later your solutions’ reviews, are mailed here.' })
  contactEmail!: string;

  @Field(() => String, { description: 'What you plan to offer (up to 2,000 characters).' })
  description!: string;
}

@InputType('CreateSolutionInput')
export class CreateSolutionInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '3 to 60 lower-case letters, digits and single dashes, e.g. text-summarizer.' })
  slug!: string;

  @Field(() => String, { description: 'One line, up to 200 characters.' })
  summary!: string;

  @Field(() => String, { description: 'Markdown, up to 20,000 characters.' })
  description!: string;

  @Field(() => String, { description: 'One of `categories`.' })
  category!: string;

  @Field(() => [String], { nullable: true, description: 'Up to 10, lower-case.' })
  tags?: string[] | null;

  @Field(() => String)
  baseUrl!: string;

  @Field(() => String, { nullable: true })
  documentationUrl?: string | null;
}

/** Only the fields given change; `documentationUrl: null` removes it. */
@InputType('UpdateSolutionInput')
export class UpdateSolutionInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Only before the solution was first published.' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  baseUrl?: string | null;

  @Field(() => String, { nullable: true })
  documentationUrl?: string | null;
}

@InputType('FeatureFlagInput')
export class FeatureFlagInput {
  @Field(() => String, { description: 'Starts with a lower-case letter; letters, digits, ".", "_", "-"; up to 40.' })
  key!: string;

  @Field(() => FeatureFlagTypeEnum)
  type!: FeatureType;

  @Field(() => Boolean, { nullable: true })
  booleanValue?: boolean | null;

  @Field(() => Float, { nullable: true })
  numberValue?: number | null;

  @Field(() => String, { nullable: true })
  stringValue?: string | null;
}

@InputType('TierConfigInput')
export class TierConfigInput {
  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => Int)
  callAllowance!: number;

  @Field(() => Int, { nullable: true, description: 'ANONYMOUS and REGISTERED only; absent: the platform default.' })
  trialDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Absent: no per-second limit (if the platform allows none).' })
  ratePerSecond?: number | null;

  @Field(() => Int, { nullable: true, description: 'PRO and ENTERPRISE only (required there), in paise.' })
  monthlyPricePaise?: number | null;

  @Field(() => LimitModeEnum, { nullable: true, description: 'Default HARD; SOFT for paid tiers only.' })
  limitMode?: LimitMode | null;

  @Field(() => Int, { nullable: true, description: 'With SOFT only (required there), in paise per call.' })
  overagePricePaise?: number | null;

  @Field(() => [FeatureFlagInput], { nullable: true })
  features?: FeatureFlagInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Up to 6 lines of up to 80 characters.' })
  highlights?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'ANONYMOUS only: new anonymous callers per network block and UTC day, 1 to 1,000; absent: 20.' })
  newCallersPerBlockPerDay?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'ANONYMOUS only: refuse empty and known-bot user agents; absent: true.' })
  refuseBots?: boolean | null;
}

@InputType('EndpointInput')
export class EndpointInput {
  @Field(() => HttpMethodEnum)
  method!: HttpMethod;

  @Field(() => String, { description: 'Starts with "/"; `{param}` for a variable segment, e.g. /v1/items/{id}.' })
  path!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'Units of quota per call, 1 to 1000.' })
  costWeight?: number | null;

  @Field(() => [TierEnum], { nullable: true, description: 'Absent: every tier.' })
  tiers?: Tier[] | null;
}

@InputType('TierBoundsInput')
export class TierBoundsInput {
  @Field(() => TierEnum)
  tier!: Tier;

  @Field(() => Int)
  defaultCallAllowance!: number;

  @Field(() => Int)
  minCallAllowance!: number;

  @Field(() => Int)
  maxCallAllowance!: number;

  @Field(() => Int, { nullable: true, description: 'Free tiers only (required there).' })
  defaultTrialDays?: number | null;

  @Field(() => Int, { nullable: true })
  minTrialDays?: number | null;

  @Field(() => Int, { nullable: true })
  maxTrialDays?: number | null;

  @Field(() => Int, { nullable: true })
  defaultRatePerSecond?: number | null;

  @Field(() => Int, { nullable: true, description: 'Absent: no platform bound.' })
  maxRatePerSecond?: number | null;

  @Field(() => Int, { nullable: true, description: 'Paid tiers only (required there).' })
  defaultMonthlyPricePaise?: number | null;

  @Field(() => Int, { nullable: true })
  minMonthlyPricePaise?: number | null;

  @Field(() => Int, { nullable: true })
  maxMonthlyPricePaise?: number | null;
}

@InputType('PlatformTierSettingsInput')
export class PlatformTierSettingsInput {
  @Field(() => [TierBoundsInput], { description: 'All four tiers.' })
  tiers!: TierBoundsInput[];
}
