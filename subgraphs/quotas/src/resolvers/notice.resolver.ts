import { signedIn } from '@marketplace/shared';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { QuotasContext } from '../context.ts';
import { NoticePreference, SetNoticeEmailsInput, toNoticePreference, toUsageNotice, UsageNotice } from '../entities/notice.entity.ts';

/** Customers' upgrade notices (80 %, 100 %, trial ending) and their email preference per solution. */
@Resolver()
export class NoticeResolver {
  @Query(() => [UsageNotice], {
    description:
      "Signed in: your upgrade notices, newest first — of one solution when solutionId is given (NOT_FOUND for an unknown one). Dismissed ones, and a solution's status notices that a newer one overtook (a suspension once reinstated), only with includeDismissed: the history.",
  })
  @Authorized()
  async myNotices(
    @Arg('solutionId', () => ID, { nullable: true }) solutionId: string | null,
    @Arg('includeDismissed', () => Boolean, { nullable: true, defaultValue: false }) includeDismissed: boolean | null,
    @Ctx() context: QuotasContext,
  ): Promise<UsageNotice[]> {
    return (await context.notices.mine(signedIn(context.caller), solutionId ?? null, includeDismissed ?? false)).map(toUsageNotice);
  }

  @Mutation(() => UsageNotice, { description: 'Signed in: hides one of your notices from the app. NOT_FOUND for a notice that is not yours.' })
  @Authorized()
  async dismissNotice(@Arg('id', () => ID) id: string, @Ctx() context: QuotasContext): Promise<UsageNotice> {
    return toUsageNotice(await context.notices.dismiss(signedIn(context.caller), id));
  }

  @Query(() => NoticePreference, { description: "Signed in: whether a solution's upgrade notices also come to you by email (yes unless turned off)." })
  @Authorized()
  async myNoticePreference(@Arg('solutionId', () => ID) solutionId: string, @Ctx() context: QuotasContext): Promise<NoticePreference> {
    return toNoticePreference(await context.notices.preference(signedIn(context.caller), solutionId));
  }

  @Mutation(() => NoticePreference, { description: "Signed in: turns a solution's upgrade-notice emails on or off; the in-app notices stay." })
  @Authorized()
  async setNoticeEmails(@Arg('input', () => SetNoticeEmailsInput) input: SetNoticeEmailsInput, @Ctx() context: QuotasContext): Promise<NoticePreference> {
    return toNoticePreference(await context.notices.setEmails(signedIn(context.caller), input.solutionId, input.emails));
  }
}
