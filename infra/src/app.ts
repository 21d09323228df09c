import { App, Tags, Validations } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag';
import type { ProgramName } from './bundle.ts';
import { ENVIRONMENTS, type EnvironmentSettings } from './environments.ts';
import { MarketplaceStack } from './marketplace-stack.ts';
import { suppressWithReasons } from './nag-suppressions.ts';

/**
 * The CDK app: one stack per environment, checked by cdk-nag's AWS Solutions rules (an unsuppressed finding fails
 * synthesis). The region is the environment's; the account is the deploying shell's (CDK_DEFAULT_ACCOUNT), else generic.
 */
export function createApp(options: { assets: Record<ProgramName, string>; outdir?: string; environments?: EnvironmentSettings[] }): {
  app: App;
  stacks: MarketplaceStack[];
} {
  const app = new App({ outdir: options.outdir });
  const stacks = (options.environments ?? ENVIRONMENTS).map((settings) => {
    const stack = new MarketplaceStack(app, `Marketplace-${settings.name}`, { settings, assets: options.assets, env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: settings.region } });
    Tags.of(stack).add('app', 'marketplace');
    Tags.of(stack).add('environment', settings.name);
    suppressWithReasons(stack);
    return stack;
  });
  Validations.of(app).addPlugins(new cdkNag.AwsSolutionsChecks(app, { verbose: true }));
  return { app, stacks };
}
