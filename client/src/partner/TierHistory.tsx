import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import { formatDateTime } from '../format/format';
import { Empty, ErrorState, Loading } from '../ui/States';
import { tierChangeSummary } from './tier-history';

const TierHistory_Query = graphql(`
  query TierHistory_Query($solutionId: ID!, $after: String) {
    solutionById(id: $solutionId) {
      id
      tierHistory(first: 20, after: $after) {
        nodes {
          id
          actorId
          action
          before
          after
          reason
          at
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
    me {
      id
    }
  }
`);


/** Every change of the solution's tiers, newest first: when, who, and what changed per tier. */
export function TierHistory({ solutionId }: { solutionId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(TierHistory_Query, { variables: { solutionId } });
  const [loadingMore, setLoadingMore] = useState(false);
  const history = data?.solutionById?.tierHistory;
  const myId = data?.me?.id;

  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Tier history</h2>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading label="Loading the history…" />
      ) : !history || history.nodes.length === 0 ? (
        <Empty title="No tier changes yet.">
          <p>Every save of the tiers is listed here with what changed.</p>
        </Empty>
      ) : (
        <>
          <ol className="history-list">
            {history.nodes.map((change) => {
              const lines = tierChangeSummary(change.before, change.after);
              return (
                <li key={change.id}>
                  <p className="history-meta">
                    <time dateTime={change.at}>{formatDateTime(change.at)}</time> ·{' '}
                    {change.actorId == null ? 'the platform' : change.actorId === myId ? 'you' : `user ${change.actorId}`}
                    {change.before == null && ' · tiers created'}
                  </p>
                  {lines.length ? (
                    <ul className="history-changes">
                      {lines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="cell-note">Saved without changes.</p>
                  )}
                  {change.reason && <p className="cell-note">Reason: {change.reason}</p>}
                </li>
              );
            })}
          </ol>
          {history.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={loadingMore}
              onClick={async () => {
                setLoadingMore(true);
                try {
                  await fetchMore({
                    variables: { after: history.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => {
                      const older = fetchMoreResult.solutionById?.tierHistory;
                      const current = previous.solutionById?.tierHistory;
                      if (!older || !current || !previous.solutionById) return previous as typeof fetchMoreResult;
                      return {
                        ...fetchMoreResult,
                        solutionById: { ...previous.solutionById, tierHistory: { ...older, nodes: [...current.nodes, ...older.nodes] } },
                      };
                    },
                  });
                } finally {
                  setLoadingMore(false);
                }
              }}
            >
              {loadingMore ? 'Loading…' : 'Show older changes'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
