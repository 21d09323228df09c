import type { QuotaDecision } from './decision.ts';

export interface DenialCacheOptions {
  /** Entries kept; the oldest go first. */
  maxEntries: number;
  /** The longest a denial is kept, whatever its Retry-After: an upgrade or a reinstated account is seen within it. */
  maxTtlMs: number;
  /** How long a denial without Retry-After (a used-up trial, a revoked key) is kept. */
  defaultTtlMs: number;
  now: () => number;
}

interface Entry {
  decision: QuotaDecision;
  storedAt: number;
  expiresAt: number;
}

/**
 * Recent denials by caller, so a denied caller hammering the solution costs the marketplace nothing until its
 * Retry-After (capped by `maxTtlMs`). Keys are HMACs (see `callerKey`), never raw API keys or IPs.
 */
export class DenialCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: DenialCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached denial with its Retry-After and RateLimit `t` counted down to now; undefined when none is current. */
  get(key: string): QuotaDecision | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.options.now();
    if (now >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    const elapsed = Math.floor((now - entry.storedAt) / 1000);
    const { decision } = entry;
    const headers = { ...decision.headers };
    let retryAfterSeconds = decision.retryAfterSeconds;
    if (retryAfterSeconds !== undefined) {
      retryAfterSeconds = Math.max(1, retryAfterSeconds - elapsed);
      headers['retry-after'] = String(retryAfterSeconds);
    }
    if (headers.ratelimit && elapsed > 0) headers.ratelimit = headers.ratelimit.replace(/;t=(\d+)/g, (_, t: string) => `;t=${Math.max(0, Number(t) - elapsed)}`);
    return { ...decision, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}), headers, source: 'denial-cache' };
  }

  set(key: string, decision: QuotaDecision): void {
    const now = this.options.now();
    const ttl = decision.retryAfterSeconds !== undefined ? Math.min(decision.retryAfterSeconds * 1000, this.options.maxTtlMs) : this.options.defaultTtlMs;
    if (ttl <= 0) return;
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { decision, storedAt: now, expiresAt: now + ttl });
  }
}

const encoder = new TextEncoder();
type HmacKey = Parameters<typeof crypto.subtle.sign>[1];
type CallerParts = readonly (string | number | null | undefined)[];
type NodeCrypto = typeof import('node:crypto');

/** Node's own crypto where the runtime offers it synchronously (Node 20.16+, Bun); null elsewhere (Deno, workers). */
function nodeCrypto(): NodeCrypto | null {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return (runtime?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined) ?? null;
}

/**
 * Keys a caller by an HMAC-SHA256 under a random key made per process: the cache never holds an API key or an IP,
 * and its keys mean nothing outside this process. On Node the HMAC is computed on the spot (a few µs; Web Crypto's
 * asynchronous sign costs several times that per call); elsewhere through Web Crypto, so it runs wherever fetch does.
 */
export function createCallerKeyer(): (parts: CallerParts) => string | Promise<string> {
  const node = nodeCrypto();
  if (node) {
    const secret = node.randomBytes(32);
    return (parts) => node.createHmac('sha256', secret).update(JSON.stringify(parts)).digest('hex');
  }
  let key: Promise<HmacKey> | undefined;
  return async (parts) => {
    key ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<HmacKey>;
    const mac = await crypto.subtle.sign('HMAC', await key, encoder.encode(JSON.stringify(parts)));
    let hex = '';
    for (const byte of new Uint8Array(mac)) hex += byte.toString(16).padStart(2, '0');
    return hex;
  };
}
