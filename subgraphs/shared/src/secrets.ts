import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.ts';

/** The secrets every part of the platform shares. Local runs generate them once into `<DATA_DIR>/secrets.json`. */
export interface PlatformSecrets {
  /** HMAC key for the gateway → subgraph caller header. */
  internalSecret: string;
  /** Ed25519 key pair (PEM) for access tokens: identity signs, the gateway verifies. */
  jwtPrivateKey: string;
  jwtPublicKey: string;
  /** HMAC key for anonymous fingerprints and hashed client ids; never leaves the server. */
  fingerprintSecret: string;
}

/** A secret a package declares for itself (e.g. billing's Razorpay key secret), beside the platform's own. */
export interface SecretSpec {
  /** The environment variable that holds it; in production the only source. */
  env: string;
  /**
   * Makes a local value, written once into `<DATA_DIR>/secrets.json` and kept across restarts. `null`: there is
   * no local value (e.g. a Razorpay key), so outside production it is unset unless the environment sets it.
   */
  generate: (() => string) | null;
  /** May be unset even in production (e.g. the previous webhook secret, set only while rotating). */
  optional?: boolean;
  /** Shortest value accepted in production; default 1. */
  minLength?: number;
}

/** What a declared secret reads as: a string when it always has a value, else possibly undefined. */
export type SecretValue<S extends SecretSpec> = S extends { optional: true }
  ? string | undefined
  : S extends { generate: null }
    ? string | undefined
    : string;

/** A random 32-byte key, base64url: the usual `generate` for an HMAC or webhook secret. */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/** The platform's own secrets; the public JWT key is made from the values generated before it. */
type Builtin = Omit<SecretSpec, 'generate'> & { generate: (values: Record<string, string>) => string };

const BUILTIN: Record<keyof PlatformSecrets, Builtin> = {
  internalSecret: { env: 'INTERNAL_SECRET', generate: randomSecret, minLength: 32 },
  jwtPrivateKey: {
    env: 'JWT_PRIVATE_KEY',
    generate: () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  },
  // Derived from the private key (generated just before it when both are missing), so the pair always matches.
  jwtPublicKey: {
    env: 'JWT_PUBLIC_KEY',
    generate: (values) => createPublicKey(values.jwtPrivateKey!).export({ type: 'spki', format: 'pem' }).toString(),
  },
  fingerprintSecret: { env: 'FINGERPRINT_SECRET', generate: randomSecret, minLength: 32 },
};

/** The environment variable that carries a platform secret (e.g. `INTERNAL_SECRET`). */
export function secretVariable(name: keyof PlatformSecrets): string {
  return BUILTIN[name].env;
}

const FILE = 'secrets.json';
const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 30_000;

function readDevFile(dataDir: string): Record<string, string> | undefined {
  try {
    return JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `work` while holding `<dataDir>/secrets.json.lock` (created exclusively), so processes starting together
 * add names one at a time. A lock older than 10 s is from a process that died holding it, and is broken.
 */
function withFileLock<T>(dataDir: string, work: () => T): T {
  const lock = join(dataDir, `${FILE}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx', 0o600));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) unlinkSync(lock);
      } catch {
        // released meanwhile
      }
      if (Date.now() > deadline) throw new Error(`${lock} has been held for ${LOCK_WAIT_MS / 1000} s; remove it if no process is starting`);
      sleepSync(5 + Math.random() * 20);
    }
  }
  try {
    return work();
  } finally {
    unlinkSync(lock);
  }
}

/**
 * Reads the local secrets file, adding every generated secret it lacks (the platform's own and `declare`d ones).
 * Values already in the file never change. Safe when several processes start at once: additions happen under
 * a lock on a fresh read, and the file is replaced atomically (mode 600), so every process sees the same values.
 */
export function ensureDevSecrets(dataDir: string, declare: Record<string, SecretSpec> = {}): PlatformSecrets & Record<string, string> {
  const specs: [string, SecretSpec | Builtin][] = [...Object.entries(BUILTIN), ...Object.entries(declare)];
  const missing = (values: Record<string, string> | undefined) =>
    specs.filter(([name, spec]) => spec.generate && typeof values?.[name] !== 'string');
  const existing = readDevFile(dataDir);
  if (existing && missing(existing).length === 0) return existing as PlatformSecrets & Record<string, string>;
  mkdirSync(dataDir, { recursive: true });
  return withFileLock(dataDir, () => {
    const values: Record<string, string> = { ...readDevFile(dataDir) };
    const lacking = missing(values);
    if (lacking.length === 0) return values as PlatformSecrets & Record<string, string>;
    for (const [name, spec] of lacking) values[name] = (spec.generate as Builtin['generate'])(values);
    const file = join(dataDir, FILE);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(values, null, 2), { mode: 0o600 });
    renameSync(temp, file);
    return values as PlatformSecrets & Record<string, string>;
  });
}

/**
 * The secrets a process needs: the platform's own (`need`) and its package's (`declare`), from the environment,
 * else (outside production) from the local file, generating what is missing there. In production every one of
 * them must be set explicitly (bar `optional` ones), must not be a local development value, and must be long
 * enough; every problem is reported at once.
 */
export function loadSecrets<K extends keyof PlatformSecrets = never, const D extends Record<string, SecretSpec> = {}>(options: {
  nodeEnv: string;
  dataDir: string;
  need?: K[];
  declare?: D;
  env?: NodeJS.ProcessEnv;
}): Pick<PlatformSecrets, K> & { [N in keyof D]: SecretValue<D[N]> } {
  const env = options.env ?? process.env;
  const declare: Record<string, SecretSpec> = options.declare ?? {};
  const wanted: [string, SecretSpec | Builtin][] = [
    ...(options.need ?? []).map((k): [string, Builtin] => [k, BUILTIN[k]]),
    ...Object.entries(declare),
  ];
  checkDeclarations(declare);
  const production = options.nodeEnv === 'production';
  const dev = production ? readDevFile(options.dataDir) : ensureDevSecrets(options.dataDir, declare);
  const problems: string[] = [];
  const out: Record<string, string | undefined> = {};
  for (const [name, spec] of wanted) {
    const fromEnv = env[spec.env]?.replace(/\\n/g, '\n') || undefined;
    if (!production) {
      out[name] = fromEnv ?? dev?.[name];
    } else if (!fromEnv) {
      if (!spec.optional) problems.push(`${spec.env}: required when NODE_ENV=production`);
    } else if (spec.generate && dev?.[name] === fromEnv) {
      problems.push(`${spec.env}: is a local development secret; configure a real one`);
    } else if (fromEnv.length < (spec.minLength ?? 1)) {
      problems.push(`${spec.env}: at least ${spec.minLength} characters`);
    } else {
      out[name] = fromEnv;
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return out as Pick<PlatformSecrets, K> & { [N in keyof D]: SecretValue<D[N]> };
}

/** A declared name or variable may not shadow the platform's own, nor another declaration's. */
function checkDeclarations(declare: Record<string, SecretSpec>): void {
  const envs = new Map(Object.entries(BUILTIN).map(([name, spec]) => [spec.env, name]));
  for (const [name, spec] of Object.entries(declare)) {
    if (name in BUILTIN) throw new Error(`loadSecrets: "${name}" is a platform secret; list it in need, not declare`);
    const taken = envs.get(spec.env);
    if (taken) throw new Error(`loadSecrets: ${spec.env} is already the variable of "${taken}"`);
    envs.set(spec.env, name);
  }
}
