import type { BaseContext } from '@marketplace/shared';
import type { KeysContext } from '../context.ts';
import { canSee } from '../services/access-rules.ts';
import { type ApiKey, toApiKey } from './api-key.entity.ts';

/**
 * Resolves `ApiKey` references from other subgraphs (usage by key, for example), batched per request through the
 * loader. A key the caller may not see resolves to null, exactly as `apiKey(id)` answers.
 */
export const apiKeyReferenceResolvers = {
  ApiKey: {
    async __resolveReference(reference: { id: string }, context: BaseContext): Promise<ApiKey | null> {
      const keysContext = context as KeysContext;
      const record = await keysContext.loaders.keyById.load(reference.id);
      return record && canSee(context.caller, record) ? toApiKey(record, keysContext.clock.now()) : null;
    },
  },
};
