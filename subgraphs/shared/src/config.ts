import { z } from 'zod';
import { DEFAULT_DYNAMO_TIMEOUTS } from './dynamo/client.ts';

/** Every problem with a process's configuration, reported at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses `env` with `schema`; throws a ConfigError naming every bad or missing variable. A variable set to
 * the empty string counts as unset, as `VAR= npm start` means to a shell user.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
export const flag = (fallback: boolean) => booleanish.default(fallback);
/** A flag whose default depends on other settings: undefined when unset (zod's `.default` would win over `??`). */
export const optionalFlag = () => booleanish.optional();

/** Variables every process reads; each process's config module spreads these into its own schema. */
export const commonEnv = {
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('.data'),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{0,200}$/, 'letters, digits, "_", "-" and "." only')
    .default('marketplace-'),
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  DYNAMODB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(DEFAULT_DYNAMO_TIMEOUTS.connectTimeoutMs),
  DYNAMODB_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(DEFAULT_DYNAMO_TIMEOUTS.requestTimeoutMs),
  DYNAMODB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(DEFAULT_DYNAMO_TIMEOUTS.maxAttempts),
  INTERNAL_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /**
   * On AWS: the bucket of the analytics event log (`raw/`, `events/`, the layout of `DATA_DIR/analytics`). Set,
   * producers PUT their event batches there and analytics queries a copy of it; unset, both use local files.
   */
  ANALYTICS_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name').optional(),
};

export const commonEnvSchema = z.object(commonEnv);
export type CommonConfig = z.infer<typeof commonEnvSchema>;
