export * from './identity-harness.ts';
