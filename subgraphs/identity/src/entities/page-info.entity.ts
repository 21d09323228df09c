import { Directive, Field, ObjectType } from 'type-graphql';

/** Cursor pagination state; every subgraph defines the same shareable type. */
@Directive('@shareable')
@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}
