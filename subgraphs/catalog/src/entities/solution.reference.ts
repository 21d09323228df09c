import type { BaseContext } from '@marketplace/shared';
import type { CatalogContext } from '../context.ts';
import { type Solution, toSolution } from './solution.entity.ts';

/**
 * Resolves `Solution` references from other subgraphs (a key names its solution), batched per request through
 * the loader. Any state resolves: a key's solution stays nameable after it is suspended. What only partners
 * and admins may see is still guarded by the field resolvers.
 */
export const solutionReferenceResolvers = {
  Solution: {
    async __resolveReference(reference: { id: string }, context: BaseContext): Promise<Solution | null> {
      const record = await (context as CatalogContext).loaders.solutionById.load(reference.id);
      return record ? toSolution(record) : null;
    },
  },
};
