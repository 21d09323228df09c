// Test-only helpers every subgraph's harness shares; never imported by production code.
export * from './subgraph-harness.ts';
