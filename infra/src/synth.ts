import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { bundlePrograms, ROOT } from './bundle.ts';

/**
 * `npm run infra:synth`: bundles every program (esbuild, offline) and synthesises every environment's stack into
 * infra/cdk.out, with cdk-nag's AWS Solutions checks (an unacknowledged finding fails it). No CDK CLI, no Docker,
 * no AWS account. `--for-deploy` also installs each bundle's externals (native argon2, pdfkit) for Linux x64, which
 * needs the npm registry; `npm run infra:deploy` passes it.
 */
export async function synthesize(options: { forDeploy: boolean }): Promise<string> {
  const started = Date.now();
  const assets = await bundlePrograms(join(ROOT, 'infra/.build/bundles'));
  if (options.forDeploy) {
    for (const dir of Object.values(assets)) {
      const { dependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      if (Object.keys(dependencies).length === 0) continue;
      execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--os=linux', '--cpu=x64', '--libc=glibc'], { cwd: dir, stdio: 'inherit' });
    }
  }
  const bundled = Date.now();
  const outdir = join(ROOT, 'infra/cdk.out');
  const { app } = createApp({ assets, outdir });
  const assembly = app.synth();
  console.log(
    `synthesised ${assembly.stacks.map((s) => s.stackName).join(', ')} into infra/cdk.out ` +
      `(bundles ${((bundled - started) / 1000).toFixed(1)} s, synthesis and cdk-nag ${((Date.now() - bundled) / 1000).toFixed(1)} s)`,
  );
  return outdir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await synthesize({ forDeploy: process.argv.includes('--for-deploy') });
}
