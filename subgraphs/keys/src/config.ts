import { commonEnv, type ProcessRequirements, port } from '@marketplace/shared';
import { z } from 'zod';

/** The keys process's configuration; every problem is reported at once by `loadConfig`. */
export const keysEnvSchema = z.object({
  ...commonEnv,
  KEYS_PORT: port(4003),
  HOST: z.string().min(1).default('127.0.0.1'),
});

/** What the keys process checks at start-up: the CDK app (infra/) configures its function from this. */
export const keysProcess = { name: 'keys', envSchema: keysEnvSchema, need: ['internalSecret', 'fingerprintSecret'] } satisfies ProcessRequirements;
