import { commonEnv, port } from '@marketplace/shared';
import { z } from 'zod';

/** The keys process's configuration; every problem is reported at once by `loadConfig`. */
export const keysEnvSchema = z.object({
  ...commonEnv,
  KEYS_PORT: port(4003),
  HOST: z.string().min(1).default('127.0.0.1'),
});

