import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { SolutionHealthView } from '../health/SolutionHealthView';
import { Empty, ErrorState, Loading } from '../ui/States';

const SolutionHealthPage_Query = graphql(`
  query SolutionHealthPage_Query($id: ID!) {
    solutionById(id: $id) {
      id
      name
      healthCheckUrl
      health {
        ...SolutionHealthView_Health
      }
    }
  }
`);

/** Refreshes while open, so a partner watching an incident sees it end without reloading. */
const POLL_MS = 30_000;

/** The partner's Health page of one solution (`/partner/solutions/:id/health`), linked from the down/recovery mails. */
export default function SolutionHealthPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SolutionHealthPage_Query, { variables: { id }, pollInterval: POLL_MS });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading health…" />;
  const solution = data?.solutionById;
  if (!solution?.health) {
    return (
      <Empty title="Solution not found.">
        <p>
          It is not one of yours. <Link to="/partner">Back to your solutions</Link>
        </p>
      </Empty>
    );
  }
  return (
    <>
      <title>{`Health · ${solution.name} · Partner portal · Marketplace`}</title>
      <p className="breadcrumbs">
        <Link to="/partner">Partner portal</Link> / <Link to={`/partner/solutions/${solution.id}`}>{solution.name}</Link> / Health
      </p>
      <div className="page-header partner-header">
        <h1>Health of {solution.name}</h1>
        <button type="button" className="button button-secondary" onClick={() => void refetch()}>
          Refresh
        </button>
      </div>
      <SolutionHealthView health={solution.health} healthCheckUrl={solution.healthCheckUrl ?? null} />
    </>
  );
}
