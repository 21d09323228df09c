/** A user account's state (identity owns it); a suspended account's keys are refused. */
export type AccountStatus = 'active' | 'suspended';
