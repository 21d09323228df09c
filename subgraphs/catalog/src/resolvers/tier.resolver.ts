import { type AuditEventConnectionView, signedIn } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { PlatformTierSettingsInput } from '../entities/catalog.inputs.ts';
import { PageArgs, SetSolutionTiersArgs } from '../entities/operation.args.ts';
import { toSolution } from '../entities/solution.entity.ts';
import { audit } from '../entities/audit-event.entity.ts';
import { SetSolutionTiersResult, toFieldProblems, UpdatePlatformTierSettingsResult } from '../entities/tier-change-result.entity.ts';
import { PlatformTierSettings, toPlatformTierSettings } from '../entities/tier-config.entity.ts';

/** Tier configuration: a solution's four tiers and the platform's defaults and bounds. */
@Resolver()
export class TierResolver {
  @Query(() => PlatformTierSettings, { description: 'The defaults and bounds partners configure tiers within. Public.' })
  async platformTierSettings(@Ctx() context: CatalogContext): Promise<PlatformTierSettings> {
    return toPlatformTierSettings(await context.tiers.platformSettings());
  }

  @Query(() => audit.AuditEventConnection, { description: 'Admins: every change of the platform tier settings, newest first.' })
  @Authorized('admin')
  async platformTierSettingsHistory(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() context: CatalogContext): Promise<AuditEventConnectionView> {
    return audit.toAuditConnection(await context.tiers.platformHistory(first ?? 20, after));
  }

  @Mutation(() => SetSolutionTiersResult, {
    description:
      'Partners, own solutions: replaces all four tiers at once. Refused as a whole when any rule fails: then `problems` names each one (e.g. tiers[2].monthlyPricePaise) and nothing is saved. A new price of a published paid tier needs `priceConfirmations`.',
  })
  @Authorized('partner')
  async setSolutionTiers(
    @Args(() => SetSolutionTiersArgs) { solutionId, tiers, priceConfirmations }: SetSolutionTiersArgs,
    @Ctx() context: CatalogContext,
  ): Promise<SetSolutionTiersResult> {
    const change = await context.tiers.setSolutionTiers(signedIn(context.caller), solutionId, tiers, priceConfirmations ?? []);
    return Object.assign(new SetSolutionTiersResult(), change.ok ? { solution: toSolution(change.value), problems: [] } : { solution: null, problems: toFieldProblems(change.problems) });
  }

  @Mutation(() => UpdatePlatformTierSettingsResult, {
    description: 'Admins: replaces the defaults and bounds of all four tiers; audited. Refused as a whole when any rule fails: then `problems` names each one and nothing is saved.',
  })
  @Authorized('admin')
  async updatePlatformTierSettings(
    @Arg('input', () => PlatformTierSettingsInput) input: PlatformTierSettingsInput,
    @Ctx() context: CatalogContext,
  ): Promise<UpdatePlatformTierSettingsResult> {
    const tiers = input.tiers.map((t) => ({
      tier: t.tier,
      defaultCallAllowance: t.defaultCallAllowance,
      minCallAllowance: t.minCallAllowance,
      maxCallAllowance: t.maxCallAllowance,
      defaultTrialDays: t.defaultTrialDays ?? null,
      minTrialDays: t.minTrialDays ?? null,
      maxTrialDays: t.maxTrialDays ?? null,
      defaultRatePerSecond: t.defaultRatePerSecond ?? null,
      maxRatePerSecond: t.maxRatePerSecond ?? null,
      defaultMonthlyPricePaise: t.defaultMonthlyPricePaise ?? null,
      minMonthlyPricePaise: t.minMonthlyPricePaise ?? null,
      maxMonthlyPricePaise: t.maxMonthlyPricePaise ?? null,
    }));
    const change = await context.tiers.updatePlatformSettings(signedIn(context.caller).userId, tiers);
    return Object.assign(
      new UpdatePlatformTierSettingsResult(),
      change.ok ? { settings: toPlatformTierSettings(change.value), problems: [] } : { settings: null, problems: toFieldProblems(change.problems) },
    );
  }
}
