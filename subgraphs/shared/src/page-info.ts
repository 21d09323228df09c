import { Directive, Field, ObjectType } from 'type-graphql';
import type { Page } from './dynamo/paginate.ts';

/** Cursor pagination state; one shareable type that every subgraph's connections use. */
@Directive('@shareable')
@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

/** Maps a repository page to a connection's nodes and pageInfo. */
export function toConnection<R, N>(page: Page<R>, map: (item: R) => N): { nodes: N[]; pageInfo: PageInfo } {
  return {
    nodes: page.items.map(map),
    pageInfo: Object.assign(new PageInfo(), { endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  };
}
