import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, errorProblems } from '../errors';
import { graphql } from '../gql';
import type { SolutionStatus } from '../gql/graphql';
import { Alert } from '../ui/Alert';
import { StatusBadge } from '../ui/Badge';
import type { ReadinessChecklist_CheckFragment } from '../gql/graphql';
import { ReadinessChecklist } from './ReadinessChecklist';

const SolutionStatusPanel_Submit = graphql(`
  mutation SolutionStatusPanel_Submit($id: ID!) {
    submitSolution(id: $id) {
      id
      status
      reviewReason
    }
  }
`);

const SolutionStatusPanel_Unpublish = graphql(`
  mutation SolutionStatusPanel_Unpublish($id: ID!) {
    unpublishSolution(id: $id) {
      id
      status
    }
  }
`);

const SolutionStatusPanel_Republish = graphql(`
  mutation SolutionStatusPanel_Republish($id: ID!) {
    republishSolution(id: $id) {
      id
      status
    }
  }
`);

const EXPLAIN: Record<SolutionStatus, string> = {
  DRAFT: 'A draft: only you see it. Submit it for review when the listing, tiers and endpoints are ready.',
  IN_REVIEW: 'Waiting for an admin’s review. You will get an email with the outcome.',
  PUBLISHED: 'Live in the catalog. Edits to a published solution are live at once.',
  REJECTED: 'Not approved. Edit the listing (it returns to Draft) and submit it again.',
  UNPUBLISHED: 'Out of the catalog; existing keys are refused. Republish to list it again (no new review).',
  SUSPENDED: 'Suspended by an admin; it is out of the catalog until reinstated.',
};

/** The solution's review state, the reason an admin gave, and the transitions the partner may make from here. */
export function SolutionStatusPanel({ solutionId, slug, status, reviewReason, readiness }: {
  solutionId: string;
  slug?: string | undefined;
  status: SolutionStatus;
  reviewReason?: string | null | undefined;
  /** The review checklist, shown until the solution is submitted. */
  readiness?: readonly ReadinessChecklist_CheckFragment[] | null | undefined;
}) {
  const options = { variables: { id: solutionId }, refetchQueries: 'active' as const };
  const [submit] = useMutation(SolutionStatusPanel_Submit);
  const [unpublish] = useMutation(SolutionStatusPanel_Unpublish);
  const [republish] = useMutation(SolutionStatusPanel_Republish);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string>();

  const act = (run: () => Promise<unknown>, message: string) => async () => {
    setBusy(true);
    setError(undefined);
    setProblems([]);
    setDone(undefined);
    try {
      await run();
      setDone(message);
    } catch (failure) {
      setError(errorMessage(failure));
      setProblems(errorProblems(failure).map((p) => p.message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="status-heading">
      <div className="panel-header">
        <h2 id="status-heading">Status</h2>
        <StatusBadge status={status} />
      </div>
      <p>{EXPLAIN[status]}</p>
      {reviewReason && (status === 'REJECTED' || status === 'SUSPENDED') && (
        <Alert tone="warning">
          <strong>Reason:</strong> {reviewReason}
        </Alert>
      )}
      {readiness && (status === 'DRAFT' || status === 'REJECTED') && <ReadinessChecklist checks={readiness} />}
      {error && (
        <Alert tone="error">
          {problems.length > 1 ? (
            <>
              Not submitted:
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          ) : (
            error
          )}
        </Alert>
      )}
      {done && <Alert tone="success">{done}</Alert>}
      <div className="form-actions">
        {status === 'DRAFT' && (
          <button type="button" className="button" disabled={busy} onClick={act(() => submit(options), 'Submitted for review.')}>
            Submit for review
          </button>
        )}
        {slug && status !== 'PUBLISHED' && (
          <Link className="button button-secondary" to={`/solutions/${slug}`}>
            Preview the page
          </Link>
        )}
        {status === 'PUBLISHED' && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={act(() => unpublish(options), 'Unpublished.')}>
            Unpublish
          </button>
        )}
        {status === 'UNPUBLISHED' && (
          <button type="button" className="button" disabled={busy} onClick={act(() => republish(options), 'Published again.')}>
            Republish
          </button>
        )}
      </div>
    </section>
  );
}
