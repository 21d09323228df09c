/** Audit actions the catalog reads back (its tier histories); the events use the shared audit layout. */

/** Every tier change of a solution is recorded with this action (its tier history). */
export const TIERS_SET = 'solution.tiers.set';
/** Every change of the platform's tier settings. */
export const PLATFORM_TIERS_SET = 'platform.tierSettings.update';
