import { useState } from 'react';
import { errorMessage } from '../errors';
import { Alert } from '../ui/Alert';

/** "Load more" for a cursor-paged list: disabled while loading, the failure shown beside it. */
export function LoadMoreButton({ onLoadMore }: { onLoadMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string>();
  return (
    <div className="load-more load-more-stack">
      {failure && <Alert tone="error">{failure}</Alert>}
      <button
        type="button"
        className="button button-secondary"
        disabled={loading}
        onClick={async () => {
          setLoading(true);
          setFailure(undefined);
          try {
            await onLoadMore();
          } catch (error) {
            setFailure(errorMessage(error));
          } finally {
            setLoading(false);
          }
        }}
      >
        {loading ? 'Loading…' : 'Load more'}
      </button>
    </div>
  );
}

/** Appends a fetched page's nodes to the list already shown (for `fetchMore({ updateQuery })`). */
export function appendPage<Connection extends { nodes: readonly unknown[] }>(shown: Connection, next: Connection): Connection {
  return { ...next, nodes: [...shown.nodes, ...next.nodes] };
}
