export * from './catalog-harness.ts';
