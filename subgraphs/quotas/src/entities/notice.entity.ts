import type { Tier } from '@marketplace/contracts';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { NoticeKind } from '../notices/notice-rules.ts';
import type { NoticePreferenceView, NoticeView } from '../services/notice.service.ts';
import { TierEnum, UsageNoticeKindEnum } from './enums.ts';
import { Solution, solutionStub } from './solution.entity.ts';

/** An upgrade notice: told once per quota window and threshold, by email (unless turned off) and here. */
@ObjectType('UsageNotice')
export class UsageNotice {
  @Field(() => ID)
  id!: string;

  @Field(() => UsageNoticeKindEnum)
  kind!: NoticeKind;

  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => TierEnum, { description: 'The tier whose allowance or trial the notice is about.' })
  tier!: Tier;

  @Field(() => Int, { description: 'Units used when the notice was made.' })
  used!: number;

  @Field(() => Int, { description: "The window's allowance." })
  limit!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the window ends.' })
  windowEnd!: Date;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  dismissedAt!: Date | null;

  @Field(() => String, { description: 'A heading naming the solution and what happened (the email subject).' })
  title!: string;

  @Field(() => String, { description: 'The usage, the time left (as of now) and the next step, in a sentence or three.' })
  message!: string;

  @Field(() => String, { description: 'The next step, e.g. "Upgrade to Pro".' })
  actionLabel!: string;

  @Field(() => String, { description: "Where the next step is: a path of the web app (the solution's pricing and checkout, sign-up, or sales)." })
  actionPath!: string;
}

export function toUsageNotice(view: NoticeView): UsageNotice {
  return Object.assign(new UsageNotice(), {
    id: view.id,
    kind: view.kind,
    solutionId: view.solutionId,
    solution: solutionStub(view.solutionId),
    tier: view.tier,
    used: view.used,
    limit: view.limit,
    windowEnd: new Date(view.windowEnd),
    createdAt: new Date(view.createdAt),
    dismissedAt: view.dismissedAt ? new Date(view.dismissedAt) : null,
    title: view.title,
    message: view.message,
    actionLabel: view.action.label,
    actionPath: view.action.path,
  });
}

/** Whether a solution's upgrade notices also come by email. */
@ObjectType('NoticePreference')
export class NoticePreference {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => Solution)
  solution!: Solution;

  @Field(() => Boolean, { description: 'True (the default) to get upgrade notices by email as well as in the app.' })
  emails!: boolean;
}

export function toNoticePreference(view: NoticePreferenceView): NoticePreference {
  return Object.assign(new NoticePreference(), { ...view, solution: solutionStub(view.solutionId) });
}

@InputType('SetNoticeEmailsInput')
export class SetNoticeEmailsInput {
  @Field(() => ID)
  solutionId!: string;

  @Field(() => Boolean, { description: 'False to stop the emails (the in-app notices stay).' })
  emails!: boolean;
}
