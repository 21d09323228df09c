import type { FieldProblem } from '@marketplace/shared';
import type { SolutionRecord } from '../data/solution.repository.ts';

export const READINESS_ITEMS = ['endpoints', 'documentation', 'healthCheckUrl', 'secret'] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];

export interface ReadinessCheck {
  item: ReadinessItem;
  label: string;
  done: boolean;
  /** What is missing, as a sentence the partner acts on; null when done. */
  missing: string | null;
}

/**
 * What a solution needs before an admin reviews it: the checklist the partner and admins see, and the rule
 * submission enforces (one rule, both places).
 */
export function readiness(solution: Pick<SolutionRecord, 'endpoints' | 'healthCheckUrl' | 'secretSlots'>, now: Date): ReadinessCheck[] {
  const undocumented = solution.endpoints.filter((e) => !e.description);
  const liveSecret = solution.secretSlots.some((slot) => slot.expiresAt === null || Date.parse(slot.expiresAt) > now.getTime());
  const check = (item: ReadinessItem, label: string, missing: string | null): ReadinessCheck => ({ item, label, done: missing === null, missing });
  return [
    check('endpoints', 'At least one endpoint', solution.endpoints.length ? null : 'Register at least one endpoint.'),
    check(
      'documentation',
      'Every endpoint documented',
      solution.endpoints.length === 0
        ? 'Document your endpoints (a description each, parameters and examples) once they are registered.'
        : undocumented.length
          ? `Describe ${undocumented.map((e) => `${e.method} ${e.path}`).join(', ')}.`
          : null,
    ),
    check('healthCheckUrl', 'A health-check URL', solution.healthCheckUrl ? null : 'Set the health-check URL the platform polls.'),
    check('secret', 'A solution secret', liveSecret ? null : 'Create a solution secret, so your API can ask the marketplace about calls.'),
  ];
}

/** The checklist's open items as problems naming each (`endpoints`, `documentation`, `healthCheckUrl`, `secret`). */
export function readinessProblems(checks: readonly ReadinessCheck[]): FieldProblem[] {
  return checks.filter((c) => !c.done).map((c) => ({ field: c.item, message: c.missing! }));
}
