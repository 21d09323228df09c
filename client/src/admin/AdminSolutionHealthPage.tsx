import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { SolutionHealthView } from '../health/SolutionHealthView';
import { Empty, ErrorState, Loading } from '../ui/States';

const AdminSolutionHealthPage_Query = graphql(`
  query AdminSolutionHealthPage_Query($id: ID!) {
    solutionById(id: $id) {
      id
      name
      slug
      healthCheckUrl
      health {
        ...SolutionHealthView_Health
      }
    }
  }
`);

/** One solution's health for admins (`/admin/health/:id`): the partner's view of it. */
export default function AdminSolutionHealthPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminSolutionHealthPage_Query, { variables: { id }, pollInterval: 30_000 });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading health…" />;
  const solution = data?.solutionById;
  if (!solution?.health) return <Empty title="Solution not found." />;
  return (
    <main className="page">
      <title>{`Health · ${solution.name} · Admin · Marketplace`}</title>
      <p className="breadcrumbs">
        <Link to="/admin/health">Solution health</Link> / {solution.name}
      </p>
      <h1>Health of {solution.name}</h1>
      <SolutionHealthView health={solution.health} healthCheckUrl={solution.healthCheckUrl ?? null} />
    </main>
  );
}
