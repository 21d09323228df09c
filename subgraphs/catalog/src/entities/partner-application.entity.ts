import { PageInfo } from '@marketplace/shared';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { ApplicationRecord, ApplicationStatus } from '../data/application.repository.ts';
import { ApplicationStatusEnum } from './enums.ts';

/** A customer's request to become a partner; the applicant and admins see it. */
@ObjectType('PartnerApplication')
export class PartnerApplication {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  applicantId!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => String)
  website!: string;

  @Field(() => String)
  contactName!: string;

  @Field(() => String, { description: 'Decisions and solution reviews are mailed here.' })
  contactEmail!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ApplicationStatusEnum)
  status!: ApplicationStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  decisionReason!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The admin who decided.' })
  decidedBy!: string | null;
}

@ObjectType('PartnerApplicationConnection')
export class PartnerApplicationConnection {
  @Field(() => [PartnerApplication])
  nodes!: PartnerApplication[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export function toPartnerApplication(record: ApplicationRecord): PartnerApplication {
  return Object.assign(new PartnerApplication(), {
    ...record,
    createdAt: new Date(record.createdAt),
    decidedAt: record.decidedAt ? new Date(record.decidedAt) : null,
  });
}
