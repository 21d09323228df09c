import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../gql';
import { Badge } from '../ui/Badge';
import { SelectField, TextField } from '../ui/Field';
import { useUrlFilters } from '../ui/use-url-filters';
import { Empty, ErrorState, Loading } from '../ui/States';
import { SolutionCard, SolutionCard_SolutionFragment } from './SolutionCard';

const CatalogPage_Query = graphql(`
  query CatalogPage_Query($search: String, $category: String, $tag: String, $first: Int, $after: String) {
    solutions(search: $search, category: $category, tag: $tag, first: $first, after: $after) {
      nodes {
        id
        tags
        ...SolutionCard_Solution
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    categories
  }
`);

const PAGE_SIZE = 12;

/** The public catalog: published solutions with search, category and tag filters in the URL, and "Load more". */
export default function CatalogPage() {
  const { setParams, search, draft, setDraft, setParam, get } = useUrlFilters();
  const category = get('category');
  const tag = get('tag');

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CatalogPage_Query, {
    variables: { search: search || null, category: category || null, tag: tag || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = data ?? previousData;
  const nodes = shown?.solutions.nodes ?? [];

  // Tags to filter by: every tag seen in the results so far, so choosing one does not hide the others.
  const [seenTags, setSeenTags] = useState<string[]>([]);
  const resultTags = useMemo(() => nodes.flatMap((node) => node.tags), [nodes]);
  useEffect(() => {
    setSeenTags((seen) => {
      const merged = [...new Set([...seen, ...resultTags, ...(tag ? [tag] : [])])].sort();
      return merged.length === seen.length ? seen : merged;
    });
  }, [resultTags, tag]);

  const categories = shown?.categories ?? [];
  const filtered = Boolean(search || category || tag);

  return (
    <main className="page">
      <title>Catalog · Marketplace</title>
      <div className="page-header">
        <h1>API catalog</h1>
        <p className="lead">Find an API, try it without an account, and get your own key when you need more calls.</p>
      </div>

      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Search"
          type="search"
          name="q"
          placeholder="e.g. summarize"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <SelectField
          label="Category"
          name="category"
          value={category}
          onChange={(event) => setParam('category', event.target.value)}
          options={[{ value: '', label: 'All categories' }, ...categories.map((value) => ({ value, label: value }))]}
        />
      </form>
      {seenTags.length > 0 && (
        <div className="tag-filter" role="group" aria-label="Filter by tag">
          {seenTags.map((value) => (
            <button
              key={value}
              type="button"
              className="chip"
              aria-pressed={tag === value}
              onClick={() => setParam('tag', tag === value ? '' : value)}
            >
              #{value}
            </button>
          ))}
        </div>
      )}

      <section aria-labelledby="results-heading" aria-busy={loading}>
        <h2 id="results-heading" className="visually-hidden">
          Solutions
        </h2>
        {error && !shown ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !shown ? (
          <Loading label="Loading the catalog…" />
        ) : nodes.length === 0 ? (
          <Empty title={filtered ? 'No solutions match these filters.' : 'No solutions are published yet.'}>
            {filtered && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setDraft('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                Clear filters
              </button>
            )}
          </Empty>
        ) : (
          <>
            {error && <ErrorState error={error} onRetry={() => void refetch()} />}
            <p className="result-count" aria-live="polite">
              {loading && !loadingMore ? 'Updating…' : `${nodes.length}${shown.solutions.pageInfo.hasNextPage ? '+' : ''} ${nodes.length === 1 && !shown.solutions.pageInfo.hasNextPage ? 'solution' : 'solutions'}`}
              {tag && (
                <>
                  {' '}
                  tagged <Badge>#{tag}</Badge>
                </>
              )}
            </p>
            <ul className="card-grid">
              {nodes.map((node) => (
                <li key={node.id}>
                  <SolutionCard solution={getFragmentData(SolutionCard_SolutionFragment, node)} />
                </li>
              ))}
            </ul>
            {shown.solutions.pageInfo.hasNextPage && (
              <div className="load-more">
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={loadingMore}
                  onClick={async () => {
                    setLoadingMore(true);
                    try {
                      await fetchMore({ variables: { after: shown.solutions.pageInfo.endCursor } });
                    } finally {
                      setLoadingMore(false);
                    }
                  }}
                >
                  {loadingMore ? 'Loading…' : 'Load more'}
                </button>
              </div>
            )}
          </>
        )}
      </section>
      <p className="page-footnote">
        Offering an API? <Link to="/partner">Become a partner</Link>.
      </p>
    </main>
  );
}
