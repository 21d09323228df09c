import type { SolutionStatus } from '../gql/graphql';

/**
 * What a customer holding keys is told about a solution that is no longer published, or null while it is. Keys
 * stay listed and revocable; the shim refuses calls for the solution until it is published again.
 */
export function unavailableReason(status: SolutionStatus): string | null {
  switch (status) {
    case 'PUBLISHED':
      return null;
    case 'SUSPENDED':
      return 'The marketplace has suspended this solution. Calls with its keys are refused until it is reinstated; you can still revoke your keys.';
    case 'UNPUBLISHED':
      return 'Its partner has unpublished this solution. Calls with its keys are refused until it is published again; you can still revoke your keys.';
    default:
      return 'This solution is not in the catalog just now. Calls with its keys are refused; you can still revoke your keys.';
  }
}

