import type { LimitMode, Tier } from '@marketplace/contracts';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import type { DailyRollup, TierDailyRollup } from '../data/usage.repository.ts';
import type { SolutionUsageView } from '../services/usage.service.ts';
import { LimitModeEnum, TierEnum, WindowKindEnum } from './enums.ts';
import { Solution, solutionStub } from './solution.entity.ts';

/** One day of a user's (or a key's) calls. */
@ObjectType('DailyUsage')
export class DailyUsage {
  @Field(() => String, { description: 'yyyy-mm-dd (UTC).' })
  day!: string;

  @Field(() => Int, { description: 'Calls allowed.' })
  allowed!: number;

  @Field(() => Int, { description: 'Calls refused (they consumed nothing).' })
  denied!: number;

  @Field(() => Int, { description: 'Quota units the allowed calls consumed (endpoints may weigh more than 1).' })
  units!: number;
}

/** One day of one tier's calls to a solution. */
@ObjectType('TierDailyUsage')
export class TierDailyUsage {
  @Field(() => String, { description: 'yyyy-mm-dd (UTC).' })
  day!: string;

  @Field(() => TierEnum, { description: 'ANONYMOUS rows count callers without a key; they are never identified.' })
  tier!: Tier;

  @Field(() => Int)
  allowed!: number;

  @Field(() => Int)
  denied!: number;

  @Field(() => Int)
  units!: number;

  @Field(() => Int, { description: 'Units past a soft limit (billed at the overage price).' })
  overage!: number;
}

/** Where a user stands on one solution's quota. */
@ObjectType('SolutionUsage', {
  description:
    "A user's quota on a solution in the current window. On soft limits and hard limits up to 100, `used`, `remaining` and `overage` are exact and current (the quota shim stores a call before it answers it); on larger hard limits `used` and `remaining` trail the shim by at most about half a second. `daily` counts trail the shim by a few seconds.",
})
export class SolutionUsage {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => TierEnum, { description: 'REGISTERED unless an admin granted PRO or ENTERPRISE.' })
  tier!: Tier;

  @Field(() => Int, { description: 'Units consumed in the current window.' })
  used!: number;

  @Field(() => Int, { description: "The window's allowance." })
  limit!: number;

  @Field(() => Int)
  remaining!: number;

  @Field(() => WindowKindEnum)
  windowKind!: 'trial' | 'monthly';

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null for a trial that has not started (no call yet).' })
  windowStart!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null for a trial that has not started (no call yet).' })
  windowEnd!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days left in the window (partial days count); a trial not yet started has all of them.' })
  daysRemaining!: number | null;

  @Field(() => Boolean, { description: 'True once a trial window has ended by time; calls are refused with TRIAL_EXPIRED.' })
  trialEnded!: boolean;

  @Field(() => Int, { nullable: true, description: 'Calls per second allowed; null for no rate limit.' })
  ratePerSecond!: number | null;

  @Field(() => LimitModeEnum, { nullable: true })
  limitMode!: LimitMode | null;

  @Field(() => Int, { description: 'Units past a soft limit in this window (what overage is billed on).' })
  overage!: number;

  /** Not in the schema: whose usage this is (for `daily`). */
  userId!: string;
}

export function toSolutionUsage(view: SolutionUsageView): SolutionUsage {
  return Object.assign(new SolutionUsage(), {
    userId: view.userId,
    solutionId: view.solutionId,
    solution: solutionStub(view.solutionId),
    tier: view.tier,
    used: view.used,
    limit: view.limit,
    remaining: view.remaining,
    windowKind: view.windowKind,
    windowStart: view.windowStart,
    windowEnd: view.windowEnd,
    daysRemaining: view.daysRemaining,
    trialEnded: view.trialEnded,
    ratePerSecond: view.ratePerSecond,
    limitMode: view.limitMode,
    overage: view.overage,
  });
}

export function toDailyUsage(rollup: DailyRollup): DailyUsage {
  return Object.assign(new DailyUsage(), { day: rollup.day, allowed: rollup.allowed, denied: rollup.denied, units: rollup.units });
}

export function toTierDailyUsage(rollup: TierDailyRollup): TierDailyUsage {
  return Object.assign(new TierDailyUsage(), rollup);
}
