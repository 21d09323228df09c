import type { BaseContext } from '@marketplace/shared';
import type { CatalogContext } from '../context.ts';
import { type Solution, toSolution } from './solution.entity.ts';

/**
 * Resolves `Solution` references from other subgraphs (a key names its solution), batched per request through
 * the loaders and, where the process keeps one (`deps.solutionReferences`), served from its short-lived cache
 * with the publisher's profile primed for `publisherName`. Any state resolves: a key's solution stays nameable
 * after it is suspended. What only partners and admins may see is still guarded by the field resolvers.
 */
export const solutionReferenceResolvers = {
  Solution: {
    async __resolveReference(reference: { id: string }, context: BaseContext): Promise<Solution | null> {
      const { deps, loaders } = context as CatalogContext;
      if (!deps.solutionReferences) {
        const record = await loaders.solutionById.load(reference.id);
        return record ? toSolution(record) : null;
      }
      const found = await deps.solutionReferences.get(reference.id, async () => {
        const record = await loaders.solutionById.load(reference.id);
        return record && { record, profile: await loaders.partnerProfileByUserId.load(record.partnerId) };
      });
      if (!found) return null;
      loaders.partnerProfileByUserId.prime(found.record.partnerId, found.profile);
      return toSolution(found.record);
    },
  },
};
