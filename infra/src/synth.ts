import { join } from 'node:path';
import { createApp } from './app.ts';
import { bundlePrograms, ROOT } from './bundle.ts';

/**
 * `npm run infra:synth`: bundles every program (esbuild, offline) and synthesises every environment's stack into
 * infra/cdk.out with cdk-nag's AWS Solutions checks. No CDK CLI, no Docker, no AWS account. Exits 1 on any
 * unsuppressed finding.
 */
const started = Date.now();
const assets = await bundlePrograms(join(ROOT, 'infra/.build/bundles'));
const bundled = Date.now();
const { app } = createApp({ assets, outdir: join(ROOT, 'infra/cdk.out') });
const assembly = app.synth();
const findings = assembly.stacks.flatMap((s) =>
  Object.entries(s.manifest.metadata ?? {}).flatMap(([path, entries]) =>
    entries.filter((e) => e.type === 'aws:cdk:error').map((e) => `${s.stackName} ${path}: ${String(e.data)}`),
  ),
);
for (const f of findings) console.error(f);
console.log(
  `synthesised ${assembly.stacks.map((s) => s.stackName).join(', ')} into infra/cdk.out ` +
    `(bundles ${((bundled - started) / 1000).toFixed(1)} s, synth ${((Date.now() - bundled) / 1000).toFixed(1)} s, ${findings.length} errors)`,
);
process.exit(findings.length ? 1 : 0);
