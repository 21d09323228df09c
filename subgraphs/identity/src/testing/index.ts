export * from './identity-harness.ts';
export * from './proof-of-work.ts';
