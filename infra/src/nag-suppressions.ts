import type { Stack } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';

/**
 * The cdk-nag AwsSolutions rules this app accepts stack-wide, each with its reason. Wildcard-resource findings
 * (AwsSolutions-IAM5) are acknowledged one by one where they arise, in the stack. Anything else fails synthesis.
 */
export const SUPPRESSIONS: { id: string; reason: string }[] = [
  {
    id: 'AwsSolutions-L1',
    reason: 'Node.js 22 is the newest runtime the code is tested on (STACK.md pins Node 20/22 features); move with the tests.',
  },
  {
    id: 'AwsSolutions-SMG4',
    reason:
      'Rotation needs a rotation function per secret kind; the HMAC keys accept the previous value during a rotation window ' +
      'and are rotated by the operator (README), the Razorpay and SMTP credentials are issued by those providers.',
  },
  {
    id: 'AwsSolutions-APIG4',
    reason:
      'Authorization is in the application: the gateway verifies access tokens per operation (anonymous browsing is a feature), ' +
      'and every /_subgraphs route refuses a request without the gateway\'s HMAC signature.',
  },
  {
    id: 'AwsSolutions-CFR1',
    reason: 'A public marketplace: no geographic restriction by design.',
  },
  {
    id: 'AwsSolutions-CFR2',
    reason: 'WAF is an operator choice with its own cost (about $5/month + $1 per rule); the gateway already limits depth, cost and body size.',
  },
  {
    id: 'AwsSolutions-CFR4',
    reason: 'The default *.cloudfront.net certificate; with a custom domain, set publicUrl and attach an ACM certificate (TLS 1.2 minimum is already set).',
  },
  {
    id: 'AwsSolutions-ECS2',
    reason: 'Only non-secret settings are plain environment variables; every secret is injected from Secrets Manager.',
  },
  {
    id: 'AwsSolutions-EC23',
    reason: 'The shim\'s load balancer is the public endpoint solution backends call from anywhere (they authenticate with the solution secret).',
  },
];

export function suppressWithReasons(stack: Stack): void {
  if (process.env.INFRA_NAG_UNSUPPRESSED === '1') return; // to list what would be found without them
  for (const { id, reason } of SUPPRESSIONS) Validations.of(stack).acknowledge({ id, reason });
}
