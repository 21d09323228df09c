import { graphql } from '../gql';
import './readiness.css';
import type { ReadinessChecklist_CheckFragment as Check } from '../gql/graphql';

export const ReadinessChecklist_CheckFragment = graphql(`
  fragment ReadinessChecklist_Check on ReadinessCheck {
    item
    label
    done
    missing
  }
`);

/** What review needs (the same rule submission enforces), each item ticked or saying what is missing. */
export function ReadinessChecklist({ checks, headingLevel = 3 }: { checks: readonly Check[]; headingLevel?: 2 | 3 }) {
  const open = checks.filter((check) => !check.done).length;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="readiness">
      <Heading id="readiness-heading">Ready for review?</Heading>
      <p className="cell-note">{open === 0 ? 'Everything review needs is in place.' : `${open} of ${checks.length} still to do before you can submit.`}</p>
      <ul className="readiness-list" aria-labelledby="readiness-heading">
        {checks.map((check) => (
          <li key={check.item} className={check.done ? 'readiness-done' : 'readiness-open'}>
            <span aria-hidden="true" className="readiness-mark">
              {check.done ? '✓' : '○'}
            </span>
            <span>
              <strong>{check.label}</strong>
              <span className="visually-hidden">{check.done ? ': done' : ': to do'}</span>
              {check.missing && <span className="cell-note"> {check.missing}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
