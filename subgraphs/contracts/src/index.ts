// The vocabulary that crosses packages, declared once. Types and tiny pure helpers only: no I/O, no dependencies.
export * from './tiers.ts';
export * from './money.ts';
export * from './policies.ts';
export * from './keys.ts';
export * from './accounts.ts';
export * from './verdicts.ts';
export * from './retention.ts';
export * from './end-dates.ts';
export * from './solutions.ts';
export * from './dates.ts';
export * from './gateway-paths.ts';
