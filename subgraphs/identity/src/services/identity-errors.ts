import { GraphQLError } from 'graphql';

/** Why a correct sign-in is still refused; sent as `extensions.reason` so clients can react. */
export type RefusalReason = 'EMAIL_NOT_VERIFIED' | 'ACCOUNT_SUSPENDED';

/** FORBIDDEN with a machine-readable reason. */
export function refused(reason: RefusalReason, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });
}

/** The one answer for an unknown email and a wrong password, so neither reveals which it was. */
export const BAD_CREDENTIALS = 'Email or password is incorrect.';
