import { signedIn, toConnection } from '@marketplace/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { CatalogContext } from '../context.ts';
import { ApplyForPartnershipInput } from '../entities/catalog.inputs.ts';
import { IdAndReasonArgs, PartnerApplicationsArgs } from '../entities/operation.args.ts';
import { PartnerApplication, PartnerApplicationConnection, toPartnerApplication } from '../entities/partner-application.entity.ts';

/** Becoming a partner: customers apply, admins decide. */
@Resolver()
export class ApplicationResolver {
  @Query(() => PartnerApplication, { nullable: true, description: 'Signed in: your most recent partner application.' })
  @Authorized()
  async myPartnerApplication(@Ctx() context: CatalogContext): Promise<PartnerApplication | null> {
    const record = await context.applications.latestOf(signedIn(context.caller).userId);
    return record ? toPartnerApplication(record) : null;
  }

  @Query(() => PartnerApplicationConnection, { description: 'Admins: applications in a status (or all), newest first.' })
  @Authorized('admin')
  async partnerApplications(
    @Args(() => PartnerApplicationsArgs) { status, first, after }: PartnerApplicationsArgs,
    @Ctx() context: CatalogContext,
  ): Promise<PartnerApplicationConnection> {
    const page = await context.applications.list(status ?? null, first ?? 20, after);
    return Object.assign(new PartnerApplicationConnection(), toConnection(page, toPartnerApplication));
  }

  @Mutation(() => PartnerApplication, { description: 'Signed in: apply to become a partner. One pending application at a time.' })
  @Authorized()
  async applyForPartnership(
    @Arg('input', () => ApplyForPartnershipInput) input: ApplyForPartnershipInput,
    @Ctx() context: CatalogContext,
  ): Promise<PartnerApplication> {
    return toPartnerApplication(await context.applications.apply(signedIn(context.caller), input));
  }

  @Mutation(() => PartnerApplication, {
    description: 'Admins: grants the applicant the PARTNER role (effective within seconds, without a new sign-in) and mails them.',
  })
  @Authorized('admin')
  async approvePartnerApplication(@Arg('id', () => ID) id: string, @Ctx() context: CatalogContext): Promise<PartnerApplication> {
    return toPartnerApplication(await context.applications.approve(signedIn(context.caller).userId, id));
  }

  @Mutation(() => PartnerApplication, { description: 'Admins: rejects with a reason, which is mailed to the applicant.' })
  @Authorized('admin')
  async rejectPartnerApplication(@Args(() => IdAndReasonArgs) { id, reason }: IdAndReasonArgs, @Ctx() context: CatalogContext): Promise<PartnerApplication> {
    return toPartnerApplication(await context.applications.reject(signedIn(context.caller).userId, id, reason));
  }
}
