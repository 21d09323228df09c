import type { AuditEventConnectionView } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { PlatformTierSettingsInput } from '../entities/catalog.inputs.ts';
import { PageArgs, SetSolutionTiersArgs } from '../entities/operation.args.ts';
import { Solution, toSolution } from '../entities/solution.entity.ts';
import { audit } from '../entities/audit-event.entity.ts';
import { PlatformTierSettings, toPlatformTierSettings } from '../entities/tier-config.entity.ts';
import { signedIn } from './access.ts';

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

  @Mutation(() => Solution, {
    description:
      'Partners, own solutions: replaces all four tiers at once. Refused as a whole (BAD_USER_INPUT naming e.g. tiers[2].monthlyPricePaise, with every problem in extensions.problems) when any rule fails.',
  })
  @Authorized('partner')
  async setSolutionTiers(@Args(() => SetSolutionTiersArgs) { solutionId, tiers }: SetSolutionTiersArgs, @Ctx() context: CatalogContext): Promise<Solution> {
    return toSolution(await context.tiers.setSolutionTiers(signedIn(context), solutionId, tiers));
  }

  @Mutation(() => PlatformTierSettings, { description: 'Admins: replaces the defaults and bounds of all four tiers; audited.' })
  @Authorized('admin')
  async updatePlatformTierSettings(
    @Arg('input', () => PlatformTierSettingsInput) input: PlatformTierSettingsInput,
    @Ctx() context: CatalogContext,
  ): Promise<PlatformTierSettings> {
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
    return toPlatformTierSettings(await context.tiers.updatePlatformSettings(signedIn(context).userId, tiers));
  }
}
