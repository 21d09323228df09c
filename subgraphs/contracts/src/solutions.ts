/** A solution's states: DRAFT → IN_REVIEW → PUBLISHED or REJECTED; PUBLISHED ⇄ UNPUBLISHED; either → SUSPENDED → back. */
export const SOLUTION_STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED', 'SUSPENDED'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/**
 * Whether a solution in `status` has been public: published now, or published once and since unpublished or
 * suspended. The others (DRAFT, IN_REVIEW, REJECTED) are its partner's private drafts, which anyone else is answered
 * about as about an id that does not exist.
 */
export function hasBeenPublic(status: string): boolean {
  return status === 'PUBLISHED' || status === 'UNPUBLISHED' || status === 'SUSPENDED';
}
