import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql: Vite would otherwise load its ESM build beside the CommonJS one Apollo uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    // One run, one summary line: `vitest run` runs both projects, e2e after the rest; `--project e2e` only it.
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: {
      APOLLO_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'silent',
      // Two cores shared by parallel runs: a slow store here is load, not an outage. The outage test sets the
      // production default (1 s) explicitly; every other client and spawned process waits this long.
      DYNAMODB_CONNECT_TIMEOUT_MS: '10000',
      DYNAMODB_REQUEST_TIMEOUT_MS: '10000',
    },
    pool: 'forks',
    // Two cores here: two files at a time keeps DynamoDB Local responsive.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['subgraphs/*/src/**/*.test.ts', 'gateway/src/**/*.test.ts', 'infra/src/**/*.test.ts', 'sdk/src/**/*.test.ts', 'sdk/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'test/e2e/**', 'test/bench/**'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The web app's component tests: a DOM, no DynamoDB.
          name: 'client',
          include: ['client/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          // Real Chromium against the platform as `npm start` starts it: one shared launch (sharedPlatform(), with
          // social login's providers too); a file's own launch (launchPlatform()) only where settings must differ.
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/support/global-platform.ts'],
          testTimeout: 60_000,
          // Launching the platform is a hook; on a busy machine it can take minutes (see STARTUP_TIMEOUT_S).
          hookTimeout: 240_000,
          // A launched platform is seven processes: one file at a time, after the other project.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
