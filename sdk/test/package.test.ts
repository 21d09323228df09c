import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_VERSION } from '../src/index.ts';

/**
 * The package as a partner installs it: `npm pack` (which builds dist/ with tsc), unpacked into a fresh
 * node_modules, imported by plain Node and type-checked by a consumer with strict settings and no skipLibCheck.
 */
const run = promisify(execFile);
const sdkDir = new URL('..', import.meta.url).pathname;
const rootModules = new URL('../../node_modules/', import.meta.url).pathname;
const ADAPTERS = ['express.ts', 'fastify.ts', 'hono.ts', 'node.ts'];
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sdk-pack-'));
  await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: sdkDir, timeout: 120_000 });
  const app = join(work, 'app');
  await mkdir(join(app, 'node_modules', '@marketplace', 'sdk'), { recursive: true });
  await run('tar', ['-xzf', join(work, `marketplace-sdk-${SDK_VERSION}.tgz`), '-C', join(app, 'node_modules', '@marketplace', 'sdk'), '--strip-components=1']);
  // The consumer brings its own framework and types, as a partner's app would.
  for (const dep of ['express', '@types']) await symlink(join(rootModules, dep), join(app, 'node_modules', dep));
  await writeFile(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
}, 180_000);
afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

describe('the published package', () => {
  it('has the version of package.json, built files only, and no runtime dependencies', async () => {
    const pkg = JSON.parse(await readFile(join(work, 'app/node_modules/@marketplace/sdk/package.json'), 'utf8')) as Record<string, any>;
    expect(pkg.version).toBe(SDK_VERSION);
    expect(pkg.dependencies).toBeUndefined();
    const files = await readdir(join(work, 'app/node_modules/@marketplace/sdk/dist'));
    expect(files).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'express.js', 'fastify.js', 'hono.js', 'node.js']));
    expect(files.some((f) => f.endsWith('.test.js') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toBe(false);
  });

  it('ships the documents its README links to: every relative link of its Markdown resolves inside the package', async () => {
    const root = join(work, 'app/node_modules/@marketplace/sdk');
    const docs = ['README.md', ...(await readdir(join(root, 'docs'))).map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));
    expect(docs).toContain('docs/integration-standard.md');
    for (const doc of docs) {
      const text = await readFile(join(root, doc), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = target!.split('#')[0]!;
        if (/^[a-z]+:/i.test(target!) || path === '') continue;
        await expect(readFile(join(root, dirname(doc), path)), `${doc} links to ${target}`).resolves.toBeDefined();
      }
    }
  });

  it('imports in plain Node (ESM) and type-checks in a strict consumer', async () => {
    const app = join(work, 'app');
    await writeFile(
      join(app, 'consumer.ts'),
      `import { createQuotaClient, INTEGRATION_STANDARD, type QuotaDecision } from '@marketplace/sdk';
import { marketplace } from '@marketplace/sdk/express';
import { createMarketplaceGate } from '@marketplace/sdk/node';
const client = createQuotaClient({ baseUrl: 'http://127.0.0.1:9', solutionSecret: 'mps_example', failMode: { allowance: 10 } });
const decision: Promise<QuotaDecision> = client.validate({ apiKey: 'mk_live_x', endpoint: 'GET /v1/x' });
const status: number = INTEGRATION_STANDARD.QUOTA_EXCEEDED.status;
export { decision, status, marketplace, createMarketplaceGate };
`,
    );
    // The README's "under ten lines" is real code against the published types.
    const readme = await readFile(join(sdkDir, 'README.md'), 'utf8');
    const quickStart = /under ten lines\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quickStart?.trim().split('\n').length).toBeLessThan(10);
    await writeFile(join(app, 'quick-start.ts'), quickStart!);
    await run(join(rootModules, '.bin/tsc'), ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', 'consumer.ts', 'quick-start.ts'], { cwd: app });
    // Older setups resolve like Node 10 (`moduleResolution: "node"`, common under bundlers): they find the types too.
    await run(join(rootModules, '.bin/tsc'), ['--noEmit', '--strict', '--esModuleInterop', '--module', 'esnext', '--moduleResolution', 'node10', '--target', 'es2022', '--types', 'node', 'consumer.ts', 'quick-start.ts'], { cwd: app });
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', `const sdk = await import('@marketplace/sdk'); const node = await import('@marketplace/sdk/node'); const ex = await import('@marketplace/sdk/express'); console.log(sdk.SDK_VERSION, typeof node.withMarketplace, typeof ex.marketplace, sdk.INTEGRATION_STANDARD.KEY_INVALID.status);`],
      { cwd: app },
    );
    expect(stdout.trim()).toBe(`${SDK_VERSION} function function 401`);
  }, 60_000);

  it('keeps the core free of node: imports, so it runs wherever fetch and Web Crypto do', async () => {
    const dist = join(work, 'app/node_modules/@marketplace/sdk/dist');
    const core = (await readdir(dist)).filter((f) => f.endsWith('.js') && !ADAPTERS.includes(f.replace('.js', '.ts')));
    expect(core.length).toBeGreaterThan(5);
    for (const file of core) expect(await readFile(join(dist, file), 'utf8'), file).not.toMatch(/from ["']node:|require\(/);
  });
});
