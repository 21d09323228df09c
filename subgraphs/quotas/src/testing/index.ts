export * from './quotas-harness.ts';
