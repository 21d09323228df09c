import type { SolutionHealthStatus } from '../gql/graphql';
import './health.css';

const LABELS: Record<SolutionHealthStatus, string> = { UP: 'Up', DOWN: 'Down', UNKNOWN: 'Status unknown' };

/** The catalog's status dot: green up, red down, grey unknown; the word is always there for screen readers. */
export function HealthDot({ status, showLabel = false }: { status: SolutionHealthStatus; showLabel?: boolean }) {
  const label = LABELS[status];
  return (
    <span className={`health-dot health-dot-${status.toLowerCase()}`} title={showLabel ? undefined : `Health: ${label}`}>
      <span className="health-dot-mark" aria-hidden="true" />
      <span className={showLabel ? 'health-dot-label' : 'visually-hidden'}>{showLabel ? label : `Health: ${label}`}</span>
    </span>
  );
}
