import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCode } from './errors';

/**
 * Runs a mutation on a row of a list (a key, a secret); when it is refused because the list is stale (CONFLICT:
 * another tab or call rotated or revoked it first; NOT_FOUND: it is gone), the active queries are read again so
 * the row shows its state while the refusal is on screen. The refusal is rethrown for the caller to show.
 */
export function useRefreshWhenStale(): <T>(run: () => Promise<T>) => Promise<T> {
  const client = useApolloClient();
  return useCallback(
    async <T,>(run: () => Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (failure) {
        const code = errorCode(failure);
        if (code === 'CONFLICT' || code === 'NOT_FOUND') void client.refetchQueries({ include: 'active' }).catch(() => undefined);
        throw failure;
      }
    },
    [client],
  );
}
