import type { z } from 'zod';
import { type PlatformSecrets, type SecretSpec, secretVariable } from './secrets.ts';

/**
 * What a process checks at start-up: its settings (one zod schema) and the secrets it loads. The CDK app gives each
 * deployed function or task every one of them, and its tests prove it from this declaration, not from a hand list.
 */
export interface ProcessRequirements {
  name: string;
  envSchema: z.ZodType;
  /** The platform secrets it passes to `loadSecrets({ need })`. */
  need: (keyof PlatformSecrets)[];
  /** Its package's own secrets (`loadSecrets({ declare })`). */
  declare?: Record<string, SecretSpec>;
}

/** The environment variables that carry a process's secrets (the Secrets Manager names on AWS). */
export function secretVariables(process: ProcessRequirements): string[] {
  return [...process.need.map(secretVariable), ...Object.values(process.declare ?? {}).map((spec) => spec.env)];
}
