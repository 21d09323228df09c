/**
 * One stack per environment. Edit these (or copy one) before the first deploy; the README's "Deploy to AWS"
 * section says what each is for. Nothing secret lives here: secrets are in Secrets Manager.
 */
export interface EnvironmentSettings {
  /** The environment name: the stack is `Marketplace-<name>`, tables are `marketplace-<name>-<subgraph>`. */
  name: string;
  /** The AWS region (Mumbai by default: customers pay in rupees, and data stays in India). */
  region: string;
  /** Deletion protection on tables, retained buckets and tables on stack deletion, longer log retention. */
  production: boolean;
  /** Where users open the app; default: the CloudFront distribution's own https URL. */
  publicUrl?: string;
  /** Where solution backends reach the quota shim; default: the load balancer's http URL. */
  publicQuotaUrl?: string;
  /** The domain SES sends from (verified by the DNS records SES lists after deploy), and the From address. */
  mailDomain: string;
  mailFrom: string;
  /** Razorpay's key id (not secret; its key secret and webhook secret are in Secrets Manager). */
  razorpayKeyId: string;
  /** Who gets alarm emails (an SNS subscription to confirm once). */
  alarmEmail: string;
  /** Quota shim tasks: at least `minTasks`, scaled on CPU up to `maxTasks`; each task 0.5 vCPU, 1 GiB. */
  shim: { minTasks: number; maxTasks: number; cpuTargetPercent: number };
  /** Proxies in front of the gateway that append X-Forwarded-For (CloudFront: 1). */
  trustProxyHops: number;
  logRetentionDays: 30 | 90 | 365;
}

export const ENVIRONMENTS: EnvironmentSettings[] = [
  {
    name: 'staging',
    production: false,
    region: 'ap-south-1',
    mailDomain: 'staging.marketplace.example.com',
    mailFrom: 'Marketplace (staging) <no-reply@staging.marketplace.example.com>',
    razorpayKeyId: 'rzp_test_REPLACEME',
    alarmEmail: 'ops@marketplace.example.com',
    shim: { minTasks: 1, maxTasks: 2, cpuTargetPercent: 60 },
    trustProxyHops: 1,
    logRetentionDays: 30,
  },
  {
    name: 'production',
    production: true,
    region: 'ap-south-1',
    mailDomain: 'marketplace.example.com',
    mailFrom: 'Marketplace <no-reply@marketplace.example.com>',
    razorpayKeyId: 'rzp_live_REPLACEME',
    alarmEmail: 'ops@marketplace.example.com',
    shim: { minTasks: 2, maxTasks: 10, cpuTargetPercent: 60 },
    trustProxyHops: 1,
    logRetentionDays: 365,
  },
];
