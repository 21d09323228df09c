import { PageInfo } from '@marketplace/shared';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import type { SolutionRecord, SolutionStatus } from '../data/solution.repository.ts';
import { SolutionStatusEnum } from './enums.ts';

/**
 * A partner's API as the catalog lists it. Its tiers, endpoints, partner, and the fields only its partner and
 * admins see (secrets, tier history, health URL, review reason) are field resolvers.
 */
@Directive('@key(fields: "id")')
@ObjectType('Solution', { description: "A partner's API listed in the catalog." })
export class Solution {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique, lower-case, fixed once published; the catalog URL is /solutions/<slug>.' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { description: 'Markdown.' })
  description!: string;

  @Field(() => String)
  category!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { description: 'Where callers reach the API.' })
  baseUrl!: string;

  @Field(() => String, { nullable: true })
  documentationUrl!: string | null;

  @Field(() => SolutionStatusEnum)
  status!: SolutionStatus;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was first published.' })
  publishedAt!: Date | null;

  /** Not in the schema: the stored solution, for the field resolvers. */
  record!: SolutionRecord;
}

@ObjectType('SolutionConnection')
export class SolutionConnection {
  @Field(() => [Solution])
  nodes!: Solution[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export function toSolution(record: SolutionRecord): Solution {
  return Object.assign(new Solution(), {
    record,
    id: record.id,
    slug: record.slug,
    name: record.name,
    summary: record.summary,
    description: record.description,
    category: record.category,
    tags: record.tags,
    baseUrl: record.baseUrl,
    documentationUrl: record.documentationUrl,
    status: record.status,
    partnerId: record.partnerId,
    createdAt: new Date(record.createdAt),
    updatedAt: new Date(record.updatedAt),
    publishedAt: record.publishedAt ? new Date(record.publishedAt) : null,
  });
}
