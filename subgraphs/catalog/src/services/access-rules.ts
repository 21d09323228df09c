import { type Caller, conflict, forbidden, notFound } from '@marketplace/shared';
import type { SolutionRecord, SolutionStatus } from '../data/solution.repository.ts';

/**
 * Who sees and changes a solution. Published solutions are public; everything else (drafts, secrets, tier
 * history, review reasons) is for the partner who owns it and for admins. A solution a caller may not see
 * does not exist for them (NOT_FOUND); one they see but do not own is FORBIDDEN to change.
 */
export const isAdmin = (caller: Caller) => caller.roles.includes('admin');
export const isOwner = (caller: Caller, solution: Pick<SolutionRecord, 'partnerId'>) =>
  caller.userId !== undefined && caller.userId === solution.partnerId;

/** The owner or an admin: who reads a solution's private parts (secrets, tier history, health URL, reasons). */
export const canSeePrivate = (caller: Caller, solution: Pick<SolutionRecord, 'partnerId'>) => isAdmin(caller) || isOwner(caller, solution);

export const canView = (caller: Caller, solution: Pick<SolutionRecord, 'partnerId' | 'status'>) =>
  solution.status === 'PUBLISHED' || canSeePrivate(caller, solution);

/** The solution if the caller may see it, else NOT_FOUND on `field`, the id argument (never revealing that it exists). */
export function requireVisible(caller: Caller, solution: SolutionRecord | null, field: string): SolutionRecord {
  if (!solution || !canView(caller, solution)) throw notFound('Solution', field);
  return solution;
}

/** Only its partner changes a solution (admins review, reject and suspend, but never edit); NOT_FOUND on `field` for one the caller may not see. */
export function requireOwner(caller: Caller, solution: SolutionRecord | null, field: string): SolutionRecord {
  const visible = requireVisible(caller, solution, field);
  if (!isOwner(caller, visible) || !caller.roles.includes('partner')) {
    throw forbidden('Only the partner who owns this solution can change it.');
  }
  return visible;
}

/** States in which a partner edits listing, tiers, endpoints and secrets. */
const EDITABLE: readonly SolutionStatus[] = ['DRAFT', 'REJECTED', 'PUBLISHED', 'UNPUBLISHED'];

/** Refuses edits while an admin reviews the solution (what is approved is what goes live) or while suspended. */
export function requireEditable(solution: SolutionRecord, field: string): void {
  if (!EDITABLE.includes(solution.status)) {
    throw conflict(
      solution.status === 'IN_REVIEW'
        ? 'This solution is in review and cannot be changed until an admin approves or rejects it.'
        : 'This solution is suspended and cannot be changed; an admin can reinstate it.',
      field,
    );
  }
}
