import { commonEnv, type ProcessRequirements, port, randomSecret, type SecretSpec } from '@marketplace/shared';
import { z } from 'zod';
import { parseSocialProviders } from './social/providers.ts';

/** The identity process's configuration; every problem is reported at once by `loadConfig`. */
export const identityEnvSchema = z
  .object({
    ...commonEnv,
    IDENTITY_PORT: port(4001),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Where users open the app; email links point here. */
    PUBLIC_URL: z.url().default('http://localhost:4000'),
    /** Outgoing mail; without it (local runs only) messages are written under `<DATA_DIR>/mail`. */
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default('Marketplace <no-reply@marketplace.local>'),
    /** The first admin, created once; without a password one is generated into `<DATA_DIR>/admin-password.txt`. */
    ADMIN_EMAIL: z.string().min(3).optional(),
    ADMIN_PASSWORD: z.string().min(1).optional(),
    /** Social sign-in providers: a JSON array (see the README, "Sign in with Google, Cognito or GitHub"). */
    AUTH_PROVIDERS: z.string().optional(),
    /** Proof of work on sign-up, password reset and resend verification: the largest counter a challenge hides (the work). */
    PROOF_OF_WORK_MAX_COUNTER: z.coerce.number().int().min(1).max(10_000_000).default(50_000),
    /** How long a proof-of-work challenge may be solved and spent. */
    PROOF_OF_WORK_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  })
  .refine((env) => env.NODE_ENV !== 'production' || Boolean(env.SMTP_URL), {
    path: ['SMTP_URL'],
    message: 'required when NODE_ENV=production',
    // Checked even when other variables are bad, so every problem is reported at once.
    when: () => true,
  })
  .superRefine(
    (env, ctx) => {
      const raw = typeof env.AUTH_PROVIDERS === 'string' ? env.AUTH_PROVIDERS : undefined;
      for (const problem of parseSocialProviders(raw, env.NODE_ENV === 'production').problems) {
        ctx.addIssue({ code: 'custom', path: ['AUTH_PROVIDERS', ...problem.path], message: problem.message });
      }
    },
    { when: () => true },
  );

/** Identity's own secrets: the HMAC key of proof-of-work challenges (generated for local runs). */
export const IDENTITY_SECRETS = {
  proofOfWorkSecret: { env: 'PROOF_OF_WORK_SECRET', generate: randomSecret, minLength: 32 },
} as const satisfies Record<string, SecretSpec>;

/** What the identity process checks at start-up: the CDK app (infra/) configures its function from this. */
export const identityProcess = {
  name: 'identity',
  envSchema: identityEnvSchema,
  need: ['internalSecret', 'jwtPrivateKey', 'jwtPublicKey', 'fingerprintSecret'],
  declare: IDENTITY_SECRETS,
} satisfies ProcessRequirements;
