import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { freePort } from './ports.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface ShimProcess {
  url: string;
  child: ChildProcess;
}

/**
 * A real quota shim process (`subgraphs/quotas/src/shim/main.ts`, as `npm start` runs it) on the run's DynamoDB
 * Local and a platform's tables; resolves once it answers /healthz. The caller stops it (`child.kill`).
 */
export async function startShimProcess(options: { tablePrefix: string; fingerprintSecret: string; env?: Record<string, string> }): Promise<ShimProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/quotas/src/shim/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
      TABLE_PREFIX: options.tablePrefix,
      SHIM_PORT: String(port),
      FINGERPRINT_SECRET: options.fingerprintSecret,
      SHIM_CACHE_MS: '2000',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mp-shim-')),
      LOG_LEVEL: 'error',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Up to a minute: on a busy two-core machine, compiling and starting takes a while.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      /* starting */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('a shim process did not start');
}
