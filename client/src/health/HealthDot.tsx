import type { SolutionHealthStatus } from '../gql/graphql';
import './health.css';

const LABELS: Record<SolutionHealthStatus, string> = { UP: 'Up', DOWN: 'Down', UNKNOWN: 'Status unknown' };

/**
 * The status dot: green up, red down, grey unknown; the word is always there for screen readers. `showLabel` shows
 * the word ("Up"); `word` shows it too but keeps "Health: " for screen readers, where the dot stands alone (a catalog
 * card) — the colour alone told a colour-blind visitor nothing.
 */
export function HealthDot({ status, showLabel = false, word = false }: { status: SolutionHealthStatus; showLabel?: boolean; word?: boolean }) {
  const label = LABELS[status];
  if (word) {
    return (
      <span className={`health-dot health-dot-${status.toLowerCase()} health-dot-word`}>
        <span className="health-dot-mark" aria-hidden="true" />
        <span>
          <span className="visually-hidden">Health: </span>
          {label}
        </span>
      </span>
    );
  }
  return (
    <span className={`health-dot health-dot-${status.toLowerCase()}`} title={showLabel ? undefined : `Health: ${label}`}>
      <span className="health-dot-mark" aria-hidden="true" />
      <span className={showLabel ? 'health-dot-label' : 'visually-hidden'}>{showLabel ? label : `Health: ${label}`}</span>
    </span>
  );
}
