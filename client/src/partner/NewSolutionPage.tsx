import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { ErrorState, Loading } from '../ui/States';
import { SolutionForm } from './SolutionForm';

const NewSolutionPage_Query = graphql(`
  query NewSolutionPage_Query {
    categories
  }
`);

const NewSolutionPage_Create = graphql(`
  mutation NewSolutionPage_Create($input: CreateSolutionInput!) {
    createSolution(input: $input) {
      id
    }
  }
`);

/** A new listing; saved as a DRAFT with the platform's default tiers, then edited on its own page. */
export default function NewSolutionPage() {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NewSolutionPage_Query);
  const [create] = useMutation(NewSolutionPage_Create, { refetchQueries: ['PartnerSolutions_Query'] });
  return (
    <>
      <title>New solution · Partner portal · Marketplace</title>
      <p className="breadcrumbs">
        <Link to="/partner">Partner portal</Link> / New solution
      </p>
      <h1>New solution</h1>
      <p className="lead">It starts as a draft with the platform’s default tiers; submit it for review when it is ready.</p>
      <section className="panel">
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <Loading />
        ) : (
          <SolutionForm
            categories={data?.categories ?? []}
            submitLabel="Create draft"
            onSubmit={async (values) => {
              const result = await create({ variables: { input: values } });
              const id = result.data?.createSolution.id;
              if (id) void navigate(`/partner/solutions/${id}`);
            }}
          />
        )}
      </section>
    </>
  );
}
