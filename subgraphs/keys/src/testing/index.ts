export * from './keys-harness.ts';
