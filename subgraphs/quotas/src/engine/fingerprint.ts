import { keyedHash, normalizeIp } from '@marketplace/shared';

type Client = { ip: string; userAgent?: string; acceptLanguage?: string };

/**
 * What a caller's client decides (its fingerprint, its caller), remembered per (ip, user agent, language) as sent, so
 * a repeated client is found without building a key per call: by IP, then a short scan of that IP's clients. Bounded:
 * at most `perIp` clients per IP (the oldest goes first, so a rotating user agent cannot lengthen the scan) and
 * `maxEntries` in all (beyond it all are forgotten; each then costs one computation again). Memory only: never
 * stored or logged.
 */
export class ClientMemo<V> {
  private readonly byIp = new Map<string, { userAgent: string; acceptLanguage: string; value: V }[]>();
  private entries = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly perIp = 8,
  ) {}

  get({ ip, userAgent = '', acceptLanguage = '' }: Client): V | undefined {
    const clients = this.byIp.get(ip);
    if (clients === undefined) return undefined;
    for (let i = 0; i < clients.length; i++) {
      const client = clients[i]!;
      if (client.userAgent === userAgent && client.acceptLanguage === acceptLanguage) return client.value;
    }
    return undefined;
  }

  /** Remembers `value` for a client `get` did not find. */
  set({ ip, userAgent = '', acceptLanguage = '' }: Client, value: V): void {
    if (this.entries >= this.maxEntries) {
      this.byIp.clear();
      this.entries = 0;
    }
    let clients = this.byIp.get(ip);
    if (clients === undefined) this.byIp.set(ip, (clients = []));
    if (clients.length >= this.perIp) clients.shift();
    else this.entries++;
    clients.push({ userAgent, acceptLanguage, value });
  }

  /** Clients remembered. */
  get size(): number {
    return this.entries;
  }
}

/**
 * An anonymous caller's identity on a solution: a keyed hash of the normalised client IP (IPv6 by /64),
 * user agent and accept-language the solution passes on. Null when `ip` is not an IP address. The IP is
 * never stored or logged; only this hash is.
 */
export function anonymousFingerprint(
  secret: string,
  client: Client,
): string | null {
  const ip = normalizeIp(client.ip);
  if (!ip) return null;
  const material = `${ip}\n${(client.userAgent ?? '').trim()}\n${(client.acceptLanguage ?? '').trim().toLowerCase()}`;
  return `anon_${keyedHash(secret, material).slice(0, 32)}`;
}
