import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './bundle.ts';
import { ENVIRONMENTS } from './environments.ts';
import { synthesize } from './synth.ts';

/**
 * `npm run infra:deploy -- <environment>`: synthesises for deployment, deploys the environment's stack with the CDK
 * CLI (fetched by npx; Docker builds the shim's image), then uploads the built web app to its bucket. Never run
 * in CI. Needs AWS credentials for the target account (CDK_DEFAULT_ACCOUNT) and a bootstrapped account/region.
 */
const name = process.argv[2];
const settings = ENVIRONMENTS.find((e) => e.name === name);
if (!settings) {
  console.error(`usage: npm run infra:deploy -- <${ENVIRONMENTS.map((e) => e.name).join('|')}>`);
  process.exit(1);
}
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
const read = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, encoding: 'utf8' }).trim();

run('npm', ['run', 'build']);
const outdir = await synthesize({ forDeploy: true });
const stack = `Marketplace-${settings.name}`;
const outputs = join(ROOT, 'infra/.build', `${stack}.outputs.json`);
run('npx', ['--yes', 'aws-cdk@2', 'deploy', stack, '--app', outdir, '--require-approval', 'broadening', '--outputs-file', outputs]);
const bucket = read('node', ['-p', `require(${JSON.stringify(outputs)})[${JSON.stringify(stack)}].WebBucketName`]);
run('aws', ['s3', 'sync', join(ROOT, 'client/dist'), `s3://${bucket}`, '--delete', '--region', settings.region]);
console.log(`${stack} deployed; outputs in ${outputs}`);
