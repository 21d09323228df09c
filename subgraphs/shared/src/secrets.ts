import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.ts';

/** The secrets a process may need. Local runs generate them once into `<DATA_DIR>/secrets.json`. */
export interface PlatformSecrets {
  /** HMAC key for the gateway → subgraph caller header. */
  internalSecret: string;
  /** Ed25519 key pair (PEM) for access tokens: identity signs, the gateway verifies. */
  jwtPrivateKey: string;
  jwtPublicKey: string;
  /** HMAC key for anonymous fingerprints and hashed client ids; never leaves the server. */
  fingerprintSecret: string;
}

const ENV_NAMES: Record<keyof PlatformSecrets, string> = {
  internalSecret: 'INTERNAL_SECRET',
  jwtPrivateKey: 'JWT_PRIVATE_KEY',
  jwtPublicKey: 'JWT_PUBLIC_KEY',
  fingerprintSecret: 'FINGERPRINT_SECRET',
};

function generateSecrets(): PlatformSecrets {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    internalSecret: randomBytes(32).toString('base64url'),
    jwtPrivateKey: privateKey,
    jwtPublicKey: publicKey,
    fingerprintSecret: randomBytes(32).toString('base64url'),
  };
}

function readDevSecrets(dataDir: string): PlatformSecrets | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as PlatformSecrets;
  } catch {
    return undefined;
  }
}

/** Reads the local secrets file, creating it (mode 600) on first start. Safe when several processes race. */
export function ensureDevSecrets(dataDir: string): PlatformSecrets {
  const existing = readDevSecrets(dataDir);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(generateSecrets(), null, 2), { mode: 0o600 });
  try {
    // link() refuses to replace an existing file, so when several processes race, the first one's secrets win.
    linkSync(temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(temp);
  }
  const written = readDevSecrets(dataDir);
  if (!written) throw new Error(`Could not read ${file}`);
  return written;
}

/**
 * The secrets a process needs: from the environment, else (outside production) from the local file.
 * In production every needed secret must be set explicitly and must not be a local development secret.
 */
export function loadSecrets<K extends keyof PlatformSecrets>(options: {
  nodeEnv: string;
  dataDir: string;
  need: K[];
  env?: NodeJS.ProcessEnv;
}): Pick<PlatformSecrets, K> {
  const env = options.env ?? process.env;
  const production = options.nodeEnv === 'production';
  const dev = production ? readDevSecrets(options.dataDir) : ensureDevSecrets(options.dataDir);
  const problems: string[] = [];
  const out = {} as Pick<PlatformSecrets, K>;
  for (const key of options.need) {
    const name = ENV_NAMES[key];
    const fromEnv = env[name]?.replace(/\\n/g, '\n');
    if (production) {
      if (!fromEnv) problems.push(`${name}: required when NODE_ENV=production`);
      else if (dev && dev[key] === fromEnv) problems.push(`${name}: is a local development secret; configure a real one`);
      else if (!key.startsWith('jwt') && fromEnv.length < 32) problems.push(`${name}: at least 32 characters`);
      else out[key] = fromEnv as PlatformSecrets[K];
    } else {
      out[key] = (fromEnv ?? dev![key]) as PlatformSecrets[K];
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out;
}
