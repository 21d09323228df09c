import { GraphQLSafeInt } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '@marketplace/contracts';
import { TierEnum } from '@marketplace/shared';

/** The catalog's Solution as a reference only (the catalog resolves its fields); listed in `orphanedTypes`. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Solution')
export class Solution {
  @Field(() => ID)
  id!: string;
}

@ObjectType('AnalyticsDayOutcome', { description: 'Calls of one UTC day with one verdict code (days without calls are left out).' })
export class AnalyticsDayOutcome {
  @Field(() => Date, { description: '00:00 UTC of the day.' })
  day!: Date;

  @Field(() => String, { description: 'Verdict code: VALID, QUOTA_EXCEEDED, RATE_LIMITED…' })
  outcome!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;
}

@ObjectType('AnalyticsDayCount')
export class AnalyticsDayCount {
  @Field(() => Date, { description: '00:00 UTC of the day.' })
  day!: Date;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AnalyticsTierAdoption', { description: 'Callers and calls of one tier.' })
export class AnalyticsTierAdoption {
  @Field(() => TierEnum, { nullable: true, description: 'Null: calls refused before a tier applied (key, account or solution refusals).' })
  tier!: Tier | null;

  @Field(() => Int, { description: 'Distinct callers: consumers, or anonymous fingerprints.' })
  callers!: number;

  @Field(() => GraphQLSafeInt)
  calls!: number;
}

@ObjectType('AnalyticsKeyCalls')
export class AnalyticsKeyCalls {
  @Field(() => ID)
  keyId!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => GraphQLSafeInt, { description: 'Calls with any outcome but VALID.' })
  refused!: number;
}

@ObjectType('AnalyticsEndpointCalls')
export class AnalyticsEndpointCalls {
  @Field(() => String, { description: '"METHOD /path", or "-" for calls that named no endpoint.' })
  endpoint!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => GraphQLSafeInt, { description: 'Calls with any outcome but VALID.' })
  refused!: number;
}

@ObjectType('AnalyticsTierChange')
export class AnalyticsTierChange {
  @Field(() => Date)
  time!: Date;

  @Field(() => String, { description: 'tier.granted, subscription.started, subscription.changed, subscription.cancelled, trial.started or trial.ended.' })
  change!: string;

  @Field(() => TierEnum, { nullable: true })
  tier!: Tier | null;

  @Field(() => TierEnum, { nullable: true })
  previousTier!: Tier | null;
}

@ObjectType('CustomerAnalytics', { description: "The signed-in user's own calls to one solution over [from, to)." })
export class CustomerAnalytics {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => [AnalyticsDayOutcome])
  daily!: AnalyticsDayOutcome[];

  @Field(() => [AnalyticsKeyCalls], { description: 'Your keys that made calls, most calls first.' })
  byKey!: AnalyticsKeyCalls[];

  @Field(() => [AnalyticsEndpointCalls], { description: 'Up to 100 endpoints, most calls first.' })
  byEndpoint!: AnalyticsEndpointCalls[];

  @Field(() => [GraphQLSafeInt], { description: 'Calls per hour of the day in UTC: 24 numbers, [0] = 00:00–01:00.' })
  hourOfDay!: number[];

  @Field(() => [AnalyticsTierChange], { description: 'Your tier changes on the solution up to the end of the range, newest first (at most 50).' })
  tierHistory!: AnalyticsTierChange[];

  @Field(() => Date, { nullable: true, description: 'When the newest event batch was written (null: no events yet).' })
  freshAt!: Date | null;
}

@ObjectType('AnalyticsFunnel', { description: 'anonymous → registered → paid over a range (conversions dated by their first keyed call).' })
export class AnalyticsFunnel {
  @Field(() => Int, { description: 'Anonymous trials started in the range (keyed fingerprints per solution).' })
  anonymous!: number;

  @Field(() => Int, { description: 'Anonymous callers later seen with a registered key on the same solution.' })
  registered!: number;

  @Field(() => Int, { description: 'Of the registered, those who subscribed to the solution.' })
  paid!: number;

  @Field(() => Float, { nullable: true, description: 'registered ÷ anonymous (null when no anonymous callers).' })
  registeredRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'paid ÷ registered.' })
  paidRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianSecondsToRegister!: number | null;

  @Field(() => Float, { nullable: true })
  medianSecondsToPay!: number | null;
}

@ObjectType('AnalyticsConsumerCalls')
export class AnalyticsConsumerCalls {
  @Field(() => String, { description: 'Pseudonymous consumer id (cons_…).' })
  consumer!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;
}

@ObjectType('AnalyticsLead', {
  description:
    "A registered consumer who reached 80 % (upgrade prompt) or 100 % (refused) of their current tier's allowance in its current window, by their calls up to the range's end.",
})
export class AnalyticsLead {
  @Field(() => String)
  consumer!: string;

  @Field(() => TierEnum, { description: 'Their current tier: the one of their latest call in the range (of calls in the same minute, the higher).' })
  tier!: Tier;

  @Field(() => Int, {
    description:
      "How much of that tier's allowance they used: 80 when a call was allowed at 80 % or more of it, 100 when one was refused because nothing was left (QUOTA_EXCEEDED, or TRIAL_EXPIRED). Only calls at that tier count, since they moved to it and since their window last started afresh (a call allowed under 80 %: a new period), so one refused as Registered who then upgraded is no Pro lead until they near the Pro allowance. RATE_LIMITED and other refusals do not count.",
  })
  reached!: number;
}

@ObjectType('AnalyticsLeads')
export class AnalyticsLeads {
  @Field(() => Int)
  at80!: number;

  @Field(() => Int)
  at100!: number;

  @Field(() => [AnalyticsLead], { description: 'Up to 100, those at 100 % first.' })
  consumers!: AnalyticsLead[];
}

@ObjectType('SolutionAnalytics', { description: "A solution's ready-made figures for its partner (and analysts and admins)." })
export class SolutionAnalytics {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => [AnalyticsDayOutcome])
  daily!: AnalyticsDayOutcome[];

  @Field(() => [AnalyticsTierAdoption], { description: 'Tier adoption: callers and calls per tier, most calls first.' })
  tiers!: AnalyticsTierAdoption[];

  @Field(() => GraphQLSafeInt, { description: 'Payments minus refunds in the range (GST included).' })
  revenuePaise!: number;

  @Field(() => GraphQLSafeInt, { description: "The platform's commission of them." })
  commissionPaise!: number;

  @Field(() => AnalyticsFunnel)
  funnel!: AnalyticsFunnel;

  @Field(() => Int, { description: 'Distinct registered consumers who called.' })
  uniqueConsumers!: number;

  @Field(() => Int, { description: 'Distinct anonymous callers.' })
  uniqueAnonymous!: number;

  @Field(() => [AnalyticsConsumerCalls], { description: 'The 10 consumers with most calls.' })
  topConsumers!: AnalyticsConsumerCalls[];

  @Field(() => AnalyticsLeads)
  leads!: AnalyticsLeads;

  @Field(() => Date, { nullable: true })
  freshAt!: Date | null;
}

@ObjectType('AnalyticsSolutionRank')
export class AnalyticsSolutionRank {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution, { nullable: true, description: 'The solution (resolved by the catalog; null once it is gone).' })
  solution!: Solution | null;

  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => Int, { description: 'Distinct registered customers who called it.' })
  customers!: number;

  @Field(() => GraphQLSafeInt)
  revenuePaise!: number;
}

@ObjectType('AnalyticsCohort', { description: 'Users who signed up in a week, and the share of them making keyed calls 0, 1, 2… weeks later.' })
export class AnalyticsCohort {
  @Field(() => Date, { description: 'Monday 00:00 UTC of the sign-up week.' })
  week!: Date;

  @Field(() => Int)
  size!: number;

  @Field(() => [Float], { description: 'retention[k] = share active in week k after sign-up (0 = the sign-up week).' })
  retention!: number[];
}

@ObjectType('PlatformAnalytics', { description: 'Platform-wide figures for analysts and admins (a range; MRR and paying customers at its end).' })
export class PlatformAnalytics {
  @Field(() => GraphQLSafeInt)
  calls!: number;

  @Field(() => [AnalyticsDayOutcome])
  daily!: AnalyticsDayOutcome[];

  @Field(() => [AnalyticsDayCount], { description: 'Sign-ups per UTC day (days without any left out).' })
  signupsDaily!: AnalyticsDayCount[];

  @Field(() => Int, { description: 'Distinct registered customers who made calls.' })
  activeCustomers!: number;

  @Field(() => Int)
  signups!: number;

  @Field(() => Int, { description: 'Customers with an active subscription at the end of the range.' })
  payingCustomers!: number;

  @Field(() => GraphQLSafeInt)
  mrrPaise!: number;

  @Field(() => GraphQLSafeInt)
  arrPaise!: number;

  @Field(() => Float, { nullable: true, description: 'Subscriptions cancelled in the range ÷ those active at its start.' })
  churnRate!: number | null;

  @Field(() => GraphQLSafeInt, { description: 'Payments minus refunds in the range.' })
  revenuePaise!: number;

  @Field(() => GraphQLSafeInt)
  commissionPaise!: number;

  @Field(() => [AnalyticsSolutionRank], { description: 'The top 10 by calls, by customers and by revenue (each solution once), most calls first.' })
  popularSolutions!: AnalyticsSolutionRank[];

  @Field(() => AnalyticsFunnel)
  funnel!: AnalyticsFunnel;

  @Field(() => [AnalyticsCohort])
  cohorts!: AnalyticsCohort[];

  @Field(() => Date, { nullable: true })
  freshAt!: Date | null;
}
