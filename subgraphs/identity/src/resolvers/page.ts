import type { Page } from '../data/paginate.ts';
import { PageInfo } from '../entities/page-info.entity.ts';

/** Maps a repository page to a connection's nodes and pageInfo. */
export function toConnection<R, N>(page: Page<R>, map: (item: R) => N): { nodes: N[]; pageInfo: PageInfo } {
  return {
    nodes: page.items.map(map),
    pageInfo: Object.assign(new PageInfo(), { endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  };
}
