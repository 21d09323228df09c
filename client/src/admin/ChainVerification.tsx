import { plural } from '../format/format';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { AuditChainProblem, ChainVerification_ReportFragment as Report } from '../gql/graphql';
import { getFragmentData } from '../gql';
import { Alert } from '../ui/Alert';
import { AUDIT_STREAMS } from './audit-trail';

const ChainVerification_ReportFragment = graphql(`
  fragment ChainVerification_Report on AuditChainReport {
    stream
    ok
    checked
    unchained
    firstBreak {
      seq
      eventId
      problem
    }
  }
`);

const ChainVerification_Query = graphql(`
  query ChainVerification_Query {
    auditTrail {
      id
      identityChain {
        ...ChainVerification_Report
      }
      catalogChain {
        ...ChainVerification_Report
      }
      keysChain {
        ...ChainVerification_Report
      }
      quotasChain {
        ...ChainVerification_Report
      }
      billingChain {
        ...ChainVerification_Report
      }
    }
  }
`);

const PROBLEMS: Record<AuditChainProblem, string> = {
  HASH_MISMATCH: 'the event was edited',
  PREVIOUS_HASH_MISMATCH: 'the event before it was replaced, or events were reordered',
  MISSING_EVENT: 'an event is missing (deleted, or the tail was cut)',
  DUPLICATE_EVENT: 'two events claim one position',
  HEAD_MISMATCH: "the stream's head does not match its last event",
  UNCHAINED_EVENT: 'an event without a link was slipped in',
};

const label = (stream: string) => AUDIT_STREAMS.find((s) => s.value === stream)?.label ?? stream;

/** Describes a stream's first broken link for people. */
export function describeBreak(report: Report): string {
  const broken = report.firstBreak;
  if (!broken) return `${label(report.stream)}: intact, ${plural(report.checked, 'event')}.`;
  const where = broken.seq > 0 ? `at event #${broken.seq}` : 'outside the chain';
  return `${label(report.stream)}: first broken link ${where}${broken.eventId ? ` (${broken.eventId})` : ''}: ${PROBLEMS[broken.problem]}.`;
}

type State = { phase: 'idle' | 'checking' } | { phase: 'done'; reports: Report[]; unread: string[] } | { phase: 'failed' };

/** The admin's "Verify the audit chain" button: checks every stream's hash chain now and reports each first broken link. */
export function ChainVerification() {
  const client = useApolloClient();
  const [state, setState] = useState<State>({ phase: 'idle' });

  async function verify() {
    setState({ phase: 'checking' });
    try {
      const result = await client.query({ query: ChainVerification_Query, fetchPolicy: 'no-cache', errorPolicy: 'all' });
      const trail = result.data?.auditTrail;
      if (!trail) return setState({ phase: 'failed' });
      const fields = [trail.identityChain, trail.catalogChain, trail.keysChain, trail.quotasChain, trail.billingChain];
      const reports = fields.flatMap((field) => (field ? [getFragmentData(ChainVerification_ReportFragment, field)] : []));
      const unread = AUDIT_STREAMS.filter((_, i) => !fields[i]).map((s) => s.label);
      setState({ phase: 'done', reports, unread });
    } catch {
      setState({ phase: 'failed' });
    }
  }

  const broken = state.phase === 'done' ? state.reports.filter((report) => !report.ok) : [];
  return (
    <section className="panel" aria-labelledby="chain-heading">
      <div className="panel-header">
        <h2 id="chain-heading">Tamper check</h2>
        <button type="button" className="button button-secondary" onClick={verify} disabled={state.phase === 'checking'}>
          {state.phase === 'checking' ? 'Verifying…' : 'Verify the audit chain'}
        </button>
      </div>
      {state.phase === 'failed' && <Alert tone="error">The audit chain could not be verified. Try again.</Alert>}
      {state.phase === 'done' &&
        (broken.length > 0 ? (
          <Alert tone="error">
            The audit trail was changed outside the platform.
            <ul>
              {broken.map((report) => (
                <li key={report.stream}>{describeBreak(report)}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Alert tone={state.unread.length ? 'warning' : 'success'}>
            Every link holds: {plural(state.reports.reduce((n, report) => n + report.checked, 0), 'event')} in {plural(state.reports.length, 'stream')}.
            {state.unread.length > 0 && ` Not checked, because they could not be read: ${state.unread.join(', ')}.`}
          </Alert>
        ))}
    </section>
  );
}
