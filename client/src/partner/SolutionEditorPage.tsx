import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { getFragmentData, graphql } from '../gql';
import { formatDate } from '../format/format';
import { StatusBadge } from '../ui/Badge';
import { Empty, ErrorState, Loading } from '../ui/States';
import { EndpointsEditor, EndpointsEditor_EndpointFragment } from './EndpointsEditor';
import { HealthCheckForm } from './HealthCheckForm';
import { ReadinessChecklist_CheckFragment } from './ReadinessChecklist';
import { SecretsManager, SecretsManager_SolutionSecretFragment } from './SecretsManager';
import { SolutionForm, SolutionForm_SolutionFragment } from './SolutionForm';
import { SolutionStatusPanel } from './SolutionStatusPanel';
import { SolutionUsagePanel } from './SolutionUsagePanel';
import { SolutionCustomersPanel } from './SolutionCustomersPanel';
import { usePriceChanges } from './PriceChangeNotice';
import { TierEditor, TierEditor_TierBoundsFragment, TierEditor_TierConfigFragment, useSetSolutionTiers } from './TierEditor';
import { TierHistory } from './TierHistory';

const SolutionEditorPage_Query = graphql(`
  query SolutionEditorPage_Query($id: ID!) {
    solutionById(id: $id) {
      id
      slug
      name
      status
      reviewReason
      updatedAt
      healthCheckUrl
      openApiDocument
      readiness {
        ...ReadinessChecklist_Check
      }
      ...SolutionForm_Solution
      tiers {
        ...TierEditor_TierConfig
      }
      endpoints {
        ...EndpointsEditor_Endpoint
      }
      secrets {
        ...SecretsManager_SolutionSecret
      }
    }
    categories
    platformTierSettings {
      tiers {
        ...TierEditor_TierBounds
      }
    }
  }
`);

const SolutionEditorPage_Update = graphql(`
  mutation SolutionEditorPage_Update($id: ID!, $input: UpdateSolutionInput!) {
    updateSolution(id: $id, input: $input) {
      id
      status
      reviewReason
      updatedAt
      ...SolutionForm_Solution
    }
  }
`);

/** Statuses in which the partner may not change the solution (the API refuses `updateSolution` then). */
const LOCKED: Record<string, string> = {
  IN_REVIEW: 'The solution is in review: it cannot be edited until an admin decides.',
  SUSPENDED: 'An admin suspended the solution: it cannot be edited until it is reinstated.',
};

/** One of the partner's solutions: status and actions, listing, tiers, endpoints, health check, secrets, usage, history. */
export default function SolutionEditorPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SolutionEditorPage_Query, { variables: { id } });
  const [update] = useMutation(SolutionEditorPage_Update, { refetchQueries: 'active' });
  const saveTiers = useSetSolutionTiers(id);
  const priceChanges = usePriceChanges(id);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading label="Loading the solution…" />;
  const solution = data?.solutionById;
  if (!data || !solution) {
    return (
      <Empty title="Solution not found.">
        <p>
          It is not one of yours. <Link to="/partner">Back to your solutions</Link>
        </p>
      </Empty>
    );
  }
  const locked = LOCKED[solution.status];
  const listing = getFragmentData(SolutionForm_SolutionFragment, solution);
  const tiers = getFragmentData(TierEditor_TierConfigFragment, solution.tiers);
  const bounds = getFragmentData(TierEditor_TierBoundsFragment, data.platformTierSettings.tiers);

  return (
    <>
      <title>{`${solution.name} · Partner portal · Marketplace`}</title>
      <p className="breadcrumbs">
        <Link to="/partner">Partner portal</Link> / {solution.name}
        {solution.status === 'PUBLISHED' && (
          <>
            {' '}
            · <Link to={`/solutions/${solution.slug}`}>Catalog page</Link>
          </>
        )}
      </p>
      <div className="page-header partner-header">
        <h1>{solution.name}</h1>
        <StatusBadge status={solution.status} />
      </div>
      <nav className="section-nav" aria-label="Sections">
        <a href="#status-heading">Status</a>
        <a href="#listing-heading">Listing</a>
        <a href="#tiers-heading">Tiers</a>
        <a href="#endpoints-heading">Endpoints</a>
        <a href="#secrets-heading">Secrets</a>
        <a href="#usage-heading">Usage</a>
        <a href="#customers-heading">Customers</a>
        <a href="#history-heading">Tier history</a>
        <Link to={`/partner/solutions/${solution.id}/health`}>Health</Link>
        <Link to={`/partner/solutions/${solution.id}/analytics`}>Analytics</Link>
      </nav>

      <SolutionStatusPanel
        solutionId={solution.id}
        slug={solution.slug}
        status={solution.status}
        reviewReason={solution.reviewReason}
        readiness={solution.readiness ? getFragmentData(ReadinessChecklist_CheckFragment, solution.readiness) : null}
      />

      <section className="panel" aria-labelledby="listing-heading">
        <div className="panel-header">
          <h2 id="listing-heading">Listing</h2>
          <span className="cell-note">Last changed {formatDate(solution.updatedAt)}</span>
        </div>
        {solution.status === 'REJECTED' && (
          <p className="notice notice-info">Saving changes returns the solution to Draft, so you can submit it again.</p>
        )}
        {solution.status === 'PUBLISHED' && <p className="notice notice-info">The solution is live: saved changes show in the catalog at once.</p>}
        {locked && <p className="notice notice-info">{locked}</p>}
        <SolutionForm
          key={solution.id}
          solution={listing}
          categories={data.categories}
          submitLabel="Save listing"
          disabled={Boolean(locked)}
          onSubmit={async (values) => {
            const { slug, ...rest } = values;
            await update({ variables: { id: solution.id, input: listing.publishedAt ? rest : { slug, ...rest } } });
          }}
        />
      </section>

      <section className="panel" aria-labelledby="tiers-heading">
        <h2 id="tiers-heading">Tiers</h2>
        <p className="panel-lead">
          What each kind of caller gets. Each tier must give at least as much as the one before it; the platform’s bounds are
          shown under each field.
        </p>
        <TierEditor key={solution.id} tiers={tiers} bounds={bounds} onSave={saveTiers} disabled={locked} priceChanges={priceChanges} />
      </section>

      <section className="panel" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">Endpoints and health check</h2>
        <EndpointsEditor
          solutionId={solution.id}
          slug={solution.slug}
          openApiDocument={solution.openApiDocument}
          endpoints={getFragmentData(EndpointsEditor_EndpointFragment, solution.endpoints)}
        />
        <HealthCheckForm solutionId={solution.id} url={solution.healthCheckUrl ?? null} />
      </section>

      <SecretsManager
        solutionId={solution.id}
        secrets={getFragmentData(SecretsManager_SolutionSecretFragment, solution.secrets ?? [])}
      />

      <SolutionUsagePanel solutionId={solution.id} />

      <SolutionCustomersPanel solutionId={solution.id} />

      <TierHistory solutionId={solution.id} />
    </>
  );
}
