
/**
 * The variable a deployed function reads to find its secrets: JSON `{ "<VARIABLE>": "<secret ARN>" }`, written by
 * the CDK app. The secret values never appear in the function's configuration.
 */
export const SECRET_ARNS_VARIABLE = 'SECRET_ARNS';

export interface SecretFetcher {
  (secretId: string): Promise<string>;
}

/** Secrets Manager, loaded only where SECRET_ARNS is set (a deployed function), so local processes never load it. */
const secretsManagerFetcher = async (): Promise<SecretFetcher> => {
  const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({});
  return async (secretId) => {
    const out = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    if (typeof out.SecretString !== 'string') throw new Error(`secret ${secretId} has no string value`);
    return out.SecretString;
  };
};

/**
 * Copies the secrets listed in SECRET_ARNS into the environment, once per cold start, so `loadSecrets` reads them as
 * it does locally. A variable already set wins (tests and local runs set them directly); without SECRET_ARNS this
 * does nothing.
 */
export async function loadSecretsIntoEnv(env: NodeJS.ProcessEnv = process.env, fetch?: SecretFetcher): Promise<string[]> {
  const listed = env[SECRET_ARNS_VARIABLE];
  if (!listed) return [];
  const arns = JSON.parse(listed) as Record<string, string>;
  const missing = Object.entries(arns).filter(([variable]) => !env[variable]);
  if (missing.length === 0) return [];
  const get = fetch ?? (await secretsManagerFetcher());
  const values = await Promise.all(missing.map(async ([variable, arn]) => [variable, await get(arn)] as const));
  for (const [variable, value] of values) env[variable] = value;
  return values.map(([variable]) => variable);
}
