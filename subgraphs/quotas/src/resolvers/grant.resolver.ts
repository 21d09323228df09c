import { type AuditEventView, signedIn, toAuditEventView } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { QuotasContext } from '../context.ts';
import { GrantTierInput, RevokeTierGrantArgs, UserSolutionArgs } from '../entities/quota.inputs.ts';
import { audit } from '../entities/audit-event.entity.ts';
import { TierGrant, toTierGrant } from '../entities/tier-grant.entity.ts';

/** Admins grant paid tiers by hand until billing exists; every grant and revocation is audited. */
@Resolver()
export class GrantResolver {
  @Query(() => [TierGrant], { description: 'Admins: every tier grant on a solution, ended ones included, by user id.' })
  @Authorized('admin')
  async tierGrants(@Arg('solutionId', () => ID) solutionId: string, @Ctx() context: QuotasContext): Promise<TierGrant[]> {
    return (await context.grants.ofSolution(solutionId)).map(toTierGrant);
  }

  @Query(() => [audit.AuditEvent], { description: "Admins: the audit trail of a user's grant on a solution (its part of the quotas stream), newest first." })
  @Authorized('admin')
  async tierGrantHistory(@Args(() => UserSolutionArgs) { userId, solutionId }: UserSolutionArgs, @Ctx() context: QuotasContext): Promise<AuditEventView[]> {
    return (await context.grants.history(userId, solutionId)).map(toAuditEventView);
  }

  @Mutation(() => TierGrant, {
    description:
      'Admins: gives a user PRO or ENTERPRISE on a solution (replacing an earlier grant), optionally until endsAt; audited. BAD_USER_INPUT on input.tier for a free tier, on input.endsAt for a time not in the future or more than 2 years ahead; CONFLICT on input.solutionId for a solution never public (draft, in review, rejected).',
  })
  @Authorized('admin')
  async grantTier(@Arg('input', () => GrantTierInput) input: GrantTierInput, @Ctx() context: QuotasContext): Promise<TierGrant> {
    const record = await context.grants.grant(signedIn(context.caller).userId, {
      userId: input.userId,
      solutionId: input.solutionId,
      tier: input.tier,
      endsAt: input.endsAt ?? null,
      reason: input.reason ?? null,
    });
    return toTierGrant(record);
  }

  @Mutation(() => Boolean, { description: 'Admins: ends a grant now (the user is REGISTERED again); audited. False when there was none.' })
  @Authorized('admin')
  async revokeTierGrant(@Args(() => RevokeTierGrantArgs) { userId, solutionId, reason }: RevokeTierGrantArgs, @Ctx() context: QuotasContext): Promise<boolean> {
    return context.grants.revoke(signedIn(context.caller).userId, userId, solutionId, reason ?? null);
  }
}
